package org.newsgraph.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends the tag of an age used as a noun ("The 24-year-old said ...", "the two-month-old"). The tokenizer splits
 * the hyphens, so the tagger sees "24 - year - old" and tags "old" as an adjective; with nothing for the adjective
 * to modify the parser then builds a tree with no subject and no main verb ("The 24-year-old, who joined in July,
 * said he was happy": "said" hung as a bare dependent). Tagged as a noun, "old" heads the phrase and the sentence
 * parses as it reads. An age before a noun ("a 24-year-old man") stays an adjective.
 */
public final class AgeNounRepair {
  private static final Set<String> UNITS = Set.of("year", "years", "month", "months", "week", "weeks", "day", "days");
  private static final Set<String> NOUN_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "CD", "JJ", "VBG");

  private AgeNounRepair() {
  }

  /** The sentences with mended tokens; sentences that need no change are returned as they are. */
  public static List<List<Token>> repair(List<List<Token>> sentences) {
    return TokenMends.mendEach(sentences, (s, i) -> {
      Token old = s.get(i);
      if (i < 4 || !old.word().equalsIgnoreCase("old") || !"JJ".equals(old.pos()) || !hyphen(s.get(i - 1))
          || !UNITS.contains(s.get(i - 2).word().toLowerCase(Locale.ROOT)) || !hyphen(s.get(i - 3))) {
        return null;
      }
      // (what follows is no noun the age describes: a comma, a verb, the end)
      if (i + 1 < s.size() && s.get(i + 1).pos() != null && NOUN_TAGS.contains(s.get(i + 1).pos())) {
        return null;
      }
      return new Token(old.index(), old.begin(), old.end(), old.word(), old.lemma(), "NN", old.ner());
    });
  }

  private static boolean hyphen(Token t) {
    return "-".equals(t.word()) || "HYPH".equals(t.pos());
  }
}
