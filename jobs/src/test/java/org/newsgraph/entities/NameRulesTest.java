package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NameGender;

class NameRulesTest {
  private static final Gazetteer GAZETTEER = new Gazetteer(
      Map.of("sylvania", "COUNTRY", "north sylvania", "COUNTRY", "bergen", "CITY", "paris", "CITY",
          "new port", "CITY", "lakeshire", "STATE_OR_PROVINCE"),
      Map.of("sylvanian", "Sylvania"));
  private static final NameGender GIVEN = new NameGender(Map.of("anna", NameGender.Gender.FEMALE));

  /** "Name/TYPE/count" triples. */
  private static NameScope scope(NameScope.Kind kind, String... names) {
    List<NameScope.Name> out = new ArrayList<>();
    for (String n : names) {
      String[] f = n.split("/");
      out.add(new NameScope.Name(f[0], EntityType.valueOf(f[1]), f.length > 2 ? Long.parseLong(f[2]) : 1));
    }
    return new NameScope(kind, out, GAZETTEER, new EntityLexicons(), GIVEN);
  }

  private static NameScope doc(String... names) {
    return scope(NameScope.Kind.DOCUMENT, names);
  }

  private static String target(NameRule rule, NameScope scope, String name) {
    NameRule.Verdict v = rule.apply(scope.get(name), scope);
    return v == null ? null : v.name();
  }

  @Test
  void shortFormOfBodyNeedsAPlaceAcronymOrOfQualifier() {
    NameRule r = new ShortFormOfBody();
    NameScope s = doc("Assembly/ORGANIZATION", "S.R. Assembly/ORGANIZATION", "Sylvanian Republic Assembly/ORGANIZATION",
        "Courier/ORGANIZATION", "New Port Courier/ORGANIZATION", "Delegates/ORGANIZATION",
        "Chamber of Delegates/ORGANIZATION", "Hall/ORGANIZATION", "Grand Hall/ORGANIZATION",
        "Council/ORGANIZATION", "Budget Council/ORGANIZATION", "FNN Budget Council/ORGANIZATION");
    assertTrue(List.of("S.R. Assembly", "Sylvanian Republic Assembly").contains(target(r, s, "Assembly")),
        "an acronym and its spelt-out qualifier are one candidate");
    assertEquals("New Port Courier", target(r, s, "Courier"), "qualified by a place");
    assertEquals("Chamber of Delegates", target(r, s, "Delegates"), "X of the short name");
    assertNull(target(r, s, "Hall"), "an adjective is no qualifier: Hall is not the Grand Hall");
    assertEquals("FNN Budget Council", target(r, s, "Budget Council"), "qualified by an acronym");
    assertNull(target(r, s, "Council"), "Budget is no qualifier");
  }

  @Test
  void shortFormOfBodyStaysOutWhenTwoBodiesFit() {
    NameScope s = doc("Assembly/ORGANIZATION", "Sylvania Assembly/ORGANIZATION", "Bergen Assembly/ORGANIZATION");
    assertNull(target(new ShortFormOfBody(), s, "Assembly"));
  }

  @Test
  void pluralPartyAndCompassWords() {
    NameScope s = doc("Reformists/ORGANIZATION", "Reformist Party/ORGANIZATION", "Agrarians/MISC", "North/PERSON",
        "North Sylvania/LOCATION", "South/LOCATION");
    assertEquals("Reformist Party", target(new PluralPartyName(), s, "Reformists"));
    assertNull(target(new PluralPartyName(), s, "Agrarians"), "no Agrarian Party in the story");
    assertEquals("North Sylvania", target(new DirectionalShortForm(), s, "North"));
    assertNull(target(new DirectionalShortForm(), s, "South"));
  }

