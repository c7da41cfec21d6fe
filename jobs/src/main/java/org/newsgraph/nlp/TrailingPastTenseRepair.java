package org.newsgraph.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends a past tense the tagger took for a participle in a trailing attribution: in "The party will win, Devine
 * predicted." the tagger tags "predicted" VBN after an unfamiliar name, and the rules that read a trailing
 * "..., Roe said." as a report then see a participle. A VBN right after a person's name or a subject pronoun that
 * follows a comma or a closing quotation mark, with no auxiliary of its own, and followed by the sentence's end, a
 * comma or a preposition ("..., Roe predicted on Monday") is a past tense: tag VBD.
 */
public final class TrailingPastTenseRepair {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i");

  private TrailingPastTenseRepair() {
  }

  /** The sentences with mended tokens; sentences that need no change are returned as they are. */
  public static List<List<Token>> repair(List<List<Token>> sentences) {
    return TokenMends.mendEach(sentences, (s, i) -> {
      Token t = s.get(i);
      return i < 2 || !"VBN".equals(t.pos()) || !trailing(s, i) ? null
          : new Token(t.index(), t.begin(), t.end(), t.word(), t.lemma(), "VBD", t.ner());
    });
  }

  private static boolean trailing(List<Token> s, int verb) {
    int k = verb - 1;
    if (PRONOUNS.contains(s.get(k).word().toLowerCase(Locale.ROOT))) {
      k--;
    } else {
      while (k >= 0 && NameTagRepair.PERSON.equals(s.get(k).ner())) {
        k--;
      }
      if (k == verb - 1) {
        return false;
      }
    }
    if (k < 0 || !(s.get(k).word().equals(",") || "''".equals(s.get(k).pos()))) {
      return false;
    }
    if (verb + 1 >= s.size()) {
      return true;
    }
    String next = s.get(verb + 1).pos() == null ? "" : s.get(verb + 1).pos();
    return next.equals(".") || next.equals(",") || next.equals("IN") || next.equals("''");
  }
}
