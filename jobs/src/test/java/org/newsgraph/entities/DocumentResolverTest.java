package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.entities.EntityFixtures.resolve;
import static org.newsgraph.entities.EntityFixtures.summary;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Annotated;

class DocumentResolverTest {

  @Test
  void demonymsMapToTheirCountry() {
    List<String> s = summary(resolve("Brazilian/MISC President Roe/PERSON met French/MISC and East/MISC African/MISC leaders ."));
    assertTrue(s.contains("Brazilian=Brazil/LOCATION"), s.toString());
    assertTrue(s.contains("French=France/LOCATION"), s.toString());
    assertTrue(s.contains("East African=East Africa/LOCATION"), s.toString());
  }

  @Test
  void aWordForAGroupOfPeopleIsNoPlaceButASurnameStaysAPerson() {
    // "Black residents said ...", the tagger typing "Black" a place; "Ann Black spoke. Black said ..." is a person
    assertEquals(List.of(), summary(resolve("Black/LOCATION residents of Sylvania/LOCATION spoke .")).stream()
        .filter(m -> m.startsWith("Black")).toList());
    List<String> s = summary(resolve("Ann/PERSON Black/PERSON spoke .", "Black/PERSON said so ."));
    assertEquals(List.of("Ann Black=Ann Black/PERSON", "Black=Ann Black/PERSON"), s);
  }

  @Test
  void aDemonymOfSeveralCountriesIsTheOneTheDocumentNames() {
    // the demonym list gives "Sylvanish" for Old Sylvania first, then for Sylvania
    Gazetteer g = new Gazetteer(Map.of("sylvania", "COUNTRY", "old sylvania", "COUNTRY"),
        Map.of("sylvanish", "Old Sylvania"), Map.of("sylvanish", List.of("Sylvania")));
    DocumentResolver r = new DocumentResolver(new EntityLexicons(), g, new AliasTable(List.of()));
    Annotated named = Annotated.of("d1", "Sylvanish/MISC dockers struck .", "the Sylvania/LOCATION economy slowed .");
    assertTrue(summary(r.resolve("d1", named.body, named.sentences).mentions())
        .contains("Sylvanish=Sylvania/LOCATION"));
    Annotated alone = Annotated.of("d1", "Sylvanish/MISC dockers struck .");
    assertEquals(List.of("Sylvanish=Old Sylvania/LOCATION"),
        summary(r.resolve("d1", alone.body, alone.sentences).mentions()));
  }

  @Test
  void theSurnameOfAPersonNamedInFullIsNoDemonym() {
    // "Jane French spoke. French's lawyers said ...": her surname, not France
    List<String> s = summary(resolve("Jane/PERSON French/PERSON spoke .", "French/MISC +'s lawyers spoke .",
        "French/MISC troops left ."));
    assertEquals(List.of("Jane French=Jane French/PERSON", "French=Jane French/PERSON", "French=France/LOCATION"), s);
  }

  @Test
  void aLowerCaseBodyRightAfterItsPlaceIsAnOrganisationNamedAfterThePlace() {
    List<String> s = summary(resolve("The Sylvanian/MISC navy said^VBD so .",
        "Sylvania/LOCATION +'s^POS foreign^JJ ministry said^VBD so .",
        "The navy said^VBD it again .",
        "A Sylvanian/MISC navy ship^NN docked^VBD .",
        "The Sylvanian/MISC army chief^NN spoke^VBD .",
        "Sylvanian/MISC army units^NNS left^VBD ."));
    // the place keeps its mention; "the navy" alone is a generic phrase; a head before a noun only modifies it
    assertEquals(List.of("Sylvanian=Sylvania/LOCATION", "navy=Sylvanian Navy/ORGANIZATION", "Sylvania=Sylvania/LOCATION",
        "foreign ministry=Sylvanian Foreign Ministry/ORGANIZATION", "Sylvanian=Sylvania/LOCATION",
        "Sylvanian=Sylvania/LOCATION", "Sylvanian=Sylvania/LOCATION"), s);
  }

  @Test
  void aBodyAfterThePossessiveOfAPlaceTheTaggerCalledAnOrganisationThereIsStillFound() {
    List<String> s = summary(resolve("Ruritania/LOCATION borders^VBZ the/DT sea^NN .",
        "Ruritania/ORGANIZATION +'s^POS foreign^JJ ministry said^VBD so ."));
    assertTrue(s.contains("foreign ministry=Ruritania Foreign Ministry/ORGANIZATION"), s.toString());
  }

  @Test
  void aCompanyNounRightBeforeANameTypesItWhateverItsTagButATradeDoesNot() {
    List<String> s = summary(resolve("Carmaker Acme/PERSON Motoren/PERSON will cut jobs .",
        "Producer Jane/PERSON Doe/PERSON spoke .", "Power distributor Voltana/PERSON restored supply .",
        "Supermarket chain Shopwell/PERSON cut prices ."));
    assertTrue(s.contains("Acme Motoren=Acme Motoren/ORGANIZATION"), s.toString());
    assertTrue(s.contains("Voltana=Voltana/ORGANIZATION"), s.toString());
    assertTrue(s.contains("Shopwell=Shopwell/ORGANIZATION"), s.toString());
    assertTrue(s.contains("Jane Doe=Jane Doe/PERSON"), s.toString());
  }

  @Test
  void aParticipleOpeningTheSentenceIsNoName() {
    // "Born in Leeds, Anna Roe studied physics.": the tagger ran "Born" into a place
    assertEquals(List.of("Leeds=Leeds/LOCATION", "Anna Roe=Anna Roe/PERSON"), summary(resolve(
        "Born^VBN/LOCATION in/O Leeds/LOCATION +,/O Anna/PERSON Roe/PERSON studied/O physics/O ./O")));
  }

