package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The dictionary reader and the linker on a tiny dictionary of our own (not the 200 MB file). */
class KbLinkerTest {

  static final String DICT = String.join("\n",
      "Freedonia\tFreedonia\t0.93",
      "Republic of Freedonia\tFreedonia\t0.97",
      "FR\tFreedonia\t0.72",
      "FR\tFrench_Rail\t0.20",
      "Acme\tAcme_Corporation\t0.88",
      "Acme Corporation\tAcme_Corporation\t1.0",
      "Springfield\tSpringfield_(Illinois)\t0.55",
      "ABC\tAmerican_Broadcasting_Company\t0.75",
      "Jane Roe\tJane_Roe\t1.0",
      "Zoë Müller\tZoë_Müller\t1.0",
      "Freedoniá\tSome_Junk\t1.0",
      "Roe\tRoe_(band)\t1.0",
      "John Public\tJohn_Public\t1.0",
      "Public\tJohn_Public\t0.7",
      "Freedonians\tList_of_demonyms\t1.0",
      "Sylvanian Grand Prix\tSylvanian_Grand_Prix\t0.31",
      "Sylvanian Open\tSylvania_Open_Tennis\t0.31",
      "Peter Doe\tPeter_Doe\t0.3",
      "Peter Doe (disambiguation)\tPeter_Doe\t1.0",
      "Mary Doe\tMary_Doe\t0.9",
      "Mary Doe (disambiguation)\tMary_Doe_(disambiguation)\t1.0",
      "Lulu\tLulu_Maria_Roe\t0.8",
      "Lulu (disambiguation)\tLulu_Maria_Roe\t1.0",
      "Anna Smith\tAnna_Karlsdottir\t1.0",
      "Anna Smith\tAnna_Smith\t0.1",
      "Central Reserve\tCentral_Reserve_System\t0.95",
      "Ace\tCentral_Reserve_System\t0.9",
      "Freedonland\tFreedonia\t0.54",
      "Sylvanland\tSylvania\t0.54",
      "bad line without tabs",
      "Acme\tAcme_(band)\tnot-a-number",
      "");

