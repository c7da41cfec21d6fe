package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Sentence;
import org.newsgraph.nlp.AnalyzedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Test fixtures without NLP models: sentences written as space-separated tokens, {@code word/TAG} for
 * NER tags, a leading {@code +} gluing a token to the previous one ("China/LOCATION +-/LOCATION
 * +Sylvania/LOCATION"). Part-of-speech tags are guessed (NNP for capitalised words, CD, DT, IN, PRP) unless
 * given after a caret ({@code Analysts^NNS/ORGANIZATION}).
 */
public final class Annotated {
  private static final Set<String> FUNCTION = Set.of("since", "while", "when", "as", "in", "on", "of", "for", "with",
      "that", "if", "after", "before", "during");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you");

  public final String body;
  public final List<ParsedSentence> sentences;

  private Annotated(String body, List<ParsedSentence> sentences) {
    this.body = body;
    this.sentences = sentences;
  }

  public static Annotated of(String docId, String... sentenceSpecs) {
    StringBuilder body = new StringBuilder();
    List<ParsedSentence> out = new ArrayList<>();
    for (String spec : sentenceSpecs) {
      if (body.length() > 0) {
        body.append(' ');
      }
      List<Token> tokens = new ArrayList<>();
      boolean first = true;
      for (String raw : spec.trim().split("\\s+")) {
        boolean glue = raw.startsWith("+") && raw.length() > 1;
        String t = glue ? raw.substring(1) : raw;
        int slash = t.lastIndexOf('/');
        String word = slash > 0 && slash < t.length() - 1 && t.substring(slash + 1).matches("[A-Z]+") ? t.substring(0, slash) : t;
        String ner = word.equals(t) ? "O" : t.substring(slash + 1);
        // "Analysts^NNS/ORGANIZATION": a part-of-speech tag given instead of guessed
        int caret = word.indexOf('^');
        String tag = caret > 0 ? word.substring(caret + 1) : null;
        word = caret > 0 ? word.substring(0, caret) : word;
        if (!first && !glue) {
          body.append(' ');
        }
        int begin = body.length();
        body.append(word);
        tokens.add(new Token(tokens.size() + 1, begin, body.length(), word, word.toLowerCase(), tag != null ? tag : pos(word), ner));
        first = false;
      }
      int begin = tokens.get(0).begin();
      int end = tokens.get(tokens.size() - 1).end();
      Sentence s = new Sentence(docId, out.size(), begin, end, body.substring(begin, end));
      out.add(new ParsedSentence(s, new AnalyzedSentence(begin, end, tokens, List.<Dependency>of())));
    }
    return new Annotated(body.toString(), out);
  }

  private static String pos(String w) {
    String l = w.toLowerCase();
    if (w.matches("\\d+(st|nd|rd|th)?")) {
      return "CD";
    }
    if (l.equals("the") || l.equals("a") || l.equals("an")) {
      return "DT";
    }
    if (FUNCTION.contains(l)) {
      return "IN";
    }
    if (PRONOUNS.contains(l)) {
      return "PRP";
    }
    if (!w.chars().anyMatch(Character::isLetterOrDigit)) {
      return w;
    }
    return Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
  }
}