  @Test
  void aCompanyNounSetOffByACommaBeforeANameTypesItToo() {
    // "Her record label, Northbeam, said ...", "Its parent company, Voltana, ...": the noun ends a determined phrase
    // in apposition before the name; "His coach, Jane Doe," keeps a person
    List<String> s = summary(resolve("Her record label +, Northbeam/PERSON +, said so .",
        "Its parent company +, Voltana/PERSON +, agreed .", "His coach +, Jane/PERSON Doe/PERSON +, spoke .",
        // (not a noun a preposition governs: the governor is the person)
        "The governor of the central bank +, Elena/PERSON Marsh/PERSON +, spoke ."));
    assertTrue(s.contains("Northbeam=Northbeam/ORGANIZATION"), s.toString());
    assertTrue(s.contains("Voltana=Voltana/ORGANIZATION"), s.toString());
    assertTrue(s.contains("Jane Doe=Jane Doe/PERSON"), s.toString());
    assertTrue(s.contains("Elena Marsh=Elena Marsh/PERSON"), s.toString());
  }

  @Test
  void aGivenNameFoundAgainRightBeforeATaggedSurnameOpensTheName() {
    // "Anna Roe praised her son Peter. Peter Roe spoke.", with only "Roe" tagged the second time: Peter Roe, not Anna
    List<String> s = summary(resolve("Anna/PERSON Roe/PERSON praised her son Peter/PERSON .", "Peter Roe/PERSON spoke ."));
    assertTrue(s.contains("Peter Roe=Peter Roe/PERSON"), s.toString());
    assertTrue(s.contains("Peter=Peter Roe/PERSON"), s.toString());
  }

  @Test
  void aGivenNameASurnameParticleAndASurnameTaggedABodyAreAPerson() {
    // "Anna Le Roux", "Anna van der Berg" tagged organisations; "Anna de Roux Foundation" stays a body
    List<String> s = summary(resolve("Anna/ORGANIZATION Le/ORGANIZATION Roux/ORGANIZATION spoke .",
        "Anna/ORGANIZATION van/ORGANIZATION der/ORGANIZATION Berg/ORGANIZATION spoke .",
        "The Anna/ORGANIZATION de/ORGANIZATION Roux/ORGANIZATION Foundation/ORGANIZATION gave ."));
    assertTrue(s.contains("Anna Le Roux=Anna Le Roux/PERSON"), s.toString());
    assertTrue(s.contains("Anna van der Berg=Anna van der Berg/PERSON"), s.toString());
    assertTrue(s.contains("Anna de Roux Foundation=Anna de Roux Foundation/ORGANIZATION"), s.toString());
  }

  @Test
  void aBodyOfTwoPlacesJoinedByAndIsOneName() {
    // "Kestrel and Moorland Police", tagged a place, "and" and a body; "Kestrel and Acme Corp" stays two names
    List<String> s = summary(resolve("Officers of Kestrel/LOCATION and Moorland/ORGANIZATION Police/ORGANIZATION came .",
        "Kestrel/LOCATION and Acme/ORGANIZATION Corp/ORGANIZATION met ."));
    assertTrue(s.contains("Kestrel and Moorland Police=Kestrel and Moorland Police/ORGANIZATION"), s.toString());
    assertTrue(s.contains("Acme Corp=Acme Corp/ORGANIZATION"), s.toString());
  }

  @Test
  void aTeamRoleRightBeforeANameTheTaggerTookForAPlaceMakesAPerson() {
    List<String> s = summary(resolve("Captain Kenya/LOCATION Moore/LOCATION was downbeat .",
        "Striker Sam/ORGANIZATION Tull/ORGANIZATION scored ."));
    assertTrue(s.contains("Kenya Moore=Kenya Moore/PERSON"), s.toString());
    assertTrue(s.contains("Sam Tull=Sam Tull/PERSON"), s.toString());
  }

  @Test
  void aCallingRightBeforeANameOrInItsAppositiveMakesAnOrganisationTagAPerson() {
    List<String> s = summary(resolve("Pop star Lila/ORGANIZATION Vale/ORGANIZATION apologised .",
        "Mira/ORGANIZATION Stone/ORGANIZATION +, a singer from Leeds/LOCATION +, agreed .",
        "Vale/ORGANIZATION spoke ."));
    assertTrue(s.contains("Lila Vale=Lila Vale/PERSON"), s.toString());
    assertTrue(s.contains("Vale=Lila Vale/PERSON"), s.toString());
    assertTrue(s.contains("Mira Stone=Mira Stone/PERSON"), s.toString());
  }

  @Test
  void anAgeBetweenCommasMakesAPlaceTagAPerson() {
    // "Paris, 24, spoke.": a name that is also a place, tagged as one, but only people are given an age
    List<String> s = summary(resolve("Paris/LOCATION +, 24 +, spoke ."));
    assertEquals(List.of("Paris=Paris/PERSON"), s);
    List<String> city = summary(resolve("Paris/LOCATION +, 2024 +, was busy ."));
    assertEquals(List.of("Paris=Paris/LOCATION"), city);
  }

  @Test
  void aKnownPlaceBeforeBasedIsAPlaceWhateverItsTag() {
    List<String> s = summary(resolve("The Paris/ORGANIZATION +-based firm cut jobs .", "Acme/ORGANIZATION +-based staff left ."));
    assertTrue(s.contains("Paris=Paris/LOCATION"), s.toString());
    assertTrue(s.contains("Acme=Acme/ORGANIZATION"), s.toString());
  }

