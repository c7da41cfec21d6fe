package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgeNounRepairTest {
  private static List<Token> sentence(String spec) {
    return NameTagRepairTest.sentence(spec);
  }

  @Test
  void anAgeUsedAsANounIsTaggedAsOne() {
    List<Token> subject = sentence("The|DT 24|CD -|HYPH year|NN -|HYPH old|JJ ,|, who|WP joined|VBD ,|, said|VBD so|RB .|.");
    List<Token> inverted = sentence("said|VBD the|DT two|CD -|HYPH month|NN -|HYPH old|JJ .|.");
    List<List<Token>> out = AgeNounRepair.repair(List.of(subject, inverted));
    assertEquals("NN", out.get(0).get(5).pos());
    assertEquals("NN", out.get(1).get(6).pos());
    assertEquals("old", out.get(0).get(5).word());
  }

  @Test
  void anAgeBeforeItsNounStaysAnAdjective() {
    List<Token> s = sentence("A|DT 24|CD -|HYPH year|NN -|HYPH old|JJ man|NN said|VBD so|RB .|.");
    List<Token> plain = sentence("He|PRP is|VBZ old|JJ .|.");
    List<List<Token>> out = AgeNounRepair.repair(List.of(s, plain));
    assertSame(s, out.get(0));
    assertSame(plain, out.get(1));
  }
}
