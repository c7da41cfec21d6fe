package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mends "Said" opening an inverted attribution before a quotation: in 'Said Roe, “We were proud of him.”' or
 * 'Said the coach: “...”' the tagger and NER take "Said" for a given name (it is one, in Arabic) and run it into the
 * speaker's name ("Said Roe"), so the cue is lost and a person "Said Roe" is made up. A sentence-initial "Said"
 * followed by a noun phrase, then a comma or colon and an opening quotation mark within {@link #MAX_SPAN} tokens,
 * with no finite verb of its own before them (other than in a relative clause: "Said Roe, who grew up here, “...”")
 * is the verb: tag {@code VBD}, lemma "say", no entity type. "Said Jalili told reporters, “...”" keeps the name.
 */
public final class InvertedSaidRepair {

  /** Longest speaker phrase between "Said" and the punctuation before the quotation, in tokens. */
  static final int MAX_SPAN = 14;

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  private InvertedSaidRepair() {
  }

  /** The sentences with "Said" mended where it opens an inverted attribution; other sentences as they are. */
  public static List<List<Token>> repair(List<List<Token>> sentences) {
    List<List<Token>> out = new ArrayList<>(sentences.size());
    for (List<Token> s : sentences) {
      out.add(inverted(s) ? mend(s) : s);
    }
    return out;
  }

  private static boolean inverted(List<Token> s) {
    if (s.size() < 4 || !s.get(0).word().equals("Said") || "VBD".equals(s.get(0).pos()) || s.get(1).pos() == null
        || !s.get(1).pos().matches("NNP.*|DT|PRP\\$|JJ|NN.*")) {
      return false;
    }
    boolean relative = false;
    for (int k = 1; k + 1 < s.size() && k <= MAX_SPAN; k++) {
      Token t = s.get(k);
      String pos = t.pos() == null ? "" : t.pos();
      relative |= pos.equals("WP") || pos.equals("WDT");
      if ((t.word().equals(",") || t.word().equals(":")) && "``".equals(s.get(k + 1).pos())) {
        return k > 1;
      }
      if (FINITE.contains(pos) && !relative || "``".equals(pos)) {
        return false;
      }
    }
    return false;
  }

  private static List<Token> mend(List<Token> s) {
    List<Token> mended = new ArrayList<>(s);
    Token t = s.get(0);
    mended.set(0, new Token(t.index(), t.begin(), t.end(), t.word(), "say", "VBD", "O"));
    return mended;
  }
}
