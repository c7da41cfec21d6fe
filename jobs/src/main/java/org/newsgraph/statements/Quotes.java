package org.newsgraph.statements;

import java.util.ArrayList;
import java.util.List;

/** Quotation spans of a sentence and the kind of a statement's content: direct, mixed or indirect. */
final class Quotes {
  private Quotes() {
  }

  /** Spans inside “...”, «...» and straight double quotes, within [begin, end). */
  static List<int[]> spans(String body, int begin, int end) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    char closeWith = 0;
    for (int i = begin; i < end; i++) {
      char c = body.charAt(i);
      if (open < 0 && (c == '“' || c == '«' || c == '"')) {
        open = i + 1;
        closeWith = c == '“' ? '”' : c == '«' ? '»' : '"';
      } else if (open >= 0 && c == closeWith) {
        out.add(new int[] {open, i});
        open = -1;
      }
    }
    return out;
  }

  /** direct when the content lies within quotes, mixed when it holds quoted words, else indirect. */
  static String kind(String body, int sBegin, int sEnd, int cBegin, int cEnd) {
    int quoted = 0;
    for (int[] q : spans(body, sBegin, sEnd)) {
      int a = Math.max(q[0], cBegin);
      int b = Math.min(q[1], cEnd);
      if (b > a) {
        quoted += b - a;
      }
    }
    int letters = cEnd - cBegin;
    if (quoted == 0) {
      return "indirect";
    }
    return quoted >= letters - 2 ? "direct" : quoted * 2 >= letters ? "mixed" : quoted > 20 ? "mixed" : "indirect";
  }
}
