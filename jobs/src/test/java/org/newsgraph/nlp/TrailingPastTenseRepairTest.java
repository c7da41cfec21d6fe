package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrailingPastTenseRepairTest {
  private static List<Token> sentence(String spec) {
    return NameTagRepairTest.sentence(spec);
  }

  @Test
  void aParticipleAfterTheNameOfATrailingAttributionIsAPastTense() {
    List<Token> name = sentence("We|PRP will|MD win|VB ,|, Anna|NNP|PERSON Roe|NNP|PERSON predicted|VBN .|.");
    List<Token> pronoun = sentence("“|`` We|PRP win|VBP ,|, ”|'' she|PRP predicted|VBN on|IN Monday|NNP .|.");
    List<List<Token>> out = TrailingPastTenseRepair.repair(List.of(name, pronoun));
    assertEquals("VBD", out.get(0).get(6).pos());
    assertEquals("VBD", out.get(1).get(6).pos());
  }

  @Test
  void aParticipleWithAnAuxiliaryOrAfterAnythingButATrailingSpeakerStaysOne() {
    List<Token> auxiliary = sentence("We|PRP will|MD win|VB ,|, Roe|NNP|PERSON has|VBZ predicted|VBN .|.");
    List<Token> opening = sentence("Roe|NNP|PERSON predicted|VBN a|DT win|NN .|.");
    List<Token> object = sentence("It|PRP is|VBZ done|VBN ,|, the|DT plan|NN announced|VBN .|.");
    List<List<Token>> out = TrailingPastTenseRepair.repair(List.of(auxiliary, opening, object));
    assertSame(auxiliary, out.get(0));
    assertSame(opening, out.get(1));
    assertSame(object, out.get(2));
  }
}
