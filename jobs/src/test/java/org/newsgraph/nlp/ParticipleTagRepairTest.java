package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipleTagRepairTest {
  private static List<Token> sentence(String spec) {
    return NameTagRepairTest.sentence(spec);
  }

  @Test
  void aParticipleAfterACommaTakenForANounIsTaggedAsOne() {
    List<Token> s = sentence("Rain|NN will|MD fall|VB ,|, the|DT service|NN said|VBD ,|, warning|NN of|IN floods|NNS .|.");
    List<Token> quoted = sentence("She|PRP left|VBD ,|, warning|NN “|`` stay|VB away|RB ”|'' .|.");
    List<List<Token>> out = ParticipleTagRepair.repair(List.of(s, quoted));
    assertEquals("VBG", out.get(0).get(8).pos());
    assertEquals("warn", out.get(0).get(8).lemma());
    assertEquals("VBG", out.get(1).get(3).pos());
  }

  @Test
  void aParticipleBeforeWhomItAddressesIsTaggedAsOne() {
    List<Token> named = sentence("He|PRP hedged|VBD ,|, telling|NN Acme|NNP his|PRP$ role|NN would|MD change|VB .|.");
    List<Token> pronoun = sentence("She|PRP left|VBD ,|, urging|NN them|PRP to|TO vote|VB .|.");
    List<List<Token>> out = ParticipleTagRepair.repair(List.of(named, pronoun));
    assertEquals("VBG", out.get(0).get(3).pos());
    assertEquals("tell", out.get(0).get(3).lemma());
    assertEquals("VBG", out.get(1).get(3).pos());
  }

  @Test
  void aNounInAListOrAfterADeterminerStaysANoun() {
    List<Token> list = sentence("The|DT bill|NN funds|VBZ schools|NNS ,|, housing|NN and|CC roads|NNS .|.");
    List<Token> determiner = sentence("He|PRP spoke|VBD ,|, a|DT warning|NN of|IN floods|NNS .|.");
    List<Token> noVerb = sentence("Heavy|JJ rain|NN ,|, warning|NN of|IN floods|NNS .|.");
    List<List<Token>> out = ParticipleTagRepair.repair(List.of(list, determiner, noVerb));
    assertSame(list, out.get(0));
    assertSame(determiner, out.get(1));
    assertSame(noVerb, out.get(2));
  }
}
