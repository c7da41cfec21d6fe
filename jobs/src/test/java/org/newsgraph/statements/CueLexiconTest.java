package org.newsgraph.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Token;

/** Cue lookup over tokens: particles, and the adverbs and time words that may come between. */
class CueLexiconTest {
  private static final CueLexicon LEX = new CueLexicon();

  /** Tokens from "word/lemma/TAG" items. */
  private static List<Token> tokens(String spec) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String item : spec.split(" ")) {
      String[] f = item.split("/");
      out.add(new Token(out.size() + 1, at, at + f[0].length(), f[0], f[1], f[2], "O"));
      at += f[0].length() + 1;
    }
    return out;
  }

  @Test
  void particlesMayFollowAdverbsAndATimeWord() {
    CueLexicon.Match m = LEX.at(tokens("spoke/speak/VBD out/out/RP Tuesday/Tuesday/NNP about/about/IN it/it/PRP"), 0);
    assertEquals("speak out about", m.cue().lemma());
    assertEquals(3, m.lastToken());
    assertEquals("speak of", LEX.at(tokens("spoke/speak/VBD emotionally/emotionally/RB of/of/IN it/it/PRP"), 0).cue().lemma());
    assertEquals("call for", LEX.at(tokens("called/call/VBD Friday/Friday/NNP for/for/IN talks/talk/NNS"), 0).cue().lemma());
  }

  @Test
  void aVerbWithoutItsParticleIsNotThatCue() {
    assertNull(LEX.at(tokens("spoke/speak/VBD to/to/TO reporters/reporter/NNS"), 0));
    assertEquals("call", LEX.at(tokens("called/call/VBD Roe/Roe/NNP a/a/DT liar/liar/NN"), 0).cue().lemma());
  }

  @Test
  void aParticleThatMakesTheVerbAnotherVerbIsNoCue() {
    assertNull(LEX.at(tokens("add/add/VB up/up/RP ./././."), 0));
    assertNull(LEX.at(tokens("wrote/write/VBD off/off/RP the/the/DT debt/debt/NN"), 0));
    assertEquals("add", LEX.at(tokens("added/add/VBD that/that/IN it/it/PRP would/would/MD"), 0).cue().lemma());
    assertEquals("read", LEX.at(tokens("read/read/VBD out/out/RP a/a/DT statement/statement/NN"), 0).cue().lemma());
    assertEquals("sum up", LEX.at(tokens("summed/sum/VBD up/up/RP the/the/DT mood/mood/NN"), 0).cue().lemma());
  }

  @Test
  void conditionsAreReadFromTheThirdColumn() {
    assertEquals(CueLexicon.Condition.REASON, LEX.at(tokens("attacked/attack/VBD Roe/Roe/NNP"), 0).cue().condition());
    assertEquals(CueLexicon.Condition.QUOTE, LEX.at(tokens("continued/continue/VBD ./././."), 0).cue().condition());
    assertThrows(IllegalStateException.class, () -> CueLexicon.Condition.of("sometimes"));
  }
}
