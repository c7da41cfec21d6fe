package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  void aHeadlineEndingLikeASentenceAboveADatelineIsTheTitle() {
    Article a = parse("Mayor tells 3,000 in Freedonia City the bridge plan is dead.\n\nFREEDONIA CITY (FNN) — Mayor Anna Roe "
        + "says the bridge will not be built this decade because the money has gone elsewhere.\n\nShe spoke on Sunday.\n");
    assertEquals("Mayor tells 3,000 in Freedonia City the bridge plan is dead.", a.title());
    assertEquals("FREEDONIA CITY", a.dateline());
    assertTrue(a.body().startsWith("Mayor Anna Roe says"), a.body());
    // a first paragraph of the story itself stays body: a dateline only opens a story
    Article p = parse("Mayor Anna Roe said on Sunday that the bridge will not be built this decade, because the money for it "
        + "has gone to schools, roads and the new hospital on the east side of the city.\n\nShe spoke at a rally.\n");
    assertTrue(p.body().startsWith("Mayor Anna Roe said"), p.body());
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
    assertEquals(LocalDate.of(2022, 6, 7), Dates.find("Updated: June 7, 2022"));
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

  @Test
  void deckAndCaptionAboveABylineAndDateAreNotBody() {
    Article a = parse("Freedonia passes budget after long night\n\nThe vote came after twelve hours of debate in the chamber.\n\n"
        + "Jane Roe\nTuesday 4 March 2025 10:02 GMT\nThe chamber votes late on Monday (John Doe/Agency)\n\n"
        + "Freedonia's parliament passed the budget early on Tuesday, ending a long dispute.\n\nThe vote was close.\n");
    assertEquals("Freedonia passes budget after long night", a.title());
    assertEquals(LocalDate.of(2025, 3, 4), a.publishedDate());
    assertTrue(a.body().startsWith("Freedonia's parliament passed"), a.body());
    assertTrue(a.boilerplate().contains("The vote came after twelve hours of debate in the chamber."));
  }

  @Test
  void aDateLineThatNamesItsOutletGivesThePublisher() {
    // "3 March 2026 | Freedonia News", a blog's "Posted on 2026-03-03 by The Eastbrook Gazette", a byline with
    // pipes or without its "By"; not a section
    Article piped = parse("Council approves new bridge\n\n3 March 2026 | Freedonia News\n\n"
        + "The city council approved a new bridge on Tuesday, the mayor said.\n\nWork starts in May.\n");
    assertEquals("Freedonia News", piped.publisher());
    assertEquals(LocalDate.of(2026, 3, 3), piped.publishedDate());
    Article comma = parse("Council approves new bridge\n\nWritten by Jane Roe\nEastbrook Gazette, 3 March 2026\n\n"
        + "The city council approved a new bridge on Tuesday, the mayor said.\n\nWork starts in May.\n");
    assertEquals("Eastbrook Gazette", comma.publisher());
    assertEquals(LocalDate.of(2026, 3, 3), comma.publishedDate());
    Article weekday = parse("Council approves new bridge\n\nTuesday, 3 March 2026\n\n"
        + "The city council approved a new bridge on Tuesday, the mayor said.\n\nWork starts in May.\n");
    assertEquals(null, weekday.publisher());
    Article posted = parse("Council approves new bridge\n\nPosted on 2026-03-03 by The Eastbrook Gazette\n\n"
        + "The city council approved a new bridge on Tuesday, the mayor said.\n\nWork starts in May.\n");
    assertEquals("The Eastbrook Gazette", posted.publisher());
    assertEquals(LocalDate.of(2026, 3, 3), posted.publishedDate());
    assertFalse(posted.body().contains("Posted on"), posted.body());
    Article byline = parse("Council approves new bridge\n\nBy Jane Roe | The Eastbrook Gazette | March 3, 2026\n\n"
        + "The city council approved a new bridge on Tuesday, the mayor said.\n\nWork starts in May.\n");
    assertEquals("The Eastbrook Gazette", byline.publisher());
    assertEquals(LocalDate.of(2026, 3, 3), byline.publishedDate());
    Article noBy = parse("Council approves new bridge\n\nJane Roe, Freedonia Times\n3/3/2026\n\n"
        + "The city council approved a new bridge on Tuesday, the mayor said.\n\nWork starts in May.\n");
    assertEquals("Freedonia Times", noBy.publisher());
    assertFalse(noBy.body().contains("Jane Roe"), noBy.body());
    Article section = parse("Council approves new bridge\n\n3 March 2026 | Politics\n\n"
        + "The city council approved a new bridge on Tuesday, the mayor said.\n\nWork starts in May.\n");
    assertNull(section.publisher());
    assertEquals(LocalDate.of(2026, 3, 3), section.publishedDate());
  }

  @Test
  void siteNameMenuAndShareLinesAroundTheTitle() {
    Article a = parse("Freedonia Daily News\n\nCouncil approves new bridge over the river\n\nBy Jane Roe\n"
        + "facebook sharing button Share\ntwitter sharing button Tweet\n\n"
        + "The city council approved a new bridge over the river on Monday, the mayor said.\n\nWork starts in May.\n");
    assertEquals("Council approves new bridge over the river", a.title());
    assertEquals("Freedonia Daily News", a.publisher());
    assertTrue(a.body().startsWith("The city council approved"), a.body());
  }

  @Test
  void datelineAgencyBeatsBylineCreditAndTheDayTakesTheYearOfACaption() {
    Article a = parse("Storm hits coast\n\nBy Jane Roe, The Associated Press\n\n"
        + "PORTO, Portugal (AP) — A storm hit the coast on Monday, officials said, closing ports.\n\n"
        + "The storm weakened overnight.\n");
    assertEquals("AP", a.publisher());
    assertEquals("PORTO", a.dateline());
    Article b = parse("SEAPORT, Oct. 5 (Freedonia News) -- Dockers went on strike on Thursday, the union said.\n\n"
        + "This photo, taken Oct. 5, 2023, shows the closed gates of the port. (Freedonia News)\n");
    assertEquals(LocalDate.of(2023, 10, 5), b.publishedDate());
    Article c = parse("SEAPORT, Oct. 5 (Freedonia News) -- Dockers went on strike on Thursday, the union said.\n");
    assertNull(c.publishedDate());
  }

  @Test
  void statusTagsAndSubheadlinesAreNotTitles() {
    Article a = parse("(LEAD) Freedonia and Ruritania agree to talks\n(ATTN: ADDS details in paras 3-4)\n"
        + "CAPITAL CITY, May 2 (Freedonia News) -- The two countries agreed on Friday to hold talks next month.\n");
    assertEquals("Freedonia and Ruritania agree to talks", a.title());
    assertEquals("Freedonia News", a.publisher());
    Article b = parse("Apr 3 2019\n- Product Launch on Track for Autumn -\n"
        + "Acme Corp. today announced it has signed an agreement with Widget Inc. to sell its products in Europe.\n");
    assertNull(b.title());
    assertEquals(LocalDate.of(2019, 4, 3), b.publishedDate());
  }

  @Test
  void anOldCaptionDateIsNotThePublicationDate() {
    Article a = parse("Profits fall\n\nThe chief executive speaks at a conference in Lisbon, Portugal, on June 3, 2017.\n"
        + "Jane Roe | Agency | Getty Images\n\nAcme shares fell after its results for 2019 missed estimates, the company said.\n");
    assertNull(a.publishedDate());
    assertTrue(a.body().startsWith("Acme shares fell"), a.body());
  }

  @Test
  void summaryBulletsSubheadingsFootersAndACutOffFragmentAreNotBody() {
    Article a = parse("Rates rise again\n\nKey Points\n  • The central bank raised rates for the third time this year.\n"
        + "  • Markets had expected the move after weeks of signals.\n\n"
        + "The central bank raised rates for the third time this year on Wednesday, its governor said.\n"
        + "Markets react\n"
        + "Shares fell after the decision. \"We expected it,\" a trader said. FNA\n"
        + "By subscribing, you help us get the story right.\nPost a Comment\n");
    assertTrue(a.body().startsWith("The central bank raised"), a.body());
    assertTrue(a.body().endsWith("a trader said."), a.body());
    assertTrue(a.boilerplate().contains("Markets react"), a.boilerplate().toString());
    assertTrue(a.boilerplate().contains("FNA"), a.boilerplate().toString());
    Article b = parse("Talks end\n\nThe talks ended on Friday without a deal. Both sides said they would meet ag");
    assertTrue(b.body().endsWith("without a deal."), b.body());
    assertTrue(b.parseIssues().stream().anyMatch(s -> s.startsWith("truncated_text")));
  }

  @Test
  void aLiveBlogsTimeStampsAreNotBody() {
    Article a = parse("Storm makes landfall\n\n"
        + "9:15 a.m. - The storm made landfall early on Thursday, officials said.\n\n"
        + "10:05 GMT: More than 300,000 homes are without power.\n\n3.5 million people live in the area.\n");
    assertTrue(a.body().strip().startsWith("The storm made landfall"), a.body());
    assertTrue(!a.body().contains("10:05") && a.body().contains("More than 300,000"), a.body());
    assertTrue(a.body().contains("3.5 million people"), a.body());
    assertTrue(a.boilerplate().contains("9:15 a.m. -") && a.boilerplate().contains("10:05 GMT:"),
        a.boilerplate().toString());
  }

  @Test
  void aHardWrappedLineIsNotASubheading() {
    Article a = parse("Union talks next week\n\nThe talks on pay broke down on Friday after a long day.\nThe minister said "
        + "on Monday that the government would meet with\nJane Roe and other leaders of the union next week.\n"
        + "The talks are expected to last two days.\n");
    assertTrue(a.body().contains("meet with\nJane Roe"), a.body());
  }

  @Test
  void aParagraphEndingWithASentenceInParenthesesIsBodyButOneEndingWithACreditIsACaption() {
    Article a = parse("Port strike ends\n\nDockers returned to work on Monday after a week-long strike over pay.\n\n"
        + "Peter Roe said the offer was fair. (Roe has since left the union.)\n\n"
        + "Dockers cheer outside the port gates on Monday. (FNN Photo/Anna Smith)\n\nThe port reopens on Tuesday.\n");
    assertTrue(a.body().contains("Peter Roe said the offer was fair. (Roe has since left the union.)"), a.body());
    assertTrue(!a.body().contains("Dockers cheer"), a.body());
  }

  @Test
  void captionsRepeatedPromosCodesAndLinkListsInsideTheBodyAreBoilerplate() {
    Article a = parse("Port strike ends\n\nDockers returned to work on Monday after a week-long strike over pay, the union said.\n"
        + "This photo, taken on Sunday, shows the closed gates of the port. (Freedonia News)\n"
        + "Watch the full interview with the union leader here\nVIDEO 2:31\nWatch the full interview with the union leader here\n"
        + "Port strike: what happens next?\n- Union leader to meet minister\n- Why the dockers walked out\n"
        + "More on the strike:\n- The union said it would hold a vote on the offer next week.\n"
        + "The port handles half of the country's trade.\n");
    String body = a.body();
    assertTrue(!body.contains("This photo") && !body.contains("VIDEO") && !body.contains("Watch the full"), body);
    assertTrue(!body.contains("what happens next") && !body.contains("walked out") && !body.contains("More on"), body);
    assertTrue(body.contains("  The union said it would hold a vote"), body);
    assertTrue(body.contains("The port handles half"), body);
  }

  @Test
  void aTitleLabelIsNoPartOfTheTitle() {
    Article a = parse("Title: Ferry crossings suspended after fire\nSource: Coastal Post\nDate: March 14, 2025\n\n"
        + "A ferry operator suspended all crossings on Thursday after a fire in an engine room, the company said.\n");
    assertEquals("Ferry crossings suspended after fire", a.title());
    assertEquals(LocalDate.of(2025, 3, 14), a.publishedDate());
  }

  @Test
  void aStorysUpdateStampDatesItWhenNothingElseDoesButALastUpdatedFooterNever() {
    Article stamp = parse("Ferry crossings suspended after fire\n\nBy JANE ROE\nUpdated 4:12 PM GMT, March 14, 2025\n\n"
        + "PORT ELLEN (FNN) — A ferry operator suspended all crossings on Thursday after a fire, the company said.\n");
    assertEquals(LocalDate.of(2025, 3, 14), stamp.publishedDate());
    Article published = parse("Ferry crossings suspended after fire\n\nPublished March 13, 2025\n"
        + "Updated 4:12 PM GMT, March 14, 2025\n\nA ferry operator suspended all crossings on Thursday after a fire.\n");
    assertEquals(LocalDate.of(2025, 3, 13), published.publishedDate());
    Article archive = parse("Quake toll rises\n. Last Updated: 07/27/2016\n\nThe death toll from the quake rose to 60 "
        + "on Tuesday, state media said.\n");
    assertNull(archive.publishedDate());
  }

  @Test
  void creditsAndEditorsNotesAfterTheLastSentenceAreBoilerplateNotACutOffEnd() {
    Article a = parse("Ferry crossings suspended after fire\n\nOBAN, March 14 (Newswire) - A ferry operator suspended all "
        + "crossings on Thursday after a fire, the company said.\n\n(Reporting by Jane Roe; Editing by Tom Doe)\n");
    assertTrue(a.boilerplate().contains("(Reporting by Jane Roe; Editing by Tom Doe)"), a.boilerplate().toString());
    assertTrue(a.parseIssues().isEmpty(), a.parseIssues().toString());
    Article credit = parse("Ferry crossings suspended after fire\n\nA ferry operator suspended all crossings on Thursday "
        + "after a fire, the company said.\n\nJane Roe in Oban contributed to this report.\n");
    assertTrue(credit.body().strip().endsWith("the company said."), credit.body());
    // a last sentence ending in a no-break space before the credit is no cut-off end
    Article nbsp = parse("Ferry crossings suspended after fire.\n\nOBAN (Newswire) - A ferry operator suspended all crossings "
        + "on Thursday after a fire, the company said.\nThe coastguard said no one on board was hurt in the fire.\u00a0\n"
        + "(Reporting by Jane Roe; Editing by Tom Doe.)");
    assertTrue(nbsp.body().contains("was hurt in the fire."), nbsp.body());
    assertTrue(nbsp.parseIssues().isEmpty(), nbsp.parseIssues().toString());
    // an editor's note closing an interview is no part of the last answer
    Article qa = parse("Q&A: the economist\n\nQ. Will prices fall?\n\nA. I think we are close to the bottom.\n\n"
        + "This interview has been edited for length and clarity.\n");
    assertTrue(qa.body().strip().endsWith("close to the bottom."), qa.body());
    assertTrue(qa.boilerplate().contains("This interview has been edited for length and clarity."), qa.boilerplate().toString());
  }
}
