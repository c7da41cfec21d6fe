package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spreads input files over the NLP pass's partitions by size, so one core does not get the big files
 * while another idles (hashing paths puts sizes together by chance). Longest-processing-time-first:
 * files from largest to smallest, each to the partition with the least work so far. A file counts at
 * least {@link #MIN_WEIGHT} bytes, for its fixed cost. Deterministic: ties go by path, then partition index.
 */
public final class SizeBalancer {
  static final long MIN_WEIGHT = 2048;

  private SizeBalancer() {
  }

  /** The partition of each file, in the order of {@code files}. */
  public static int[] assign(List<InputFile> files, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be positive: " + partitions);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingLong((Integer i) -> -weight(files.get(i))).thenComparing(i -> files.get(i).path()));
    long[] load = new long[partitions];
    int[] out = new int[files.size()];
    for (int i : order) {
      int best = 0;
      for (int p = 1; p < partitions; p++) {
        if (load[p] < load[best]) {
          best = p;
        }
      }
      out[i] = best;
      load[best] += weight(files.get(i));
    }
    return out;
  }

  private static long weight(InputFile f) {
    return f.reason() != null ? 1 : Math.max(MIN_WEIGHT, f.size());
  }

  /** Sends a row keyed by its partition index to that partition. */
  public static final class ByIndex extends org.apache.spark.Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    public ByIndex(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return (Integer) key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ByIndex b && b.partitions == partitions;
    }

    @Override
    public int hashCode() {
      return partitions;
    }
  }
}