  @Test
  void aGivenNameThatIsAPlaceThenASurnameUsedAloneIsAPerson() {
    List<String> s = summary(resolve("Doe/ORGANIZATION +-Diaz/ORGANIZATION wins .",
        "Paris/LOCATION Doe/LOCATION +-Diaz/LOCATION beat Anna/PERSON Roe/PERSON .", "Doe/LOCATION +-Diaz/LOCATION spoke ."));
    assertTrue(s.contains("Paris Doe-Diaz=Paris Doe-Diaz/PERSON"), s.toString());
    assertTrue(s.contains("Doe-Diaz=Paris Doe-Diaz/PERSON"), s.toString());
  }

  @Test
  void aOneWordPersonThatWordsWerePostedOnIsAPlatform() {
    List<String> s = summary(resolve("Anna/PERSON Roe/PERSON shared screenshots of the abuse on Chirpy/LOCATION .",
        "A spokesperson for Chirpy/PERSON spoke .", "A note posted on Lund/PERSON +'s site said so ."));
    assertTrue(s.contains("Chirpy=Chirpy/ORGANIZATION"), s.toString());
    assertTrue(s.contains("Lund=Lund/PERSON"), s.toString());
    assertTrue(s.contains("Anna Roe=Anna Roe/PERSON"), s.toString());
  }

  @Test
  void aTitleTheTaggerTookIntoTheNameIsLeftOut() {
    // British police ranks without full stops, and candidates' roles at the start of a sentence
    List<String> s = summary(resolve("Det/PERSON Insp/PERSON Jane/PERSON Roe/PERSON spoke .",
        "Challenger/PERSON Peter/PERSON Smith/PERSON spoke .",
        "Sens./PERSON Anna/PERSON Doe/PERSON and Tim Lund spoke .", "Father/PERSON Tom/PERSON Kerr/PERSON prayed ."));
    assertTrue(s.contains("Anna Doe=Anna Doe/PERSON"), s.toString());
    assertTrue(s.contains("Tom Kerr=Tom Kerr/PERSON"), s.toString());
    assertTrue(s.contains("Jane Roe=Jane Roe/PERSON"), s.toString());
    assertTrue(s.contains("Peter Smith=Peter Smith/PERSON"), s.toString());
  }

  @Test
  void aKnightOrDameIsNamedWithoutTheHonorific() {
    List<String> s = summary(resolve("Sir/PERSON Peter/PERSON Smith/PERSON met Dame/PERSON Anna/PERSON Roe/PERSON .",
        "Smith/PERSON spoke to Dame/PERSON Anna/PERSON ."));
    assertTrue(s.contains("Sir Peter Smith=Peter Smith/PERSON"), s.toString());
    assertTrue(s.contains("Dame Anna Roe=Anna Roe/PERSON"), s.toString());
    assertTrue(s.contains("Smith=Peter Smith/PERSON"), s.toString());
  }

  @Test
  void aPersonNamedInCapitalsIsNamedAsPeopleAreWrittenButAnAcronymStays() {
    List<String> s = summary(resolve("JANE/PERSON ROE/PERSON spoke to NATO/ORGANIZATION delegates ."));
    assertTrue(s.contains("JANE ROE=Jane Roe/PERSON"), s.toString());
    assertTrue(s.contains("NATO=NATO/ORGANIZATION"), s.toString());
  }

  @Test
  void theSingularOfAPluralPeopleNounIsItsCountryButNotInsideAName() {
    Gazetteer g = new Gazetteer(Map.of("sylvania", "COUNTRY"), Map.of("sylvanish", "Sylvania", "sylvanards", "Sylvania"));
    assertEquals("Sylvania", g.placeOfPersonNoun("Sylvanard"));
    assertEquals("Sylvania", g.placeOfPersonNoun("Sylvanards"));
    assertNull(g.placeOfDemonym("Sylvanard"), "not a demonym of the list");
    assertNull(g.placeOfPersonNoun("Sylvanis"), "no singular of an adjective");
  }

  @Test
  void anAppositiveThatSaysWhatANameIsTypesAllItsMentions() {
    // "Voltix, a Sylvania-based startup, ... Voltix said ...", with the tagger calling the name a place twice
    List<String> s = summary(resolve("Voltix/LOCATION +, a Sylvania/LOCATION +-based startup +, unveiled a bike .",
        "Voltix/LOCATION said so .", "Voltix/ORGANIZATION grew ."));
    assertEquals(List.of("Voltix=Voltix/ORGANIZATION", "Sylvania=Sylvania/LOCATION", "Voltix=Voltix/ORGANIZATION",
        "Voltix=Voltix/ORGANIZATION"), s);
    // "Lakeview, a town of 4,000 people": a place, though the tagger called it an organisation
    assertEquals(List.of("Lakeview=Lakeview/LOCATION"),
        summary(resolve("Lakeview/ORGANIZATION +, a town of 4,000 people +, voted .")));
    // "Voltana Fusion, a start-up spun out of a lab": the head noun before a participle
    assertEquals(List.of("Voltana Fusion=Voltana Fusion/ORGANIZATION"),
        summary(resolve("Voltana/PERSON Fusion/PERSON +, a start-up spun out of a lab +, said so .")));
    // "Jane Roe, a one-woman company, ...": a person stays a person whatever her appositive says
    assertEquals(List.of("Jane Roe=Jane Roe/PERSON"),
        summary(resolve("Jane/PERSON Roe/PERSON +, a one-woman company +, spoke .")));
    // one word tagged a person, no given name: "Voltrix, a startup based in Leeds, ..." is a company; "Roe" after
    // "Jane Roe" is her surname whatever follows it
    assertEquals(List.of("Voltrix=Voltrix/ORGANIZATION", "Leeds=Leeds/LOCATION"),
        summary(resolve("Voltrix/PERSON +, a startup based in Leeds/LOCATION +, grew .")));
    assertEquals(List.of("Jane Roe=Jane Roe/PERSON", "Roe=Jane Roe/PERSON"),
        summary(resolve("Jane/PERSON Roe/PERSON spoke .", "Roe/PERSON +, a one-woman company +, grew .")));
  }

