package org.newsgraph.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values worked out by hand (see the comments). */
class AssociationMeasuresTest {
  @Test
  void pairSeenTwiceInFourUnits() {
    // N=4, n_a=3, n_b=2, n_ab=2: PMI = log2(2*4/(3*2)) = log2(4/3); NPMI = PMI / -log2(2/4) = PMI / 1
    assertEquals(0.4150375, AssociationMeasures.pmi(2, 3, 2, 4), 1e-6);
    assertEquals(0.4150375, AssociationMeasures.npmi(2, 3, 2, 4), 1e-6);
    // O = [2,1,0,1], E = [1.5,1.5,0.5,0.5]: G2 = 2(2 ln(4/3) + ln(2/3) + ln 2) = 1.726092
    assertEquals(1.726092, AssociationMeasures.llr(2, 3, 2, 4), 1e-6);
  }

  @Test
  void extremes() {
    assertEquals(1.0, AssociationMeasures.npmi(1, 1, 1, 1), 0);
    assertEquals(0.0, AssociationMeasures.pmi(1, 1, 1, 1), 0);
    assertEquals(0.0, AssociationMeasures.llr(1, 1, 1, 1), 1e-12);
    // always together in 2 of 10 units: PMI = log2(10/2), NPMI = 1
    assertEquals(Math.log(5) / Math.log(2), AssociationMeasures.pmi(2, 2, 2, 10), 1e-12);
    assertEquals(1.0, AssociationMeasures.npmi(2, 2, 2, 10), 1e-12);
    // independent: n_ab = n_a n_b / N → PMI 0, G2 0
    assertEquals(0.0, AssociationMeasures.pmi(2, 4, 5, 10), 1e-12);
    assertEquals(0.0, AssociationMeasures.llr(2, 4, 5, 10), 1e-12);
    assertTrue(AssociationMeasures.npmi(8, 9, 9, 10) < 0, "less often than chance");
    assertThrows(IllegalArgumentException.class, () -> AssociationMeasures.pmi(3, 2, 5, 10));
  }
}
