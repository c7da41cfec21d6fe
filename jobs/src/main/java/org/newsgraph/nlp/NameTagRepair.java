package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mends part-of-speech tags of personal names that read as common words, before the parser sees them. The
 * tagger knows words, not people: the surname in "Shane Shook, a security expert, said ..." comes out as a
 * past tense verb, and the parser then makes "Shane" the subject of "Shook" and loses the sentence; "“...,”
 * Shook said." makes "Shook" the root. Two rules, over a whole document:
 * <ul>
 *   <li>a capitalised word NER marks as a person but tagged as anything but a proper noun is a proper noun;</li>
 *   <li>a capitalised word that is the surname of a person the document names in full ("Shane Shook") is that
 *       person where it stands tagged as a verb, or, not opening a sentence, as another common word ("Price
 *       increases" opening a sentence stays a noun phrase beside "Tom Price").</li>
 * </ul>
 * Headlines are left alone: in "Roe Says Smith Lied" NER runs the name into the verb. The mended word gets tag
 * {@code NNP}, NER {@code PERSON} and its own word as lemma.
 */
public final class NameTagRepair {

  static final String PERSON = "PERSON";

  /** Common-word tags a surname may wrongly get mid-sentence. */
  private static final Set<String> COMMON = Set.of("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ", "JJR", "JJS",
      "NN", "NNS", "RB");

  private NameTagRepair() {
  }

  /** The sentences with mended tokens; tokens and lists that need no change are returned as they are. */
  public static List<List<Token>> repair(List<List<Token>> sentences) {
    // a headline ("Roe Says Smith Lied"): NER runs names into the capitalised verbs, the tags are right
    boolean[] headline = new boolean[sentences.size()];
    Set<String> surnames = new HashSet<>();
    for (int si = 0; si < sentences.size(); si++) {
      List<Token> s = sentences.get(si);
      headline[si] = titleCase(s);
      for (int i = 1; i < s.size() && !headline[si]; i++) {
        boolean last = i + 1 == s.size() || !PERSON.equals(s.get(i + 1).ner());
        if (last && PERSON.equals(s.get(i).ner()) && PERSON.equals(s.get(i - 1).ner()) && capitalised(s.get(i))
            && capitalised(s.get(i - 1))) {
          surnames.add(s.get(i).word()); // ("Tom Will": "Will" tagged as a modal is still a surname here)
        }
      }
    }
    List<List<Token>> out = new ArrayList<>(sentences.size());
    for (int si = 0; si < sentences.size(); si++) {
      List<Token> s = sentences.get(si);
      if (headline[si]) {
        out.add(s);
        continue;
      }
      List<Token> mended = null;
      for (int i = 0; i < s.size(); i++) {
        Token t = s.get(i);
        if (t.pos() == null || !capitalised(t) || t.pos().startsWith("NNP")) {
          continue;
        }
        boolean person = PERSON.equals(t.ner());
        // (a modal before a finite verb is a name too: "Will said ...")
        boolean modal = "MD".equals(t.pos()) && i + 1 < s.size() && s.get(i + 1).pos() != null
            && s.get(i + 1).pos().matches("VBD|VBZ");
        boolean surname = !person && surnames.contains(t.word()) && (COMMON.contains(t.pos()) || modal)
            && (i > 0 || t.pos().startsWith("VB") || modal);
        if (person || surname) {
          if (mended == null) {
            mended = new ArrayList<>(s);
          }
          mended.set(i, new Token(t.index(), t.begin(), t.end(), t.word(), t.word(), "NNP", PERSON));
        }
      }
      out.add(mended == null ? s : mended);
    }
    return out;
  }

  /** Most words of four letters or more are capitalised, as in a headline. */
  static boolean titleCase(List<Token> s) {
    int words = 0;
    int capitals = 0;
    for (Token t : s) {
      if (t.word().length() >= 4 && t.word().codePoints().allMatch(Character::isLetter)) {
        words++;
        capitals += Character.isUpperCase(t.word().codePointAt(0)) ? 1 : 0;
      }
    }
    return words >= 3 && capitals * 10 >= words * 7;
  }

  private static boolean capitalised(Token t) {
    String w = t.word();
    return w.length() > 1 && Character.isUpperCase(w.codePointAt(0))
        && w.codePoints().skip(1).anyMatch(Character::isLowerCase);
  }
}