  @Test
  void anAnalystsFirmEndingInACompanyWordIsAnOrganisation() {
    assertEquals(List.of("Bridgeview Research=Bridgeview Research/ORGANIZATION",
        "Kestrel Capital=Kestrel Capital/ORGANIZATION"),
        summary(resolve("Bridgeview/LOCATION Research/LOCATION and Kestrel/PERSON Capital/PERSON agreed .")));
  }

  @Test
  void aNameEndingInACompanyWordIsAnOrganisation() {
    // "Pelican Brands" and "Kestrel Foods Inc", which the tagger took for people named Pelican and Kestrel
    assertEquals(List.of("Pelican Brands=Pelican Brands/ORGANIZATION", "Kestrel Foods Inc=Kestrel Foods Inc/ORGANIZATION"),
        summary(resolve("Pelican/PERSON Brands/PERSON bought Kestrel/PERSON Foods/PERSON Inc/PERSON .")));
  }

  @Test
  void twoNamesTheTaggerRanTogetherWithAndTheAreTwoMentions() {
    List<String> s = summary(resolve("The/ORGANIZATION Daily/ORGANIZATION Planet/ORGANIZATION and/ORGANIZATION "
        + "the/ORGANIZATION Evening/ORGANIZATION Star/ORGANIZATION reported/O it/O ./O",
        "Bosnia/LOCATION and/LOCATION Herzegovina/LOCATION voted/O ./O"));
    assertEquals(List.of("The Daily Planet=The Daily Planet/ORGANIZATION", "Evening Star=Evening Star/ORGANIZATION",
        "Bosnia and Herzegovina=Bosnia and Herzegovina/LOCATION"), s);
  }

  @Test
  void aTitleWordAfterAnHonorificIsASurname() {
    assertEquals(List.of("King=King/PERSON"), summary(resolve("Mr. King/PERSON spoke ./O")), "a surname after Mr.");
    assertEquals(List.of(), summary(resolve("The/O King/PERSON spoke ./O")), "a title alone after The");
  }

  @Test
  void hyphenatedPairsYieldBothPlacesWhateverTheirCase() {
    List<String> s = summary(resolve("India/LOCATION +-/LOCATION +Pakistan/LOCATION talks resumed .",
        "The france +- +Germany axis held ."));
    assertEquals(List.of("India=India/LOCATION", "Pakistan=Pakistan/LOCATION", "france=France/LOCATION",
        "Germany=Germany/LOCATION"), s);
  }

  @Test
  void hyphenatedPersonNamesStayWhole() {
    List<String> s = summary(resolve("Jean/PERSON +-/PERSON +Claude/PERSON Juncker/PERSON spoke ."));
    assertEquals(List.of("Jean-Claude Juncker=Jean-Claude Juncker/PERSON"), s);
  }

  @Test
  void aHyphenatedGivenNameCutByTheTaggerIsCompleted() {
    List<String> s = summary(resolve("Park/PERSON Min/PERSON +- +jun told reporters ."));
    assertEquals(List.of("Park Min-jun=Park Min-jun/PERSON"), s);
  }

  @Test
  void policeRanksAreTitlesNotNames() {
    assertEquals(List.of("Jane Roe=Jane Roe/PERSON"),
        summary(resolve("Detective/PERSON Sergeant/PERSON Jane/PERSON Roe/PERSON spoke ./O")));
  }

  @Test
  void localCouncilTitlesAreTitlesNotNames() {
    assertEquals(List.of("Jane Roe=Jane Roe/PERSON"), summary(resolve("Cllr/PERSON Jane/PERSON Roe/PERSON spoke ./O")));
    assertEquals(List.of("Jane Roe=Jane Roe/PERSON"),
        summary(resolve("Councilwoman/PERSON Jane/PERSON Roe/PERSON spoke ./O")));
  }

  @Test
  void aTitleAloneIsNoEntity() {
    List<String> s = summary(resolve("COO/ORGANIZATION and CFO Jane/PERSON Roe/PERSON said so ."));
    assertEquals(List.of("Jane Roe=Jane Roe/PERSON"), s);
  }

  @Test
  void shortAndTitledFormsLinkToTheFullName() {
    List<String> s = summary(resolve("German Chancellor Olaf/PERSON Scholz/PERSON arrived .",
        "Chancellor Scholz/PERSON said the talks went well .", "Scholz/MISC added more ."));
    assertEquals(List.of("German=Germany/LOCATION", "Olaf Scholz=Olaf Scholz/PERSON", "Scholz=Olaf Scholz/PERSON",
        "Scholz=Olaf Scholz/PERSON"), s);
  }

  @Test
  void aSurnameTwoPeopleShareIsThePersonIntroducedFirst() {
    List<String> s = summary(resolve("Elena/PERSON Roe/PERSON has died .",
        "It was confirmed by her son , Mateo/PERSON Roe/PERSON .", "Roe/PERSON studied in Paris/LOCATION ."));
    assertEquals(List.of("Elena Roe=Elena Roe/PERSON", "Mateo Roe=Mateo Roe/PERSON", "Roe=Elena Roe/PERSON",
        "Paris=Paris/LOCATION"), s);
  }

