package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvertedSaidRepairTest {
  private static List<Token> sentence(String spec) {
    return NameTagRepairTest.sentence(spec);
  }

  @Test
  void saidOpeningAnInvertedAttributionBeforeAQuotationIsTheVerb() {
    List<Token> named = sentence("Said|NNP|PERSON Roe|NNP|PERSON ,|, “|`` We|PRP won|VBD .|. ”|''");
    List<Token> role = sentence("Said|NNP the|DT coach|NN :|: “|`` We|PRP won|VBD .|. ”|''");
    List<Token> relative = sentence("Said|NNP|PERSON Anna|NNP|PERSON Roe|NNP|PERSON ,|, who|WP grew|VBD up|RP "
        + "here|RB ,|, "
        + "“|`` We|PRP won|VBD .|. ”|''");
    List<List<Token>> out = InvertedSaidRepair.repair(List.of(named, role, relative));
    for (List<Token> s : out) {
      assertEquals("VBD", s.get(0).pos());
      assertEquals("say", s.get(0).lemma());
      assertEquals("O", s.get(0).ner());
    }
    assertEquals("PERSON", out.get(0).get(1).ner());
  }

  @Test
  void aNameSaidWithAVerbOfItsOwnOrNoQuotationStaysAName() {
    List<Token> verb = sentence("Said|NNP|PERSON Jalili|NNP|PERSON told|VBD reporters|NNS ,|, “|`` We|PRP won|VBD "
        + ".|. ”|''");
    List<Token> noQuote = sentence("Said|NNP|PERSON Jalili|NNP|PERSON ,|, the|DT envoy|NN ,|, left|VBD .|.");
    List<Token> later = sentence("He|PRP met|VBD Said|NNP|PERSON Jalili|NNP|PERSON ,|, “|`` the|DT envoy|NN ”|'' .|.");
    List<List<Token>> out = InvertedSaidRepair.repair(List.of(verb, noQuote, later));
    assertSame(verb, out.get(0));
    assertSame(noQuote, out.get(1));
    assertSame(later, out.get(2));
  }
}
