package org.newsgraph.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends the tag of a participle the tagger took for a noun after a comma: "Winds will continue, the service said,
 * warning of “extreme fire behavior”" tags "warning" NN, and the parser then hangs it as a bare noun on the cue, so
 * the continuation is no clause of its own. An "-ing" word right after a comma, with no determiner, followed by
 * "that", "of", "against", "about", a colon or a quotation mark, or by a proper noun or an object pronoun (whom it
 * is addressed to: "..., telling MSNBC his role would depend on ..."), in a sentence whose main clause already has a
 * finite verb, is a participle ("..., saying that", "..., warning against"); it gets the tag VBG and its verb's
 * lemma. A list item ("schools, housing and roads") is followed by none of these.
 */
public final class ParticipleTagRepair {
  private static final Set<String> NEXT_WORDS = Set.of("that", "of", "against", "about", ":", "“", "\"", "``", "‘");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  private ParticipleTagRepair() {
  }

  /** Object pronouns of people ("..., telling them ..."). */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");

  /**
   * The word after the "-ing" word names someone it is done to: a proper noun or an object pronoun ("..., telling
   * MSNBC his involvement would depend on ...", "..., urging them to vote").
   */
  private static boolean personAfter(Token next) {
    return next.pos() != null && next.pos().startsWith("NNP")
        || OBJECT_PRONOUNS.contains(next.word().toLowerCase(Locale.ROOT));
  }

  /** The sentences with mended tokens; sentences that need no change are returned as they are. */
  public static List<List<Token>> repair(List<List<Token>> sentences) {
    List<List<Token>> out = new ArrayList<>(sentences.size());
    for (List<Token> s : sentences) {
      List<Token> mended = null;
      boolean finite = false;
      for (int i = 1; i + 1 < s.size(); i++) {
        Token t = s.get(i);
        finite |= s.get(i - 1).pos() != null && FINITE.contains(s.get(i - 1).pos());
        String w = t.word();
        if (!finite || !"NN".equals(t.pos()) || w.length() < 6 || !w.endsWith("ing") || !w.equals(w.toLowerCase(Locale.ROOT))
            || !",".equals(s.get(i - 1).word()) || !NEXT_WORDS.contains(s.get(i + 1).word().toLowerCase(Locale.ROOT))
            && !personAfter(s.get(i + 1))) {
          continue;
        }
        if (mended == null) {
          mended = new ArrayList<>(s);
        }
        mended.set(i, new Token(t.index(), t.begin(), t.end(), w, Morphology.lemmaStatic(w, "VBG"), "VBG", t.ner()));
      }
      out.add(mended == null ? s : mended);
    }
    return out;
  }
}