  @Test
  void untaggedRepeatsOfANameArePropagatedButNotPronouns() {
    List<Mention> m = resolve("Vice Premier He Wenjun/PERSON met Kenyan/MISC officials .", "He said Wenjun was right .");
    List<String> s = summary(m);
    assertTrue(s.contains("He Wenjun=He Wenjun/PERSON"), s.toString());
    assertTrue(s.contains("Wenjun=He Wenjun/PERSON"), s.toString());
    assertFalse(s.stream().anyMatch(x -> x.startsWith("He=")), s.toString());
  }

  @Test
  void aPersonIsCompletedLeftwardsUpToATitleButNotOverItsObject() {
    // "Vice Premier He Wenjun", the tagger finding only "Wenjun"; "Minister of Energy Jane Roe": "Energy" is the
    // ministry's, not a given name
    assertEquals(List.of("He Wenjun=He Wenjun/PERSON"), summary(resolve("Vice Premier He Wenjun/PERSON spoke .")));
    assertEquals(List.of("Jane Roe=Jane Roe/PERSON"), summary(resolve("Minister of Energy Jane/PERSON Roe/PERSON spoke .")));
    assertEquals(List.of("Jane Roe=Jane Roe/PERSON"),
        summary(resolve("Minister of Mines and Energy Jane/PERSON Roe/PERSON spoke .")));
    // an honorific the tagger left out after a preposition stays in the mention ("according to Dame Jane Roe"),
    // though not in the name
    assertEquals(List.of("Dame Jane Roe=Jane Roe/PERSON"),
        summary(resolve("It was bad , according to Dame Jane/PERSON Roe/PERSON .")));
  }

  @Test
  void acronymsLinkToTheirExpansion() {
    List<String> s = summary(resolve(
        "The North/ORGANIZATION Atlantic/ORGANIZATION Treaty/ORGANIZATION Organization/ORGANIZATION ( NATO/ORGANIZATION ) met .",
        "NATO/ORGANIZATION leaders agreed ."));
    assertEquals(List.of("North Atlantic Treaty Organization=North Atlantic Treaty Organization/ORGANIZATION",
        "NATO=North Atlantic Treaty Organization/ORGANIZATION", "NATO=North Atlantic Treaty Organization/ORGANIZATION"), s);
  }

  @Test
  void acronymOfATrailingPlaceJoinsTheName() {
    List<String> s = summary(resolve(
        "the Economic/ORGANIZATION Community/ORGANIZATION of West/LOCATION African/LOCATION States/LOCATION ( ECOWAS/ORGANIZATION ) met ."));
    assertTrue(s.get(0).startsWith("Economic Community of West African States="), s.toString());
  }

  @Test
  void headNounPhrasesAreOneMiscMention() {
    List<String> s = summary(resolve("Since the Paris/LOCATION Agreement/MISC was signed , the Clean/ORGANIZATION "
        + "Air Initiative/ORGANIZATION and the Green/MISC Growth/MISC Initiative/MISC grew ."));
    assertEquals(List.of("Paris Agreement=Paris Agreement/MISC", "Clean Air Initiative=Clean Air Initiative/MISC",
        "Green Growth Initiative=Green Growth Initiative/MISC"), s);
  }

  @Test
  void caseVariantsTakeTheFrequentSpelling() {
    List<String> s = summary(resolve("The Paris Agreement holds .", "The Paris Agreement binds .", "The paris/MISC Agreement/MISC works ."));
    assertEquals(3, s.size(), s.toString());
    assertTrue(s.stream().allMatch(x -> x.endsWith("=Paris Agreement/MISC")), s.toString());
  }

  @Test
  void garbledGivenNameNextToAPlaceWordIsDropped() {
    List<String> s = summary(resolve("Brazilian/MISC President Brazilan/PERSON Roe/PERSON spoke ."));
    assertTrue(s.contains("Brazilan Roe=Roe/PERSON"), s.toString());
    assertTrue(DocumentResolver.editDistanceOne("Kazak", "Kazakh"));
    assertFalse(DocumentResolver.editDistanceOne("Kazan", "Kazakh"));
  }

  @Test
  void administrativeAreasOfKnownPlacesAreLocations() {
    List<String> s = summary(resolve("Officials from Paris/ORGANIZATION Region/ORGANIZATION met ."));
    assertEquals(List.of("Paris Region=Paris Region/LOCATION"), s);
  }

  @Test
  void aliasFileRenamesAndRetypes() {
    Annotated a = Annotated.of("d1", "Rowe/PERSON met Oldtown/LOCATION officials .");
    List<Mention> m = EntityFixtures.resolver("# comment", "Rowe\tJane Roe", "Oldtown\tNewtown\tLOCATION")
        .resolve("d1", a.body, a.sentences).mentions();
    assertEquals(List.of("Rowe=Jane Roe/PERSON", "Oldtown=Newtown/LOCATION"), summary(m));
    assertEquals("alias_file", m.get(0).resolution());
  }

  @Test
  void spansStayInsideTheTextAndAreOrdered() {
    Annotated a = Annotated.of("d1", "Indian/MISC Prime Minister Narendra/PERSON Modi/PERSON met Pakistani/MISC envoys in Paris/LOCATION .",
        "Modi/PERSON called the India +- +Pakistan border calm .");
    List<Mention> m = EntityFixtures.resolver().resolve("d1", a.body, a.sentences).mentions();
    int last = -1;
    for (Mention x : m) {
      assertTrue(x.begin() >= last && x.begin() < x.end() && x.end() <= a.body.length());
      assertEquals(a.body.substring(x.begin(), x.end()), x.text());
      last = x.end();
    }
    assertEquals(m, EntityFixtures.resolver().resolve("d1", a.body, a.sentences).mentions(), "deterministic");
  }

