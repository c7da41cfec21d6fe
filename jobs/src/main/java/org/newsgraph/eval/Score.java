package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** True positives, false positives and false negatives of one table, with the items behind them. */
public final class Score {
  private int tp;
  private int fp;
  private int fn;
  private final List<String> misses = new ArrayList<>();
  private final List<String> falseHits = new ArrayList<>();

  public void hit() {
    tp++;
  }

  public void falseHit(String item) {
    fp++;
    falseHits.add(item);
  }

  public void miss(String item) {
    fn++;
    misses.add(item);
  }

  public int tp() {
    return tp;
  }

  public int fp() {
    return fp;
  }

  public int fn() {
    return fn;
  }

  public double precision() {
    return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public List<String> misses() {
    return misses;
  }

  public List<String> falseHits() {
    return falseHits;
  }

  /** The machine-readable summary line. */
  public String line(String table) {
    return String.format(Locale.ROOT, "evaluate %s: precision=%.3f recall=%.3f f1=%.3f (tp=%d fp=%d fn=%d)",
        table, precision(), recall(), f1(), tp, fp, fn);
  }
}
