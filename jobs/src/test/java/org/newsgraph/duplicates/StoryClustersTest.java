package org.newsgraph.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.duplicates.StoryClusters.Assignment;
import org.newsgraph.duplicates.StoryClusters.Doc;
import org.newsgraph.duplicates.StoryClusters.Pair;

class StoryClustersTest {
  private static Doc doc(String id, String date, int length) {
    return new Doc(id, date == null ? null : LocalDate.parse(date), length);
  }

  @Test
  void theEarliestCopyIsTheOriginalAndCopiesOfCopiesJoinItsStory() {
    List<Doc> docs = List.of(doc("c", "2024-03-02", 900), doc("a", "2024-03-01", 800), doc("b", "2024-03-03", 1000),
        doc("x", "2024-01-01", 500), doc("y", "2024-01-01", 600));
    List<Pair> pairs = List.of(new Pair("a", "c", 0.8), new Pair("b", "c", 0.6), new Pair("x", "y", 0.9));
    assertEquals(List.of(new Assignment("a", "a", null), new Assignment("b", "a", "a"), new Assignment("c", "a", "a"),
        new Assignment("x", "y", "y"), new Assignment("y", "y", null)), StoryClusters.assign(docs, pairs),
        "a: earliest; y: same day as x but longer");
  }

  @Test
  void undatedCopiesComeAfterDatedOnesAndTiesGoToTheSmallestId() {
    List<Doc> docs = List.of(doc("p", null, 2000), doc("q", "2020-05-05", 100), doc("r", null, 50), doc("s", null, 50));
    List<Pair> pairs = List.of(new Pair("p", "q", 0.7), new Pair("r", "s", 0.99));
    assertEquals(List.of(new Assignment("p", "q", "q"), new Assignment("q", "q", null), new Assignment("r", "r", null),
        new Assignment("s", "r", "r")), StoryClusters.assign(docs, pairs));
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfPairsOrDocuments() {
    List<Doc> docs = new ArrayList<>();
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      docs.add(doc("d" + i, i % 4 == 0 ? null : "2024-02-" + (10 + i % 7), 100 + i % 5));
      if (i % 3 != 0) {
        pairs.add(new Pair("d" + (i - 1), "d" + i, 0.9));
      }
    }
    List<Assignment> expected = StoryClusters.assign(docs, pairs);
    for (long seed = 1; seed <= 5; seed++) {
      Collections.shuffle(docs, new java.util.Random(seed));
      Collections.shuffle(pairs, new java.util.Random(seed * 7));
      assertEquals(expected, StoryClusters.assign(docs, pairs));
    }
  }

  @Test
  void documentsInNoPairAndUnknownIdsGetNoAssignment() {
    assertEquals(List.of(), StoryClusters.assign(List.of(doc("a", null, 10)), List.of(new Pair("a", "zz", 0.9))));
    assertEquals(List.of(), StoryClusters.assign(List.of(), List.of()));
  }
}
