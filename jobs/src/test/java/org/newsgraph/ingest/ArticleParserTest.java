package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

class ArticleParserTest {
  private final ArticleParser parser = new ArticleParser();

  private Article parse(String text) {
    ArticleParser.Result r = parser.parse("x.txt", text);
    assertNotNull(r.article(), () -> "rejected: " + r.reject());
    Article a = r.article();
    // The body is a slice of the raw text (blanked furniture aside).
    assertEquals(a.body().length(), a.body().length());
    assertTrue(a.bodyOffset() + a.body().length() <= text.length());
    return a;
  }

  @Test
  void datelineGivesPlaceAndPublisherAndIsNotBody() {
    Article a = parse("Leaders meet in Paris on climate\n\nPARIS, March 3 (Reuters) -- French President Emmanuel Macron met "
        + "German Chancellor Olaf Scholz on Friday to discuss the climate.\n\nThey agreed on a plan.\n");
    assertEquals("Leaders meet in Paris on climate", a.title());
    assertEquals("PARIS", a.dateline());
    assertEquals("PARIS, March 3 (Reuters) --", a.datelineText());
    assertEquals("Reuters", a.publisher());
    assertTrue(a.body().startsWith("French President"), a.body());
    assertEquals(a.rawText().substring(a.bodyOffset(), a.bodyOffset() + a.body().length()), a.body());
  }

  @Test
  void multiWordUpperCaseDatelineWithoutDate() {
    Article a = parse("NEW DELHI (AFP) - Indian Prime Minister Narendra Modi said on Monday that talks would continue next week.");
    assertEquals("NEW DELHI", a.dateline());
    assertEquals("AFP", a.publisher());
    assertNull(a.title());
  }

  @Test
  void datePrefixedTitleLine() {
    Article a = parse(" date 2021-03-04 Brazil and Argentina sign trade pact\n\nBrazil and Argentina signed a trade pact on "
        + "Wednesday, officials said in a statement.\n");
    assertEquals(LocalDate.of(2021, 3, 4), a.publishedDate());
    assertEquals("Brazil and Argentina sign trade pact", a.title());
  }

  @Test
  void pipedMetadataLineWithForeignPublisherName() {
    Article a = parse("Ministers discuss grain exports |\nFrom:人民网 | Date Add in:2024-01-02 10:11:12 [A A] |\n"
        + "The ministers of Egypt and Turkey discussed grain exports during a call on Tuesday, the ministry said.\n");
    assertEquals("People's Daily", a.publisher());
    assertEquals(LocalDate.of(2024, 1, 2), a.publishedDate());
    assertEquals("Ministers discuss grain exports", a.title());
  }

  @Test
  void sectionLineBylineDateAndFooterAreBoilerplate() {
    Article a = parse("World Europe News\n\nGermany hosts summit\n\n2023-09-01 0 By\n\nGerman Chancellor Olaf Scholz hosted "
        + "the leaders of France and Italy in Berlin on Friday.\n\nThe talks lasted four hours.\n\nSource : Deutsche Welle\n\nShare\n");
    assertEquals("Germany hosts summit", a.title());
    assertEquals(LocalDate.of(2023, 9, 1), a.publishedDate());
    assertEquals("Deutsche Welle", a.publisher());
    assertTrue(a.body().endsWith("four hours."), a.body());
    assertTrue(a.boilerplate().contains("World Europe News"));
    assertTrue(a.boilerplate().contains("Share"));
  }

  @Test
  void noHeaderMeansNoTitle() {
    Article a = parse("Japan and South Korea agreed on Monday to resume regular security talks after a five-year pause.\n"
        + "The agreement was reached in Tokyo.\n");
    assertNull(a.title());
    assertNull(a.publisher());
    assertNull(a.publishedDate());
    assertEquals(0, a.bodyOffset());
  }

  @Test
  void unrecognisedSecondHeaderLineIsReported() {
    Article a = parse("Main headline here\nA second short teaser line\n\nThe body of the article begins with this "
        + "quite ordinary sentence about trade.\n");
    assertEquals("Main headline here", a.title());
    assertEquals(1, a.parseIssues().size(), a.parseIssues().toString());
  }

  @Test
  void wordDatesAndStableIds() {
    assertEquals(LocalDate.of(2022, 6, 7), MetadataPatterns.findDate("Updated: June 7, 2022"));
    Article a = parse("Short text that is still an article body of enough words to count.");
    Article b = parse("Short text that is still an article body of enough words to count.");
    assertEquals(a.docId(), b.docId());
    assertEquals(16, a.docId().length());
  }

  @Test
  void headerOnlyFileIsRejected() {
    ArticleParser.Result r = parser.parse("x.txt", "Translate\n\nShare\n");
    assertNull(r.article());
    assertEquals("no_body", r.reject().reason());
  }
  @Test
  void aLeadInSentenceEndingInAColonIsBodyNotTitle() {
    Article a = parse("Mayor speaks on budget\n\nThe mayor of the town spoke to the council on Monday. Below are her remarks:\n\n"
        + "\u201cWe will balance the budget this year.\n");
    assertEquals("Mayor speaks on budget", a.title());
    assertTrue(a.body().startsWith("The mayor of the town spoke"));
  }

  @Test
  void aReporterCreditIsBoilerplateButAReporterQuestionIsText() {
    Article a = parse("Talks resume\n\nThe two sides met again on Monday to discuss the dispute.\n\nReporter: Jane Roe\n\n"
        + "REPORTER: Do you expect the talks to end with an agreement this week?\n\nMINISTER: We hope so.\n");
    assertTrue(a.boilerplate().contains("Reporter: Jane Roe"));
    assertTrue(a.body().contains("REPORTER: Do you expect"));
  }
}
