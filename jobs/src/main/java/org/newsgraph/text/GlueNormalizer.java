package org.newsgraph.text;

/**
 * Separates glued sentences ("FNN reported.Roe pointed out") by inserting a space, keeping a map from
 * every normalised position back to the original text. Abbreviations and domain names ("U.S.",
 * "China.org.cn", "Feb. 5") are left as they are: a space is inserted only after a sentence mark that
 * follows a run of two or more letters ("reported.", "ACME."), two digits or a closing quote/bracket, and that precedes
 * an upper-case letter followed by a lower-case one. The final period of an abbreviation closing a short
 * parenthetical ("(R-S.C.)") is read as a space so that it ends no sentence, as is the period of an
 * abbreviation that lives inside company names ("Bergen Bros. Pictures") when a capitalised word follows.
 */
public final class GlueNormalizer {

  private GlueNormalizer() {
  }

  /** Normalised text and, for each of its chars (and its end), the original position. */
  public record Normalized(String text, int[] toOriginal) {
    public int original(int normalizedPos) {
      return toOriginal[normalizedPos];
    }
  }

  public static Normalized normalize(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    int[] map = new int[s.length() * 2 + 1];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSentenceFinalAbbreviationEnd(s, i)) {
        // "until 10 p.m. “Every ...": a space before the final period makes it a token, and a sentence end, of
        // its own ("p.m" + "."); the inserted space belongs to no token
        map[out.length()] = i;
        out.append(' ');
      }
      map[out.length()] = i;
      out.append(isParentheticalAbbreviationEnd(s, i) || isNameInternalAbbreviationEnd(s, i) ? ' '
          : isSpacedDash(s, i) ? '—' : c);
      if (isGlue(s, i)) {
        map[out.length()] = i + 1;
        out.append(' ');
      }
    }
    map[out.length()] = s.length();
    int[] trimmed = new int[out.length() + 1];
    System.arraycopy(map, 0, trimmed, 0, trimmed.length);
    return new Normalized(out.toString(), trimmed);
  }

  /** Longest parenthetical abbreviation ("(R-N.Y.)") whose final period {@link #normalize} hides. */
  static final int MAX_PARENTHETICAL = 12;

  /**
   * The period that ends an abbreviation closing a short parenthetical without spaces, such as a US
   * legislator's party and state ("Sen. Jane Roe (R-S.C.) said", "(D-Mass.)"): the sentence splitter takes
   * "S.C." + ")" for a sentence end, so the period is read as a space (offsets stay the same). Only when the
   * parenthetical also holds a hyphen or another period, so "(Laughter.)" still ends its sentence.
   */
  static boolean isParentheticalAbbreviationEnd(String s, int i) {
    if (s.charAt(i) != '.' || i + 1 >= s.length() || s.charAt(i + 1) != ')' || i == 0 || !Character.isLetter(s.charAt(i - 1))) {
      return false;
    }
    boolean inner = false;
    for (int k = i - 1; k >= 0 && i - k <= MAX_PARENTHETICAL; k--) {
      char c = s.charAt(k);
      if (c == '(') {
        return inner && k + 1 < i;
      }
      if (Character.isWhitespace(c) || c == ')') {
        return false;
      }
      inner |= c == '-' || c == '.';
    }
    return false;
  }

  /** Quotation marks that open a quotation after a sentence's end. */
  private static final String OPENING_QUOTES = "“\"‘'";

  /** Abbreviations that often end a sentence: times of day, company suffixes, "Jr." */
  static final java.util.Set<String> SENTENCE_FINAL = java.util.Set.of("a.m", "p.m", "Inc", "Corp", "Co", "Ltd", "Jr", "Sr");

  /** Capitalised words that follow a time of day within its sentence ("10 p.m. Eastern", "9 a.m. Monday"). */
  static final java.util.Set<String> AFTER_TIME = java.util.Set.of("eastern", "central", "pacific", "mountain",
      "atlantic", "standard", "daylight", "local", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /**
   * The final period of an abbreviation that ends a sentence where the sentence splitter does not see it: before
   * an opening quotation mark and a capital ("until 10 p.m. “Every kilowatt counts,”", "Acme Inc. “We ...") or,
   * for a time of day, before a capitalised word that is no time zone, day or month ("at 10 p.m. Every ...").
   */
  static boolean isSentenceFinalAbbreviationEnd(String s, int i) {
    if (s.charAt(i) != '.' || i + 3 >= s.length() || s.charAt(i + 1) != ' ') {
      return false;
    }
    if (platformX(s, i)) {
      // "wrote on X. “The update ...": the social network, not an initial
      return OPENING_QUOTES.indexOf(s.charAt(i + 2)) >= 0 && Character.isUpperCase(s.charAt(i + 3));
    }
    String abbreviation = null;
    for (String a : SENTENCE_FINAL) {
      int start = i - a.length();
      if (start >= 1 && s.startsWith(a, start) && Character.isWhitespace(s.charAt(start - 1))) {
        abbreviation = a;
      }
    }
    if (abbreviation == null) {
      return false;
    }
    int k = i + 2;
    if (OPENING_QUOTES.indexOf(s.charAt(k)) >= 0) {
      return k + 1 < s.length() && Character.isUpperCase(s.charAt(k + 1));
    }
    if (!abbreviation.endsWith(".m") || !Character.isUpperCase(s.charAt(k)) || k + 1 >= s.length()
        || !Character.isLowerCase(s.charAt(k + 1))) {
      return false;
    }
    int e = k;
    while (e < s.length() && Character.isLetter(s.charAt(e))) {
      e++;
    }
    return !AFTER_TIME.contains(s.substring(k, e).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A hyphen with white space on both sides, between words, used as a dash ("Roe - who had left - said"): CoreNLP
   * tags it as a word-internal hyphen and the parser joins the words around it, so it is read as an em dash
   * (offsets stay the same). Not between figures ("won 3 - 1") and not at the start of a line (a list item).
   */
  static boolean isSpacedDash(String s, int i) {
    if (s.charAt(i) != '-' || i == 0 || i + 1 >= s.length() || !Character.isWhitespace(s.charAt(i - 1))
        || !Character.isWhitespace(s.charAt(i + 1))) {
      return false;
    }
    int before = i - 1;
    while (before >= 0 && s.charAt(before) == ' ') {
      before--;
    }
    int after = i + 1;
    while (after < s.length() && Character.isWhitespace(s.charAt(after))) {
      after++;
    }
    return before >= 0 && after < s.length() && s.charAt(before) != '\n' && !Character.isDigit(s.charAt(before))
        && !Character.isDigit(s.charAt(after));
  }

  /** "X" after "on" or "via" ("posted on X."), the social network, right before position {@code i}. */
  private static boolean platformX(String s, int i) {
    if (i < 4 || s.charAt(i - 1) != 'X' || s.charAt(i - 2) != ' ') {
      return false;
    }
    int w = i - 2;
    while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
      w--;
    }
    String before = s.substring(w, i - 2).toLowerCase(java.util.Locale.ROOT);
    return before.equals("on") || before.equals("via");
  }

  /** Abbreviations found inside company names, before the rest of the name: "Roe Bros. Media". */
  static final java.util.Set<String> NAME_INTERNAL = java.util.Set.of("Bros");

  /**
   * The period of "Bros." after a capitalised name (as in "Bergen Bros. Pictures said") followed by a space and a
   * capitalised word: the
   * sentence splitter ends a sentence there and cuts the company's name in two; it is read as a space.
   */
  static boolean isNameInternalAbbreviationEnd(String s, int i) {
    if (s.charAt(i) != '.' || i + 2 >= s.length() || s.charAt(i + 1) != ' ' || !Character.isUpperCase(s.charAt(i + 2))) {
      return false;
    }
    for (String a : NAME_INTERNAL) {
      int start = i - a.length();
      if (start >= 2 && s.startsWith(a, start) && s.charAt(start - 1) == ' ' && Character.isLetter(s.charAt(start - 2))) {
        int w = start - 2;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
          w--;
        }
        return Character.isUpperCase(s.charAt(w));
      }
    }
    return false;
  }

  static boolean isGlue(String s, int i) {
    char c = s.charAt(i);
    if ((c != '.' && c != '!' && c != '?') || i < 2 || i + 2 >= s.length()) {
      return false;
    }
    char next = s.charAt(i + 1);
    char after = s.charAt(i + 2);
    if (!Character.isUpperCase(next) || !Character.isLowerCase(after)) {
      return false;
    }
    char p1 = s.charAt(i - 1);
    char p2 = s.charAt(i - 2);
    boolean word = Character.isLetter(p1) && Character.isLetter(p2);
    boolean closing = "\"”’')]".indexOf(p1) >= 0 || Character.isDigit(p1) && Character.isDigit(p2);
    return word || closing;
  }
}