  @Test
  void aTickerAfterAnExchangeCodeNamesTheCompany() {
    List<String> s = summary(resolve("Acme/ORGANIZATION Holdings/ORGANIZATION (/O NYSE/O :/O ACMH/ORGANIZATION )/O rose ./O",
        "ACMH/ORGANIZATION fell ./O"));
    assertEquals(List.of("Acme Holdings=Acme Holdings/ORGANIZATION", "ACMH=Acme Holdings/ORGANIZATION",
        "ACMH=Acme Holdings/ORGANIZATION"), s);
    List<String> two = summary(resolve("Bergen/ORGANIZATION Corp./ORGANIZATION (/O FSE/O :/O BGC/O ;/O NYSE/O :/O "
        + "BGNC/ORGANIZATION )/O rose/O ./O", "BGC/ORGANIZATION fell/O ./O"));
    assertEquals(List.of("Bergen Corp.=Bergen Corp./ORGANIZATION", "BGC=Bergen Corp./ORGANIZATION",
        "BGNC=Bergen Corp./ORGANIZATION", "BGC=Bergen Corp./ORGANIZATION"), two, "every listing names the company");
  }

  @Test
  void aNameDefinedInBracketsAfterAnOrganisationIsThatOrganisation() {
    // 'Acme Holdings (NYSE: ACMH) (“Acme” or “the Company”) rose. The Company said so.'
    List<String> s = summary(resolve("Acme/ORGANIZATION Holdings/ORGANIZATION (/O NYSE/O :/O ACMH/ORGANIZATION )/O "
        + "(/O +“^``/O +Acme/ORGANIZATION +”^''/O or/O “^``/O +the/O Company/ORGANIZATION +”^''/O +)/O rose/O ./O",
        "The/O Company/ORGANIZATION said/O so/O ./O"));
    assertTrue(s.contains("Company=Acme Holdings/ORGANIZATION"), s.toString());
    assertTrue(s.stream().noneMatch(m -> m.endsWith("=Company/ORGANIZATION")), s.toString());
    // without the definition, "the Company" is not Acme
    List<String> plain = summary(resolve("Acme/ORGANIZATION Holdings/ORGANIZATION rose/O ./O",
        "The/O Company/ORGANIZATION said/O so/O ./O"));
    assertTrue(plain.contains("Company=Company/ORGANIZATION"), plain.toString());
  }

  @Test
  void nameRulesRunOverTheDocumentsNames() {
    List<String> s = summary(resolve("The/O Reformist/ORGANIZATION Party/ORGANIZATION won/O ./O",
        "Peter/PERSON Smith/PERSON (/O Reformists/ORGANIZATION )/O said/O the/O Assembly/ORGANIZATION "
            + "and/O the/O Sylvanian/ORGANIZATION Assembly/ORGANIZATION agreed/O ./O"));
    assertTrue(s.contains("Reformists=Reformist Party/ORGANIZATION"), s.toString());
    assertTrue(s.contains("Assembly=Sylvanian Assembly/ORGANIZATION"), s.toString());
  }

  @Test
  void aCaseNameIsNoPersonAndLeavesItsPartiesAlone() {
    List<String> s = summary(resolve("Jane/PERSON Roe/PERSON sued/O Acme/ORGANIZATION ./O",
        "Acme/PERSON v./PERSON Roe/PERSON was/O filed/O ./O", "Roe/PERSON and/O Acme/O spoke/O ./O"));
    assertTrue(s.contains("Acme v. Roe=Acme v. Roe/MISC"), s.toString());
    assertTrue(s.contains("Roe=Jane Roe/PERSON"), s.toString());
    assertFalse(s.stream().anyMatch(x -> x.endsWith("=Acme v. Roe/PERSON")), s.toString());
  }

  @Test
  void aSurnameThatIsATitleIsFoundAloneButNotBeforeANameOrAfterAnArticle() {
    List<String> s = summary(resolve("Anna/PERSON Bishop/PERSON spoke/O ./O", "But/O then/O Bishop/O said/O no/O ./O",
        "The/O Bishop/O Peter/PERSON came/O and/O the/O Bishop/O left/O ./O"));
    assertEquals(List.of("Anna Bishop=Anna Bishop/PERSON", "Bishop=Anna Bishop/PERSON", "Peter=Peter/PERSON"), s);
  }

  @Test
  void untaggedInitialsOfABodyTheStoryNames() {
    List<String> s = summary(resolve("The/O World/ORGANIZATION Heritage/ORGANIZATION Office/ORGANIZATION met/O ./O",
        "WHO/O officials/O and/O who/O else/O ?/O"));
    assertEquals(List.of("World Heritage Office=World Heritage Office/ORGANIZATION",
        "WHO=World Heritage Office/ORGANIZATION"), s);
  }

  @Test
  void peopleOfATradeInThePluralAreNoEntityButAGroupIs() {
    // "Paediatricians said ...", "Veterinarians warn ...", which the tagger calls MISC at a sentence's start
    assertEquals(List.of("Republicans=Republicans/MISC"),
        summary(resolve("Paediatricians^NNPS/MISC said so ./O", "Veterinarians^NNS/MISC warn ./O",
            "Republicans^NNPS/MISC agreed ./O")));
  }

