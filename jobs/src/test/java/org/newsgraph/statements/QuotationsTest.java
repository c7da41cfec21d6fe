package org.newsgraph.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationsTest {
  private static List<String> quoted(String body) {
    return Quotations.find(body).stream().map(q -> body.substring(q.begin(), q.end()) + "#" + q.chain()).toList();
  }

  @Test
  void curlyQuotesPairAcrossSentences() {
    String body = "“We lost. We will be back,” she said.";
    assertEquals(List.of("We lost. We will be back,#1"), quoted(body));
  }

  @Test
  void aParagraphLeftOpenContinuesWhenTheNextOpensWithAMark() {
    String body = "“The first part is done.\n\n“The second part is not,” he said.\n\nAnother paragraph.";
    List<Quotations.Quotation> q = Quotations.find(body);
    assertEquals(2, q.size());
    assertEquals(q.get(0).chain(), q.get(1).chain(), "one quotation over two paragraphs");
    assertEquals("The first part is done.", body.substring(q.get(0).begin(), q.get(0).end()));
  }

  @Test
  void aQuotationAfterAColonLeftOpenEndsWithItsParagraph() {
    String body = "Polls were early - Roe: “The race moved late. Nobody saw it. [Source.]\n\nThe next item.";
    assertEquals(List.of("The race moved late. Nobody saw it. [Source.]#1"), quoted(body));
    // an opening mark in running text that never closes is no quotation
    assertEquals(List.of(), quoted("The so-called “reform went nowhere.\n\nThe next item."));
  }

  @Test
  void singleQuotesAreToldApartFromApostrophes() {
    String body = "It’s the club’s ‘best ever’ season, the fans’ coach said.";
    assertEquals(List.of("best ever#2"), quoted(body));
  }

  @Test
  void doubledApostrophesAndGuillemetsAreQuotationMarks() {
    assertEquals(List.of("remain cautious#1"), quoted("Users should ''remain cautious'' now."));
    assertEquals(List.of("Work is underway#1"), quoted("She said: «Work is underway»."));
  }

  @Test
  void aClosingMarkTypedForTheOpeningOneAtTheStartOfAParagraph() {
    assertEquals(List.of("These are ours. We want them back.#2"),
        quoted("He spoke.\n\n”These are ours. We want them back.” Roe said."));
    assertEquals(List.of(), quoted("He spoke.\n\n” and then nothing."), "a mark before a space opens nothing");
  }

  @Test
  void aStrayMarkInsideAParagraphIsNoQuotation() {
    assertEquals(List.of(), quoted("The 5\" screen sold well.\n\nNothing else."));
  }

  @Test
  void aStraightSingleQuoteOpeningASentenceContinuesIntoTheNextParagraph() {
    String body = "'We kept going,' Roe said. 'The lads were great.\n\n'They won it,' she added.";
    assertEquals(List.of("We kept going,#1", "The lads were great.#2", "They won it,#2"), quoted(body));
    // not when the next paragraph opens otherwise: then the mark may be an apostrophe
    assertEquals(List.of("We kept going,#1"), quoted("'We kept going,' Roe said. 'The lads were great.\n\nThey won."));
  }
}
