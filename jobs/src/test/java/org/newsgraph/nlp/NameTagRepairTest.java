package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameTagRepairTest {

  /** "word|TAG|NER" tokens, space separated (NER defaults to O); also read by the other tag repairs' tests. */
  static List<Token> sentence(String spec) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String item : spec.split(" ")) {
      String[] f = item.split("\\|");
      String ner = f.length > 2 ? f[2] : "O";
      out.add(new Token(out.size() + 1, offset, offset + f[0].length(), f[0], f[0].toLowerCase(), f[1], ner));
      offset += f[0].length() + 1;
    }
    return out;
  }

  private static String tags(List<Token> s) {
    StringBuilder b = new StringBuilder();
    for (Token t : s) {
      b.append(b.length() > 0 ? " " : "").append(t.word()).append('/').append(t.pos()).append('/').append(t.ner());
    }
    return b.toString();
  }

  @Test
  void aSurnameTaggedAsAVerbIsAProperNounInItsNameAndWhereItStandsAlone() {
    List<List<Token>> doc = NameTagRepair.repair(List.of(
        sentence("Jane|NNP|PERSON Shook|VBD|PERSON ,|, an|DT expert|NN ,|, said|VBD it|PRP failed|VBD .|."),
        sentence("“|`` It|PRP failed|VBD ,|, ”|'' Shook|VBN said|VBD .|."),
        sentence("Shook|VBD said|VBD it|PRP failed|VBD .|.")));
    assertEquals("Jane/NNP/PERSON Shook/NNP/PERSON ,/,/O an/DT/O expert/NN/O ,/,/O said/VBD/O", tags(doc.get(0).subList(0, 7)));
    assertEquals("NNP", doc.get(1).get(5).pos());
    assertEquals("PERSON", doc.get(1).get(5).ner());
    assertEquals("Shook", doc.get(1).get(5).lemma());
    // opening a sentence, as a verb, it is the surname too; "said" stays a verb
    assertEquals("Shook/NNP/PERSON said/VBD/O", tags(doc.get(2).subList(0, 2)));
  }

  @Test
  void aSurnameTaggedAsAModalBeforeAFiniteVerbIsTheName() {
    List<List<Token>> doc = NameTagRepair.repair(List.of(
        sentence("Tom|NNP|PERSON Will|MD|PERSON spoke|VBD .|."),
        sentence("Will|MD said|VBD it|PRP failed|VBD .|."),
        sentence("Will|MD the|DT council|NN act|VB ?|.")));
    assertEquals("Will/NNP/PERSON said/VBD/O", tags(doc.get(1).subList(0, 2)));
    assertEquals("MD", doc.get(2).get(0).pos());
  }

  @Test
  void aCommonNounOpeningASentenceStaysBesideASurnameOfTheSameSpelling() {
    List<List<Token>> doc = NameTagRepair.repair(List.of(
        sentence("Tom|NNP|PERSON Price|NNP|PERSON spoke|VBD .|."),
        sentence("Price|NN increases|NNS slowed|VBD .|.")));
    assertEquals("NN", doc.get(1).get(0).pos());
  }

  @Test
  void headlinesAndUnchangedSentencesAreLeftAsTheyAre() {
    List<Token> headline = sentence("Bernie|NNP|PERSON Sanders|NNP|PERSON Says|VBZ|PERSON He|PRP Will|MD Stay|VB In|IN Race|NN");
    List<Token> plain = sentence("Prices|NNS rose|VBD .|.");
    List<List<Token>> doc = NameTagRepair.repair(List.of(headline, plain));
    assertSame(headline, doc.get(0));
    assertSame(plain, doc.get(1));
  }
}
