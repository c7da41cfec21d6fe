package org.newsgraph.duplicates;

import java.util.ArrayList;
import java.util.List;

/**
 * Near-duplicate pairs of a small corpus by exact Jaccard similarity over every pair of documents, without
 * Spark: for a few hundred documents this takes milliseconds, where the MinHash join costs several seconds of
 * Spark stages (most of a small run's near-duplicate step). Also exact where the LSH is not: no pair at or
 * above the threshold is missed.
 */
public final class ExactPairs {
  private ExactPairs() {
  }

  /** A document's id and shingles ({@link Shingles#of}). */
  public record Shingled(String docId, int[] shingles) {
  }

  /** Pairs of different ids with similarity at least {@code min}, each once (in input order: a before b). */
  public static List<StoryClusters.Pair> of(List<Shingled> docs, double min) {
    List<StoryClusters.Pair> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      int[] a = docs.get(i).shingles();
      if (a.length == 0) {
        continue;
      }
      for (int j = i + 1; j < docs.size(); j++) {
        int[] b = docs.get(j).shingles();
        // an exact copy has the same id (it is a reject, not a near-duplicate); Jaccard ≤ smaller / larger:
        // sizes far apart cannot reach the threshold
        if (b.length == 0 || docs.get(i).docId().equals(docs.get(j).docId())
            || Math.min(a.length, b.length) < min * Math.max(a.length, b.length)) {
          continue;
        }
        double s = Shingles.jaccard(a, b);
        if (s >= min) {
          out.add(new StoryClusters.Pair(docs.get(i).docId(), docs.get(j).docId(), s));
        }
      }
    }
    return out;
  }
}
