package org.newsgraph.duplicates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  private static final String STORY = """
      BERGEN, March 3 (FNN) -- The Sylvanian trade minister said on Tuesday that talks with Freedonia on a
      new fishing agreement would resume next month, after two rounds ended without a deal.

      "We are closer than we have ever been," the minister told reporters after a cabinet meeting.

      Freedonia's delegation has asked for a larger quota in the northern waters, which the minister
      called unacceptable. Fishermen's unions in both countries have warned of protests.

      The previous agreement expired in January and boats of both fleets have stayed in port since.
      """;

  @Test
  void wordsIgnoreCasePunctuationAndSpacing() {
    assertEquals(List.of("we", "are", "closer", "than", "2024"), Shingles.words("“We are\n  CLOSER, than—2024!”"));
    assertArrayEquals(Shingles.of("We are closer than we have ever been."),
        Shingles.of("we   are CLOSER than\nwe have ever been"));
  }

  @Test
  void shortAndEmptyTexts() {
    assertEquals(0, Shingles.of("").length);
    assertEquals(0, Shingles.of(" -- ").length);
    assertEquals(1, Shingles.of("Two words").length);
    assertEquals(1, Shingles.of("exactly five words in all").length);
    assertEquals(2, Shingles.of("exactly six words in all here").length);
  }

  @Test
  void indicesAreSortedDistinctAndInRange() {
    int[] s = Shingles.of(STORY + " " + STORY);
    for (int i = 0; i < s.length; i++) {
      assertTrue(s[i] >= 0 && s[i] < Shingles.DIMENSION);
      assertTrue(i == 0 || s[i] > s[i - 1]);
    }
    int[] once = Shingles.of(STORY);
    assertEquals(Shingles.WORDS - 1, s.length - once.length, "repeating a text adds only the shingles across the seam");
    assertEquals(once.length / (double) s.length, Shingles.jaccard(s, once), 1e-9);
  }

  @Test
  void copiesOfAStoryAreSimilarAndOtherStoriesAreNot() {
    int[] original = Shingles.of(STORY);
    String otherDateline = STORY.replace("BERGEN, March 3 (FNN) --", "OSLO, March 4 (Reuters) -");
    String byline = "By Jane Roe, staff writer\n\n" + STORY;
    String trimmed = STORY.substring(0, STORY.indexOf("The previous agreement"));
    assertTrue(Shingles.jaccard(original, Shingles.of(otherDateline)) > 0.85);
    assertTrue(Shingles.jaccard(original, Shingles.of(byline)) > 0.85);
    assertTrue(Shingles.jaccard(original, Shingles.of(trimmed)) > 0.7);
    String other = """
        The Sylvanian trade minister met fishermen's unions in Bergen on Tuesday. "We are closer than we have
        ever been," she told them, but union leaders said they would protest if the quota in the northern
        waters grew. The talks with Freedonia resume next month.
        """;
    assertTrue(Shingles.jaccard(original, Shingles.of(other)) < 0.15, "the same event and quotation, another article");
  }
}
