package org.newsgraph.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