  static KbDictionary dict(List<String> surfaces) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(DICT.getBytes(StandardCharsets.UTF_8));
    }
    return KbDictionary.read(new ByteArrayInputStream(bytes.toByteArray()), surfaces);
  }

  private static CorpusNames.NameCount n(String name, String type, long count) {
    return new CorpusNames.NameCount(name, type, count);
  }

  private static CorpusNames identity(List<CorpusNames.NameCount> counts) {
    Map<String, CorpusNames.Entity> finals = new HashMap<>();
    counts.forEach(c -> finals.put(CorpusNames.key(c.canonical(), c.type()), new CorpusNames.Entity(c.canonical(), c.type())));
    return new CorpusNames(finals, Map.of());
  }

  @Test
  void readsOnlyTheWantedSurfacesBestFirstAndSkipsBadLines() throws Exception {
    KbDictionary d = dict(List.of("FR", "Acme", "Nowhere"));
    assertEquals(2, d.size());
    assertEquals("Freedonia", d.candidates("FR").get(0).title());
    assertEquals(2, d.candidates("FR").size());
    assertEquals(1, d.candidates("Acme").size(), "the malformed line is skipped");
    assertTrue(d.candidates("Freedonia").isEmpty(), "not asked for");
    assertEquals("Zoë_Müller", dict(List.of("Zoe Muller")).candidates("Zoe Muller").get(0).title(),
        "a name written without its accents");
    assertEquals(List.of("Freedonia"), dict(List.of("Freedonia")).candidates("Freedonia").stream()
        .map(KbDictionary.Candidate::title).toList(), "a surface found as written ignores lines that only fold to it");
  }

  @Test
  void amongNamesMentionedAsOftenTheOneCloserToTheTitleNamesTheEntity() throws Exception {
    // "the Central Reserve ... the Ace said": the full name, not the nickname that sorts first
    List<CorpusNames.NameCount> counts = List.of(n("Ace", "ORGANIZATION", 1), n("Central Reserve", "ORGANIZATION", 1));
    KbDictionary d = dict(List.copyOf(KbLinker.surfaces(counts.stream().map(CorpusNames.NameCount::canonical).toList())));
    CorpusNames linked = new KbLinker(AliasTable.empty()).link(identity(counts), counts, d);
    CorpusNames.Entity e = linked.resolve("Ace", "ORGANIZATION");
    assertEquals(e, linked.resolve("Central Reserve", "ORGANIZATION"));
    assertEquals("Central Reserve", e.name());
  }

  @Test
  void oneWordBelowTheOneWordBarLinksOnlyWithAnotherEntityOfTheCorpusOnTheTitle() throws Exception {
    // "Freedonland" (0.54) with "Republic of Freedonia" in the corpus; "Sylvanland" (0.54) alone
    List<CorpusNames.NameCount> counts = List.of(n("Freedonland", "LOCATION", 2), n("Republic of Freedonia", "LOCATION", 1),
        n("Sylvanland", "LOCATION", 3));
    KbDictionary d = dict(List.copyOf(KbLinker.surfaces(counts.stream().map(CorpusNames.NameCount::canonical).toList())));
    CorpusNames linked = new KbLinker(AliasTable.empty()).link(identity(counts), counts, d);
    assertEquals(linked.resolve("Republic of Freedonia", "LOCATION"), linked.resolve("Freedonland", "LOCATION"));
    assertEquals("Freedonland", linked.resolve("Freedonland", "LOCATION").name(), "the most mentioned member name");
    assertNull(linked.links().get(linked.resolve("Sylvanland", "LOCATION").id()), "no support in the corpus");
  }

  @Test
  void namesLinkingToOneTitleBecomeOneEntity() throws Exception {
    List<CorpusNames.NameCount> counts = List.of(n("Republic of Freedonia", "LOCATION", 2), n("Freedonia", "LOCATION", 5),
        n("Acme Corp", "ORGANIZATION", 1), n("Acme", "ORGANIZATION", 3), n("Springfield", "LOCATION", 2),
        n("Jane Roe", "PERSON", 2), n("Freedonians", "MISC", 1), n("Roe", "PERSON", 3), n("John Public", "PERSON", 1),
        n("Public", "PERSON", 2));
    KbDictionary d = dict(List.copyOf(KbLinker.surfaces(counts.stream().map(CorpusNames.NameCount::canonical).toList())));
    CorpusNames linked = new KbLinker(AliasTable.empty()).link(identity(counts), counts, d);
    CorpusNames.Entity a = linked.resolve("Republic of Freedonia", "LOCATION");
    assertEquals(a, linked.resolve("Freedonia", "LOCATION"));
    assertEquals("Freedonia", a.name(), "the member name that is the title");
    assertEquals("Freedonia", linked.links().get(a.id()).title());
    CorpusNames.Entity acme = linked.resolve("Acme Corp", "ORGANIZATION");
    assertEquals(acme, linked.resolve("Acme", "ORGANIZATION"), "'Acme Corp' is looked up without its suffix");
    assertEquals("Acme", acme.name(), "most mentioned member name");
    assertNull(linked.links().get(linked.resolve("Springfield", "LOCATION").id()), "an ambiguous one-word name");
    assertNull(linked.links().get(linked.resolve("Freedonians", "MISC").id()), "a list page is no entity");
    assertEquals(1.0, linked.links().get(linked.resolve("Jane Roe", "PERSON").id()).score());
    assertNull(linked.links().get(linked.resolve("Roe", "PERSON").id()), "a bare surname links only with support");
    assertEquals(linked.resolve("John Public", "PERSON"), linked.resolve("Public", "PERSON"),
        "a bare surname whose title a full name of the corpus has");
  }

  @Test
  void aShortAcronymLinksOnlyWhenTheCorpusSupportsItsTitle() throws Exception {
    List<CorpusNames.NameCount> withSupport = List.of(n("FR", "LOCATION", 2), n("Freedonia", "LOCATION", 3),
        n("ABC", "ORGANIZATION", 1));
    KbDictionary d = dict(List.of("FR", "Freedonia", "ABC"));
    CorpusNames linked = new KbLinker(AliasTable.empty()).link(identity(withSupport), withSupport, d);
    assertEquals(linked.resolve("Freedonia", "LOCATION"), linked.resolve("FR", "LOCATION"));
    assertNull(linked.links().get(linked.resolve("ABC", "ORGANIZATION").id()), "0.75 and nothing else links there");
  }

  @Test
  void aNameTheAliasFileSetIsLinkedButNotMerged() throws Exception {
    List<CorpusNames.NameCount> counts = List.of(n("Acme", "ORGANIZATION", 3), n("Acme Corporation", "ORGANIZATION", 1));
    KbDictionary d = dict(List.of("Acme", "Acme Corporation"));
    CorpusNames linked = new KbLinker(new AliasTable(List.of("Acme Corporation\tAcme Corporation"))).link(identity(counts), counts, d);
    assertFalse(linked.resolve("Acme", "ORGANIZATION").equals(linked.resolve("Acme Corporation", "ORGANIZATION")));
    assertEquals("Acme_Corporation", linked.links().get(linked.resolve("Acme Corporation", "ORGANIZATION").id()).title());
  }

  @Test
  void aNameThatIsItsArticlesTitleLinksLowerButADisambiguationPageNever() throws Exception {
    List<CorpusNames.NameCount> counts = List.of(n("Sylvanian Grand Prix", "MISC", 1), n("Sylvanian Open", "MISC", 1),
        n("Peter Doe", "PERSON", 2), n("Mary Doe", "PERSON", 1), n("Lulu", "ORGANIZATION", 1));
    KbDictionary d = dict(List.copyOf(KbLinker.surfaces(counts.stream().map(CorpusNames.NameCount::canonical).toList())));
    CorpusNames linked = new KbLinker(AliasTable.empty()).link(identity(counts), counts, d);
    assertEquals("Sylvanian_Grand_Prix", linked.links().get(linked.resolve("Sylvanian Grand Prix", "MISC").id()).title(),
        "0.31, but the name is the title itself");
    assertNull(linked.links().get(linked.resolve("Sylvanian Open", "MISC").id()), "0.31 to another title");
    assertNull(linked.links().get(linked.resolve("Peter Doe", "PERSON").id()), "a page listing several Peter Does");
    assertEquals("Mary_Doe", linked.links().get(linked.resolve("Mary Doe", "PERSON").id()).title(),
        "the disambiguation page is another one");
    assertEquals("Lulu_Maria_Roe", linked.links().get(linked.resolve("Lulu", "ORGANIZATION").id()).title(),
        "'Lulu (disambiguation)' redirects to the article: no disambiguation page");
  }

  @Test
  void variantsWithoutEverySuffixAndInTitleCase() {
    assertTrue(KbLinker.variants("Acme Technologies Co Ltd").contains("Acme Technologies"));
    assertTrue(KbLinker.variants("JANE ROE").contains("Jane Roe"), "a transcript's capitalised label");
    assertEquals(List.of("Jane Roe"), KbLinker.variants("Jane Roe"));
    assertEquals(List.of("FNN"), KbLinker.variants("FNN"), "one capitalised word stays as it is");
  }

  @Test
  void aFullNameLinksOnlyToAnArticleHoldingItsSurname() throws Exception {
    List<CorpusNames.NameCount> counts = List.of(n("Anna Smith", "PERSON", 2), n("Zoë Müller", "PERSON", 1));
    KbDictionary d = dict(List.of("Anna Smith", "Zoë Müller"));
    CorpusNames linked = new KbLinker(AliasTable.empty()).link(identity(counts), counts, d);
    assertNull(linked.links().get(linked.resolve("Anna Smith", "PERSON").id()), "a namesake's article is no link");
    assertEquals("Zoë_Müller", linked.links().get(linked.resolve("Zoë Müller", "PERSON").id()).title());
    assertTrue(KbLinker.surnameInTitle("Jane Pena Nieto", "Jane_Peña_Nieto"));
    assertTrue(KbLinker.surnameInTitle("Anna Roe", "Anna_Roe_(politician)"));
    assertTrue(KbLinker.surnameInTitle("Anna Smith-Roe", "Anna_Smith-Roe"));
    assertFalse(KbLinker.surnameInTitle("Lin Wei", "Linwei_District"), "a part of a word is no surname");
  }
}
