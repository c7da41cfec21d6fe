package org.newsgraph.nlp;

import java.util.List;

/**
 * Reads a hyphen with a space on each side as the dash it stands for ("Some say the plan will fail - an old worry -
 * others say it never was stronger"). Many wires and archives type a dash so; the tagger tags it as a hyphen
 * (HYPH), the parser then joins the words around it as one compound, and the rules, which know a dash as a break
 * between clauses or an aside, do not see one. The token becomes "--" tagged ":", as the treebank writes a dash;
 * its offsets stay those of the hyphen in the text. A hyphen inside a word ("well-known", "1-0") is left alone.
 */
public final class SpacedHyphenRepair {
  private SpacedHyphenRepair() {
  }

  /** The sentences with mended tokens; sentences that need no change are returned as they are. */
  public static List<List<Token>> repair(List<List<Token>> sentences) {
    return TokenMends.mendEach(sentences, (s, i) -> {
      Token t = s.get(i);
      if (i == 0 || i + 1 >= s.size() || !"-".equals(t.word()) || s.get(i - 1).end() >= t.begin()
          || t.end() >= s.get(i + 1).begin()) {
        return null;
      }
      return new Token(t.index(), t.begin(), t.end(), "--", "--", ":", t.ner());
    });
  }
}
