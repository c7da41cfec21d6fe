package org.newsgraph.eval.polnear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Statement;

/**
 * Turns {@code statements} rows of one document into PolNeAR-style attributions without changing the
 * table's own conventions: rows sharing a cue are one attribution (a quotation over several sentences
 * is one row per sentence), its source is the speaker span, its content the union of the rows'
 * contents. PolNeAR's span conventions are applied on the way: quotation marks (and the punctuation
 * just inside a closing mark) belong to direct content, a complementiser "that" before indirect content
 * belongs to the content as does a sentence-initial "But"/"And", auxiliaries or "also" right before a
 * cue verb belong to the cue ("has said", "also said") but a following "that" does not, a colon right
 * after the cue belongs to it, and a transcript label's cue is its colon.
 */
public final class StatementConverter {

  private static final String OPEN_QUOTES = "“\"‘«";
  private static final String CLOSE_QUOTES = "”\"’»";
  private static final java.util.Set<String> CUE_PREFIXES = java.util.Set.of(
      "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "also", "later", "then",
      "previously", "recently", "once", "repeatedly", "again");

  private StatementConverter() {
  }

  /**
   * @param rawText    the article text as read from its file ({@code documents.raw_text})
   * @param bodyOffset where the body starts in it ({@code documents.body_offset}); statement offsets are
   *                   body offsets
   */
  public static List<Attribution> convert(String docId, String rawText, int bodyOffset, List<Statement> rows) {
    Map<String, List<Statement>> byCue = new LinkedHashMap<>();
    for (Statement s : rows) {
      byCue.computeIfAbsent(s.cueBegin() + ":" + s.cueEnd(), k -> new ArrayList<>()).add(s);
    }
    List<Attribution> out = new ArrayList<>();
    for (List<Statement> group : byCue.values()) {
      Statement first = group.get(0);
      List<int[]> source = new ArrayList<>();
      for (Statement s : group) {
        if (s.speakerBegin() != null && s.speakerEnd() != null) {
          int sb = bodyOffset + s.speakerBegin();
          int se = sourceEnd(rawText, sb, bodyOffset + s.speakerEnd(), bodyOffset + s.cueBegin());
          source.add(cp(rawText, sb, se));
          break;
        }
      }
      int cueBegin = extendCue(rawText, bodyOffset + first.cueBegin());
      int cueEnd = bodyOffset + first.cueEnd();
      if (cueEnd - cueBegin > 5 && rawText.regionMatches(true, cueEnd - 5, " that", 0, 5)) {
        cueEnd -= 5;
      }
      if (cueEnd < rawText.length() && rawText.charAt(cueEnd) == ':') {
        cueEnd++;
      }
      if (first.speakerBegin() != null && first.speakerBegin().equals(first.cueBegin())
          && first.cueEnd() == first.speakerEnd()) {
        // a transcript label is both speaker and cue; PolNeAR's cue is the colon after it
        int colon = rawText.indexOf(':', cueEnd - 1);
        if (colon >= 0 && colon - cueEnd < 3) {
          cueBegin = colon;
          cueEnd = colon + 1;
        }
      }
      cueEnd = cueAdverbial(rawText, cueEnd, group, bodyOffset);
      List<int[]> cue = List.of(cp(rawText, cueBegin, cueEnd));
      List<int[]> content = new ArrayList<>();
      for (Statement s : group) {
        int b = bodyOffset + s.contentBegin();
        int e = bodyOffset + s.contentEnd();
        int[] quoted = quoteMarks(rawText, b, e);
        if (quoted != null) {
          b = quoted[0];
          e = quoted[1];
        }
        b = withThat(rawText, b);
        b = withLeadingConjunction(rawText, b);
        content.add(new int[] {b, e});
      }
      content = joined(rawText, content);
      List<int[]> contentCp = new ArrayList<>();
      for (int[] r : content) {
        contentCp.add(cp(rawText, r[0], r[1]));
      }
      out.add(new Attribution(docId, Spans.of(rawText, source), Spans.of(rawText, cue), Spans.of(rawText, contentCp)));
    }
    return out;
  }

  /** The span widened over an opening mark before it and a closing mark after it, or null if not quoted. */
  static int[] quoteMarks(String t, int b, int e) {
    int l = b;
    while (l > 0 && t.charAt(l - 1) == ' ') {
      l--;
    }
    int r = e;
    while (r < t.length() && ",.?!;:".indexOf(t.charAt(r)) >= 0) {
      r++;
    }
    boolean open = l > 0 && OPEN_QUOTES.indexOf(t.charAt(l - 1)) >= 0 || l >= 2 && t.startsWith("''", l - 2);
    boolean close = r < t.length() && CLOSE_QUOTES.indexOf(t.charAt(r)) >= 0 || t.startsWith("''", r);
    if (!open && !close) {
      return null;
    }
    // two apostrophes as a quotation mark ('' ... '')
    int from = !open ? b : l >= 2 && t.startsWith("''", l - 2) ? l - 2 : l - 1;
    int to = !close ? e : t.startsWith("''", r) ? r + 2 : r + 1;
    return new int[] {from, to};
  }

