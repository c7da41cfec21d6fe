package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpacedHyphenRepairTest {
  /** Tokens "word|TAG" one space apart; a leading "+" glues a token to the one before ("well +-|HYPH +known|JJ"). */
  private static List<Token> sentence(String spec) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String item : spec.split(" ")) {
      boolean glued = item.startsWith("+");
      String[] f = (glued ? item.substring(1) : item).split("\\|");
      int begin = glued && !out.isEmpty() ? out.get(out.size() - 1).end() : offset;
      out.add(new Token(out.size() + 1, begin, begin + f[0].length(), f[0], f[0].toLowerCase(), f[1], "O"));
      offset = begin + f[0].length() + 1;
    }
    return out;
  }

  @Test
  void aHyphenWithSpacesOnBothSidesIsADash() {
    List<Token> s = sentence("Some|DT say|VBP it|PRP will|MD fail|VB -|HYPH others|NNS say|VBP not|RB +.|.");
    List<List<Token>> out = SpacedHyphenRepair.repair(List.of(s));
    Token dash = out.get(0).get(5);
    assertEquals("--", dash.word());
    assertEquals(":", dash.pos());
    assertEquals(s.get(5).begin(), dash.begin(), "the offsets stay the hyphen's");
    assertEquals(s.get(5).end(), dash.end());
  }

  @Test
  void aHyphenInsideAWordOrAtAnEdgeStaysAHyphen() {
    List<Token> word = sentence("a|DT well|RB +-|HYPH +known|JJ man|NN");
    List<Token> prefix = sentence("the|DT score|NN was|VBD 1|CD +-|HYPH 0|CD");
    List<Token> first = sentence("-|HYPH and|CC so|RB on|RB");
    List<List<Token>> out = SpacedHyphenRepair.repair(List.of(word, prefix, first));
    assertSame(word, out.get(0));
    assertSame(prefix, out.get(1));
    assertSame(first, out.get(2));
  }
}
