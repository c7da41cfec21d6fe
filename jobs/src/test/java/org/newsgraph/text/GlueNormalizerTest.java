package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class GlueNormalizerTest {
  @Test
  void separatesGluedSentencesOnly() {
    assertEquals("CCTV reported. Xi pointed out", GlueNormalizer.normalize("CCTV reported.Xi pointed out").text());
    assertEquals("of ACME. Roe said", GlueNormalizer.normalize("of ACME.Roe said").text());
    assertEquals("in 2022. The", GlueNormalizer.normalize("in 2022.The").text());
    for (String kept : List.of("China.org.cn", "the U.S.Army", "Feb. 5", "No.5 Road", "e.g. Xi", "3.Bad")) {
      assertEquals(kept, GlueNormalizer.normalize(kept).text());
    }
  }

  @Test
  void theFinalPeriodOfAParentheticalAbbreviationEndsNoSentence() {
    assertEquals("Sen. Jane Roe (R-S.C ) said", GlueNormalizer.normalize("Sen. Jane Roe (R-S.C.) said").text());
    assertEquals("Rep. Roe (D-Mass ) said", GlueNormalizer.normalize("Rep. Roe (D-Mass.) said").text());
    for (String kept : List.of("(Laughter.) Then", "(See page 5.) Then", "the (long-running.)")) {
      assertEquals(kept, GlueNormalizer.normalize(kept).text());
    }
  }

  @Test
  void bros_InsideACompanyNameEndsNoSentence() {
    assertEquals("Bergen Bros  Pictures said so.", GlueNormalizer.normalize("Bergen Bros. Pictures said so.").text());
    for (String kept : List.of("Bergen Bros. said so.", "They are Bros. Then", "Bros. Pictures", "Bergen Bros.\n\nPictures")) {
      assertEquals(kept, GlueNormalizer.normalize(kept).text());
    }
  }

  @Test
  void anAbbreviationBeforeAQuotationOrATimeBeforeASentenceEndsIt() {
    assertEquals("until 10 p.m . “Every watt counts,”", GlueNormalizer.normalize("until 10 p.m. “Every watt counts,”").text());
    assertEquals("sold to Acme Inc . \"We", GlueNormalizer.normalize("sold to Acme Inc. \"We").text());
    assertEquals("at 7 a.m . Then we", GlueNormalizer.normalize("at 7 a.m. Then we").text());
    for (String kept : List.of("at 7 p.m. Eastern time", "at 9 a.m. Monday", "at 9 a.m. “sharp”", "Acme Inc. said",
        "the U.S. “War", "Acme Inc. Then")) {
      assertEquals(kept, GlueNormalizer.normalize(kept).text());
    }
    assertEquals("she wrote on X . “The", GlueNormalizer.normalize("she wrote on X. “The").text());
    for (String kept : List.of("Malcolm X. “The", "on X. The", "John X. “Jack” Doe")) {
      assertEquals(kept, GlueNormalizer.normalize(kept).text());
    }
    GlueNormalizer.Normalized n = GlueNormalizer.normalize("10 p.m. “We");
    assertEquals(6, n.original(n.text().indexOf(" .") + 1), "the period maps to the original one");
  }

  @Test
  void aSpacedHyphenIsReadAsADash() {
    // the tagger takes " - " for a word-internal hyphen and the parser then joins the words around it
    assertEquals("Roe — who had left — said", GlueNormalizer.normalize("Roe - who had left - said").text());
    assertEquals("Roe — who had left\n- said", GlueNormalizer.normalize("Roe - who had left\n- said").text());
    for (String kept : List.of("won 3 - 1 at home", "a well-known - ", "front-runner", "- item one", "pages 10 - 12")) {
      assertEquals(kept, GlueNormalizer.normalize(kept).text());
    }
  }

  @Test
  void mapsBackToOriginalOffsets() {
    String s = "said.He went.She";
    GlueNormalizer.Normalized n = GlueNormalizer.normalize(s);
    assertEquals("said. He went. She", n.text());
    int he = n.text().indexOf("He");
    assertEquals(s.indexOf("He"), n.original(he));
    assertEquals(s.length(), n.original(n.text().length()));
  }

  @Test
  void paragraphsFollowLayout() {
    String perLine = "A".repeat(120) + "\n" + "B".repeat(130) + "\n";
    assertEquals(List.of(new Span(0, 120), new Span(121, 251)), Paragraphs.of(perLine));
    String wrapped = "This is a hard wrapped line of text\nthat continues here on the next\nline.\n\nNew para.";
    List<Span> p = Paragraphs.of(wrapped);
    assertEquals(2, p.size());
    assertEquals(0, p.get(0).begin());
    assertEquals(wrapped.indexOf("line.") + 5, p.get(0).end());
  }
}
