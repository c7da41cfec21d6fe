package org.newsgraph.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.util.JobTitles;

class SpeakerResolverTest {
  private static Speaker resolve(FakeParse p, String phrase, String head) {
    AttributionContext ctx = p.context();
    int begin = p.body.lastIndexOf(phrase);
    int headAt = p.body.indexOf(head, begin);
    return ctx.speakers.resolve(begin, begin + phrase.length(), headAt, head);
  }

  /** Adds a draft of sentence {@code si} by {@code speaker} whose cue is the first "spoke" at or after {@code from}. */
  private static Draft spoke(FakeParse p, AttributionContext ctx, int si, Speaker speaker, int from) {
    int cue = p.body.indexOf("spoke", from);
    Draft d = new Draft(si, speaker, cue, cue + 5, "say", "assert", 0, 5, null, "test");
    ctx.drafts.add(d);
    return d;
  }

  @Test
  void aNationalityThatMayBeAPeopleIsThePersonIntroducedWithIt() {
    // "Freedonese coach Peter Smith lost. The Freedonese spoke.": the coach; with no one introduced so, the country
    FakeParse p = FakeParse.of("Freedonese|JJ|0|x|MISC/demonym/freedonia coach|NN Peter|NNP|0|x|PERSON "
        + "Smith|NNP|0|x|PERSON lost|VBD +.|.", "The|DT Freedonese|NNP|0|x|MISC/demonym/freedonia spoke|VBD +.|.");
    assertEquals("peter smith", resolve(p, "The Freedonese", "Freedonese").entityId());
    FakeParse none = FakeParse.of("Coach|NN Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON lost|VBD +.|.",
        "The|DT Freedonese|NNP|0|x|MISC/demonym/freedonia spoke|VBD +.|.");
    assertEquals("freedonia", resolve(none, "The Freedonese", "Freedonese").entityId());
  }

  @Test
  void aJournalOrAUniversityIsNotTheCompany() {
    // "The team wrote in the journal Medica. The company spoke.": a publication is no one who speaks
    FakeParse journal = FakeParse.of("Mice|NNS recovered|VBD +,|, researchers|NNS reported|VBD +.|.",
        "It|PRP works|VBZ +,|, the|DT team|NN wrote|VBD in|IN the|DT journal|NN Medica|NNP|0|x|ORGANIZATION +.|.",
        "The|DT company|NN spoke|VBD +.|.");
    assertNull(resolve(journal, "The company", "company").entityId());
    // "Jane Roe of the University of Westfield spoke. The company spoke.": a university is no company
    FakeParse university = FakeParse.of("Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON of|IN the|DT "
        + "University|NNP|0|x|ORGANIZATION of|NNP|0|x|ORGANIZATION Westfield|NNP|0|x|ORGANIZATION spoke|VBD +.|.",
        "The|DT company|NN spoke|VBD +.|.");
    assertNull(resolve(university, "The company", "company").entityId());
  }