  @Test
  void theHolderOfAPortfolioIsAPersonWhenTheTaggerRanTheOfficeIntoTheName() {
    // "Minister for External Affairs Jane Roe" (the office's last word tagged with her), "Chancellor of the Exchequer
    // Jane Roe", "Secretary of Homeland Security Peter Smith" (all one organisation, from a given name on) and
    // "Minister for Trade and Industry" tagged apart: the holder is a person, the office's words no entity
    assertEquals(List.of("Jane Roe=Jane Roe/PERSON"),
        summary(resolve("Minister/O for/O External/O Affairs/PERSON Jane/PERSON Roe/PERSON spoke/O ./O")));
    assertEquals(List.of("Jane Roe=Jane Roe/PERSON"),
        summary(resolve("Chancellor/O of/O the/O Exchequer/PERSON Jane/PERSON Roe/PERSON spoke/O ./O")));
    assertEquals(List.of("Peter Smith=Peter Smith/PERSON"), summary(resolve("Secretary/O of/O Homeland/ORGANIZATION "
        + "Security/ORGANIZATION Peter/ORGANIZATION Smith/ORGANIZATION spoke/O ./O")));
    assertEquals(List.of("Anna Doe=Anna Doe/PERSON"), summary(resolve("Minister/O for/O Trade/O and/O "
        + "Industrial/MISC Affairs/PERSON Anna/PERSON Doe/PERSON spoke/O ./O")));
    // a nationality after "of" is no office ("the first Minister of Sylvanian descent")
    assertEquals(List.of("Sylvanian=Sylvania/LOCATION"), summary(resolve(
        "She/O is/O the/O first/O Minister/O of/O Sylvanian/MISC descent/O ./O")));
    // a body after the office's "of the" keeps its name
    assertEquals(List.of("Metropolitan Police=Metropolitan Police/ORGANIZATION"), summary(resolve(
        "Commissioner/O of/O the/O Metropolitan/ORGANIZATION Police/ORGANIZATION spoke/O ./O")));
  }

  @Test
  void anOfficeTheTaggerTookIntoTheNameOfItsBodyIsLeftOut() {
    // "Jane Roe, Chief Medical Officer of Acme Health" (one organisation from "Chief" on) and "President of the
    // Bergen Institute": the body; "Bank of England" and "University of Bergen" keep their names
    List<String> s = summary(resolve("Jane/PERSON Roe/PERSON +,/O Chief/ORGANIZATION Medical/ORGANIZATION "
            + "Officer/ORGANIZATION of/ORGANIZATION Acme/ORGANIZATION Health/ORGANIZATION +,/O spoke/O ./O",
        "Peter/PERSON Smith/PERSON +,/O President/ORGANIZATION of/ORGANIZATION the/ORGANIZATION "
            + "Bergen/ORGANIZATION Institute/ORGANIZATION +,/O agreed/O ./O",
        "The/O Bank/ORGANIZATION of/ORGANIZATION England/ORGANIZATION and/O the/O University/ORGANIZATION "
            + "of/ORGANIZATION Bergen/ORGANIZATION spoke/O ./O"));
    assertEquals(List.of("Jane Roe=Jane Roe/PERSON", "Acme Health=Acme Health/ORGANIZATION",
        "Peter Smith=Peter Smith/PERSON", "Bergen Institute=Bergen Institute/ORGANIZATION",
        "Bank of England=Bank of England/ORGANIZATION", "University of Bergen=University of Bergen/ORGANIZATION"), s);
  }

  @Test
  void productsTitlesAndPortfoliosAreNoEntities() {
    List<String> s = summary(resolve("Acme/ORGANIZATION sells/O ZORBEX/ORGANIZATION +(/O +TM/ORGANIZATION +)/O and/O "
            + "Flix/ORGANIZATION ++/O ./O",
        "Chief/ORGANIZATION Executive/ORGANIZATION Officer/ORGANIZATION Jane/PERSON Roe/PERSON and/O "
            + "Assembly/ORGANIZATION Minority/ORGANIZATION Leader/O Peter/PERSON Smith/PERSON spoke/O ./O",
        "Minister/O of/O Trade/ORGANIZATION and/ORGANIZATION Industry/ORGANIZATION Anna/PERSON Doe/PERSON ,/O "
            + "Secretary/O of/O Standing/ORGANIZATION Committee/ORGANIZATION of/ORGANIZATION the/ORGANIZATION "
            + "Party/ORGANIZATION and/O Bergen/ORGANIZATION Media/ORGANIZATION (/O Bergen/ORGANIZATION "
            + "Films/ORGANIZATION ,/O LLC/ORGANIZATION )/O agreed/O ./O"));
    assertEquals(List.of("Acme=Acme/ORGANIZATION", "Jane Roe=Jane Roe/PERSON", "Assembly=Assembly/ORGANIZATION",
        "Peter Smith=Peter Smith/PERSON", "Anna Doe=Anna Doe/PERSON",
        "Standing Committee of the Party=Standing Committee of the Party/ORGANIZATION",
        "Bergen Media=Bergen Media/ORGANIZATION", "Bergen Films=Bergen Films/ORGANIZATION"), s);
  }

  @Test
  void aPersonAfterATitleInsideAnotherRunIsAPerson() {
    List<String> s = summary(resolve("Sylvanian/MISC President/MISC Anna/MISC Roe/MISC met/O Acme/ORGANIZATION "
        + "General/ORGANIZATION Hospital/ORGANIZATION staff/O ./O"));
    assertEquals(List.of("Sylvanian=Sylvania/LOCATION", "Anna Roe=Anna Roe/PERSON",
        "Acme General Hospital=Acme General Hospital/ORGANIZATION"), s);
    // a surname that is also a place, after a given name: "Acme Chief Executive Rosa Paris", all tagged a body
    List<String> ceo = summary(resolve("Acme/ORGANIZATION Chief/ORGANIZATION Executive/ORGANIZATION "
        + "Rosa/ORGANIZATION Paris/ORGANIZATION spoke ./O"));
    assertEquals(List.of("Acme=Acme/ORGANIZATION", "Rosa Paris=Rosa Paris/PERSON"), ceo);
    // a run that opens with the title: "Congresswoman Anna Roe", all tagged a body, is the person from her given
    // name on; "Senator Hotel Group" (no given name) keeps its name
    assertEquals(List.of("Anna Roe=Anna Roe/PERSON"), summary(resolve("Congresswoman/ORGANIZATION "
        + "Anna/ORGANIZATION Roe/ORGANIZATION spoke/O ./O")));
    assertEquals(List.of("Senator Hotel Group=Senator Hotel Group/ORGANIZATION"), summary(resolve(
        "Senator/ORGANIZATION Hotel/ORGANIZATION Group/ORGANIZATION grew/O ./O")));
  }

