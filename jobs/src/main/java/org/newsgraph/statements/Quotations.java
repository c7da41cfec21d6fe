package org.newsgraph.statements;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;
import org.newsgraph.text.Paragraphs;

/**
 * Quotations of a document, paired across sentences and paragraphs: curly (“ ”), straight (" and
 * {@code ''} used as a mark), guillemets (« ») and British single quotes (‘ ’ or ', told apart from
 * apostrophes by what stands on either side). A quotation left open at a paragraph's end continues when
 * the next paragraph opens with a mark of the same family (the news convention for quotes that run over
 * paragraphs); such segments share a {@code chain}. Quotations inside another are not reported.
 */
final class Quotations {
  /**
   * One quotation segment.
   *
   * @param open   offset of the opening mark
   * @param begin  first char inside the marks
   * @param end    end of the quoted text (the closing mark's offset, or the paragraph's end)
   * @param close  offset after the closing mark ({@code end} when unclosed)
   * @param chain  segments with the same chain are one quotation running over paragraphs
   * @param closed whether a closing mark ends the segment
   */
  record Quotation(int open, int begin, int end, int close, int chain, boolean closed) {
    boolean contains(int offset) {
      return begin <= offset && offset < end;
    }
  }

  private Quotations() {
  }

  private static final int DOUBLE = 0;
  private static final int GUILLEMET = 1;
  private static final int SINGLE = 2;

