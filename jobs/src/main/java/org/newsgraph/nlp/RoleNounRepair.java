package org.newsgraph.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.util.Lexicon;

/**
 * Mends the tag of a role noun the tagger read as a verb between a name and a person ("Rovers captain Sam Oduya
 * told the club's website: ...", "Hornets coach Jane Roe said ...", "Rangers guard Ty Cole said"): after a plural or
 * proper noun the tagger takes "captain", "coach", "boss" or "skipper" for a present-tense verb, and the parser then
 * makes the team the subject of "captain" and hangs the real verb under it, so the statement loses its speaker. A
 * word is mended only when it is a person's role noun ({@code statements/speaker-nouns.tsv}, the nouns that stand
 * for a person) and a person's name follows it; "Democrats praise Roe" stays a verb, since "praise" names no role.
 */
public final class RoleNounRepair {
  private static final Set<String> VERB_TAGS = Set.of("VB", "VBP", "VBZ", "VBD");
  private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS");
  private static final Set<String> ROLES = load();

  private RoleNounRepair() {
  }

  private static Set<String> load() {
    Map<String, String> nouns = Lexicon.map("/org/newsgraph/statements/speaker-nouns.tsv");
    return nouns.entrySet().stream().filter(e -> "person".equals(e.getValue())).map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The sentences with mended tokens; sentences that need no change are returned as they are. */
  public static List<List<Token>> repair(List<List<Token>> sentences) {
    return TokenMends.mendEach(sentences, (s, i) -> {
      Token role = s.get(i);
      if (i < 1 || i + 1 >= s.size() || !VERB_TAGS.contains(role.pos()) || !ROLES.contains(role.word())
          || !team(s.get(i - 1)) || !person(s.get(i + 1))) {
        return null;
      }
      String lemma = role.word().toLowerCase(Locale.ROOT);
      return new Token(role.index(), role.begin(), role.end(), role.word(), lemma, "NN", role.ner());
    });
  }

  /**
   * A name before the role: a proper noun, or a plural the tagger read as a common noun but the recogniser as an
   * organisation ("Rangers guard Ty Cole": "Rangers" is NNS).
   */
  private static boolean team(Token t) {
    return NAME_TAGS.contains(t.pos()) || "NNS".equals(t.pos()) && "ORGANIZATION".equals(t.ner())
        && Character.isUpperCase(t.word().charAt(0));
  }

  private static boolean person(Token t) {
    return "PERSON".equals(t.ner()) && "NNP".equals(t.pos());
  }
}