  @Test
  void demonymsOfPlacesTheStoryNames() {
    NameScope s = doc("Lakeshirians/MISC", "Lakeshire/LOCATION", "Bergeners/MISC", "Bergen/LOCATION",
        "Texan/MISC", "Texas/LOCATION", "Baker/MISC");
    PlaceDemonym r = new PlaceDemonym();
    assertEquals("Lakeshire", target(r, s, "Lakeshirians"));
    assertEquals("Bergen", target(r, s, "Bergeners"));
    assertEquals("Texas", target(r, s, "Texan"));
    assertNull(target(r, s, "Baker"), "no place Bak in the story");
    assertEquals(Resolution.DEMONYM, r.apply(s.get("Texan"), s).resolution());
  }

  @Test
  void misspeltPlaceOnlyForKnownPlacesOfSixLetters() {
    NameScope s = doc("Sylvnia/PERSON", "Sylvania/LOCATION/3", "Berge/LOCATION", "Bergen/LOCATION/2",
        "Roberts/PERSON/3", "Robert/PERSON");
    MisspeltPlace r = new MisspeltPlace();
    assertEquals("Sylvania", target(r, s, "Sylvnia"));
    assertNull(target(r, s, "Berge"), "too short to tell from another word");
    assertNull(target(r, s, "Robert"), "not a place");
  }

  @Test
  void aNameTaggedABodyIsAPersonWhenItOpensWithAGivenNameAndItsSurnameAloneIsAPerson() {
    NameScope s = doc("Anna Roe/ORGANIZATION", "Roe/PERSON", "Anna Beta/ORGANIZATION", "Beta/ORGANIZATION",
        "Peter Smith/ORGANIZATION", "Smith/PERSON");
    NameRule rule = new GivenNamePerson();
    assertEquals(EntityType.PERSON, rule.apply(s.get("Anna Roe"), s).type());
    assertNull(rule.apply(s.get("Anna Beta"), s), "the last word alone is a body too");
    assertNull(rule.apply(s.get("Peter Smith"), s), "no given name of the list");
    // a given name that is also a place ("Paris Roe"): a person when the surname alone is one, or is used alone
    // and is no place; not when the surname alone is a body, or is a place
    NameScope places = new NameScope(NameScope.Kind.DOCUMENT, List.of(new NameScope.Name("Paris Roe", EntityType.LOCATION, 1),
        new NameScope.Name("Roe", EntityType.PERSON, 2), new NameScope.Name("Paris Doe", EntityType.LOCATION, 1),
        new NameScope.Name("Doe", EntityType.LOCATION, 1), new NameScope.Name("Paris Bergen", EntityType.ORGANIZATION, 1),
        new NameScope.Name("Bergen", EntityType.PERSON, 1)), GAZETTEER, new EntityLexicons(),
        new NameGender(Map.of("paris", NameGender.Gender.FEMALE)));
    assertEquals(EntityType.PERSON, rule.apply(places.get("Paris Roe"), places).type());
    assertEquals(EntityType.PERSON, rule.apply(places.get("Paris Doe"), places).type());
    assertEquals(EntityType.PERSON, rule.apply(places.get("Paris Bergen"), places).type(), "a surname that is a place");
    NameScope place = new NameScope(NameScope.Kind.DOCUMENT, List.of(new NameScope.Name("Paris Lakeshire", EntityType.LOCATION, 1),
        new NameScope.Name("Lakeshire", EntityType.LOCATION, 1), new NameScope.Name("Paris Kerr", EntityType.LOCATION, 1),
        new NameScope.Name("Kerr", EntityType.ORGANIZATION, 1), new NameScope.Name("Paris Lund", EntityType.ORGANIZATION, 1),
        new NameScope.Name("Lund", EntityType.ORGANIZATION, 1)), GAZETTEER, new EntityLexicons(),
        new NameGender(Map.of("paris", NameGender.Gender.FEMALE)));
    assertNull(rule.apply(place.get("Paris Lakeshire"), place), "the last word is a place");
    assertEquals(EntityType.PERSON, rule.apply(place.get("Paris Kerr"), place).type(), "a place name, the surname alone a body");
    assertNull(rule.apply(place.get("Paris Lund"), place), "a body's name, the last word alone a body too");
  }

