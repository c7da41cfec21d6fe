package org.newsgraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * Splits a body into paragraphs, which never share a sentence. Blocks are separated by blank lines;
 * inside a block, lines are paragraphs of their own when they are long (the one-paragraph-per-line
 * layout of scraped pages) and are joined when short (hard-wrapped text).
 */
public final class Paragraphs {

  /** Median line length (chars) from which a block's lines count as separate paragraphs. */
  static final int LONG_LINE_CHARS = 100;

  private Paragraphs() {
  }

  public static List<Span> of(String body) {
    List<Span> out = new ArrayList<>();
    List<Span> block = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= body.length(); i++) {
      if (i == body.length() || body.charAt(i) == '\n') {
        Span line = trim(body, start, i);
        if (line == null) {
          flush(block, out);
        } else {
          block.add(line);
        }
        start = i + 1;
      }
    }
    flush(block, out);
    return out;
  }

  private static void flush(List<Span> block, List<Span> out) {
    if (block.isEmpty()) {
      return;
    }
    int[] lengths = block.stream().mapToInt(Span::length).sorted().toArray();
    int median = lengths[lengths.length / 2];
    if (block.size() == 1 || median >= LONG_LINE_CHARS || Arrays.stream(lengths).max().orElse(0) < 20) {
      out.addAll(block);
    } else {
      out.add(new Span(block.get(0).begin(), block.get(block.size() - 1).end()));
    }
    block.clear();
  }

  private static Span trim(String s, int begin, int end) {
    while (begin < end && Character.isWhitespace(s.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return begin < end ? new Span(begin, end) : null;
  }
}
