package org.newsgraph.eval.polnear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A possibly discontinuous text span: sorted, non-overlapping {@code [begin, end)} ranges in code points
 * of the article text, the way brat standoff writes {@code 10 20;25 40}. Ranges that touch or are
 * separated only by whitespace are merged, so two annotations of the same words compare equal.
 */
public record Spans(List<int[]> ranges) {

  public Spans {
    ranges = List.copyOf(ranges);
  }

  /** Normalises ranges against the text: trims whitespace at each end, merges whitespace-only gaps. */
  public static Spans of(String text, List<int[]> raw) {
    int[] cps = text.codePoints().toArray();
    List<int[]> sorted = new ArrayList<>();
    for (int[] r : raw) {
      int b = Math.max(0, r[0]);
      int e = Math.min(cps.length, r[1]);
      while (b < e && Character.isWhitespace(cps[b])) {
        b++;
      }
      while (e > b && Character.isWhitespace(cps[e - 1])) {
        e--;
      }
      if (b < e) {
        sorted.add(new int[] {b, e});
      }
    }
    sorted.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> r[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] r : sorted) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && (r[0] <= last[1] || blank(cps, last[1], r[0]))) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.add(r.clone());
      }
    }
    return new Spans(merged);
  }

  private static boolean blank(int[] cps, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(cps[i])) {
        return false;
      }
    }
    return true;
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  public int length() {
    int n = 0;
    for (int[] r : ranges) {
      n += r[1] - r[0];
    }
    return n;
  }

  /** Code points covered by both spans. */
  public int overlap(Spans other) {
    int n = 0;
    for (int[] a : ranges) {
      for (int[] b : other.ranges) {
        n += Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
      }
    }
    return n;
  }

  public boolean sameAs(Spans other) {
    if (ranges.size() != other.ranges.size()) {
      return false;
    }
    for (int i = 0; i < ranges.size(); i++) {
      if (ranges.get(i)[0] != other.ranges.get(i)[0] || ranges.get(i)[1] != other.ranges.get(i)[1]) {
        return false;
      }
    }
    return true;
  }

  /** The covered text, gaps shown as " … ". */
  public String text(String text) {
    StringBuilder sb = new StringBuilder();
    for (int[] r : ranges) {
      if (!sb.isEmpty()) {
        sb.append(" … ");
      }
      sb.append(text, text.offsetByCodePoints(0, r[0]), text.offsetByCodePoints(0, r[1]));
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Spans s && sameAs(s);
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int[] r : ranges) {
      h = 31 * (31 * h + r[0]) + r[1];
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int[] r : ranges) {
      sb.append(sb.isEmpty() ? "" : ";").append(r[0]).append(' ').append(r[1]);
    }
    return sb.toString();
  }
}
