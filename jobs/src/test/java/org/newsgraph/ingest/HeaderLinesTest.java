package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.HeaderLines.Kind;

/** Header and lead lines of many sites' layouts, written for this test. */
class HeaderLinesTest {
  private final HeaderLines lines = new HeaderLines(new MetadataPatterns());

  @Test
  void metadataLines() {
    assertEquals(Kind.DATE, lines.kind("Posted March 3, 2021 9:15 am."));
    assertEquals(Kind.BYLINE, lines.kind("By Jane Roe, The Freedonia Times"));
    assertEquals("The Freedonia Times", lines.byline("By Jane Roe, The Freedonia Times"));
    assertEquals("", lines.byline("By Jane Roe and John Doe"));
    assertEquals("", lines.byline("By Jane Roe, Sports Reporter"), "a job title names no outlet");
    assertEquals("", lines.byline("By Jane Roe, Senior Political Correspondent"));
    assertEquals("The Daily Planet", lines.byline("By Jane Roe, The Daily Planet Staff Writer"));
    assertEquals(Kind.OUTLET_CREDIT, lines.kind("Daily Planet with AP and AFP"));
    assertEquals("Daily Planet", lines.outletCredit("Daily Planet with AP and AFP"));
    assertEquals("Freedonia Press", lines.outletCredit("• Freedonia Press"));
    assertEquals(Kind.READING_TIME, lines.kind("Time to 6 min."));
    assertEquals(Kind.READING_TIME, lines.kind("4 min read"));
  }

  @Test
  void creditsCaptionsAndFurniture() {
    assertEquals(Kind.PHOTO_CREDIT, lines.kind("Jane Roe | Bloomberg | Getty Images"));
    assertEquals(Kind.PHOTO_CREDIT, lines.kind("Photo: Freedonia Press Service"));
    assertEquals(Kind.CAPTION, lines.kind("The mayor cuts the ribbon at the new bridge on Friday (John Doe/Agency)"));
    assertEquals(Kind.CAPTION, lines.kind("Workers clear the road near the pass, Tuesday, April 4, 2023."));
    assertEquals(Kind.OTHER, lines.kind("Acme Inc. (FSE: ACM) and Bergen Holdings today announced they have entered into"
        + " an agreement to form a joint venture in Sylvania for the sale of ZORBEX, a once-daily tablet for the"
        + " treatment of insomnia that was approved by the Sylvanian Medicines Agency on February 3, 2010."),
        "a lead sentence of 50 words that ends in a date is no caption");
    assertEquals(Kind.BREADCRUMB, lines.kind("Home > World > Europe"));
    assertEquals(Kind.BREADCRUMB, lines.kind("Science /"));
    assertEquals(Kind.WIRE_NOTE, lines.kind("(ATTN: ADDS quotes in paras 4-5)"));
    assertEquals(Kind.SUMMARY_HEADING, lines.kind("Key Points"));
    assertEquals(Kind.FURNITURE, lines.kind("Skip to main content"));
    assertEquals(Kind.FURNITURE, lines.kind("facebook sharing button Share"));
    assertEquals(Kind.SECTION, lines.kind("Health and Science"));
    assertEquals(Kind.OTHER, lines.kind("China Warns Of Floods As Rivers Rise"));
  }

  @Test
  void outletNames() {
    assertTrue(lines.isOutletName("Freedonia News Network"));
    assertTrue(lines.isOutletName("Reuters"));
    assertFalse(lines.isOutletName("Markets, News and Analysis of the Week"));
    assertFalse(lines.isOutletName("Jane Roe"));
  }
}