  @Test
  void aCommonPluralOpeningTheSentenceIsNoWordOfTheNameAfterIt() {
    // "Critics in Congress said so.": the critics are no part of "Congress"
    assertEquals(List.of("Congress=Congress/ORGANIZATION"), summary(resolve(
        "Critics^NNS/O in/O Congress/ORGANIZATION said/O so/O ./O")));
  }

  @Test
  void anAbbreviatedRankBeforeOneNameWordTaggedABodyIsThePerson() {
    // "Inspector Anna Roe spoke. DCI Roe spoke.": the tagger calls "DCI Roe" an organisation
    assertEquals(List.of("Anna Roe=Anna Roe/PERSON", "Roe=Anna Roe/PERSON"), summary(resolve(
        "Inspector/O Anna/PERSON Roe/PERSON spoke/O ./O", "DCI/ORGANIZATION Roe/ORGANIZATION spoke/O ./O")));
    // a full word title is no abbreviation ("General Motors"), nor is a name word a place or a body's noun
    assertEquals(List.of("General Motors=General Motors/ORGANIZATION"), summary(resolve(
        "General/ORGANIZATION Motors/ORGANIZATION grew/O ./O")));
    assertEquals(List.of("MP Council=MP Council/ORGANIZATION"), summary(resolve(
        "MP/ORGANIZATION Council/ORGANIZATION met/O ./O")));
  }

  @Test
  void aRunCutBeforeAPhraseKeepsNoPossessiveMark() {
    List<String> s = summary(resolve("The/O Acme/ORGANIZATION Agency/ORGANIZATION +’s/ORGANIZATION Clean/MISC "
        + "Air/MISC Plan/MISC was/O cut/O ./O"));
    assertTrue(s.contains("Acme Agency=Acme Agency/ORGANIZATION"), s.toString());
    assertFalse(s.stream().anyMatch(x -> x.contains("’s")), s.toString());
  }

  @Test
  void aNameDoesNotOpenWithARoleModifierOrAPluralNounAndItsPreposition() {
    assertEquals(List.of("United=United/ORGANIZATION"),
        summary(resolve("Former/ORGANIZATION United/ORGANIZATION striker spoke ./O")));
    assertEquals(List.of("Baker & Co=Baker & Co/ORGANIZATION"),
        summary(resolve("Analysts^NNS/ORGANIZATION at/ORGANIZATION Baker/ORGANIZATION &/ORGANIZATION Co/ORGANIZATION said it ./O")));
  }

  @Test
  void aGivenNameTaggedABodyIsAPersonWhenItsSurnameStandsAloneUntagged() {
    List<String> s = summary(resolve("Doctors/O told/O Hannah/ORGANIZATION Price/ORGANIZATION she/O would/O "
        + "walk/O ./O", "Price/O ,/O 24/O ,/O broke/O her/O back/O ./O"));
    assertEquals(List.of("Hannah Price=Hannah Price/PERSON", "Price=Hannah Price/PERSON"), s);
  }

  @Test
  void anOfficeBeforeItsHolderInAppositionIsNoOrganisation() {
    assertEquals(List.of("Jane Roe=Jane Roe/PERSON"),
        summary(resolve("The/O party/O +'s/O National/ORGANIZATION Publicity/ORGANIZATION Secretary/ORGANIZATION ,/O "
            + "Jane/PERSON Roe/PERSON said/O it/O ./O")));
    assertEquals(List.of("Jane Roe=Jane Roe/PERSON"),
        summary(resolve("Its/O National/ORGANIZATION Commissioner/ORGANIZATION for/ORGANIZATION "
            + "Information/ORGANIZATION ,/O Jane/PERSON Roe/PERSON said/O it/O ./O")));
    // a body before a person in apposition stays one
    assertEquals(List.of("Acme Council=Acme Council/ORGANIZATION", "Jane Roe=Jane Roe/PERSON"),
        summary(resolve("The/O Acme/ORGANIZATION Council/ORGANIZATION ,/O Jane/PERSON Roe/PERSON and/O others/O "
            + "met/O ./O")));
  }

  @Test
  void aCompanysTradeOpeningTheSentenceIsNotPartOfItsName() {
    assertEquals(List.of("Acme Pharma=Acme Pharma/ORGANIZATION"),
        summary(resolve("Drugmaker/ORGANIZATION Acme/ORGANIZATION Pharma/ORGANIZATION said it ./O")));
    // a trade that is no agent noun can open a name; so can one that does not open the sentence
    assertEquals(List.of("Airline Pilots Guild=Airline Pilots Guild/ORGANIZATION"),
        summary(resolve("Airline/ORGANIZATION Pilots/ORGANIZATION Guild/ORGANIZATION said it ./O")));
    assertEquals(List.of("Retailer Acme=Retailer Acme/ORGANIZATION"),
        summary(resolve("He/O joined/O Retailer/ORGANIZATION Acme/ORGANIZATION ./O")));
  }
}
