package org.newsgraph.cooccurrence;

/**
 * Association measures of two entities over N units (sentences or documents) of one scope and period,
 * from n_ab units holding both, n_a holding a and n_b holding b. Logarithms are base 2 for PMI and
 * natural for G².
 *
 * <ul>
 *   <li>PMI = log2(n_ab · N / (n_a · n_b)): how much more often the pair co-occurs than chance;</li>
 *   <li>NPMI = PMI / −log2(n_ab / N), in [−1, 1]; 1 when the two always occur together;</li>
 *   <li>G² (Dunning's log-likelihood ratio) = 2 Σ O·ln(O/E) over the 2×2 table of
 *       (a, not a) × (b, not b), with E = row total · column total / N; large when the pair is
 *       significantly associated, robust for rare pairs.</li>
 * </ul>
 */
public final class AssociationMeasures {
  private static final double LN2 = Math.log(2);

  private AssociationMeasures() {
  }

  public static double pmi(long nab, long na, long nb, long n) {
    check(nab, na, nb, n);
    return Math.log((double) nab * n / ((double) na * nb)) / LN2;
  }

  public static double npmi(long nab, long na, long nb, long n) {
    check(nab, na, nb, n);
    if (nab == n) {
      return 1.0;
    }
    return pmi(nab, na, nb, n) / (-Math.log((double) nab / n) / LN2);
  }

  public static double llr(long nab, long na, long nb, long n) {
    check(nab, na, nb, n);
    double[] observed = {nab, na - nab, nb - nab, n - na - nb + nab};
    double[] expected = {
        (double) na * nb / n, (double) na * (n - nb) / n, (double) (n - na) * nb / n, (double) (n - na) * (n - nb) / n};
    double g2 = 0;
    for (int i = 0; i < 4; i++) {
      if (observed[i] > 0) {
        g2 += observed[i] * Math.log(observed[i] / expected[i]);
      }
    }
    return Math.max(0, 2 * g2);
  }

  private static void check(long nab, long na, long nb, long n) {
    if (nab <= 0 || nab > na || nab > nb || na > n || nb > n || na + nb - nab > n) {
      throw new IllegalArgumentException("inconsistent counts nab=" + nab + " na=" + na + " nb=" + nb + " n=" + n);
    }
  }
}
