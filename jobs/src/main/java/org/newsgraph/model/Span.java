package org.newsgraph.model;

/** A half-open character span [begin, end). */
public record Span(int begin, int end) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }
}