  /**
   * PolNeAR's source ends after a bracket the span left open ("Rep. Jane Roe (D-N.Y.)") and keeps the comma
   * closing an appositive right before the cue ("Jane Roe, the mayor, said").
   */
  static int sourceEnd(String t, int b, int e, int cueBegin) {
    int end = e;
    int open = 0;
    for (int i = b; i < end && i < t.length(); i++) {
      open += t.charAt(i) == '(' ? 1 : t.charAt(i) == ')' ? -1 : 0;
    }
    if (open > 0) {
      int close = t.indexOf(')', end);
      if (close >= 0 && close - end < 12) {
        end = close + 1;
      }
    }
    if (end < t.length() && t.charAt(end) == ',' && cueBegin > end && t.substring(end + 1, cueBegin).isBlank()) {
      end++;
    }
    return end;
  }

  private static final java.util.regex.Pattern CUE_TAIL = java.util.regex.Pattern.compile(
      "(?:\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?"
          + "|today|yesterday|tonight|then|earlier|later|recently|(?:last|this|next)\\s+(?:week|month|year)"
          + "|in\\s+an?\\s+(?:[\\w’'-]+\\s+){0,3}?(?:interview|statement|e-?mail|phone\\s+call|speech|op-ed|post|tweet|briefing)))+");

  /**
   * PolNeAR's cue runs on over a time word or an "in a statement"-like phrase right after the verb
   * ("said Monday", "said in a phone interview"), never into the speaker or the content.
   */
  static int cueAdverbial(String t, int cueEnd, List<Statement> group, int bodyOffset) {
    int limit = t.length();
    for (Statement s : group) {
      int cb = bodyOffset + s.contentBegin();
      if (cb >= cueEnd) {
        limit = Math.min(limit, cb);
      }
      if (s.speakerBegin() != null && bodyOffset + s.speakerBegin() >= cueEnd) {
        limit = Math.min(limit, bodyOffset + s.speakerBegin());
      }
    }
    if (cueEnd >= limit) {
      return cueEnd;
    }
    java.util.regex.Matcher m = CUE_TAIL.matcher(t).region(cueEnd, limit);
    return m.lookingAt() ? m.end() : cueEnd;
  }

  /** Ranges of one attribution in text order, neighbours joined when only spaces and marks lie between. */
  static List<int[]> joined(String t, List<int[]> ranges) {
    List<int[]> sorted = new ArrayList<>(ranges);
    sorted.sort(java.util.Comparator.comparingInt(r -> r[0]));
    List<int[]> out = new ArrayList<>();
    for (int[] r : sorted) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r[0] >= last[1] && t.substring(last[1], r[0]).codePoints().noneMatch(Character::isLetterOrDigit)) {
        last[1] = Math.max(last[1], r[1]);
      } else if (last != null && r[0] < last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        out.add(new int[] {r[0], r[1]});
      }
    }
    return out;
  }

  private static int withThat(String t, int b) {
    int l = b;
    while (l > 0 && (Character.isWhitespace(t.charAt(l - 1)) || t.charAt(l - 1) == ',')) {
      l--;
    }
    if (l >= 4 && t.regionMatches(true, l - 4, "that", 0, 4) && (l == 4 || !Character.isLetter(t.charAt(l - 5)))) {
      return l - 4;
    }
    return b;
  }

  /** "But a campaign aide decided ...": PolNeAR keeps a sentence-initial conjunction in the content. */
  private static int withLeadingConjunction(String t, int b) {
    for (String w : new String[] {"But", "And"}) {
      int l = b - w.length() - 1;
      if (l >= 0 && t.startsWith(w + " ", l) && (l == 0 || Character.isWhitespace(t.charAt(l - 1))
          || "“\"".indexOf(t.charAt(l - 1)) >= 0)) {
        return l;
      }
    }
    return b;
  }

  private static int extendCue(String t, int b) {
    int start = b;
    while (true) {
      int l = start;
      while (l > 0 && t.charAt(l - 1) == ' ') {
        l--;
      }
      int w = l;
      while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
        w--;
      }
      if (w == l || l == start || !CUE_PREFIXES.contains(t.substring(w, l).toLowerCase(java.util.Locale.ROOT))) {
        return start;
      }
      start = w;
    }
  }

  private static int[] cp(String t, int b, int e) {
    int bb = Math.max(0, Math.min(b, t.length()));
    int ee = Math.max(bb, Math.min(e, t.length()));
    return new int[] {t.codePointCount(0, bb), t.codePointCount(0, ee)};
  }
}
