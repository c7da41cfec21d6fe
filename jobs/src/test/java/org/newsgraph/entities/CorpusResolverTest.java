package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.text.Annotated;

class CorpusResolverTest {
  private static CorpusNames.NameCount n(String name, String type, long count) {
    return new CorpusNames.NameCount(name, type, count);
  }

  private final CorpusResolver resolver = new CorpusResolver(new EntityLexicons(), EntityFixtures.GAZETTEER,
      AliasTable.empty());

  @Test
  void uniqueSurnameJoinsItsFullNameAmbiguousOneStays() {
    CorpusNames names = resolver.resolve(List.of(n("Li Qiang", "PERSON", 3), n("Li Keqiang", "PERSON", 2),
        n("Li", "PERSON", 4), n("Ruto", "PERSON", 2), n("William Ruto", "PERSON", 1)), List.of());
    assertEquals("Li", names.resolve("Li", "PERSON").name());
    assertEquals("William Ruto", names.resolve("Ruto", "PERSON").name());
    assertNotEquals(names.resolve("Li Qiang", "PERSON").id(), names.resolve("Li Keqiang", "PERSON").id());
  }

  @Test
  void honorificFirstNamesAcronymsOfEveryWordAndMiddleInitials() {
    CorpusNames names = resolver.resolve(List.of(n("Jane Roe", "PERSON", 4), n("Dame Jane", "PERSON", 2),
        n("Office of Regional Budgets", "ORGANIZATION", 1), n("ORB", "ORGANIZATION", 3),
        n("John Q. Public", "PERSON", 1), n("John Public", "PERSON", 5), n("Sir Tom", "PERSON", 1)), List.of());
    assertEquals("Jane Roe", names.resolve("Dame Jane", "PERSON").name(), "Dame Jane is Jane Roe's first name");
    assertEquals("Office of Regional Budgets", names.resolve("ORB", "ORGANIZATION").name(), "initials of every word");
    assertEquals("John Public", names.resolve("John Q. Public", "PERSON").name());
    assertEquals("Sir Tom", names.resolve("Sir Tom", "PERSON").name(), "no full name starts with Tom");
  }

  @Test
  void acronymsInitialsNumbersAndHeadlessNames() {
    CorpusNames names = resolver.resolve(List.of(n("African Union", "ORGANIZATION", 3), n("AU", "ORGANIZATION", 2),
        n("Paris 2024 Olympic Games", "MISC", 2), n("Paris Olympic Games", "MISC", 1),
        n("Trade and Investment Initiative", "MISC", 1), n("Trade and Investment", "ORGANIZATION", 2),
        n("NDB", "ORGANIZATION", 1), n("New Development Bank", "ORGANIZATION", 1),
        n("20th ANC National Conference", "MISC", 1), n("20th National Conference of the African National Congress", "MISC", 2)),
        List.of(new CorpusNames.AcronymCount("ANC", "African National Congress", 1)));
    assertEquals("African Union", names.resolve("AU", "ORGANIZATION").name());
    assertEquals("New Development Bank", names.resolve("NDB", "ORGANIZATION").name());
    assertEquals("Paris 2024 Olympic Games", names.resolve("Paris Olympic Games", "MISC").name());
    CorpusNames.Entity bri = names.resolve("Trade and Investment", "ORGANIZATION");
    assertEquals("Trade and Investment Initiative", bri.name());
    assertEquals("MISC", bri.type(), "type voted over the final name's mentions: 1 MISC vs 2 ORG");
    assertEquals("20th National Conference of the African National Congress",
        names.resolve("20th ANC National Conference", "MISC").name());
  }

  @Test
  void countriesAreLocationsAndCaseVariantsMerge() {
    CorpusNames names = resolver.resolve(List.of(n("Kenya", "ORGANIZATION", 5), n("Kenya", "LOCATION", 1),
        n("Green Deal", "MISC", 3), n("green Deal", "MISC", 1)), List.of());
    assertEquals("LOCATION", names.resolve("Kenya", "ORGANIZATION").type());
    assertEquals("Green Deal", names.resolve("green Deal", "MISC").name());
  }

  @Test
  void linkerFindsCorpusNamesInAnotherCaseAndLongestWins() {
    CorpusNames names = resolver.resolve(List.of(n("Trade and Investment Initiative", "MISC", 4)), List.of());
    Annotated a = Annotated.of("d2", "The trade and Investment initiative was praised .", "Its trade and Investment track too .");
    List<Sentence> sentences = a.sentences.stream().map(p -> p.sentence()).toList();
    List<Mention> existing = List.of(new Mention("d2", 0, a.body.indexOf("Investment"), a.body.indexOf("Investment") + 10,
        "Investment", "ORGANIZATION", null, "Investment", EntityIds.of("Investment", "ORGANIZATION"), "name"));
    List<Mention> linked = new CorpusLinker(names, new EntityLexicons()).link("d2", a.body, sentences, existing);
    assertEquals(List.of("trade and Investment initiative", "trade and Investment"),
        linked.stream().map(Mention::text).toList());
    assertEquals(1, linked.stream().map(Mention::entityId).distinct().count());
  }
}
