package org.newsgraph.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactPairsTest {
  private static final String STORY = "The Bergen council voted on Tuesday to close the old harbour bridge for two"
      + " years of repairs, after engineers found cracks in three of its piers. Traffic will move to the ferry,"
      + " which the council will run every ten minutes at no charge until the bridge reopens in the spring.";

  @Test
  void copiesAboveTheThresholdOnceEachInInputOrder() {
    List<ExactPairs.Shingled> docs = List.of(
        new ExactPairs.Shingled("a", Shingles.of(STORY)),
        new ExactPairs.Shingled("b", Shingles.of("BERGEN (FNN) - " + STORY + " Reporting by Anna Roe.")),
        new ExactPairs.Shingled("c", Shingles.of("Sylvania won the final on penalties after a goalless"
            + " match in which both keepers were named players of the game by the organisers.")),
        new ExactPairs.Shingled("d", new int[0]));
    List<StoryClusters.Pair> pairs = ExactPairs.of(docs, 0.5);
    assertEquals(1, pairs.size(), pairs.toString());
    assertEquals("a", pairs.get(0).a());
    assertEquals("b", pairs.get(0).b());
    assertEquals(Shingles.jaccard(docs.get(0).shingles(), docs.get(1).shingles()), pairs.get(0).similarity());
  }

  @Test
  void aCopyCutToAThirdIsBelowHalf() {
    String third = STORY.substring(0, STORY.length() / 3);
    List<StoryClusters.Pair> pairs = ExactPairs.of(List.of(new ExactPairs.Shingled("a", Shingles.of(STORY)),
        new ExactPairs.Shingled("b", Shingles.of(third))), 0.5);
    assertEquals(List.of(), pairs);
  }

  @Test
  void anExactCopyWithTheSameIdIsNoPair() {
    int[] shingles = Shingles.of(STORY);
    assertEquals(List.of(), ExactPairs.of(List.of(new ExactPairs.Shingled("a", shingles),
        new ExactPairs.Shingled("a", shingles)), 0.5));
  }

  @Test
  void prefixFilteringFindsWhatComparingEveryPairFinds() {
    // stories made of shared stock sentences and their own, some copied with edits: the filtered join must
    // give exactly the pairs (and order and similarity) of comparing every pair
    String[] stock = {"Officials said the talks would resume next week.", "The market closed higher on Friday.",
        "Reporting by Anna Roe; editing by Peter Smith.", "The council did not respond to a request for comment."};
    Random random = new Random(7);
    List<ExactPairs.Shingled> docs = new ArrayList<>();
    for (int d = 0; d < 80; d++) {
      StringBuilder text = new StringBuilder();
      if (d % 5 == 4) {
        // an edited copy of the story before it: a sentence dropped and one added
        String previous = texts.get(d - 1);
        text.append(previous, previous.indexOf('.') + 1, previous.length()).append(" The vote was close.");
      } else {
        for (int k = 0; k < 6 + random.nextInt(8); k++) {
          text.append(random.nextInt(3) == 0 ? stock[random.nextInt(stock.length)]
              : "In Bergen story " + d + " line " + k + " the figure was " + random.nextInt(1000) + ".").append(' ');
        }
      }
      texts.add(text.toString());
      docs.add(new ExactPairs.Shingled("doc" + (d % 40 == 39 ? 0 : d), Shingles.of(text.toString())));
    }
    for (double min : new double[] {0.3, 0.5, 0.8}) {
      List<StoryClusters.Pair> expected = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          int[] a = docs.get(i).shingles();
          int[] b = docs.get(j).shingles();
          double s = a.length == 0 || b.length == 0 ? 0 : Shingles.jaccard(a, b);
          if (!docs.get(i).docId().equals(docs.get(j).docId()) && s >= min) {
            expected.add(new StoryClusters.Pair(docs.get(i).docId(), docs.get(j).docId(), s));
          }
        }
      }
      assertEquals(expected, ExactPairs.of(docs, min), "threshold " + min);
      if (min == 0.5) {
        assertEquals(16, expected.size(), "the edited copies are found (a fixture that finds nothing proves nothing)");
      }
    }
  }

  private final List<String> texts = new ArrayList<>();
}
