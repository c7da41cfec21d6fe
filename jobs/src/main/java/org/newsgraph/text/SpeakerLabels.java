package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Speaker labels of transcripts and interviews: a line opening with a label and a colon ("MODERATOR:
 * ...", "JANE ROE: ...", "Q. ..." / "A: ...", or "Roe: ..." in title case when a document has three or
 * more, or has an interviewer's "Q" labels; a role in brackets may follow the name: "JANE ROE (chief executive, Acme): ..."), also inside a
 * quotation paragraph ("\"JANE ROE: ..."). Upper-case labels count only when a document has two or more, so a
 * single "UPDATE: ..." line is not a transcript. A label is page furniture, not part of the sentence it opens; the turn it starts
 * runs to the next label.
 */
public final class SpeakerLabels {
  /** A role in brackets between a label's name and its colon ("JANE ROE (chief executive, Acme):"), not part of it. */
  private static final String ROLE = "(?:[ \\t]*\\([^()\\n]{1,80}\\))?";
  /** Upper-case labels of one to five words ("THE MODERATOR", "SEN. ROE", "O'BRIEN") or "Q."/"A.". */
  private static final Pattern UPPER = Pattern.compile(
      "(?m)^[ \\t]*[\"“]?((?:[A-Z][A-Z.'’\\-]*)(?:[ \\t]+[A-Z][A-Z.'’\\-]*){0,4})" + ROLE + "[ \\t]*:[ \\t]+(?=\\S)"
          + "|(?m)^[ \\t]*[\"“]?(Q|A)[.:][ \\t]+(?=\\S)");
  /** Title-case labels of one to three words ("Roe:", "Jane Roe:"). */
  private static final Pattern TITLE = Pattern.compile(
      "(?m)^[ \\t]*[\"“]?([A-Z][a-z’'\\-]+(?:[ \\t]+[A-Z][a-z’'.\\-]+){0,2})" + ROLE + "[ \\t]*:[ \\t]+(?=\\S)");

  /**
   * A label: its text span (without the colon) and where the turn's words start.
   */
  public record Label(int lineBegin, int begin, int end, int turnBegin) {
    public Span span() {
      return new Span(begin, end);
    }
  }

  private SpeakerLabels() {
  }

  /** Words of headings and notes that end in a colon like a label: "The Latest:", "Editor's Note:", "UPDATE:". */
  private static final java.util.Set<String> NOTE_WORDS = java.util.Set.of("update", "updated", "note", "editor",
      "correction", "clarification", "watch", "read", "related", "photo", "photos", "video", "source", "sources",
      "breaking", "exclusive", "opinion", "analysis", "latest", "live", "warning", "disclaimer", "credit",
      "caption", "subscribe", "advertisement", "highlights", "timeline", "background", "context");
  /** Words a title-case heading opens with but a name does not ("The Latest:", "In Brief:"). */
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "this", "that",
      "these", "those", "in", "on", "at", "for", "from", "by", "with", "what", "why", "how", "where", "when");

  /**
   * A heading or note, not a speaker: a note word anywhere ("EDITOR'S NOTE", "The Latest"), a possessive
   * ("Editor's Note"), or, in title case, a function word first ("In Brief"; upper-case "THE MODERATOR" is a label).
   */
  static boolean notASpeaker(String label, boolean titleCase) {
    String[] words = label.strip().toLowerCase(java.util.Locale.ROOT).split("[ \\t]+");
    for (String w : words) {
      if (NOTE_WORDS.contains(w.replaceAll("[’']s?$", ""))) {
        return true;
      }
    }
    return titleCase && FUNCTION_WORDS.contains(words[0]) || label.matches("(?s).*\\p{L}[’'][sS]\\b.*");
  }

  public static List<Label> find(String body) {
    List<Label> labels = find(body, UPPER, 1);
    if (labels.stream().noneMatch(l -> body.startsWith("Q", l.begin()) && l.end() == l.begin() + 1)) {
      return labels.size() >= 2 ? labels : find(body, TITLE, 3);
    }
    // "Q: Why now? ¶ Roe: Because ...": the interviewer's "Q" with the answers under the speaker's name in
    // title case; there, one title-case label is a turn too
    List<Label> all = new ArrayList<>(labels);
    all.addAll(find(body, TITLE, 1));
    all.sort(java.util.Comparator.comparingInt(Label::begin));
    return all.size() >= 2 ? all : List.of();
  }

  private static List<Label> find(String body, Pattern p, int min) {
    List<Label> out = new ArrayList<>();
    Matcher m = p.matcher(body);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      // one letter is no name, except the interview labels "Q:" and "A:" (the first alternative matches them)
      boolean qa = p == UPPER && m.group(g).matches("[QA]");
      if (g == 1 && !qa && (m.group(g).replaceAll("[^A-Za-z]", "").length() < 2 || notASpeaker(m.group(g), p == TITLE))) {
        continue;
      }
      int line = m.start();
      while (Character.isWhitespace(body.charAt(line))) {
        line++;
      }
      out.add(new Label(line, m.start(g), m.end(g), m.end()));
    }
    return out.size() >= min ? out : List.of();
  }
}
