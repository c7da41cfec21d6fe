package org.newsgraph.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The shingles of a text: hashed runs of {@link #WORDS} consecutive words, lower-cased, punctuation and
 * spacing ignored. Two copies of a story share most shingles whatever their header, byline, dateline or
 * line wrapping; two different stories on the same event share few (only their common quotations).
 */
public final class Shingles {
  /** Words per shingle. */
  public static final int WORDS = 5;
  /** Size of the hash space of shingle indices (below the prime of Spark's MinHash). */
  public static final int DIMENSION = 1 << 22;

  private Shingles() {
  }

  /** The words of a text: maximal runs of letters and digits, lower-cased. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }

  /**
   * Sorted distinct shingle indices in {@code [0, DIMENSION)}; a text of fewer than {@link #WORDS} words
   * (but at least one) is one shingle of all its words, an empty text has none.
   */
  public static int[] of(String text) {
    List<String> words = words(text == null ? "" : text);
    if (words.isEmpty()) {
      return new int[0];
    }
    int n = Math.max(1, words.size() - WORDS + 1);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits, over the shingle's words and separators
      for (int w = i; w < Math.min(words.size(), i + WORDS); w++) {
        String word = words.get(w);
        for (int c = 0; c < word.length(); c++) {
          h = (h ^ word.charAt(c)) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      out[i] = (int) Long.remainderUnsigned(h, DIMENSION);
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  /** Jaccard similarity of two sorted distinct index arrays (1 when both are empty). */
  public static double jaccard(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common / (double) (a.length + b.length - common);
  }
}
