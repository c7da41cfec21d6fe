package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnalyzedSentence;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.nlp.Token;

class SentenceSplitterTest {

  /** A naive engine: words and single marks are tokens; a sentence ends after ".", "?" or "!". */
  private static final NlpEngine NAIVE = (text, parse) -> {
    List<AnalyzedSentence> out = new ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]").matcher(text);
    List<Token> tokens = new ArrayList<>();
    while (m.find()) {
      tokens.add(new Token(tokens.size() + 1, m.start(), m.end(), m.group(), m.group(), "X", "O"));
      if (m.group().matches("[.?!]")) {
        out.add(new AnalyzedSentence(tokens.get(0).begin(), m.end(), tokens, List.of()));
        tokens = new ArrayList<>();
      }
    }
    if (!tokens.isEmpty()) {
      out.add(new AnalyzedSentence(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens, List.of()));
    }
    return out;
  };

  private List<String> split(String body) {
    return new SentenceSplitter(NAIVE).split("d", body, t -> false).stream().map(p -> p.sentence().text()).toList();
  }

  @Test
  void aClosingQuoteEndsThePreviousSentence() {
    assertEquals(List.of("‘We won and they lost.’", "The vote was close."),
        split("‘We won and they lost.’\nThe vote was close."));
    assertEquals(List.of("He said: “We won.'”", "Then he left."), split("He said: “We won.'”\nThen he left."));
  }

  @Test
  void anAbbreviationEndingASentenceKeepsItsPeriodAsItsLastToken() {
    List<ParsedSentence> p = new SentenceSplitter(NAIVE).split("d", "It went to Acme Inc. “We won,” she said.", t -> false);
    assertEquals(List.of("It went to Acme Inc.", "“We won,” she said."), p.stream().map(x -> x.sentence().text()).toList());
    List<Token> first = p.get(0).analysis().tokens();
    assertEquals("Inc.", first.get(first.size() - 1).word());
    assertEquals(5, first.size());
  }

  @Test
  void aCueAfterAQuestionMarkIsTheSameSentence() {
    List<String> s = split("\"Why not try again?\" asked Jane Roe. She left.");
    assertEquals(List.of("\"Why not try again?\" asked Jane Roe.", "She left."), s);
    List<org.newsgraph.text.ParsedSentence> p = new SentenceSplitter(NAIVE).split("d", "\"Why?\" asked Roe.", t -> false);
    List<Token> tokens = p.get(0).analysis().tokens();
    for (int i = 0; i < tokens.size(); i++) {
      assertEquals(i + 1, tokens.get(i).index());
    }
  }

  @Test
  void aParagraphLongerThanAChunkIsCutAtSentenceEndsAndKeepsItsOffsets() {
    String sentence = "The committee met again on a rainy day and talked for hours. ";
    String body = sentence.repeat(SentenceSplitter.MAX_CHUNK * 3 / sentence.length()).strip();
    List<org.newsgraph.model.Span> chunks = SentenceSplitter.chunks(body, Paragraphs.of(body));
    assertEquals(true, chunks.size() >= 3, "cut into chunks: " + chunks.size());
    for (org.newsgraph.model.Span c : chunks) {
      assertEquals(true, c.end() - c.begin() <= SentenceSplitter.MAX_CHUNK);
      assertEquals(true, body.substring(c.begin(), c.end()).endsWith("hours."), "cut at a sentence end");
    }
    List<String> sentences = split(body);
    assertEquals(body.split("(?<=\\.) ").length, sentences.size(), "no sentence lost or cut");
    sentences.forEach(x -> assertEquals(sentence.strip(), x));
  }

  @Test
  void aLineWithoutSentenceEndsIsCutAtSpacesOrAtTheLimit() {
    String words = "word ".repeat(SentenceSplitter.MAX_CHUNK / 2).strip();
    String solid = "x".repeat(SentenceSplitter.MAX_CHUNK * 2 + 10);
    for (String body : List.of(words, solid)) {
      List<org.newsgraph.model.Span> chunks = SentenceSplitter.chunks(body, Paragraphs.of(body));
      assertEquals(true, chunks.size() >= 2);
      StringBuilder joined = new StringBuilder();
      for (org.newsgraph.model.Span c : chunks) {
        assertEquals(true, c.end() - c.begin() <= SentenceSplitter.MAX_CHUNK);
        joined.append(body, c.begin(), c.end());
      }
      assertEquals(body.replace(" ", ""), joined.toString().replace(" ", ""), "every character kept");
    }
  }

  @Test
  void aLongDocumentsParagraphsAnalysedInParallelComeBackInOrder() {
    StringBuilder body = new StringBuilder();
    int n = 0;
    while (body.length() < SentenceSplitter.PARALLEL_FROM + 10_000) {
      body.append("Paragraph number ").append(n).append(" is here. It ends now.\n\n");
      n++;
    }
    List<String> sentences = split(body.toString().strip());
    assertEquals(2 * n, sentences.size());
    for (int i = 0; i < n; i++) {
      assertEquals("Paragraph number " + i + " is here.", sentences.get(2 * i));
    }
  }
}