  @Test
  void mistypedPersonsAndTheirNameParts() {
    NameScope s = doc("Anna Roe/LOCATION", "Roe/MISC", "Anselm Doe/LOCATION", "Anselm/LOCATION",
        "Anna Lakeshire/LOCATION", "Lakeshire/LOCATION", "Peter Smith/MISC");
    NameRules rules = NameRules.parse(List.of("given-name-person document", "name-part-of-person document"));
    Map<String, NameRule.Verdict> v = rules.resolve(s);
    assertEquals(EntityType.PERSON, v.get("Anna Roe").type(), "a given name and the surname alone");
    assertEquals("Anna Roe", v.get("Roe").name());
    assertEquals(EntityType.PERSON, v.get("Anselm Doe").type(), "the first name alone");
    assertEquals("Anselm Doe", v.get("Anselm").name());
    assertNull(v.get("Anna Lakeshire"), "a place word is no surname");
    assertNull(v.get("Peter Smith"), "no evidence in the story");
  }

  @Test
  void headedNamesCalledByTheirNamesake() {
    NameScope s = doc("Anna Roe Space Telescope/PERSON", "Roe/PERSON/3", "Smith/PERSON", "Smith Doctrine/MISC",
        "Peter Smith/PERSON", "Bergen/LOCATION", "Bergen Agreement/MISC");
    HeadedNameShortForm r = new HeadedNameShortForm();
    assertEquals("Anna Roe Space Telescope", target(r, s, "Roe"));
    assertEquals(EntityType.MISC, r.apply(s.get("Roe"), s).type());
    assertNull(target(r, s, "Smith"), "a person of the story is called Smith");
    assertNull(target(r, s, "Bergen"), "a place stays a place");
  }

  @Test
  void rulesRunOnlyInTheirScopesAndChainsAreFollowed() {
    NameRules rules = NameRules.parse(List.of("short-form-of-body corpus", "directional-short-form document"));
    NameScope corpus = scope(NameScope.Kind.CORPUS, "Assembly/ORGANIZATION/5", "Sylvania Assembly/ORGANIZATION",
        "North/LOCATION", "North Sylvania/LOCATION");
    Map<String, NameRule.Verdict> v = rules.resolve(corpus);
    assertEquals("Sylvania Assembly", v.get("Assembly").name());
    assertNull(v.get("North"), "the compass rule is for documents only");
    assertThrows(IllegalArgumentException.class, () -> NameRules.parse(List.of("no-such-rule document")));
    assertThrows(IllegalArgumentException.class, () -> NameRules.parse(List.of("plural-party world")));
    assertEquals(NameRules.KNOWN.size(), NameRules.defaults().size(), "the shipped file names every rule");
  }

  @Test
  void acronymsMiddleInitialsAndLongerFormsInEitherScope() {
    for (NameScope.Kind kind : NameScope.Kind.values()) {
      NameScope s = scope(kind, "DORA/ORGANIZATION", "Department of Regional Affairs/ORGANIZATION", "Jane Q. Roe/PERSON",
          "Jane Roe/PERSON/3", "Trade and Transit/ORGANIZATION", "Trade and Transit Initiative/MISC",
          "SCF/ORGANIZATION", "Sylvania Cooperation Forum/ORGANIZATION");
      assertEquals("Department of Regional Affairs", target(new AllWordsAcronym(), s, "DORA"), kind.toString());
      assertEquals("Jane Roe", target(new MiddleInitial(), s, "Jane Q. Roe"), kind.toString());
      assertEquals("Trade and Transit Initiative", target(new LongerFormOfName(), s, "Trade and Transit"));
      assertEquals("Sylvania Cooperation Forum", target(new LongerFormOfName(), s, "SCF"));
    }
  }