  @Test
  void aStatementFromABodyTheTextDescribesIsNotTheStorysOrganisation() {
    // "Acme spoke. A statement from the rebel alliance spoke.": no body the text names
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION spoke|VBD +.|.",
        "A|DT statement|NN from|IN the|DT rebel|NN alliance|NN spoke|VBD +.|.");
    assertNull(resolve(p, "A statement from the rebel alliance", "statement").entityId());
  }

  @Test
  void aRankedPlayerOfANationalityNotNamedBeforeIsThePlayerOfTheStory() {
    // "Anna Roe beat Peter Smith. The Freedonian world number two spoke.": the player, though Freedonia was not named
    // before (a new nationality otherwise brings in someone unnamed: "the visiting Freedonian minister")
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON beat|VBD Peter|NNP|0|x|PERSON "
        + "Smith|NNP|0|x|PERSON +.|.",
        "The|DT Freedonian|JJ|0|x|LOCATION/demonym/freedonia world|NN number|NN two|CD spoke|VBD +.|.");
    assertEquals("anna roe", resolve(p, "The Freedonian world number two", "number").entityId());
    FakeParse minister = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON beat|VBD Peter|NNP|0|x|PERSON "
        + "Smith|NNP|0|x|PERSON +.|.", "The|DT visiting|VBG Freedonian|JJ|0|x|LOCATION/demonym/freedonia "
        + "minister|NN spoke|VBD +.|.");
    assertNull(resolve(minister, "The visiting Freedonian minister", "minister").entityId());
  }

  @Test
  void theReportIsItsIssuers() {
    // "Acme spoke in a report released Thursday. Sales fell. The report spoke.": Acme issued the report
    FakeParse p = FakeParse.of(
        "Acme|NNP|0|x|ORGANIZATION spoke|VBD in|IN a|DT report|NN released|VBN Thursday|NNP +.|.",
        "Sales|NNS fell|VBD +.|.", "The|DT report|NN spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    spoke(p, ctx, 0, Speaker.of("acme", "Acme", 0, 4, "name"), 0);
    int at = p.body.indexOf("The report");
    assertEquals("acme", ctx.speakers.resolve(at, at + 10, at + 4, "report").entityId());
    // no report named before: no one
    FakeParse none = FakeParse.of("Acme|NNP|0|x|ORGANIZATION spoke|VBD +.|.", "The|DT report|NN spoke|VBD +.|.");
    AttributionContext ctx2 = none.context();
    spoke(none, ctx2, 0, Speaker.of("acme", "Acme", 0, 4, "name"), 0);
    int at2 = none.body.indexOf("The report");
    assertNull(ctx2.speakers.resolve(at2, at2 + 10, at2 + 4, "report").entityId());
  }

  @Test
  void anOfficeIsNotThePersonTheTextIntroducedWithAnotherRole() {
    // "As the economist Jane Roe spoke, ... The mayor spoke.": the mayor is not the economist
    FakeParse p = FakeParse.of("The|DT economist|NN Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT mayor|NN spoke|VBD +.|.");
    assertNull(resolve(p, "The mayor", "mayor").entityId());
    // "Prime Minister Jane Roe spoke. The premier spoke.": an office of another name may be hers
    FakeParse pm = FakeParse.of("Prime|NNP Minister|NNP Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT premier|NN spoke|VBD +.|.");
    assertEquals("jane roe", resolve(pm, "The premier", "premier").entityId());
  }

  @Test
  void theSpokesmanOrTheOfficialIsTheOneTheTextNamedUnlessAnUnnamedOneCameFirst() {
    // "Agency Spokesman Peter Smith spoke. The spokesman spoke.": the spokesman the text named
    FakeParse titled = FakeParse.of("Agency|NNP Spokesman|NNP Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT spokesman|NN spoke|VBD +.|.");
    assertEquals("peter smith", resolve(titled, "The spokesman", "spokesman").entityId());
    // "Foreign Minister Peter Smith spoke. The official spoke.": every office holder is an official, so the one who
    // just spoke
    FakeParse p = FakeParse.of("Foreign|NNP Minister|NNP Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT official|NN spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    int smith = p.body.indexOf("Peter Smith");
    spoke(p, ctx, 0, Speaker.of("peter smith", "Peter Smith", smith, smith + 11, "name"), smith);
    int at = p.body.indexOf("The official");
    assertEquals("peter smith", ctx.speakers.resolve(at, at + 12, at + 4, "official").entityId());
    // "... An official spoke. The official spoke.": the unnamed one brought in just before
    FakeParse unnamed = FakeParse.of(
        "Foreign|NNP Minister|NNP Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "An|DT official|NN spoke|VBD +.|.", "The|DT official|NN spoke|VBD +.|.");
    AttributionContext ctx2 = unnamed.context();
    spoke(unnamed, ctx2, 0, Speaker.of("peter smith", "Peter Smith", smith, smith + 11, "name"), smith);
    int second = unnamed.body.indexOf("The official");
    Speaker s = ctx2.speakers.resolve(second, second + 12, second + 4, "official");
    assertNull(s.entityId());
    assertEquals("unnamed", s.resolution());
  }

  @Test
  void aGenderedTitleBeforeASurnameGivesItsGender() {
    // "Peter Smith lost. He called Councilwoman Said. She spoke.": the councilwoman, though "Said" is also a man's
    // given name
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON lost|VBD +.|.",
        "He|PRP called|VBD Councilwoman|NNP Said|NNP|0|x|PERSON +.|.", "She|PRP spoke|VBD +.|.");
    assertEquals("said", resolve(p, "She", "She").entityId());
  }

  @Test
  void anAgedRoleIsAPersonOfTheStoryWhateverItsNoun() {
    // "Peter Smith met them. The 58-year-old economist spoke.": not an unnamed economist
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON met|VBD them|PRP +.|.",
        "The|DT 58-year-old|JJ economist|NN spoke|VBD +.|.");
    assertEquals("peter smith", resolve(p, "The 58-year-old economist", "economist").entityId());
    FakeParse indefinite = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON met|VBD them|PRP +.|.",
        "A|DT 58-year-old|JJ economist|NN spoke|VBD +.|.");
    assertEquals("unnamed", resolve(indefinite, "A 58-year-old economist", "economist").resolution());
  }

  @Test
  void aBodyNamedAgainOnlyInSomeonesQuotedWordsIsStillNamedInPassing() {
    // "Acme launched Zed. Acme spoke. “Zed helps us,” Roe spoke. The company spoke.": the company is Acme, the body
    // that spoke, not the product the tagger called an organisation, named once by the story and once by Roe
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION launched|VBD Zed|NNP|0|x|ORGANIZATION +.|.",
        "Acme|NNP|0|x|ORGANIZATION spoke|VBD +.|.",
        "“|`` +Zed|NNP|0|x|ORGANIZATION helps|VBZ us|PRP +,|, +”|'' Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT company|NN spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    int acme = p.body.indexOf("Acme spoke");
    spoke(p, ctx, 1, Speaker.of("acme", "Acme", acme, acme + 4, "name"), acme);
    int at = p.body.indexOf("The company");
    assertEquals("acme", ctx.speakers.resolve(at, at + 11, at + 4, "company").entityId());
  }

  @Test
  void theBoyOrTheWomanIsThePersonOfTheStory() {
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON came|VBD second|RB +.|.",
        "The|DT boy|NN spoke|VBD +.|.");
    assertEquals("peter smith", resolve(p, "The boy", "boy").entityId());
  }

  @Test
  void pronounsFollowGender() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON met|VBD Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +.|.",
        "She|PRP spoke|VBD +.|. He|PRP spoke|VBD +.|.");
    assertEquals("anna roe", resolve(p, "She", "She").entityId());
    assertEquals("peter smith", resolve(p, "He", "He").entityId());
    // "According to him": the object form
    FakeParse object = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON met|VBD Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +.|.",
        "According|VBG to|TO him|PRP +,|, it|PRP works|VBZ +.|.");
    assertEquals("peter smith", resolve(object, "him", "him").entityId());
  }

  @Test
  void aPronounSkipsAPersonNamedInTheSubjectsRelativeClause() {
    // "Peter Smith spoke. Tom Roe, 22, who replaced John Lee in May, was modest. He spoke.": Roe, not Lee
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "Tom|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, 22|CD +,|, who|WP replaced|VBD John|NNP|0|x|PERSON Lee|NNP|0|x|PERSON "
            + "in|IN May|NNP +,|, was|VBD modest|JJ +.|.",
        "He|PRP spoke|VBD +.|.");
    assertEquals("tom roe", resolve(p, "He", "He").entityId());
    // "Tom Roe replaced John Lee in May. He spoke.": the last person named, as before
    FakeParse object = FakeParse.of("Tom|NNP|0|x|PERSON Roe|NNP|0|x|PERSON replaced|VBD John|NNP|0|x|PERSON "
        + "Lee|NNP|0|x|PERSON in|IN May|NNP +.|.", "He|PRP spoke|VBD +.|.");
    assertEquals("john lee", resolve(object, "He", "He").entityId());
  }

  @Test
  void unnamedSourcesHaveNoEntityEvenWhenTheirOrganisationIsNamed() {
    FakeParse p = FakeParse.of("A|DT senior|JJ official|NN at|IN the|DT Acme|NNP|0|x|ORGANIZATION ministry|NN spoke|VBD +.|.");
    Speaker s = resolve(p, "A senior official at the Acme ministry", "official");
    assertNull(s.entityId());
    assertEquals("unnamed", s.resolution());
  }

  @Test
  void eachSideIsTheTwoParticipantsNotTheLastBodyNamed() {
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION and|CC Beta|NNP|0|x|ORGANIZATION met|VBD +.|.",
        "Each|DT side|NN spoke|VBD +.|.");
    Speaker s = resolve(p, "Each side", "side");
    assertNull(s.entityId());
    assertEquals("unresolved", s.resolution(), "a group of two people, none named here");
  }

  @Test
  void anIndefiniteRoleTheLexiconDoesNotListIsAnUnnamedSource() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.", "One|CD delegate|NN spoke|VBD +.|.",
        "An|DT Acme|NNP|0|x|ORGANIZATION engineer|NN spoke|VBD +.|.");
    assertEquals("unnamed", resolve(p, "One delegate", "delegate").resolution());
    assertEquals("unnamed", resolve(p, "An Acme engineer", "engineer").resolution());
    assertNull(resolve(p, "An Acme engineer", "engineer").entityId());
  }

  @Test
  void aRoleOfAnUnnamedThingAndSomeonesManagementAreUnnamed() {
    // "Anna Roe spoke. The director general of the broadcaster spoke. Roe's management spoke."
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT director|NN general|NN of|IN the|DT broadcaster|NN spoke|VBD +.|.",
        "Roe|NNP|0|x|PERSON +'s|POS management|NN spoke|VBD +.|.");
    Speaker head = resolve(p, "The director general of the broadcaster", "general");
    assertNull(head.entityId());
    assertEquals("unnamed", head.resolution());
    Speaker management = resolve(p, "Roe's management", "management");
    assertNull(management.entityId());
    assertEquals("unnamed", management.resolution());
    // "Roe's agent said", "Roe's husband said": someone of Roe's, not Roe
    FakeParse kin = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "Roe|NNP|0|x|PERSON +'s|POS agent|NN spoke|VBD +.|.", "Roe|NNP|0|x|PERSON +'s|POS husband|NN spoke|VBD +.|.");
    assertNull(resolve(kin, "Roe's agent", "agent").entityId());
    assertNull(resolve(kin, "Roe's husband", "husband").entityId());
  }

  @Test
  void aRoleOfOneOfSeveralThingsAndAnOperatorAreNoPersonOfTheStory() {
    // "Anna Roe, an analyst, spoke. The energy minister of one member state spoke. The rail operator spoke."
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, an|DT analyst|NN +,|, spoke|VBD +.|.",
        "The|DT energy|NN minister|NN of|IN one|CD member|NN state|NN spoke|VBD +.|.",
        "The|DT rail|NN operator|NN spoke|VBD +.|.");
    Speaker minister = resolve(p, "The energy minister of one member state", "minister");
    assertNull(minister.entityId());
    assertEquals("unnamed", minister.resolution());
    assertNull(resolve(p, "The rail operator", "operator").entityId(), "an operator is a body, and none is named");
  }

  @Test
  void theClubIsTheBodyTheSentenceOpensWithNotOneItNamesLater() {
    // "Acme Rovers have signed Peter Smith from Beta United, the club said."
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Rovers|NNP|0|x|ORGANIZATION have|VBP signed|VBN "
        + "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON from|IN Beta|NNP|0|x|ORGANIZATION United|NNP|0|x|ORGANIZATION "
        + "+,|, the|DT club|NN said|VBD +.|.");
    assertEquals("acme rovers", resolve(p, "the club", "club").entityId());
    // "Acme Rovers lost. Beta United won the cup. The club said ...": the story moved on to another body
    FakeParse moved = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Rovers|NNP|0|x|ORGANIZATION lost|VBD +.|.",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON joined|VBD Beta|NNP|0|x|ORGANIZATION United|NNP|0|x|ORGANIZATION +.|.",
        "The|DT club|NN spoke|VBD +.|.");
    assertEquals("beta united", resolve(moved, "The club", "club").entityId());
  }

  @Test
  void theRegulatorIsNotTheCompanyTheStoryIsAbout() {
    // "Acme Foods said it was hacked. The regulator confirmed it." / "The Acme regulator spoke."
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Foods|NNP|0|x|ORGANIZATION said|VBD it|PRP was|VBD "
        + "hacked|VBN +.|.", "The|DT regulator|NN confirmed|VBD it|PRP +.|.");
    assertNull(resolve(p, "The regulator", "regulator").entityId());
    FakeParse carmaker = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Motors|NNP|0|x|ORGANIZATION said|VBD it|PRP was|VBD "
        + "hacked|VBN +.|.", "The|DT carmaker|NN confirmed|VBD it|PRP +.|.");
    assertEquals("acme motors", resolve(carmaker, "The carmaker", "carmaker").entityId());
  }

  @Test
  void aCompanyOfAPlaceIsTheCompanyNotThePlace() {
    // "Acme Pharma stopped a trial. The Rivertown-based company said ... / The Freedonian drugmaker said ..."
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Pharma|NNP|0|x|ORGANIZATION stopped|VBD a|DT trial|NN +.|.",
        "The|DT Rivertown|NNP|0|x|LOCATION +-|HYPH +based|VBN company|NN spoke|VBD +.|.",
        "The|DT Freedonian|JJ|0|x|LOCATION drugmaker|NN spoke|VBD +.|.");
    assertEquals("acme pharma", resolve(p, "The Rivertown-based company", "company").entityId());
    assertEquals("acme pharma", resolve(p, "The Freedonian drugmaker", "drugmaker").entityId());
  }

  @Test
  void aRoleOfSomeonesIsAnotherPersonNeverTheOwner() {
    // "Anna Roe spoke. Her deputy spoke. Roe's lawyer spoke.": someone of hers the text does not name
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.", "Her|PRP$ deputy|NN spoke|VBD +.|.",
        "Roe|NNP|0|x|PERSON +'s|POS lawyer|NN spoke|VBD +.|.");
    Speaker deputy = resolve(p, "Her deputy", "deputy");
    assertNull(deputy.entityId());
    assertEquals("unnamed", deputy.resolution());
    Speaker lawyer = resolve(p, "Roe's lawyer", "lawyer");
    assertNull(lawyer.entityId());
    assertEquals("unnamed", lawyer.resolution());
    // "Roe's deputy, Peter Smith, spoke. ... Her deputy spoke.": the person the text introduced in that role
    FakeParse named = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +'s|POS deputy|NN +,|, Peter|NNP|0|x|PERSON "
        + "Smith|NNP|0|x|PERSON +,|, spoke|VBD +.|.", "Anna|NNP|0|x|PERSON spoke|VBD +.|.", "Her|PRP$ deputy|NN spoke|VBD +.|.");
    assertEquals("peter smith", resolve(named, "Her deputy", "deputy").entityId());
    // "Anna Roe spoke. The agency helped. Its administrator spoke.": someone of the agency, not Roe
    FakeParse body = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.", "The|DT agency|NN helped|VBD +.|.",
        "Its|PRP$ administrator|NN spoke|VBD +.|.");
    assertEquals("unnamed", resolve(body, "Its administrator", "administrator").resolution());
    // "Anna Roe spoke. The shop's owner spoke.": someone of a thing the text does not name
    FakeParse thing = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT shop|NN +'s|POS owner|NN spoke|VBD +.|.");
    assertEquals("unnamed", resolve(thing, "The shop's owner", "owner").resolution());
    // "Shop owner Peter Smith spoke. Anna Roe spoke. The shop's owner spoke.": the one introduced with the title
    FakeParse titled = FakeParse.of("Shop|NN owner|NN Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.", "The|DT shop|NN +'s|POS owner|NN spoke|VBD +.|.");
    assertEquals("peter smith", resolve(titled, "The shop's owner", "owner").entityId());
    // "Peter Smith spoke. Freedonia's envoy spoke.": a role of a place is a person introduced from it, never the
    // last speaker (who may be another country's envoy)
    FakeParse place = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "Freedonia|NNP|0|x|LOCATION +'s|POS envoy|NN spoke|VBD +.|.");
    assertEquals("unnamed", resolve(place, "Freedonia's envoy", "envoy").resolution());
    assertNull(resolve(place, "Freedonia's envoy", "envoy").entityId());
    FakeParse introduced = FakeParse.of("Freedonia|NNP|0|x|LOCATION +'s|POS envoy|NN Jane|NNP|0|x|PERSON "
        + "Roe|NNP|0|x|PERSON spoke|VBD +.|.", "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "Freedonia|NNP|0|x|LOCATION +'s|POS envoy|NN spoke|VBD +.|.");
    assertEquals("jane roe", resolve(introduced, "Freedonia's envoy", "envoy").entityId());
    // "the minister" and "its chief executive" are still resolved by salience
    FakeParse minister = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.", "The|DT minister|NN spoke|VBD +.|.");
    assertEquals("anna roe", resolve(minister, "The minister", "minister").entityId());
  }

  @Test
  void aPlacesRoleIsNoPersonTitledSoForAnotherPlace() {
    // "Sylvania's envoy, Jane Roe, spoke. Freedonia's envoy spoke.": not Roe, whose title is Sylvania's
    FakeParse other = FakeParse.of("Sylvania|NNP|0|x|LOCATION +'s|POS envoy|NN +,|, Jane|NNP|0|x|PERSON "
        + "Roe|NNP|0|x|PERSON +,|, spoke|VBD +.|.", "Freedonia|NNP|0|x|LOCATION spoke|VBD +.|.",
        "Freedonia|NNP|0|x|LOCATION +'s|POS envoy|NN spoke|VBD +.|.");
    assertEquals("unnamed", resolve(other, "Freedonia's envoy", "envoy").resolution());
    FakeParse same = FakeParse.of("Sylvania|NNP|0|x|LOCATION +'s|POS envoy|NN +,|, Jane|NNP|0|x|PERSON "
        + "Roe|NNP|0|x|PERSON +,|, spoke|VBD +.|.", "Sylvania|NNP|0|x|LOCATION +'s|POS envoy|NN spoke|VBD +.|.");
    assertEquals("jane roe", resolve(same, "Sylvania's envoy", "envoy").entityId());
    // the title in apposition after the name: "Jane Roe, Sylvania's envoy to the talks, spoke"
    FakeParse after = FakeParse.of("Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, Sylvania|NNP|0|x|LOCATION +'s|POS "
        + "envoy|NN to|TO the|DT talks|NNS +,|, spoke|VBD +.|.", "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "Sylvania|NNP|0|x|LOCATION +'s|POS envoy|NN spoke|VBD +.|.");
    assertEquals("jane roe", resolve(after, "Sylvania's envoy", "envoy").entityId());
  }

  @Test
  void aRoleOfOrForAPersonIsSomeoneOfTheirsNotThatPerson() {
    // "Anna Roe spoke. A lawyer for Peter Smith spoke. The mother of Peter Smith spoke.": unnamed people of his
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "A|DT lawyer|NN for|IN Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT mother|NN of|IN Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.");
    Speaker lawyer = resolve(p, "A lawyer for Peter Smith", "lawyer");
    assertNull(lawyer.entityId());
    assertEquals("unnamed", lawyer.resolution());
    assertNull(resolve(p, "The mother of Peter Smith", "mother").entityId());
    // "A former aide to Sen. Peter Smith spoke.", "A lawyer for President Peter Smith spoke.": a capitalised title
    FakeParse titled = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "A|DT former|JJ aide|NN to|TO state|NN Sen.|NNP Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "A|DT lawyer|NN for|IN President|NNP Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.");
    assertNull(resolve(titled, "A former aide to state Sen. Peter Smith", "aide").entityId());
    assertNull(resolve(titled, "A lawyer for President Peter Smith", "lawyer").entityId());
    // a lede: "The former mayor of Roeville spoke. Anna Smith, 58, spoke." (the town tagged a person): the person
    // named next, never the town
    FakeParse lede = FakeParse.of("The|DT former|JJ mayor|NN of|IN Roeville|NNP|0|x|PERSON spoke|VBD +.|.",
        "Anna|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, 58|CD +,|, spoke|VBD +.|.");
    Speaker mayor = resolve(lede, "The former mayor of Roeville", "mayor");
    assertEquals("anna smith", mayor.entityId());
    assertEquals("role", mayor.resolution());
  }

  @Test
  void aCompoundTitleBeforeANameIsThatPersonsTitle() {
    // "Anna Roe spoke. The governor's chief of staff Peter Smith spoke.": Smith is the chief of staff
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT governor|NN +'s|POS chief|NN of|IN staff|NN Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT son|NN of|IN the|DT late|JJ Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT lawyer|NN of|IN jailed|VBN activist|NN Tom|NNP|0|x|PERSON Lee|NNP|0|x|PERSON spoke|VBD +.|.");
    Speaker chief = resolve(p, "The governor's chief of staff Peter Smith", "chief");
    assertEquals("peter smith", chief.entityId());
    // a role of a person stays someone of theirs
    assertNull(resolve(p, "The son of the late Peter Smith", "son").entityId());
    assertNull(resolve(p, "The lawyer of jailed activist Tom Lee", "lawyer").entityId());
  }

  @Test
  void aHeadCapitalisedInsideASentenceIsATitleWithItsCapitalisedOffice() {
    // "Anna Roe spoke. Prices rose, Secretary of State Peter Smith spoke. Taxes fell, Minister for Trade and
    // Industry Tom Lee spoke.": Smith and Lee hold those offices; "A Spokesman for President Peter Smith" keeps
    // its two people
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "Prices|NNS rose|VBD +,|, Secretary|NNP of|IN State|NNP Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD "
            + "+.|.",
        "Taxes|NNS fell|VBD +,|, Minister|NNP for|IN Trade|NNP and|CC Industry|NNP Tom|NNP|0|x|PERSON "
            + "Lee|NNP|0|x|PERSON spoke|VBD +.|.",
        "Spokesman|NNP for|IN President|NNP Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.");
    assertEquals("peter smith", resolve(p, "Secretary of State Peter Smith", "Secretary").entityId());
    assertEquals("tom lee", resolve(p, "Minister for Trade and Industry Tom Lee", "Minister").entityId());
    assertNull(resolve(p, "Spokesman for President Peter Smith", "Spokesman").entityId());
  }

  @Test
  void companiesOfAPlaceAreUnnamedNotThePlace() {
    // "Acme spoke. Grid operators in Freedonia spoke.": operators the text does not name, not Freedonia nor Acme
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION spoke|VBD +.|.",
        "Grid|NN operators|NNS in|IN Freedonia|NNP|0|x|LOCATION spoke|VBD +.|.",
        "Freedonian|JJ|0|x|LOCATION airlines|NNS spoke|VBD +.|.");
    Speaker grid = resolve(p, "Grid operators in Freedonia", "operators");
    assertNull(grid.entityId());
    assertEquals("unnamed", grid.resolution());
    assertNull(resolve(p, "Freedonian airlines", "airlines").entityId());
  }

  @Test
  void governmentsTheTextDoesNotNameAreUnnamed() {
    // "Acme spoke. Some governments spoke. The Freedonian government spoke."
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION spoke|VBD +.|.", "Some|DT governments|NNS spoke|VBD +.|.",
        "The|DT Freedonian|JJ|0|x|LOCATION government|NN spoke|VBD +.|.");
    Speaker some = resolve(p, "Some governments", "governments");
    assertNull(some.entityId());
    assertEquals("unnamed", some.resolution());
    assertEquals("freedonian", resolve(p, "The Freedonian government", "government").entityId());
  }

  @Test
  void dataAndDocumentsSpeakForWhoeverTheyAreByOrFrom() {
    FakeParse p = FakeParse.of("data|NNS compiled|VBN by|IN Datafirm|NNP|0|x|ORGANIZATION +.|.",
        "figures|NNS from|IN the|DT Acme|NNP|0|x|ORGANIZATION ministry|NNP|0|x|ORGANIZATION +.|.",
        "a|DT study|NN of|IN Acme|NNP|0|x|ORGANIZATION workers|NNS +.|.",
        "a|DT report|NN by|IN the|DT research|NN group|NN Datafirm|NNP|0|x|ORGANIZATION +.|.");
    assertEquals("datafirm", resolve(p, "data compiled by Datafirm", "data").entityId());
    // (a descriptor between: "a report by the research group Datafirm")
    assertEquals("datafirm", resolve(p, "a report by the research group Datafirm", "report").entityId());
    assertEquals("acme ministry", resolve(p, "figures from the Acme ministry", "figures").entityId());
    // a study of the company's workers is not the company's: an indefinite source the text does not identify
    Speaker study = resolve(p, "a study of Acme workers", "study");
    assertNull(study.entityId());
    assertEquals("unnamed", study.resolution());
    // "a statement from Roe's lawyers": people of hers, not Roe
    FakeParse lawyers = FakeParse.of("a|DT statement|NN from|IN Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +'s|POS "
        + "lawyers|NNS +.|.");
    Speaker hers = resolve(lawyers, "a statement from Anna Roe's lawyers", "statement");
    assertNull(hers.entityId());
    assertEquals("unnamed", hers.resolution());
    // "The letter, organised by Peter Smith, warns": a letter is no person, whatever its "-er" ending
    FakeParse letter = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON faces|VBZ a|DT revolt|NN +.|.",
        "The|DT letter|NN warns|VBZ of|IN poverty|NN +.|.");
    assertNull(resolve(letter, "The letter", "letter").entityId());
  }

  @Test
  void anIndefiniteRoleInALedeIsThePersonLaterNamedWithThatTitle() {
    // "A judge refused. Peter Smith objected. Judge Anna Roe agreed.": the lede's judge is Judge Roe
    FakeParse p = FakeParse.of("A|DT judge|NN refused|VBD +.|.", "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON objected|VBD +.|.",
        "Judge|NNP Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON agreed|VBD +.|.");
    assertEquals("anna roe", resolve(p, "A judge", "judge").entityId());
    // once a person has been named, "a judge" is someone the text does not identify
    FakeParse later = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON objected|VBD +.|.", "A|DT judge|NN refused|VBD +.|.",
        "Judge|NNP Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON agreed|VBD +.|.");
    assertEquals("unnamed", resolve(later, "A judge", "judge").resolution());
  }

  @Test
  void aBareOneIsAnUnnamedSource() {
    // "One, who did not want to be named, said": one of the people the text does not identify
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.", "One|CD spoke|VBD +.|.",
        "Another|DT spoke|VBD +.|.");
    assertEquals("unnamed", resolve(p, "One", "One").resolution());
    assertNull(resolve(p, "One", "One").entityId());
    assertEquals("unnamed", resolve(p, "Another", "Another").resolution());
  }

  @Test
  void aNationalityNounIsThePersonTheTextIntroducedWithItsCountry() {
    // "Freedonia's Peter Smith beat Anna Roe. ... The Freedonian spoke": not the person named last
    FakeParse p = FakeParse.of("Freedonia|NNP|0|x|LOCATION/name/freedonia +'s|POS Peter|NNP|0|x|PERSON "
            + "Smith|NNP|0|x|PERSON beat|VBD Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +.|.",
        "The|DT Freedonian|NNP|0|x|MISC/demonym/freedonia spoke|VBD +.|.");
    assertEquals("peter smith", resolve(p, "The Freedonian", "Freedonian").entityId());
    assertEquals("role", resolve(p, "The Freedonian", "Freedonian").resolution());
  }

  @Test
  void aPartyMemberOrANationalityWithAnAgeIsAPersonNotTheNamesEntity() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, a|DT Democrat|NNP|0|x|MISC +,|, "
            + "met|VBD Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, 24|CD +,|, on|IN Monday|NNP +.|.",
        "The|DT Democrat|NNP|0|x|MISC spoke|VBD +.|.",
        "The|DT 24-year-old|JJ Freedonian|NNP|0|x|MISC/demonym/freedonia spoke|VBD +.|.");
    // "Jane Roe, a Democrat, ... The Democrat said": the person the appositive introduced
    assertEquals("anna roe", resolve(p, "The Democrat", "Democrat").entityId());
    // "the 24-year-old Freedonian": the person of that age
    assertEquals("peter smith", resolve(p, "The 24-year-old Freedonian", "Freedonian").entityId());
    // a bare "The Guardian" nobody was introduced as may be a newspaper: the name's entity
    FakeParse paper = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT Guardian|NNP|0|x|MISC reported|VBD +.|.");
    assertEquals("guardian", resolve(paper, "The Guardian", "Guardian").entityId());
  }

  @Test
  void aRankedPlayerIsARole() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON beat|VBD Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +.|.",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON lost|VBD +.|.", "The|DT world|NN number|NN one|CD spoke|VBD +.|.");
    Speaker s = resolve(p, "The world number one", "one");
    assertEquals("peter smith", s.entityId());
    assertEquals("role", s.resolution());
  }

  @Test
  void aRoleWithANameAndAnAgeInAppositionIsThatPerson() {
    // "Peter's daughter, Anna Roe, 54, said": the name, not the person the role would otherwise point to
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "Peter|NNP|0|x|PERSON +'s|POS daughter|NN +,|, Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, 54|CD +,|, "
            + "spoke|VBD +.|.");
    Speaker s = resolve(p, "Peter's daughter, Anna Roe, 54", "daughter");
    assertEquals("anna roe", s.entityId());
    assertEquals("name", s.resolution());
    // a title between the comma and the name: "Peter's coach, former player Anna Roe"
    FakeParse coach = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "Peter|NNP|0|x|PERSON +'s|POS coach|NN +,|, former|JJ player|NN Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON "
            + "spoke|VBD +.|.");
    assertEquals("anna roe", resolve(coach, "Peter's coach, former player Anna Roe", "coach").entityId());
    // a title with a nationality: "Peter's coach, the former Sylvanian player Anna Roe"
    FakeParse national = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "Peter|NNP|0|x|PERSON +'s|POS coach|NN +,|, the|DT former|JJ Sylvanian|JJ|0|x|MISC player|NN "
            + "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.");
    assertEquals("anna roe",
        resolve(national, "Peter's coach, the former Sylvanian player Anna Roe", "coach").entityId());
    // a capitalised title: "the city's top finance official, Director of Revenue Anna Roe" (the head noun alone
    // would be an unnamed official)
    FakeParse official = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT city|NN +'s|POS top|JJ finance|NN official|NN +,|, Director|NNP of|IN Revenue|NNP "
            + "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, spoke|VBD +.|.");
    Speaker s2 = resolve(official, "The city's top finance official, Director of Revenue Anna Roe", "official");
    assertEquals("anna roe", s2.entityId());
    assertEquals("name", s2.resolution());
  }

  @Test
  void aTitledRoleIsThePersonTheBodyNamesWithThatTitleBeforeOrAfter() {
    // "The new Prime Minister" before the story names her; "the author" after "author Peter Smith"
    FakeParse minister = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON criticized|VBD Peter|NNP|0|x|PERSON "
            + "Smith|NNP|0|x|PERSON +.|.",
        "The|DT new|JJ Prime|NNP Minister|NNP spoke|VBD +.|.",
        "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON became|VBD Prime|NNP Minister|NNP in|IN May|NNP +.|.");
    assertEquals("anna roe", resolve(minister, "The new Prime Minister", "Minister").entityId());
    FakeParse author = FakeParse.of("The|DT author|NN Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON met|VBD "
            + "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +.|.",
        "The|DT author|NN spoke|VBD +.|.");
    assertEquals("peter smith", resolve(author, "The author", "author").entityId());
    // "the deputy mayor, Peter Smith" holds another office than "The mayor"
    FakeParse deputy = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON won|VBD +.|.", "The|DT mayor|NN spoke|VBD +.|.",
        "The|DT deputy|JJ mayor|NN +,|, Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, spoke|VBD +.|.");
    assertEquals("anna roe", resolve(deputy, "The mayor", "mayor").entityId());
    // "Health Minister Anna Roe spoke. Responding to Peter Smith, the minister spoke.": the name before the phrase
    // is no appositive of the phrase itself
    FakeParse responding = FakeParse.of("Health|NNP Minister|NNP Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "Responding|VBG to|TO Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, the|DT minister|NN spoke|VBD +.|.");
    assertEquals("anna roe", resolve(responding, "the minister", "minister").entityId());
    // "Minister for Trade and Industry Anna Roe spoke. Peter Smith, an MP, spoke. The minister spoke.": the office in
    // capitals between the title and her name still makes her the minister, not the last person named
    FakeParse office = FakeParse.of("Minister|NNP for|IN Trade|NNP and|CC Industry|NNP Anna|NNP|0|x|PERSON "
            + "Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, an|DT MP|NNP +,|, spoke|VBD +.|.",
        "The|DT minister|NN spoke|VBD +.|.");
    assertEquals("anna roe", resolve(office, "The minister", "minister").entityId());
  }

  @Test
  void organisationNounsAndRolePhrases() {
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION hired|VBD Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +.|.",
        "The|DT company|NN and|CC the|DT 52-year-old|JJ manager|NN spoke|VBD +.|.");
    assertEquals("acme", resolve(p, "The company", "company").entityId());
    assertEquals("peter smith", resolve(p, "the 52-year-old manager", "manager").entityId());
    assertEquals("role", resolve(p, "the 52-year-old manager", "manager").resolution());
  }

  @Test
  void theStoryWriterIsNotTheSalientPerson() {
    FakeParse p = FakeParse.of(
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON won|VBD +,|, writes|VBZ Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +.|.",
        "The|DT striker|NN spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    int w = p.body.indexOf("Anna");
    ctx.drafts.add(new Draft(0, Speaker.of("anna roe", "Anna Roe", w, w + 8, "name"), p.body.indexOf("writes"),
        p.body.indexOf("writes") + 6, "write", "source", 0, 15, null, "test"));
    int b = p.body.indexOf("The striker");
    assertEquals("peter smith", ctx.speakers.resolve(b, b + 11, b + 4, "striker").entityId());
  }
  @Test
  void theHolderOfARoleAtABodyIsSomeoneOfThatBodyNotTheSalientPerson() {
    // "Peter Smith was charged. The headteacher of Acme School spoke." / "... Jane Roe, the head of Beta Bank, ...
    // The head of Beta Bank spoke."
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON was|VBD charged|VBN +.|.",
        "The|DT headteacher|NN of|IN Acme|NNP|0|x|ORGANIZATION School|NNP|0|x|ORGANIZATION spoke|VBD +.|.");
    Speaker head = resolve(p, "The headteacher of Acme School", "headteacher");
    assertNull(head.entityId());
    assertEquals("unnamed", head.resolution());
    FakeParse named = FakeParse.of("Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, the|DT head|NN of|IN "
            + "Beta|NNP|0|x|ORGANIZATION Bank|NNP|0|x|ORGANIZATION +,|, was|VBD charged|VBN +.|.",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON waits|VBZ +.|.",
        "The|DT head|NN of|IN Beta|NNP|0|x|ORGANIZATION Bank|NNP|0|x|ORGANIZATION spoke|VBD +.|.");
    assertEquals("jane roe", resolve(named, "The head of Beta Bank", "head").entityId());
  }

  @Test
  void itIsTheBodyThePreviousSentenceOpensWithNotTheLastOneNamed() {
    // "Acme Corp filed for bankruptcy at the Lakeshire Court. The company listed debts. It spoke."
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Corp|NNP|0|x|ORGANIZATION filed|VBD at|IN the|DT "
            + "Lakeshire|NNP|0|x|ORGANIZATION Court|NNP|0|x|ORGANIZATION +.|.",
        "The|DT company|NN listed|VBD debts|NNS +.|.", "It|PRP spoke|VBD +.|.");
    int it = p.body.indexOf("It spoke");
    assertEquals("acme corp", p.context().speakers.resolve(it, it + 2, it, "It").entityId());
  }

  @Test
  void theForceIsThePoliceTheTextNamed() {
    // "The Acme Watchdog is investigating. Rivertown Police said a man died. The force spoke."
    FakeParse p = FakeParse.of("The|DT Acme|NNP|0|x|ORGANIZATION Watchdog|NNP|0|x|ORGANIZATION is|VBZ "
            + "investigating|VBG +.|.", "Rivertown|NNP|0|x|ORGANIZATION Police|NNP|0|x|ORGANIZATION said|VBD a|DT "
            + "man|NN died|VBD +.|.", "The|DT force|NN spoke|VBD +.|.");
    assertEquals("rivertown police", resolve(p, "The force", "force").entityId());
  }

  @Test
  void aPersonOfABodyIsThePersonWhicheverWordTheParserMadeTheHead() {
    // "Anna Roe of Acme Police spoke", parsed with "Police" as the head
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON of|IN Acme|NNP|0|x|ORGANIZATION "
        + "Police|NNP|0|x|ORGANIZATION spoke|VBD +.|.");
    assertEquals("anna roe", resolve(p, "Anna Roe of Acme Police", "Police").entityId());
  }

  @Test
  void aFormerHolderOfTheTitleIsNotTheRoleNow() {
    // "Anna Roe spoke. Former Acme captain Peter Smith spoke. The Acme captain spoke." (one named last, so not
    // by salience): Roe, the one who spoke first, not the former captain
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT Acme|NNP|0|x|ORGANIZATION captain|NN spoke|VBD +.|.",
        "Former|JJ Acme|NNP|0|x|ORGANIZATION captain|NN Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.");
    assertEquals("anna roe", resolve(p, "The Acme captain", "captain").entityId());
  }

  @Test
  void theRegulatorIsTheAuthorityOrCommissionTheTextNamed() {
    // "The Sylvanian Market Authority fined Acme Bank. The regulator spoke." (the bank is no regulator)
    FakeParse p = FakeParse.of("The|DT Sylvanian|NNP|0|x|ORGANIZATION Market|NNP|0|x|ORGANIZATION "
            + "Authority|NNP|0|x|ORGANIZATION fined|VBD Acme|NNP|0|x|ORGANIZATION Bank|NNP|0|x|ORGANIZATION +.|.",
        "The|DT regulator|NN spoke|VBD +.|.");
    assertEquals("sylvanian market authority", resolve(p, "The regulator", "regulator").entityId());
    FakeParse none = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Bank|NNP|0|x|ORGANIZATION was|VBD fined|VBN +.|.",
        "The|DT watchdog|NN spoke|VBD +.|.");
    assertNull(resolve(none, "The watchdog", "watchdog").entityId());
  }

  @Test
  void aTeamOfAPersonIsPeopleOfTheirsNotThePerson() {
    // "Anna Roe was charged. Roe's legal team spoke." / "Acme Rovers lost. Acme's team spoke."
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON was|VBD charged|VBN +.|.",
        "Roe|NNP|0|x|PERSON +'s|POS legal|JJ team|NN spoke|VBD +.|.");
    Speaker team = resolve(p, "Roe's legal team", "team");
    assertNull(team.entityId());
    assertEquals("unnamed", team.resolution());
  }

  @Test
  void aPossessedRoleInALedeIsThePersonNamedNext() {
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION +'s|POS chief|JJ minister|NN called|VBD for|IN calm|NN +.|.",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON also|RB urged|VBD talks|NNS +.|.");
    assertEquals("peter smith", resolve(p, "Acme's chief minister", "minister").entityId());
  }

  @Test
  void possessivePronounsFollowGender() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.", "These|DT are|VBP her|PRP$ words|NNS +.|.");
    assertEquals("anna roe", resolve(p, "her", "her").entityId());
  }
  @Test
  void aRoleWithANationalityIsThePersonIntroducedWithIt() {
    FakeParse p = FakeParse.of("Freedonian|JJ President|NNP Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON met|VBD "
            + "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +.|.",
        "Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT Freedonian|JJ leader|NN spoke|VBD too|RB +.|.");
    assertEquals("anna roe", resolve(p, "The Freedonian leader", "leader").entityId());
  }
  @Test
  void titlesJoinedByAndBeforeOneNameAreThatPerson() {
    FakeParse p = FakeParse.of("COO|NNP and|CC CFO|NNP Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.");
    assertEquals("peter smith", resolve(p, "COO and CFO Peter Smith", "COO").entityId());
  }

  @Test
  void aMinistryOfTwoNamesBeforeANameIsNoCoordination() {
    FakeParse p = FakeParse.of("The|DT Sylvanian|NNP|0|x|LOCATION/demonym/sylvania Minister|NNP of|IN Mines|NNP "
        + "and|CC Energy|NNP Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.");
    assertEquals("peter smith",
        resolve(p, "The Sylvanian Minister of Mines and Energy Peter Smith", "Minister").entityId());
  }

  @Test
  void aRoleWithANationalityTheStoryHasNotNamedBeforeIsSomeoneItDoesNotName() {
    // "Anna Roe, a spokeswoman, spoke. The visiting Sylvanian minister spoke.": not Roe, a person introduced here
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, a|DT spokeswoman|NN +,|, spoke|VBD +.|.",
        "The|DT visiting|VBG Sylvanian|NNP|0|x|LOCATION/demonym/sylvania minister|NN spoke|VBD +.|.");
    Speaker minister = resolve(p, "The visiting Sylvanian minister", "minister");
    assertNull(minister.entityId());
    assertEquals("unnamed", minister.resolution());
    // with the country named before, the role still reaches back ("Sylvania's envoy Peter Smith ... the Sylvanian
    // minister")
    FakeParse named = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON flew|VBD to|TO "
            + "Sylvania|NNP|0|x|LOCATION +.|.",
        "The|DT Sylvanian|NNP|0|x|LOCATION/demonym/sylvania minister|NN spoke|VBD +.|.");
    assertEquals("peter smith", resolve(named, "The Sylvanian minister", "minister").entityId());
  }

  @Test
  void aRoleThatSaysItCannotBeNamedIsSomeoneTheTextDoesNotName() {
    // "Anna Roe spoke. The doctor, who cannot be named for legal reasons, spoke.": not Roe
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT doctor|NN +,|, who|WP cannot|MD be|VB named|VBN for|IN legal|JJ reasons|NNS +,|, spoke|VBD +.|.");
    Speaker doctor = resolve(p, "The doctor", "doctor");
    assertNull(doctor.entityId());
    assertEquals("unnamed", doctor.resolution());
  }

  @Test
  void theHeadOfANamedBodyInALedeIsThePersonNamedNextWhateverTheirOffice() {
    // "The head of Sylvania's biggest union spoke. General secretary Anna Roe spoke.": she is the head; a name
    // possessor written with a capital is no common noun ("the shop's owner")
    FakeParse p = FakeParse.of("The|DT head|NN of|IN Sylvania|NNP|0|x|LOCATION +'s|POS biggest|JJS union|NN "
            + "spoke|VBD +.|.",
        "General|JJ secretary|NN Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.");
    Speaker head = resolve(p, "The head of Sylvania's biggest union", "head");
    assertEquals("anna roe", head.entityId());
    assertEquals("role", head.resolution());
  }

  @Test
  void onePersonsNameAfterAFamilyNamesSomeoneOfTheirsNotTheFamily() {
    // "The family of the man who died, Peter Smith, 19, spoke.": the family's words, not Smith's
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT family|NN of|IN the|DT man|NN who|WP died|VBD +,|, Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, "
            + "19|CD +,|, spoke|VBD +.|.");
    Speaker family = resolve(p, "The family of the man who died, Peter Smith, 19", "family");
    assertNull(family.entityId());
    // a role of one person still has its name in apposition ("The lawyer for the family, Peter Smith")
    FakeParse lawyer = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT lawyer|NN for|IN the|DT family|NN +,|, Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, spoke|VBD +.|.");
    assertEquals("peter smith", resolve(lawyer, "The lawyer for the family, Peter Smith", "lawyer").entityId());
  }

  @Test
  void aPersonIntroducedAsABodysOtherOfficeIsNotTheRole() {
    // "Peter Smith, the union's general secretary, spoke. The education secretary spoke.": not Smith
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, the|DT union|NN +'s|POS general|JJ "
            + "secretary|NN +,|, spoke|VBD +.|.",
        "The|DT education|NN secretary|NN spoke|VBD +.|.");
    assertNull(resolve(p, "The education secretary", "secretary").entityId());
  }

  @Test
  void theStatementIsOfWhoeverSpokeInAStatementJustBefore() {
    // "Acme grew. Peter Smith spoke in an emailed statement. The statement spoke.": his, though Acme is the last body
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION grew|VBD +.|.",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD in|IN an|DT emailed|JJ statement|NN +.|.",
        "The|DT statement|NN spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    int smith = p.body.indexOf("Peter");
    spoke(p, ctx, 1, Speaker.of("peter smith", "Peter Smith", smith, smith + 11, "name"), smith);
    int the = p.body.indexOf("The statement");
    assertEquals("peter smith", ctx.speakers.resolve(the, the + 13, the + 4, "statement").entityId());
  }

  @Test
  void itIsTheStatementOfAnUnnamedSourceThatSpokeInOne() {
    // "Acme grew. In a statement, the family spoke. It spoke.": the family's statement, not Acme
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION grew|VBD +.|.",
        "In|IN a|DT statement|NN +,|, the|DT family|NN spoke|VBD +.|.", "It|PRP spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    int family = p.body.indexOf("the family");
    spoke(p, ctx, 1, new Speaker(null, "the family", family, family + 10, "unnamed", List.of()), family);
    int it = p.body.indexOf("It spoke");
    Speaker s = ctx.speakers.resolve(it, it + 2, it, "It");
    assertNull(s.entityId());
    assertEquals("unnamed", s.resolution());
  }

  @Test
  void theyAreTheUnnamedSourcesOrTheGroupThatSpokeLast() {
    // "Analysts spoke. They spoke.": the unnamed analysts; "Anna Roe spoke. They spoke.": no one the text resolves
    FakeParse p = FakeParse.of("Analysts|NNS spoke|VBD +.|.", "They|PRP spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    spoke(p, ctx, 0, new Speaker(null, "Analysts", 0, 8, "unnamed", List.of()), 0);
    int they = p.body.indexOf("They");
    assertEquals("unnamed", ctx.speakers.resolve(they, they + 4, they, "They").resolution());
    FakeParse q = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.", "They|PRP spoke|VBD +.|.");
    AttributionContext qctx = q.context();
    spoke(q, qctx, 0, Speaker.of("anna roe", "Anna Roe", 0, 8, "name"), 0);
    int qthey = q.body.indexOf("They");
    assertEquals("unresolved", qctx.speakers.resolve(qthey, qthey + 4, qthey, "They").resolution());
  }

  @Test
  void aStatementFromARoleIsThatRolesBody() {
    // "Acme spoke. The Drug Board cleared it, according to a statement from the agency.": the agency's statement,
    // not the last issuer's
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION spoke|VBD +.|.",
        "The|DT Drug|NNP|0|x|ORGANIZATION Board|NNP|0|x|ORGANIZATION cleared|VBD it|PRP +,|, according|VBG to|TO "
            + "a|DT statement|NN from|IN the|DT agency|NN +.|.");
    AttributionContext ctx = p.context();
    spoke(p, ctx, 0, Speaker.of("acme", "Acme", 0, 4, "name"), 0);
    String phrase = "a statement from the agency";
    int begin = p.body.indexOf(phrase);
    assertEquals("drug board", ctx.speakers.resolve(begin, begin + phrase.length(), p.body.indexOf("statement"),
        "statement").entityId());
  }

  @Test
  void aBodyAndAPersonJoinedByAndAreAGroup() {
    FakeParse pair = FakeParse.of("The|DT head|NN of|IN Acme|NNP|0|x|ORGANIZATION and|CC Peter|NNP|0|x|PERSON "
        + "Smith|NNP|0|x|PERSON spoke|VBD +.|.");
    assertEquals("group", resolve(pair, "The head of Acme and Peter Smith", "head").resolution());
    FakeParse places = FakeParse.of("The|DT leaders|NNS of|IN Freedonia|NNP|0|x|LOCATION and|CC "
        + "Sylvania|NNP|0|x|LOCATION spoke|VBD +.|.");
    assertEquals("group", resolve(places, "The leaders of Freedonia and Sylvania", "leaders").resolution());
  }

  @Test
  void aDefiniteNationalityNounIsAPersonNotTheCountry() {
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON met|VBD Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +.|.",
        "The|DT Sylvanian|NNP|0|x|LOCATION/demonym/sylvania Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON won|VBD +.|.",
        "Then|RB Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON lost|VBD +.|.",
        "The|DT Sylvanian|NNP|0|x|LOCATION/demonym/sylvania spoke|VBD +.|.");
    Speaker s = resolve(p, "The Sylvanian", "Sylvanian");
    assertEquals("peter smith", s.entityId(), "the person introduced with the nationality, not the country");
    assertEquals("role", s.resolution());
  }

  @Test
  void aNationalityNounOfAnyEndingIsThePersonSpeakingNotTheCountry() {
    // "Anna Roe beat Peter Smith. ... the Swede said": no one was introduced as Swedish, so the
    // person the text is about (the salient one), never the country (a country can speak, a "Swede" cannot be one)
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON beat|VBD Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +.|.",
        "The|DT Swede|NNP|0|x|LOCATION/demonym/sweden spoke|VBD +.|.");
    Speaker s = resolve(p, "The Swede", "Swede");
    assertEquals("anna roe", s.entityId());
    assertEquals("role", s.resolution());
    // a collective nationality is no one person: the country
    FakeParse dutch = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT Dutch|NNP|0|x|LOCATION/demonym/netherlands spoke|VBD +.|.");
    assertEquals("netherlands", resolve(dutch, "The Dutch", "Dutch").entityId());
  }

  @Test
  void anAgePhraseIsThePersonGivenThatAgeAndNeverOneGivenAnother() {
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, 51|CD +,|, spoke|VBD +.|.",
        "Then|RB Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, 29|CD +,|, spoke|VBD +.|.",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON left|VBD +.|.",
        "The|DT 29-year-old|JJ striker|NN spoke|VBD +.|.");
    assertEquals("anna roe", resolve(p, "The 29-year-old striker", "striker").entityId());
    FakeParse other = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, 51|CD +,|, spoke|VBD +.|.",
        "Then|RB Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON left|VBD +.|.",
        "The|DT 29-year-old|JJ striker|NN spoke|VBD +.|.");
    assertEquals("anna roe", resolve(other, "The 29-year-old striker", "striker").entityId(),
        "Smith is 51, so the 29-year-old is the other person");
  }

  @Test
  void aPluralRoleNamesNoOnePerson() {
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.", "The|DT authors|NNS spoke|VBD +.|.");
    Speaker s = resolve(p, "The authors", "authors");
    assertNull(s.entityId());
    assertEquals("unnamed", s.resolution());
  }

  @Test
  void anOrganisationNounIsTheBodyNamedWithItElseOneThatWasNotOnlyAddressed() {
    FakeParse named = FakeParse.of("The|DT Bergen|NNP|0|x|ORGANIZATION Council|NNP|0|x|ORGANIZATION met|VBD "
            + "Acme|NNP|0|x|ORGANIZATION +.|.",
        "The|DT council|NN spoke|VBD +.|.");
    assertEquals("bergen council", resolve(named, "The council", "council").entityId());
    FakeParse told = FakeParse.of("Acme|NNP|0|x|ORGANIZATION lost|VBD +.|.",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON told|VBD FNN|NNP|0|x|ORGANIZATION it|PRP was|VBD over|RB +.|.",
        "The|DT club|NN spoke|VBD +.|.");
    assertEquals("acme", resolve(told, "The club", "club").entityId(), "FNN was only told something");
  }

  @Test
  void aBodyTheTextCallsAUnionIsNotTheCompany() {
    // "Acme Foods cut its forecast. A spokesperson for the Beta union criticised it. The company spoke."
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Foods|NNP|0|x|ORGANIZATION cut|VBD its|PRP$ forecast|NN +.|.",
        "A|DT spokesperson|NN for|IN the|DT Beta|NNP|0|x|ORGANIZATION union|NN criticised|VBD it|PRP +.|.",
        "The|DT company|NN spoke|VBD +.|. The|DT union|NN spoke|VBD +.|.");
    assertEquals("acme foods", resolve(p, "The company", "company").entityId());
    assertEquals("beta", resolve(p, "The union", "union").entityId());
  }

  @Test
  void theFirmOfAnAnalystIsNotTheCompanyButTheFirmOfASpokesmanIs() {
    // "Acme Foods cut its forecast. Jane Roe, an analyst at Beta Securities, was unconvinced. The company spoke."
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Foods|NNP|0|x|ORGANIZATION cut|VBD its|PRP$ forecast|NN +.|.",
        "Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, an|DT analyst|NN at|IN Beta|NNP|0|x|ORGANIZATION "
            + "Securities|NNP|0|x|ORGANIZATION +,|, was|VBD unconvinced|JJ +.|.",
        "The|DT company|NN spoke|VBD +.|.");
    assertEquals("acme foods", resolve(p, "The company", "company").entityId());
    FakeParse q = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Foods|NNP|0|x|ORGANIZATION cut|VBD its|PRP$ forecast|NN +.|.",
        "Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, a|DT spokeswoman|NN at|IN Beta|NNP|0|x|ORGANIZATION "
            + "Securities|NNP|0|x|ORGANIZATION +,|, was|VBD unconvinced|JJ +.|.",
        "The|DT company|NN spoke|VBD +.|.");
    assertEquals("beta securities", resolve(q, "The company", "company").entityId());
  }

  @Test
  void aTitleIsNoOneTheTextIntroducedAsAnotherOfficeOfThatName() {
    // "The transport minister, Jane Roe, resigned. The prime minister spoke." The prime minister is not named.
    FakeParse p = FakeParse.of("The|DT transport|NN minister|NN +,|, Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, "
            + "resigned|VBD +.|.",
        "The|DT prime|JJ minister|NN spoke|VBD +.|. The|DT minister|NN spoke|VBD +.|. The|DT new|JJ minister|NN spoke|VBD +.|.");
    Speaker prime = resolve(p, "The prime minister", "minister");
    assertNull(prime.entityId());
    assertEquals("jane roe", resolve(p, "The minister", "minister").entityId());
    assertEquals("jane roe", resolve(p, "The new minister", "minister").entityId());
    // a nationality is no office
    FakeParse q = FakeParse.of("Foreign|NNP Minister|NNP Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON resigned|VBD +.|.",
        "The|DT Freedonian|JJ|0|x|MISC minister|NN spoke|VBD +.|.");
    assertEquals("jane roe", resolve(q, "The Freedonian minister", "minister").entityId());
  }

  @Test
  void theGovernmentIsTheCountryTheStoryNamesMostNeverAnotherBody() {
    // "Sylvania raised taxes. Jane Roe, an expert at the Acme Institute, spoke. Exports to Freedonia fell. The
    // government spoke."
    FakeParse p = FakeParse.of("Sylvania|NNP|0|x|LOCATION:COUNTRY raised|VBD taxes|NNS in|IN Sylvania|NNP|0|x|LOCATION:COUNTRY +.|.",
        "Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, an|DT expert|NN at|IN the|DT Acme|NNP|0|x|ORGANIZATION "
            + "Institute|NNP|0|x|ORGANIZATION +,|, spoke|VBD +.|.",
        "Exports|NNS to|IN Freedonia|NNP|0|x|LOCATION:COUNTRY fell|VBD +.|.",
        "The|DT government|NN spoke|VBD +.|.");
    assertEquals("sylvania", resolve(p, "The government", "government").entityId());
    FakeParse none = FakeParse.of("Taxes|NNS rose|VBD +.|.",
        "Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, an|DT expert|NN at|IN the|DT Acme|NNP|0|x|ORGANIZATION "
            + "Institute|NNP|0|x|ORGANIZATION +,|, spoke|VBD +.|.",
        "The|DT government|NN spoke|VBD +.|.");
    Speaker s = resolve(none, "The government", "government");
    assertNull(s.entityId());
    assertEquals("unresolved", s.resolution());
  }

  @Test
  void itsRoleInALedeIsThePersonNamedNextButHerRoleIsNoOne() {
    // "Acme expects delays, its chief executive spoke. Peter Smith spoke.": the lede's chief executive is Smith
    FakeParse p = FakeParse.of("The|DT company|NN expects|VBZ delays|NNS +,|, its|PRP$ chief|JJ executive|NN spoke|VBD +.|.",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.");
    assertEquals("peter smith", resolve(p, "its chief executive", "executive").entityId());
    // once a person is named, "its chief executive" is someone the text does not name
    FakeParse named = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON bought|VBD shares|NNS +.|.",
        "The|DT company|NN expects|VBZ delays|NNS +,|, its|PRP$ chief|JJ executive|NN spoke|VBD +.|.",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.");
    Speaker s = resolve(named, "its chief executive", "executive");
    assertNull(s.entityId());
    assertEquals("unnamed", s.resolution());
  }

  @Test
  void aLedeRoleIsNotAPersonTheTextIntroducesNextWithAnotherRole() {
    // "The chancellor spoke. Taxes rose. Opposition leader Jane Roe spoke.": the chancellor is not Roe
    FakeParse p = FakeParse.of("The|DT chancellor|NN spoke|VBD +.|.", "Taxes|NNS rose|VBD +.|.",
        "Opposition|NN leader|NN Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.");
    assertNull(resolve(p, "The chancellor", "chancellor").entityId());
    FakeParse same = FakeParse.of("The|DT chancellor|NN spoke|VBD +.|.", "Taxes|NNS rose|VBD +.|.",
        "Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.");
    assertEquals("jane roe", resolve(same, "The chancellor", "chancellor").entityId());
  }

  @Test
  void aLedeRoleIsNotAPersonIntroducedAsADoctor() {
    // "The minister spoke. Taxes rose. Dr. Jane Roe spoke.": a doctor, not the minister
    FakeParse p = FakeParse.of("The|DT minister|NN spoke|VBD +.|.", "Taxes|NNS rose|VBD +.|.",
        "Dr.|NNP Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.");
    assertNull(resolve(p, "The minister", "minister").entityId());
  }

  @Test
  void itAfterASentenceAboutADocumentIsThatDocumentNotTheLastBody() {
    // "Acme lobbied. The law requires reports. It spoke.": the law, whose author the text does not name
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION lobbied|VBD +.|.",
        "The|DT|2|det law|NN|3|nsubj requires|VBZ|0|root reports|NNS|3|obj +.|.|3|punct", "It|PRP spoke|VBD +.|.");
    assertNull(resolve(p, "It", "It").entityId());
    // "Acme lobbied. The plan was dropped. It spoke.": a plan is no document of the list; Acme speaks
    FakeParse q = FakeParse.of("Acme|NNP|0|x|ORGANIZATION lobbied|VBD +.|.",
        "The|DT|2|det plan|NN|4|nsubj:pass was|VBD|4|aux:pass dropped|VBN|0|root +.|.|4|punct", "It|PRP spoke|VBD +.|.");
    assertEquals("acme", resolve(q, "It", "It").entityId());
  }

  @Test
  void aBusinessNounInALedeIsTheBodyTheNextSentenceNames() {
    // "A private company landed a craft, the company said. Acme Space confirmed it.": named only afterwards
    FakeParse p = FakeParse.of("A|DT private|JJ company|NN landed|VBD +,|, the|DT company|NN said|VBD +.|.",
        "Acme|NNP|0|x|ORGANIZATION Space|NNP|0|x|ORGANIZATION confirmed|VBD it|PRP +.|.");
    int b = p.body.indexOf("the company");
    AttributionContext ctx = p.context();
    assertEquals("acme space", ctx.speakers.resolve(b, b + 11, b + 4, "company").entityId());
    // a body named two sentences later, or only as an addressee, is no one the lede meant
    FakeParse far = FakeParse.of("A|DT private|JJ company|NN landed|VBD +,|, the|DT company|NN said|VBD +.|.",
        "It|PRP was|VBD late|JJ +.|.", "Acme|NNP|0|x|ORGANIZATION Space|NNP|0|x|ORGANIZATION confirmed|VBD it|PRP +.|.");
    int f = far.body.indexOf("the company");
    assertNull(far.context().speakers.resolve(f, f + 11, f + 4, "company").entityId());
  }

  @Test
  void theSubjectOfThePreviousSentenceOutranksAnEarlierSpeaker() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON said|VBD|0|root it|PRP|4|nsubj ended|VBD|2|ccomp +.|.|2|punct",
        "Club|NNP captain|NN Sam|NNP|0|x|PERSON Roe|NNP|0|x|PERSON was|VBD upbeat|JJ +.|.",
        "The|DT striker|NN spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    new CueVerbRule().apply(ctx);
    int b = p.body.indexOf("The striker");
    assertEquals("sam roe", ctx.speakers.resolve(b, b + 11, b + 4, "striker").entityId());
  }

  @Test
  void businessNounsStandForTheOrganisationButPluralOrIndefiniteOnesForNone() {
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Motors|NNP|0|x|ORGANIZATION cut|VBD jobs|NNS +.|.",
        "The|DT carmaker|NN spoke|VBD +.|. Regulators|NNS spoke|VBD +.|. A|DT lender|NN spoke|VBD +.|.");
    assertEquals("acme motors", resolve(p, "The carmaker", "carmaker").entityId());
    assertEquals("unnamed", resolve(p, "Regulators", "Regulators").resolution());
    assertNull(resolve(p, "A lender", "lender").entityId());
    // "one crane operator", "another lender": someone the text does not identify, like "a lender"
    FakeParse one = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Motors|NNP|0|x|ORGANIZATION cut|VBD jobs|NNS +.|.",
        "One|CD crane|NN operator|NN spoke|VBD +.|. Another|DT lender|NN spoke|VBD +.|.");
    assertEquals("unnamed", resolve(one, "One crane operator", "operator").resolution());
    assertEquals("unnamed", resolve(one, "Another lender", "lender").resolution());
  }

  @Test
  void someoneWhoWroteOrPostedIsASpeakerLikeAnyOtherUnlikeAStoryWriter() {
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON met|VBD Sam|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +.|.",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON wrote|VBD it|PRP +.|.",
        "He|PRP spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    int w = p.body.lastIndexOf("Peter");
    int cue = p.body.indexOf("wrote");
    ctx.drafts.add(new Draft(1, Speaker.of("peter smith", "Peter Smith", w, w + 11, "name"), cue, cue + 5, "write",
        "source", cue + 6, cue + 8, null, "test"));
    int he = p.body.indexOf("He spoke");
    assertEquals("peter smith", ctx.speakers.resolve(he, he + 2, he, "He").entityId());
  }

  /** "She" after "Anna Roe wrote it." (a draft of hers) and {@code sentence}: whom it is resolved to. */
  private static String sheAfterRoeWrote(String sentence) {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON wrote|VBD it|PRP +.|.", sentence,
        "She|PRP spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    int w = p.body.indexOf("Anna Roe");
    int cue = p.body.indexOf("wrote");
    ctx.drafts.add(new Draft(0, Speaker.of("anna roe", "Anna Roe", w, w + 8, "name"), cue, cue + 5, "write",
        "assert", cue + 6, cue + 8, null, "test"));
    int she = p.body.indexOf("She spoke");
    return ctx.speakers.resolve(she, she + 3, she, "She").entityId();
  }

  @Test
  void aPronounFollowsTheSubjectTheStoryMovedToAfterAnOpeningPhrase() {
    assertEquals("anna smith", sheAfterRoeWrote(
        "In|IN an|DT interview|NN +,|, Anna|NNP|0|x|PERSON Smith|NNP|0|x|PERSON looked|VBD back|RB +.|."));
  }

  @Test
  void aPronounFollowsTheSubjectTheStoryMovedToAfterAnOpeningParticiple() {
    assertEquals("anna smith", sheAfterRoeWrote(
        "Asked|VBN about|IN the|DT final|NN +,|, Anna|NNP|0|x|PERSON Smith|NNP|0|x|PERSON was|VBD modest|JJ +.|."));
  }

  @Test
  void aPronounFollowsTheNameInAppositionToSomeonesRole() {
    // "Anna Roe wrote it. Kate Lee's captain, Anna Smith, struck a calmer tone. She spoke.": Smith, not Lee
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON wrote|VBD it|PRP +.|.",
        "Kate|NNP|0|x|PERSON Lee|NNP|0|x|PERSON +'s|POS captain|NN +,|, Anna|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, "
            + "struck|VBD a|DT calmer|JJR tone|NN +.|.",
        "She|PRP spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    int w = p.body.indexOf("Anna Roe");
    int cue = p.body.indexOf("wrote");
    ctx.drafts.add(new Draft(0, Speaker.of("anna roe", "Anna Roe", w, w + 8, "name"), cue, cue + 5, "write",
        "assert", cue + 6, cue + 8, null, "test"));
    int she = p.body.indexOf("She spoke");
    assertEquals("anna smith", ctx.speakers.resolve(she, she + 3, she, "She").entityId());
  }

  @Test
  void aPronounFollowsARolePhraseTheStoryMovedTo() {
    // "Peter Smith beat Tom Roe. The Freedonian spoke. John Lee waits. Asked about it, the Freedonian smiled. He
    // spoke.": the person "the Freedonian" stands for, though the last speaker and the last name are others
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, a|DT "
            + "Freedonian|NNP|0|x|MISC/demonym/freedonia +,|, beat|VBD Tom|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +.|.",
        "Tom|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "John|NNP|0|x|PERSON Lee|NNP|0|x|PERSON waits|VBZ +.|.",
        "Asked|VBN about|IN it|PRP +,|, the|DT Freedonian|NNP|0|x|MISC/demonym/freedonia smiled|VBD +.|.",
        "He|PRP spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    int roe = p.body.indexOf("Tom Roe spoke");
    spoke(p, ctx, 1, Speaker.of("tom roe", "Tom Roe", roe, roe + 7, "name"), roe);
    int he = p.body.indexOf("He spoke");
    assertEquals("peter smith", ctx.speakers.resolve(he, he + 2, he, "He").entityId());
  }

  @Test
  void aPronounAfterAQuotationOfSeveralSentencesFollowsTheRolePhraseBeforeIt() {
    // "... Asked about it, the Freedonian smiled. “We know him. It will be hard,” he said.": the sentence before
    // "he said" is the quotation's first, and the role phrase the story moved to comes before the quotation
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, a|DT "
            + "Freedonian|NNP|0|x|MISC/demonym/freedonia +,|, beat|VBD Tom|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +.|.",
        "Tom|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "John|NNP|0|x|PERSON Lee|NNP|0|x|PERSON waits|VBZ +.|.",
        "Asked|VBN about|IN it|PRP +,|, the|DT Freedonian|NNP|0|x|MISC/demonym/freedonia smiled|VBD +.|.",
        "“|`` +We|PRP know|VBP him|PRP +.|.", "It|PRP will|MD be|VB hard|JJ +,|, +”|'' he|PRP said|VBD +.|.");
    AttributionContext ctx = p.context();
    int roe = p.body.indexOf("Tom Roe spoke");
    spoke(p, ctx, 1, Speaker.of("tom roe", "Tom Roe", roe, roe + 7, "name"), roe);
    int he = p.body.indexOf("he said");
    assertEquals("peter smith", ctx.speakers.resolve(he, he + 2, he, "he").entityId());
  }

  @Test
  void aPronounFollowsAnAgePhraseTheStoryMovedToWhateverItsHyphens() {
    // "Anna Smith beat Maria Roe on Friday. The 22-year-old Freedonian saved three points. She spoke.": the
    // tokenizer splits "22-year-old" at its hyphens, five tokens of one word
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Smith|NNP|0|x|PERSON beat|VBD Maria|NNP|0|x|PERSON "
            + "Roe|NNP|0|x|PERSON on|IN Friday|NNP +.|.",
        "The|DT 22|CD +-|HYPH +year|NN +-|HYPH +old|JJ Freedonian|NNP|0|x|MISC/demonym/freedonia saved|VBD three|CD "
            + "points|NNS +.|.",
        "She|PRP spoke|VBD +.|.");
    int she = p.body.indexOf("She spoke");
    assertEquals("anna smith", p.context().speakers.resolve(she, she + 3, she, "She").entityId());
  }

  @Test
  void anInstitutionNamedByItsModifierIsNotTheLastOrganisation() {
    FakeParse p = FakeParse.of("The|DT Red|NNP|0|x|ORGANIZATION Cross|NNP|0|x|ORGANIZATION helped|VBD +.|.",
        "The|DT weather|NN service|NN spoke|VBD +.|. The|DT Sylvanian|JJ|0|x|LOCATION/demonym/sylvania ministry|NN spoke|VBD +.|.");
    assertNull(resolve(p, "The weather service", "service").entityId());
    assertEquals("sylvania", resolve(p, "The Sylvanian ministry", "ministry").entityId());
  }

  @Test
  void theAgencyIsTheBodyTheTextDescribedWithThatNoun() {
    // "the agency" after "a regional health agency" is that unnamed body, not the only organisation named
    FakeParse p = FakeParse.of("Cases|NNS rose|VBD +,|, a|DT regional|JJ health|NN agency|NN said|VBD +.|.",
        "Acme|NNP|0|x|ORGANIZATION helped|VBD +.|. The|DT agency|NN spoke|VBD +.|.");
    Speaker s = resolve(p, "The agency", "agency");
    assertNull(s.entityId());
    assertEquals("unresolved", s.resolution());
    // after "the Acme news agency", the agency is Acme; with no description, the organisation of the text
    FakeParse news = FakeParse.of("Cases|NNS rose|VBD +,|, the|DT Acme|NNP|0|x|ORGANIZATION news|NN agency|NN "
        + "said|VBD +.|.", "Beta|NNP|0|x|ORGANIZATION helped|VBD +.|. The|DT agency|NN spoke|VBD +.|.");
    assertEquals("acme", resolve(news, "The agency", "agency").entityId());
    FakeParse none = FakeParse.of("Acme|NNP|0|x|ORGANIZATION helped|VBD +.|. The|DT agency|NN spoke|VBD +.|.",
        "The|DT agency|NN spoke|VBD again|RB +.|.");
    assertEquals("acme", resolve(none, "The agency", "agency").entityId(), "a bare repeat only points back");
  }

  @Test
  void aRolePhraseAfterASentenceNamingTwoPeopleIsItsSubject() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON beat|VBD Sam|NNP|0|x|PERSON Smith|NNP|0|x|PERSON "
        + "in|IN the|DT final|NN +.|.", "The|DT 22-year-old|JJ spoke|VBD +.|.");
    assertEquals("anna roe", resolve(p, "The 22-year-old", "22-year-old").entityId());
  }

  @Test
  void aNameInAppositionToTheSubjectOutranksTheLastSpeakerForARolePhrase() {
    // "Roe spoke. His opponent, Sylvania's Peter Smith, was gracious. “...,” the 27-year-old said": Smith, whom the
    // story has just moved to, not Roe who spoke before
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "His|PRP$ opponent|NN +,|, Sylvania|NNP|0|x|LOCATION +'s|POS Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, "
            + "was|VBD gracious|JJ +.|.", "The|DT 27-year-old|JJ said|VBD so|RB +.|.");
    AttributionContext ctx = p.context();
    spoke(p, ctx, 0, Speaker.of("anna roe", "Anna Roe", 0, 8, "name"), 0);
    int begin = p.body.lastIndexOf("The 27-year-old");
    assertEquals("peter smith", ctx.speakers.resolve(begin, begin + 15, begin + 4, "27-year-old").entityId());
  }

  @Test
  void aPossessedRoleWithItsNameInAppositionIsThatName() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON won|VBD +.|.",
        "Roe|NNP|0|x|PERSON +'s|POS coach|NN +,|, Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, spoke|VBD +.|.");
    assertEquals("peter smith", resolve(p, "Roe's coach, Peter Smith", "coach").entityId());
  }

  @Test
  void anInstitutionNounTheTextNeverNamesIsNoOtherOrganisation() {
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION cut|VBD jobs|NNS +.|.", "The|DT union|NN spoke|VBD +.|.",
        "The|DT company|NN spoke|VBD +.|.");
    assertNull(resolve(p, "The union", "union").entityId());
    assertEquals("acme", resolve(p, "The company", "company").entityId());
    // "the district" is the school district the text named, no other body
    FakeParse district = FakeParse.of("The|DT Lakeside|NNP|0|x|ORGANIZATION School|NNP|0|x|ORGANIZATION "
        + "District|NNP|0|x|ORGANIZATION closed|VBD +.|.", "Acme|NNP|0|x|ORGANIZATION helped|VBD +.|.",
        "The|DT district|NN spoke|VBD +.|.");
    assertEquals("lakeside school district", resolve(district, "The district", "district").entityId());
    FakeParse noDistrict = FakeParse.of("Acme|NNP|0|x|ORGANIZATION cut|VBD jobs|NNS +.|.",
        "The|DT district|NN spoke|VBD +.|.");
    assertNull(resolve(noDistrict, "The district", "district").entityId());
    // a club's story: "the league" and "the association" are bodies the text does not name, not the club
    FakeParse club = FakeParse.of("Westbury|NNP|0|x|ORGANIZATION lost|VBD +.|.", "The|DT league|NN spoke|VBD +.|.",
        "The|DT referees|NNS +'|POS association|NN spoke|VBD +.|.");
    assertNull(resolve(club, "The league", "league").entityId());
    assertNull(resolve(club, "The referees' association", "association").entityId());
  }

  @Test
  void aWordBeforeANameIsNoGenderUnlessItIsATitle() {
    // "said" is also a given name in CoreNLP's list; "..., said Anna Roe. She ..." is Anna Roe
    FakeParse p = FakeParse.of("It|PRP was|VBD dark|JJ +,|, said|VBD Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +.|.",
        "She|PRP spoke|VBD +.|.");
    assertEquals("anna roe", resolve(p, "She", "She").entityId());
  }

  @Test
  void aRoleWithABodyInAppositionIsThatBody() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT warehouse|NN +'s|POS owner|NN +,|, Acme|NNP|0|x|ORGANIZATION Storage|NNP|0|x|ORGANIZATION +,|, "
            + "spoke|VBD +.|.");
    assertEquals("acme storage", resolve(p, "The warehouse's owner, Acme Storage", "owner").entityId());
    // a body further on in the phrase is not its name: "the head of the agency, Acme"
    FakeParse head = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT head|NN of|IN the|DT agency|NN +,|, Acme|NNP|0|x|ORGANIZATION +,|, spoke|VBD +.|.");
    assertEquals("anna roe", resolve(head, "The head of the agency, Acme", "head").entityId());
  }

  @Test
  void aPersonsOwnOfficeIsNoBodyTheTextNames() {
    // "Acme filed plans. Anna Roe wrote to the minister, her office spoke.": not Acme's office
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION filed|VBD plans|NNS +.|.",
        "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON wrote|VBD +,|, her|PRP$ office|NN spoke|VBD +.|.");
    Speaker s = resolve(p, "her office", "office");
    assertNull(s.entityId());
    assertEquals("unnamed", s.resolution());
    FakeParse its = FakeParse.of("Acme|NNP|0|x|ORGANIZATION filed|VBD plans|NNS +.|.",
        "Its|PRP$ office|NN spoke|VBD +.|.");
    assertEquals("acme", resolve(its, "Its office", "office").entityId());
  }

  @Test
  void aPossessedNounAfterTheHeadIsTheHead() {
    // the parser hangs "according to the secretary of state's office" on "secretary": the office speaks
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON won|VBD +.|.",
        "Turnout|NN rose|VBD +,|, according|VBG to|TO the|DT secretary|NN of|IN state|NN +'s|POS office|NN +.|.");
    Speaker s = resolve(p, "the secretary of state's office", "secretary");
    assertNull(s.entityId(), "no person, and no body the text names");
    assertEquals(33, SpeakerResolver.possessedHead("the head of the ministry's press service", 4));
    assertEquals(-1, SpeakerResolver.possessedHead("the head of the ministry's press service", 33), "already the head");
    assertEquals(-1, SpeakerResolver.possessedHead("a source familiar with the agency's inquiry", 2), "not a role of it");
    // "The leader of Freedonia's largest rail union spoke.": the leader, not the union nor Freedonia
    FakeParse leader = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON won|VBD +.|.",
        "The|DT leader|NN of|IN Freedonia|NNP|0|x|LOCATION:COUNTRY +'s|POS largest|JJS rail|NN union|NN spoke|VBD +.|.");
    assertNull(resolve(leader, "The leader of Freedonia's largest rail union", "leader").entityId());
  }

  @Test
  void aBarePluralRoleIsAnUnnamedSource() {
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON was|VBD jailed|VBN +.|.",
        "Prosecutors|NNS had|VBD asked|VBN for|IN more|JJR +.|.", "Defence|NN lawyers|NNS spoke|VBD +.|.");
    assertEquals("unnamed", resolve(p, "Prosecutors", "Prosecutors").resolution());
    assertEquals("unnamed", resolve(p, "Defence lawyers", "lawyers").resolution());
    assertNull(resolve(p, "Defence lawyers", "lawyers").entityId());
  }

  @Test
  void aPronounAfterAnUnnamedSpeakerIsThatSpeakerNotAnEarlierName() {
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "A|DT rebel|NN commander|NN spoke|VBD +.|.", "He|PRP spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    spoke(p, ctx, 0, Speaker.of("peter smith", "Peter Smith", 0, 11, "name"), 0);
    int c = p.body.indexOf("A rebel");
    Draft draft = spoke(p, ctx, 1, new Speaker(null, "A rebel commander", c, c + 17, "unresolved", List.of()), c);
    int he = p.body.indexOf("He ");
    assertNull(ctx.speakers.resolve(he, he + 2, he, "He").entityId(), "the commander, whom the text does not name");
    ctx.drafts.remove(draft);
    assertEquals("peter smith", ctx.speakers.resolve(he, he + 2, he, "He").entityId());
  }

  @Test
  void aPronounOfAKnownGenderFollowsTheEarlierSpeakerNamedAgainNotALaterOneOfUnknownGender() {
    // "Anna Roe spoke. Her spokesperson, Jordan Ellis, spoke. A lawyer pressed Roe. She spoke.": Roe, named again
    // since Ellis (whose given name says nothing) spoke
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON/name/roe Roe|NNP|0|x|PERSON/name/roe spoke|VBD +.|.",
        "Her|PRP$ spokesperson|NN +,|, Jordan|NNP|0|x|PERSON Ellis|NNP|0|x|PERSON +,|, spoke|VBD +.|.",
        "A|DT lawyer|NN pressed|VBD Roe|NNP|0|x|PERSON +.|.", "She|PRP spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    spoke(p, ctx, 0, Speaker.of("roe", "Anna Roe", 0, 8, "name"), 0);
    int e = p.body.indexOf("Jordan");
    spoke(p, ctx, 1, Speaker.of("jordan ellis", "Jordan Ellis", e, e + 12, "name"), e);
    int she = p.body.indexOf("She ");
    assertEquals("roe", ctx.speakers.resolve(she, she + 3, she, "She").entityId());
    // without the lawyer's sentence naming her again, Ellis, who spoke last
    FakeParse last = FakeParse.of("Anna|NNP|0|x|PERSON/name/roe Roe|NNP|0|x|PERSON/name/roe spoke|VBD +.|.",
        "Her|PRP$ spokesperson|NN +,|, Jordan|NNP|0|x|PERSON Ellis|NNP|0|x|PERSON +,|, spoke|VBD +.|.",
        "She|PRP spoke|VBD +.|.");
    AttributionContext lastCtx = last.context();
    spoke(last, lastCtx, 0, Speaker.of("roe", "Anna Roe", 0, 8, "name"), 0);
    int le = last.body.indexOf("Jordan");
    spoke(last, lastCtx, 1, Speaker.of("jordan ellis", "Jordan Ellis", le, le + 12, "name"), le);
    int lastShe = last.body.indexOf("She ");
    assertEquals("jordan ellis", lastCtx.speakers.resolve(lastShe, lastShe + 3, lastShe, "She").entityId());
  }

  @Test
  void aPronounAfterAnUnnamedSpokeswomanForABodyIsHerNotAnEarlierName() {
    // "Anna Roe spoke. A spokeswoman for the city spoke. She spoke."
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "A|DT spokeswoman|NN for|IN the|DT city|NN spoke|VBD +.|.", "She|PRP spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    spoke(p, ctx, 0, Speaker.of("anna roe", "Anna Roe", 0, 8, "name"), 0);
    int c = p.body.indexOf("A spokeswoman");
    spoke(p, ctx, 1, new Speaker(null, "A spokeswoman for the city", c, c + 26, "unnamed", List.of()), c + 13);
    int she = p.body.indexOf("She ");
    assertNull(ctx.speakers.resolve(she, she + 3, she, "She").entityId(), "the spokeswoman, whom the text does not name");
  }

  @Test
  void aPronounAfterADefiniteUnnamedSpokesmanIsHimNotAnEarlierName() {
    // "Peter Smith spoke. The prime minister's official spokesman spoke. He spoke."
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT prime|JJ minister|NN +'s|POS official|JJ spokesman|NN spoke|VBD +.|.", "He|PRP spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    spoke(p, ctx, 0, Speaker.of("peter smith", "Peter Smith", 0, 11, "name"), 0);
    int c = p.body.indexOf("The prime");
    String phrase = "The prime minister's official spokesman";
    Draft unnamed = spoke(p, ctx, 1, new Speaker(null, phrase, c, c + phrase.length(), "unnamed", List.of()), c + 20);
    int he = p.body.indexOf("He ");
    assertNull(ctx.speakers.resolve(he, he + 2, he, "He").entityId(), "the spokesman, whom the text does not name");
    // a definite role the resolver could not place ("the minister", unresolved) may be someone named: no such rule
    ctx.drafts.remove(unnamed);
    spoke(p, ctx, 1, new Speaker(null, phrase, c, c + phrase.length(), "unresolved", List.of()), c + 20);
    assertEquals("peter smith", ctx.speakers.resolve(he, he + 2, he, "He").entityId());
  }

  @Test
  void anAndInsideATitleIsNoCoordination() {
    // "The Civic shadow work and pensions secretary, Anna Roe, spoke." is Roe, not a group of the party and Roe
    FakeParse p = FakeParse.of("The|DT Civic|NNP|0|x|ORGANIZATION shadow|NN work|NN and|CC pensions|NNS secretary|NN +,|, "
        + "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, spoke|VBD +.|.");
    assertEquals("anna roe", resolve(p, "The Civic shadow work and pensions secretary, Anna Roe", "secretary").entityId());
  }

  @Test
  void aPronounAfterAnUnnamedParentOrPatientIsThatSource() {
    // "Anna Roe spoke. A parent spoke. She spoke.": kin and people a story meets are people too
    for (String noun : List.of("parent", "patient", "neighbour")) {
      FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
          "A|DT " + noun + "|NN spoke|VBD +.|.", "She|PRP spoke|VBD +.|.");
      AttributionContext ctx = p.context();
      spoke(p, ctx, 0, Speaker.of("anna roe", "Anna Roe", 0, 8, "name"), 0);
      int c = p.body.indexOf("A " + noun);
      spoke(p, ctx, 1, new Speaker(null, "A " + noun, c, c + 2 + noun.length(), "unnamed", List.of()), c);
      int she = p.body.indexOf("She ");
      assertNull(ctx.speakers.resolve(she, she + 3, she, "She").entityId(), noun);
    }
  }

  @Test
  void theRoleOfAnUnnamedSourceWhoJustSpokeIsThatSource() {
    // "Anna Roe, a senior diplomat, spoke. The diplomat spoke.": what she is, no other source
    FakeParse own = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, a|DT senior|JJ diplomat|NN +,|, "
        + "spoke|VBD +.|.", "The|DT diplomat|NN spoke|VBD +.|.");
    spoke(own, own.context(), 0, Speaker.of("anna roe", "Anna Roe", 0, 8, "name"), 0);
    assertEquals("anna roe", resolve(own, "The diplomat", "diplomat").entityId(), "no other source");
    // "Anna Roe spoke. A senior diplomat spoke. The diplomat spoke."
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "A|DT senior|JJ diplomat|NN spoke|VBD +.|.", "The|DT diplomat|NN spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    spoke(p, ctx, 0, Speaker.of("anna roe", "Anna Roe", 0, 8, "name"), 0);
    int c = p.body.indexOf("A senior");
    spoke(p, ctx, 1, new Speaker(null, "A senior diplomat", c, c + 17, "unnamed", List.of()), c);
    int the = p.body.indexOf("The diplomat");
    Speaker s = ctx.speakers.resolve(the, the + 12, the + 4, "diplomat");
    assertNull(s.entityId());
    assertEquals("unnamed", s.resolution());
    // "A diplomat close to the talks spoke.": the head is before the modifier, not the last word
    FakeParse close = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "A|DT diplomat|NN close|JJ to|TO the|DT talks|NNS spoke|VBD +.|.", "The|DT diplomat|NN spoke|VBD +.|.");
    AttributionContext ctx2 = close.context();
    spoke(close, ctx2, 0, Speaker.of("anna roe", "Anna Roe", 0, 8, "name"), 0);
    int a = close.body.indexOf("A diplomat");
    spoke(close, ctx2, 1, new Speaker(null, "A diplomat close to the talks", a, a + 29, "unnamed", List.of()), a);
    int the2 = close.body.indexOf("The diplomat");
    assertNull(ctx2.speakers.resolve(the2, the2 + 12, the2 + 4, "diplomat").entityId());
  }

  @Test
  void theRoleOfAnUnnamedSourceALaterRuleFindsIsThatSource() {
    // "Anna Roe spoke. According to a senior diplomat, talks stalled. The diplomat spoke.": the according-to row is
    // found after the cue verbs, so the introduction itself says who the diplomat is
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "According|VBG to|TO a|DT senior|JJ diplomat|NN +,|, talks|NNS stalled|VBD +.|.",
        "The|DT diplomat|NN spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    spoke(p, ctx, 0, Speaker.of("anna roe", "Anna Roe", 0, 8, "name"), 0);
    int the = p.body.indexOf("The diplomat");
    assertNull(ctx.speakers.resolve(the, the + 12, the + 4, "diplomat").entityId());
    // "A diplomat, Jane Lee, spoke.": that named person
    FakeParse named = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "A|DT diplomat|NN +,|, Jane|NNP|0|x|PERSON Lee|NNP|0|x|PERSON +,|, left|VBD +.|.",
        "The|DT diplomat|NN spoke|VBD +.|.");
    assertEquals("jane lee", resolve(named, "The diplomat", "diplomat").entityId());
  }

  @Test
  void peopleJoinedByAndAreAGroupWhicheverWordIsTheHead() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON met|VBD Peter|NNP|0|x|PERSON "
        + "Smith|NNP|0|x|PERSON +.|.", "Roe|NNP|0|x|PERSON and|CC Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT chief|JJ executive|NN +,|, Jane|NNP|0|x|PERSON Lee|NNP|0|x|PERSON +,|, and|CC the|DT chairman|NN +,|, "
            + "Tom|NNP|0|x|PERSON Kim|NNP|0|x|PERSON +,|, spoke|VBD +.|.");
    Speaker two = resolve(p, "Roe and Smith", "Roe");
    assertEquals("group", two.resolution());
    assertEquals(List.of("roe", "smith"), two.memberIds());
    Speaker roles = resolve(p, "The chief executive, Jane Lee, and the chairman, Tom Kim", "executive");
    assertEquals(List.of("jane lee", "tom kim"), roles.memberIds());
  }

  @Test
  void theCompanyIsNoAssociationOrUnion() {
    // "Acme Motors cut jobs. The Metal Workers Union protested. The company spoke.": the carmaker, not the union
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Motors|NNP|0|x|ORGANIZATION cut|VBD jobs|NNS +.|.",
        "The|DT Metal|NNP|0|x|ORGANIZATION Workers|NNP|0|x|ORGANIZATION Union|NNP|0|x|ORGANIZATION protested|VBD +.|.",
        "The|DT company|NN spoke|VBD +.|.");
    assertEquals("acme motors", resolve(p, "The company", "company").entityId());
    // "The Hearing Aid Association argued ... The company spoke.": a company the text does not name
    FakeParse only = FakeParse.of("The|DT Hearing|NNP|0|x|ORGANIZATION Aid|NNP|0|x|ORGANIZATION "
        + "Association|NNP|0|x|ORGANIZATION argued|VBD +.|.", "The|DT company|NN spoke|VBD +.|.");
    assertNull(resolve(only, "The company", "company").entityId());
  }

  @Test
  void anOfficeWithCapitalsIsNoOtherPersonWhoSpokeLast() {
    // "Opposition leader Tom Hardy spoke. The Prime Minister hit back.": a prime minister the text does not name
    FakeParse p = FakeParse.of("Opposition|NN leader|NN Tom|NNP|0|x|PERSON Hardy|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT Prime|NNP Minister|NNP spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    spoke(p, ctx, 0, Speaker.of("tom hardy", "Opposition leader Tom Hardy", 0, 27, "name"), 0);
    int b = p.body.indexOf("The Prime");
    assertNull(ctx.speakers.resolve(b, b + 18, b + 10, "Minister").entityId());
    // "Prime Minister Anna Roe met Tom Hardy. Hardy spoke. The Prime Minister spoke.": the one introduced so
    FakeParse named = FakeParse.of("Prime|NNP Minister|NNP Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON met|VBD "
        + "Tom|NNP|0|x|PERSON Hardy|NNP|0|x|PERSON +.|.", "The|DT Prime|NNP Minister|NNP spoke|VBD +.|.");
    assertEquals("anna roe", resolve(named, "The Prime Minister", "Minister").entityId());
    // "The Chancellor defended it. Asked about it, Anna Roe spoke. The Chancellor spoke.": the story's subject
    FakeParse subject = FakeParse.of("The|DT Chancellor|NNP defended|VBD it|PRP +.|.",
        "Asked|VBN about|IN it|PRP +,|, Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT Chancellor|NNP spoke|VBD +.|.");
    assertEquals("anna roe", resolve(subject, "The Chancellor", "Chancellor").entityId());
  }

  @Test
  void anOfficeWithItsPortfolioIsNoPersonIntroducedWithAnotherRoleNorIsTheNextPronoun() {
    // "Peter Smith, an economist at Acme, spoke. The economy minister spoke. She spoke.": a minister the text does
    // not name, and "she" is that minister, not an earlier woman
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, an|DT economist|NN at|IN Acme|NNP|0|x|ORGANIZATION +,|, "
            + "spoke|VBD +.|.",
        "The|DT economy|NN minister|NN spoke|VBD +.|.", "She|PRP spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    spoke(p, ctx, 0, Speaker.of("anna roe", "Anna Roe", 0, 8, "name"), 0);
    int smith = p.body.indexOf("Peter");
    spoke(p, ctx, 1, Speaker.of("peter smith", "Peter Smith", smith, smith + 11, "name"), smith);
    int b = p.body.indexOf("The economy");
    Speaker minister = ctx.speakers.resolve(b, b + 20, b + 12, "minister");
    assertNull(minister.entityId());
    spoke(p, ctx, 2, minister, b);
    int she = p.body.indexOf("She");
    assertNull(ctx.speakers.resolve(she, she + 3, she, "She").entityId());
    // "Peter Smith, the economy minister, spoke. ... The economy minister spoke.": him
    FakeParse named = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, the|DT economy|NN minister|NN "
        + "+,|, spoke|VBD +.|.", "The|DT economy|NN minister|NN spoke|VBD +.|.");
    assertEquals("peter smith", resolve(named, "The economy minister", "minister").entityId());
  }

  @Test
  void religiousAndRoyalRolesAreTheSalientPerson() {
    // "Pope Anna spoke. The pontiff spoke.", "Queen Anna spoke. The monarch spoke."
    FakeParse pope = FakeParse.of("Pope|NNP Anna|NNP|0|x|PERSON spoke|VBD +.|.", "The|DT pontiff|NN spoke|VBD +.|.");
    assertEquals("anna", resolve(pope, "The pontiff", "pontiff").entityId());
    FakeParse queen = FakeParse.of("Queen|NNP Anna|NNP|0|x|PERSON spoke|VBD +.|.", "The|DT monarch|NN spoke|VBD +.|.");
    assertEquals("anna", resolve(queen, "The monarch", "monarch").entityId());
  }

  @Test
  void anOfficeOfAPlaceIsNoPersonIntroducedWithAnotherRole() {
    // "Press Secretary Anna Roe spoke. The governor of Texas spoke.": a governor the text does not name
    FakeParse p = FakeParse.of("Press|NNP Secretary|NNP Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT governor|NN of|IN Texas|NNP|0|x|LOCATION spoke|VBD +.|.");
    assertNull(resolve(p, "The governor of Texas", "governor").entityId());
    // "Governor Anna Roe spoke. The governor of Texas spoke.": her
    FakeParse named = FakeParse.of("Governor|NNP Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT governor|NN of|IN Texas|NNP|0|x|LOCATION spoke|VBD +.|.");
    assertEquals("anna roe", resolve(named, "The governor of Texas", "governor").entityId());
  }

  @Test
  void aLedeOfficeIsNoPersonNamedNextWithAnotherRoleInAPossessiveAppositive() {
    // "The mayor spoke. Jane Roe, the union's lead negotiator, spoke.": the mayor is not Roe
    FakeParse p = FakeParse.of("The|DT mayor|NN spoke|VBD +.|.",
        "Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, the|DT union|NN +'s|POS lead|JJ negotiator|NN +,|, "
            + "spoke|VBD +.|.");
    assertNull(resolve(p, "The mayor", "mayor").entityId());
  }

  @Test
  void anAppositiveNameMayFollowAnHonorific() {
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT council|NN +'s|POS chief|JJ executive|NN +,|, Dr|NNP Anna|NNP|1|x|PERSON Roe|NNP|1|x|PERSON +,|, "
            + "spoke|VBD +.|.");
    assertEquals("anna roe", resolve(p, "The council's chief executive, Dr Anna Roe", "executive").entityId());
  }

  @Test
  void theStatementIsTheBodyThatJustSpokeAndTheMinistryTheOneThatSpokeWithThatNoun() {
    FakeParse p = FakeParse.of("The|DT Acme|NNP|0|x|ORGANIZATION Council|NNP|0|x|ORGANIZATION condemned|VBD a|DT "
            + "test|NN by|IN Beta|NNP|1|x|ORGANIZATION +.|.",
        "The|DT statement|NN spoke|VBD +.|.",
        "Sylvania|NNP|2|x|LOCATION +'s|POS foreign|JJ ministry|NN rejected|VBD it|PRP +.|.",
        "The|DT ministry|NN spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    int cue = p.body.indexOf("condemned");
    ctx.drafts.add(new Draft(0, Speaker.of("acme council", "The Acme Council", 0, 16, "name"), cue, cue + 9,
        "condemn", "criticize", cue + 10, cue + 16, null, "test"));
    int st = p.body.indexOf("The statement");
    assertEquals("acme council", ctx.speakers.resolve(st, st + 13, st + 4, "statement").entityId());
    int m = p.body.indexOf("Sylvania");
    int rejected = p.body.indexOf("rejected");
    ctx.drafts.add(new Draft(2, Speaker.of("sylvania", "Sylvania's foreign ministry", m, m + 27, "role"), rejected,
        rejected + 8, "reject", "deny", rejected + 9, rejected + 11, null, "test"));
    int mi = p.body.indexOf("The ministry");
    assertEquals("sylvania", ctx.speakers.resolve(mi, mi + 12, mi + 4, "ministry").entityId());
    // "it" after a body spoke is that body, not the last one named
    FakeParse it = FakeParse.of("Acme|NNP|0|x|ORGANIZATION said|VBD Beta|NNP|1|x|ORGANIZATION would|MD pay|VB +.|.",
        "It|PRP spoke|VBD +.|.");
    AttributionContext c2 = it.context();
    int said = it.body.indexOf("said");
    c2.drafts.add(new Draft(0, Speaker.of("acme", "Acme", 0, 4, "name"), said, said + 4, "say", "assert", said + 5,
        said + 18, null, "test"));
    int at = it.body.indexOf("It ");
    assertEquals("acme", c2.speakers.resolve(at, at + 2, at, "It").entityId());
  }

  @Test
  void anIndefiniteBodyIsUnnamedWhateverPlaceItsPhraseNames() {
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION grew|VBD +.|.",
        "A|DT union|NN representing|VBG workers|NNS in|IN Ohio|NNP|0|x|LOCATION spoke|VBD +.|.",
        "A|DT Freedonian|JJ|0|x|LOCATION company|NN spoke|VBD +.|.",
        "The|DT Freedonian|JJ|0|x|LOCATION government|NN spoke|VBD +.|.");
    Speaker union = resolve(p, "A union representing workers in Ohio", "union");
    assertEquals("unnamed", union.resolution());
    assertNull(union.entityId());
    assertNull(resolve(p, "A Freedonian company", "company").entityId());
    assertEquals("freedonian", resolve(p, "The Freedonian government", "government").entityId(),
        "a definite body of a country is the country");
  }

  @Test
  void theCompanyIsTheBodyThatSpokeNotOneNamedOnceInPassing() {
    String[] story = {"Acme|NNP|2|nsubj|ORGANIZATION said|VBD|0|root it|PRP|4|nsubj grew|VBD|2|ccomp +.|.|2|punct",
        "Its|PRP$|2|nmod:poss brands|NNS|3|nsubj include|VBP|0|root Sunny|NNP|5|compound|ORGANIZATION "
            + "Oats|NNP|3|obj|ORGANIZATION +.|.|3|punct",
        "The|DT|2|det company|NN|3|nsubj said|VBD|0|root sales|NNS|5|nsubj fell|VBD|3|ccomp +.|.|3|punct"};
    assertEquals(List.of("0:acme|say|it grew|indirect", "2:acme|say|sales fell|indirect"),
        FakeParse.of(story).extract("cue-verb"));
    // named twice, the brand is a body of the story: the latest one named
    String[] twice = {story[0], story[1], "Sunny|NNP|2|compound|ORGANIZATION Oats|NNP|3|nsubj|ORGANIZATION "
        + "grew|VBD|0|root +.|.|3|punct", story[2]};
    assertEquals(List.of("0:acme|say|it grew|indirect", "3:sunny oats|say|sales fell|indirect"),
        FakeParse.of(twice).extract("cue-verb"));
  }

  @Test
  void thePlatformSomeoneWroteOnIsNotTheCompany() {
    // "Acme built an app. Beta spoke. Acme founder Jane Roe wrote on Linkbook. She insisted. The company spoke.": Acme,
    // not the platform nor the regulator that spoke
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION built|VBD an|DT app|NN +.|.", "Beta|NNP|0|x|ORGANIZATION spoke|VBD +.|.",
        "Acme|NNP|0|x|ORGANIZATION founder|NN Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON wrote|VBD on|IN "
            + "Linkbook|NNP|0|x|ORGANIZATION +.|.",
        "She|PRP insisted|VBD +.|.", "The|DT company|NN spoke|VBD +.|.");
    AttributionContext ctx = p.context();
    int beta = p.body.indexOf("Beta");
    spoke(p, ctx, 1, Speaker.of("beta", "Beta", beta, beta + 4, "name"), beta);
    int begin = p.body.lastIndexOf("The company");
    assertEquals("acme", ctx.speakers.resolve(begin, begin + 11, begin + 4, "company").entityId());
  }

  @Test
  void aJobTitleOfCoreNlpsGazetteerOrASportingPositionIsAPersonsRole() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON won|VBD +.|.", "The|DT attorney|NN spoke|VBD +.|.",
        "The|DT Bergen|NNP|0|x|LOCATION skipper|NN spoke|VBD +.|.", "The|DT website|NN spoke|VBD +.|.");
    assertEquals("anna roe", resolve(p, "The attorney", "attorney").entityId(), "a title of the gazetteer");
    assertEquals("anna roe", resolve(p, "The Bergen skipper", "skipper").entityId(), "a position of speaker-nouns.tsv");
    assertEquals("unresolved", resolve(p, "The website", "website").resolution());
    assertTrue(JobTitles.contains("actress") && JobTitles.contains("goalkeeper") && !JobTitles.contains("website"));
  }

  @Test
  void aBodyWhoseNounEndsLikeAnAgentNounIsNoPerson() {
    // "the regional chamber of commerce" is no "-er" role of the person named before it
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Otis|NNP|0|x|PERSON spoke|VBD +.|.",
        "The|DT regional|JJ chamber|NN of|IN commerce|NN spoke|VBD +.|.");
    assertEquals(null, resolve(p, "The regional chamber of commerce", "chamber").entityId());
    assertEquals("peter otis", resolve(p, "Peter Otis", "Otis").entityId());
  }

  @Test
  void itAndTheStatementAreWhoeverIssuedTheStatementJustMentioned() {
    // 'Club chairman Anna Roe later issued a statement backing the coach. "...," it read.': her statement, not the
    // club's (the last organisation named)
    FakeParse p = FakeParse.of("Club|NNP|0|x|ORGANIZATION chairman|NN Anna|NNP|1|x|PERSON Roe|NNP|1|x|PERSON "
            + "later|RB issued|VBD a|DT statement|NN backing|VBG the|DT coach|NN +.|.",
        "It|PRP read|VBD +.|.");
    AttributionContext ctx = p.context();
    int it = p.body.indexOf("It ");
    assertEquals("anna roe", ctx.speakers.resolve(it, it + 2, it, "It").entityId());
    FakeParse statement = FakeParse.of("Club|NNP|0|x|ORGANIZATION chairman|NN Anna|NNP|1|x|PERSON Roe|NNP|1|x|PERSON "
            + "has|VBZ issued|VBN a|DT brief|JJ statement|NN +.|.",
        "The|DT statement|NN spoke|VBD +.|.");
    int st = statement.body.indexOf("The statement");
    assertEquals("anna roe", statement.context().speakers.resolve(st, st + 13, st + 4, "statement").entityId());
    // a statement someone else issued two sentences back is not it
    FakeParse far = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON issued|VBD a|DT statement|NN +.|.",
        "Acme|NNP|1|x|ORGANIZATION lost|VBD +.|.", "It|PRP read|VBD +.|.");
    AttributionContext c2 = far.context();
    int it2 = far.body.indexOf("It ");
    assertEquals("acme", c2.speakers.resolve(it2, it2 + 2, it2, "It").entityId());
  }

  @Test
  void aBodyNounFindsTheNameThatHoldsItInEitherNumberAndAStatementFromABodyIsItsOwn() {
    FakeParse p = FakeParse.of("Skyway|NNP|0|x|ORGANIZATION Airlines|NNPS|0|x|ORGANIZATION grew|VBD +.|.",
        "Beta|NNP|0|x|ORGANIZATION Street|NNP|0|x|ORGANIZATION spoke|VBD +.|.", "The|DT airline|NN spoke|VBD +.|.",
        "A|DT statement|NN from|IN the|DT Aviation|NNP|0|x|ORGANIZATION Board|NNP|0|x|ORGANIZATION spoke|VBD +.|.");
    assertEquals("skyway airlines", resolve(p, "The airline", "airline").entityId(), "not the body named last");
    assertEquals("aviation board", resolve(p, "A statement from the Aviation Board", "statement").entityId());
  }
}
