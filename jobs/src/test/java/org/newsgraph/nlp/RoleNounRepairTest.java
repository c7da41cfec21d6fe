package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleNounRepairTest {
  private static List<Token> sentence(String spec) {
    return NameTagRepairTest.sentence(spec);
  }

  @Test
  void aRoleNounBetweenATeamAndAPersonIsANoun() {
    List<Token> s = sentence("Hornets|NNPS|ORGANIZATION captain|VBP|O Jane|NNP|PERSON Roe|NNP|PERSON told|VBD|O "
        + "reporters|NNS|O :|:|O");
    List<Token> coach = sentence("Lakeside|NNP|ORGANIZATION coach|VBZ|O Ann|NNP|PERSON Lee|NNP|PERSON said|VBD|O "
        + "so|RB|O");
    List<Token> guard = sentence("Comets|NNS|ORGANIZATION guard|VBP|O Ty|NNP|PERSON Cole|NNP|PERSON said|VBD|O "
        + "so|RB|O");
    List<List<Token>> out = RoleNounRepair.repair(List.of(s, coach, guard));
    assertEquals("NN", out.get(2).get(1).pos());
    assertEquals("NN", out.get(0).get(1).pos());
    assertEquals("captain", out.get(0).get(1).lemma());
    assertEquals("NN", out.get(1).get(1).pos());
  }

  @Test
  void aVerbThatNamesNoRoleOrNoPersonStaysAVerb() {
    List<Token> praise = sentence("Democrats|NNPS|ORGANIZATION praise|VBP|O Jane|NNP|PERSON Roe|NNP|PERSON");
    List<Token> noPerson = sentence("Hornets|NNPS|ORGANIZATION host|VBP|O Lakeside|NNP|ORGANIZATION tonight|NN|O");
    List<Token> pronoun = sentence("They|PRP coach|VBP Jane|NNP|PERSON daily|RB|O");
    List<Token> people = sentence("Officers|NNS|O guard|VBP|O Jane|NNP|PERSON Roe|NNP|PERSON");
    List<List<Token>> out = RoleNounRepair.repair(List.of(praise, noPerson, pronoun, people));
    assertSame(people, out.get(3));
    assertSame(praise, out.get(0));
    assertSame(noPerson, out.get(1));
    assertSame(pronoun, out.get(2));
  }
}