  static List<Quotation> find(String body) {
    List<Span> paragraphs = Paragraphs.of(body);
    List<Quotation> out = new ArrayList<>();
    int[] chain = {0};
    Quotation pending = null;
    int pendingFamily = -1;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int first = para.begin();
      // a paragraph opening with the family of a quotation left open continues it
      boolean continues = pending != null && familyOpening(body, first) == pendingFamily;
      if (pending != null) {
        if (continues) {
          out.add(pending);
        } else if (wholeOrIntroduced(body, pending, paragraphs.get(p - 1))) {
          out.add(new Quotation(pending.open(), pending.begin(), pending.end(), pending.end(), pending.chain(), false));
        }
        pending = null;
      }
      List<Quotation> inPara = new ArrayList<>();
      int[] unclosed = scan(body, para.begin(), para.end(), inPara, continues ? chain[0] : ++chain[0], chain);
      out.addAll(inPara);
      if (unclosed != null) {
        int end = para.end();
        while (end > unclosed[1] && Character.isWhitespace(body.charAt(end - 1))) {
          end--;
        }
        if (end > unclosed[1]) {
          pending = new Quotation(unclosed[0], unclosed[1], end, end, unclosed[3], false);
          pendingFamily = unclosed[2];
          chain[0] = unclosed[3];
        }
      }
    }
    if (pending != null && wholeOrIntroduced(body, pending, paragraphs.get(paragraphs.size() - 1))) {
      out.add(pending);
    }
    out.sort((a, b) -> Integer.compare(a.open(), b.open()));
    return out;
  }

  /**
   * A quotation left open at its paragraph's end, with no continuation in the next paragraph, still ends there when
   * it opened the paragraph, or when a colon introduced it ('Polls were early - Roe: “The race moved late. [...]'
   * with the closing mark left out); an opening mark in the middle of running text that never closes is no
   * quotation.
   */
  private static boolean wholeOrIntroduced(String body, Quotation q, Span paragraph) {
    if (q.open() == paragraph.begin()) {
      return true;
    }
    int k = q.open() - 1;
    while (k > paragraph.begin() && Character.isWhitespace(body.charAt(k))) {
      k--;
    }
    return body.charAt(k) == ':';
  }

  /** The family of a mark opening a quotation at {@code i}, or -1. */
  private static int familyOpening(String body, int i) {
    if (i >= body.length()) {
      return -1;
    }
    char c = body.charAt(i);
    if (c == '“' || c == '"' || c == '„' || startsDoubleApostrophe(body, i)) {
      return DOUBLE;
    }
    if (c == '«') {
      return GUILLEMET;
    }
    if (c == '‘' || c == '\'' && i + 1 < body.length() && Character.isLetterOrDigit(body.charAt(i + 1))) {
      return SINGLE;
    }
    return -1;
  }

  private static boolean startsDoubleApostrophe(String body, int i) {
    return i + 1 < body.length() && body.charAt(i) == '\'' && body.charAt(i + 1) == '\'';
  }

  /**
   * Pairs marks within [from, to). Returns {open, begin, family, chain} of a quotation still open at the
   * end, else null. Double marks and guillemets are paired first; single quotes only outside them.
   */
  private static int[] scan(String body, int from, int to, List<Quotation> out, int chainId, int[] chain) {
    int open = -1;
    int begin = -1;
    int family = -1;
    boolean straight = false;
    int id = chainId;
    List<int[]> doubles = new ArrayList<>();
    for (int i = from; i < to; i++) {
      char c = body.charAt(i);
      boolean dblApos = startsDoubleApostrophe(body, i);
      if (open < 0) {
        // a closing mark typed for the opening one at the start of a paragraph ("”These artefacts are ...")
        boolean wrongOpener = c == '”' && i == from && i + 1 < to && Character.isLetterOrDigit(body.charAt(i + 1));
        if (c == '“' || c == '„' || c == '"' || dblApos || wrongOpener) {
          open = i;
          begin = i + (dblApos ? 2 : 1);
          family = DOUBLE;
          straight = c == '"' || dblApos;
          i = begin - 1;
        } else if (c == '«') {
          open = i;
          begin = i + 1;
          family = GUILLEMET;
        }
      } else if (family == DOUBLE && (c == '”' || straight && (c == '"' || dblApos) || !straight && c == '"')) {
        out.add(new Quotation(open, begin, i, i + (dblApos ? 2 : 1), id, true));
        doubles.add(new int[] {open, i + 1});
        i += dblApos ? 1 : 0;
        open = -1;
        id = ++chain[0];
      } else if (family == DOUBLE && c == '“') {
        // a new opening before a close: the earlier mark was stray
        open = i;
        begin = i + 1;
      } else if (family == GUILLEMET && c == '»') {
        out.add(new Quotation(open, begin, i, i + 1, id, true));
        doubles.add(new int[] {open, i + 1});
        open = -1;
        id = ++chain[0];
      }
    }
    int[] unclosed = open >= 0 ? new int[] {open, begin, family, id} : null;
    int singleOpen = -1;
    for (int i = from; i < to; i++) {
      if (insideAny(doubles, i) || unclosed != null && i >= unclosed[0]) {
        continue;
      }
      char c = body.charAt(i);
      char before = i > from ? body.charAt(i - 1) : ' ';
      char after = i + 1 < to ? body.charAt(i + 1) : ' ';
      boolean opening = (c == '‘' || c == '\'' && !startsDoubleApostrophe(body, i) && (i == 0 || body.charAt(i - 1) != '\''))
          && !Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
      boolean closing = (c == '’' || c == '\'') && !Character.isWhitespace(before) && !Character.isLetterOrDigit(after)
          && before != '\'' && after != '\'';
      if (singleOpen < 0 && opening) {
        singleOpen = i;
      } else if (singleOpen >= 0 && closing && i > singleOpen + 1) {
        out.add(new Quotation(singleOpen, singleOpen + 1, i, i + 1, singleChain(singleOpen, from, doubles, chainId, chain), true));
        singleOpen = -1;
      }
    }
    // a straight ' left open mid-paragraph is too often an apostrophe, unless it opens a sentence or follows a
    // colon ("'We won,' he said. 'They lost." / "He replied: 'We won."); a curly ‘ is a quote that the next
    // paragraph may continue ("He replied: ‘We won. / ‘They lost.’"). Either is kept only when it does.
    if (unclosed == null && singleOpen >= 0
        && (singleOpen == from || body.charAt(singleOpen) == '‘' || opensSentence(body, from, singleOpen))) {
      unclosed = new int[] {singleOpen, singleOpen + 1, SINGLE, singleChain(singleOpen, from, doubles, chainId, chain)};
    }
    return unclosed;
  }

  /** A single quote opening the paragraph continues the paragraph's chain (when no double mark opened it). */
  private static int singleChain(int open, int from, List<int[]> doubles, int chainId, int[] chain) {
    return open == from && doubles.stream().noneMatch(d -> d[0] == from) ? chainId : ++chain[0];
  }

  /** True when only spaces stand between the mark and a sentence end or colon before it in the paragraph. */
  private static boolean opensSentence(String body, int from, int mark) {
    int i = mark - 1;
    if (i < from || !Character.isWhitespace(body.charAt(i))) {
      return false;
    }
    while (i > from && Character.isWhitespace(body.charAt(i))) {
      i--;
    }
    char c = body.charAt(i);
    if (c == '\'' || c == '’' || c == '"' || c == '”') {
      i--; // "'We won,' he said. 'They lost." : the closing mark of an earlier quote before the stop
      c = i >= from ? body.charAt(i) : ' ';
    }
    return c == '.' || c == '!' || c == '?' || c == ':';
  }

  private static boolean insideAny(List<int[]> spans, int i) {
    for (int[] s : spans) {
      if (s[0] <= i && i < s[1]) {
        return true;
      }
    }
    return false;
  }
}