  @Test
  void aNamePartJoinsTheOnlyPersonAndOnlyPersonsAcrossTheCorpus() {
    String[] names = {"Roe/MISC", "Jane Roe/PERSON", "Doe/PERSON", "Jane Doe/PERSON", "John Doe/PERSON",
        "Sir Peter/PERSON", "Peter Smith/PERSON", "Freedonia/LOCATION", "Eastern Freedonia/PERSON"};
    NamePartOfPerson r = new NamePartOfPerson();
    NameScope d = doc(names);
    NameScope c = scope(NameScope.Kind.CORPUS, names);
    assertEquals("Jane Roe", target(r, d, "Roe"), "in a story, whatever the tagger called it");
    assertNull(target(r, c, "Roe"), "across the corpus only names typed as persons");
    assertNull(target(r, c, "Doe"), "two full names end with it");
    assertEquals("Peter Smith", target(r, c, "Sir Peter"), "less the honorific");
    assertNull(target(r, d, "Freedonia"), "a region the tagger called a person is no person");
    NameScope given = scope(NameScope.Kind.CORPUS, "Anna/PERSON", "Anna Roe/PERSON");
    assertNull(target(r, given, "Anna"), "across the corpus a given name alone is no one in particular");
    assertEquals("Anna Roe", target(r, doc("Anna/PERSON", "Anna Roe/PERSON"), "Anna"), "but in a story it is");
    NameScope transcript = doc("Ana Rivera/PERSON", "RIVERA/PERSON", "DOE/PERSON",
        "Jane Doe/PERSON", "John Doe/PERSON");
    assertEquals("Ana Rivera", target(r, transcript, "RIVERA"), "a speaker label in capitals is the surname");
    assertNull(target(r, transcript, "DOE"), "two full names end with it in any case");
  }

  @Test
  void aSurnameWithAParticleIsThePersonWhoseNameEndsWithIt() {
    NamePartOfPerson r = new NamePartOfPerson();
    NameScope d = doc("Pia van Dijk/PERSON", "van Dijk/PERSON", "Van Dijk/PERSON", "Luis de la Cruz/PERSON",
        "de la Cruz/PERSON", "Ana Dos Santos/PERSON", "dos Santos/PERSON", "Jan van Berg/PERSON",
        "Eva van Berg/PERSON", "van Berg/PERSON", "New Port/PERSON", "Anna New Port/PERSON");
    assertEquals("Pia van Dijk", target(r, d, "van Dijk"));
    assertEquals("Pia van Dijk", target(r, d, "Van Dijk"), "capitalised at the start of a sentence");
    assertEquals("Luis de la Cruz", target(r, d, "de la Cruz"), "two particles");
    assertNull(target(r, d, "dos Santos"), "the full name does not write a particle");
    assertNull(target(r, d, "van Berg"), "two persons fit");
    assertNull(target(r, d, "New Port"), "no particle");
  }

  @Test
  void aCompanyWithoutItsLegalSuffix() {
    NameScope s = doc("Bergen Media/PERSON", "Bergen Media, Inc./ORGANIZATION", "Acme/ORGANIZATION", "Acme Corp./ORGANIZATION",
        "Acme Ltd/ORGANIZATION", "Roe/PERSON", "Roe Inc./PERSON");
    CompanySuffix r = new CompanySuffix();
    assertEquals("Bergen Media, Inc.", target(r, s, "Bergen Media"));
    assertEquals(EntityType.ORGANIZATION, r.apply(s.get("Bergen Media"), s).type(), "a company, whatever the tagger said");
    assertNull(target(r, s, "Acme"), "two companies fit");
    assertNull(target(r, s, "Roe"), "the longer name is no company");
  }

