package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** Datelines of many agencies' and sites' formats, on lines written for this test. */
class DatelineParserTest {
  private final DatelineParser parser = new DatelineParser();

  private DatelineParser.Dateline parse(String line) {
    return parser.parse(line, 0, line.length());
  }

  private void assertDateline(String line, String place, String agency, String rest) {
    DatelineParser.Dateline d = parse(line);
    assertEquals(place, d == null ? "<none>" : d.place(), line);
    assertEquals(agency, d.agency(), line);
    assertEquals(rest, line.substring(d.end()), line);
  }

  @Test
  void wireDatelinesWithAgencyInBrackets() {
    assertDateline("PORTVILLE, Aug. 9 (FNN) -- Sylvania's exports rose.", "PORTVILLE", "FNN", "Sylvania's exports rose.");
    assertDateline("LAGOS (Reuters) - Nigeria's central bank held rates.", "LAGOS", "Reuters", "Nigeria's central bank held rates.");
    assertDateline("QUITO, Ecuador (AP) — Voters went to the polls.", "QUITO", "AP", "Voters went to the polls.");
    assertDateline("LIMA, 12 May (AFP) – Peru's congress met.", "LIMA", "AFP", "Peru's congress met.");
    assertDateline("Pune, Nov 3 (IANS) The city council met today.", "Pune", "IANS", "The city council met today.");
    assertDateline("SPRINGFIELD, Ill. (WXYZ) - A fire broke out.", "SPRINGFIELD", "WXYZ", "A fire broke out.");
    assertDateline("Washington (FNN) - Senators met.", "Washington", "FNN", "Senators met.");
    assertEquals(MonthDay.of(8, 9), parse("PORTVILLE, Aug. 9 (FNN) -- Sylvania's exports rose.").monthDay());
  }

  @Test
  void aTranscriptLabelWithARoleInBracketsIsNoDateline() {
    // "(chief executive, Acme Rail)" is a role, not an agency credit
    assertEquals(null, parse("JANE ROE (chief executive, Acme Rail): We did act."));
  }

  @Test
  void agencyBetweenSlashesAndCountryBeforeCity() {
    assertDateline("OSLO, May 2. /TASS/. Norway's premier spoke.", "OSLO", "TASS", "Norway's premier spoke.");
    assertDateline("Norway, Bergen, Oct. 4 / Agency J. Roe /", "Bergen", "Agency", "");
  }

  @Test
  void upperCasePlaceWithADashAndNoAgency() {
    assertDateline("ROME – Italy's government fell.", "ROME", null, "Italy's government fell.");
    assertDateline("OTTAWA—The House rose for the summer.", "OTTAWA", null, "The House rose for the summer.");
    assertDateline("KANDAHAR, Afghanistan -- Troops left.", "KANDAHAR", null, "Troops left.");
  }

  @Test
  void upperCasePlaceWithAColonAndPlacesJoinedByASlash() {
    assertDateline("NEW DELHI: The Supreme Court met today.", "NEW DELHI", null, "The Supreme Court met today.");
    assertDateline("CANBERRA: Voters went to the polls.", "CANBERRA", null, "Voters went to the polls.");
    assertDateline("PORTVILLE/LAKESIDE (FNN) - Talks resumed.", "PORTVILLE/LAKESIDE", "FNN", "Talks resumed.");
  }

  @Test
  void aColumnLabelOrATranscriptTurnBeforeAColonIsNoDateline() {
    assertNull(parse("ANALYSIS: Growth slows as rates bite."));
    assertNull(parse("THE MODERATOR: Next question, please."));
    String transcript = "JANE ROE: We did act.\nREPORTER: Why?\nJANE ROE: Because.";
    assertNull(parser.parse(transcript, 0, transcript.indexOf('\n')));
    assertNull(parse("Lakeside: The city council met today."));
    // a speaker label with an honorific, even on its own line
    assertNull(parse("MS. ROE: Good afternoon, everybody."));
    assertNull(parse("SEN. SMITH: Thank you, Madam Chair."));
  }

  @Test
  void agencyAlone() {
    assertDateline("(FNN) The storm made landfall.", null, "FNN", "The storm made landfall.");
    // a date and the agency, no place, as wires date company news
    assertDateline("Dec 3 (FNN) - Acme cut its forecast.", null, "FNN", "Acme cut its forecast.");
    assertEquals(MonthDay.of(12, 3), parse("Dec 3 (FNN) - Acme cut its forecast.").monthDay());
    assertNull(parse("May 2 (Tuesday) was a holiday."), "no dash: a date in the story");
    assertDateline("(Reuters) - Shares fell.", null, "Reuters", "Shares fell.");
  }

  @Test
  void notDatelines() {
    assertNull(parse("(LEAD) Minister urges talks to resume"));
    assertNull(parse("Apple (AAPL) shares rose 3% on Monday."));
    assertNull(parse("U.S.-China talks resumed on Monday."));
    assertNull(parse("Jane Roe - the mayor - spoke first."));
  }
}