  @Test
  void inAStoryABodyWithoutItsLastWord() {
    String[] names = {"Bergen Appeals/ORGANIZATION", "Bergen Appeals Court/ORGANIZATION", "Sylvania Lines/ORGANIZATION",
        "Sylvania Lines Council/ORGANIZATION", "Sylvania Lines Board/ORGANIZATION", "Acme Bank/ORGANIZATION",
        "Acme Bank Stadium/ORGANIZATION"};
    LongerFormOfName r = new LongerFormOfName();
    assertEquals("Bergen Appeals Court", target(r, doc(names), "Bergen Appeals"));
    assertNull(target(r, doc(names), "Sylvania Lines"), "two bodies fit");
    assertNull(target(r, doc(names), "Acme Bank"), "a stadium is no body the bank's name leaves out");
    assertNull(target(r, scope(NameScope.Kind.CORPUS, names), "Bergen Appeals"), "not across stories");
    // "North Harbor" beside "North Harbor Bancorp": a company named without its company word
    String[] companies = {"North Harbor/ORGANIZATION", "North Harbor Bancorp/ORGANIZATION", "Acme Bank/ORGANIZATION"};
    assertEquals("North Harbor Bancorp", target(r, doc(companies), "North Harbor"));
    // a retailer by its trade: "Harbor Home" beside "Harbor Home Stores"
    assertEquals("Harbor Home Stores", target(r, doc("Harbor Home/ORGANIZATION", "Harbor Home Stores/ORGANIZATION"),
        "Harbor Home"));
  }

  @Test
  void inAStoryTheFirstWordOfItsOnlyOrganisationNamedWithIt() {
    NameRule r = new FirstWordOfOrganisation();
    NameScope s = doc("Kestrel/PERSON", "Kestrel Devices/ORGANIZATION", "Harbourside/LOCATION", "Harbourside United/ORGANIZATION",
        "Bergen/LOCATION", "Bergen Foods Inc/ORGANIZATION", "Paris/LOCATION", "Paris Rovers/ORGANIZATION",
        "Lakeshire/ORGANIZATION", "Lakeshire Instruments/ORGANIZATION", "Acme/ORGANIZATION", "Acme Bank/ORGANIZATION",
        "Acme Foods/ORGANIZATION", "Roe/PERSON", "Roe Organization/ORGANIZATION", "Delta/ORGANIZATION",
        "Delta Stadium/ORGANIZATION", "Sylvania/LOCATION", "Sylvania Airlines/ORGANIZATION", "Anna/PERSON",
        "Anna Show/ORGANIZATION", "Council/ORGANIZATION", "Council Budget/ORGANIZATION", "Hill/ORGANIZATION",
        "Hill Tax/ORGANIZATION", "Hill Democrats/MISC", "Hall/ORGANIZATION", "Hall Budget/ORGANIZATION",
        "City Hall/ORGANIZATION");
    assertEquals("Kestrel Devices", target(r, s, "Kestrel"), "a company the tagger took for a person");
    assertEquals(EntityType.ORGANIZATION, r.apply(s.get("Kestrel"), s).type());
    assertEquals("Harbourside United", target(r, s, "Harbourside"), "a word no gazetteer knows as a place");
    assertEquals("Bergen Foods Inc", target(r, s, "Bergen"), "a town's name, for a company with a legal suffix");
    assertNull(target(r, s, "Paris"), "a town typed a place beside a club named after it");
    assertNull(target(r, s, "Lakeshire"), "a state or province");
    assertNull(target(r, s, "Sylvania"), "a country");
    assertNull(target(r, s, "Acme"), "two organisations open with it");
    assertNull(target(r, s, "Roe"), "a family's organisation");
    assertNull(target(r, s, "Delta"), "a stadium named after it");
    assertNull(target(r, s, "Anna"), "a given name");
    assertNull(target(r, s, "Council"), "a body noun");
    assertNull(target(r, s, "Hill"), "another name opens with it");
    assertNull(target(r, s, "Hall"), "another name ends with it: a head noun, no company's own word");
    assertNull(target(r, scope(NameScope.Kind.CORPUS, "Kestrel/PERSON", "Kestrel Devices/ORGANIZATION"), "Kestrel"),
        "not across stories");
    // the company written with and without its legal suffix is one company, not two that open with the word
    NameScope suffixed = doc("Pelican/PERSON", "Pelican Foods/ORGANIZATION", "Pelican Foods Inc/ORGANIZATION");
    assertEquals("Pelican Foods Inc", target(r, suffixed, "Pelican"));
  }
}
