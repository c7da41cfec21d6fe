package org.newsgraph.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reporting verbs over hand-written dependency arcs. */
class CueVerbRuleTest {
  @Test
  void aNameBeforeAnAsideThatClosesRightBeforeTheCueSpeaks() {
    // "Anna Roe, a Bolt rival whom Lee fired, said that prices rose.", parsed with the cue inside the appositive and a
    // noun of the aside as its subject
    FakeParse aside = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|0|root|PERSON +,|,|2|punct a|DT|2|appos "
        + "Bolt|NNP|11|nsubj|PERSON rival|JJ|5|amod whom|WP|9|obj Lee|NNP|9|nsubj|PERSON fired|VBD|6|acl:relcl "
        + "+,|,|11|punct said|VBD|4|dep that|IN|14|mark prices|NNS|14|nsubj rose|VBD|11|ccomp +.|.|2|punct");
    assertEquals(List.of("0:anna roe|say|prices rose|indirect"), aside.extract("cue-verb"));
    // "Anna Roe, who worked for Lee, said tensions among activists were higher.", with the cue a conjunct inside the
    // relative clause: the subject of what was said is no inverted speaker
    FakeParse relative = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|0|root|PERSON +,|,|2|punct who|WP|5|nsubj "
        + "worked|VBD|2|dep for|IN|7|case Lee|NNP|5|obl|PERSON +,|,|9|punct said|VBD|7|conj tensions|NNS|14|nsubj "
        + "among|IN|12|case activists|NNS|10|nmod were|VBD|14|cop higher|JJR|9|ccomp +.|.|2|punct");
    assertEquals(List.of("0:anna roe|say|tensions among activists were higher|indirect"), relative.extract("cue-verb"));
  }

  @Test
  void whereOrUnderWhatTermsSomeoneTestifiedOrWroteIsNotWhatWasSaid() {
    // "Tom Smith testified under oath for three hours."
    FakeParse oath = FakeParse.of("Tom|NNP|2|compound|PERSON Smith|NNP|3|nsubj|PERSON testified|VBD|0|root "
        + "under|IN|5|case oath|NN|3|obl:under for|IN|8|case three|CD|8|nummod hours|NNS|3|obl:for +.|.|3|punct");
    assertEquals(List.of(), oath.extract("cue-verb"));
    // "Mary Lee testified in court on Monday."
    FakeParse court = FakeParse.of("Mary|NNP|2|compound|PERSON Lee|NNP|3|nsubj|PERSON testified|VBD|0|root "
        + "in|IN|5|case court|NN|3|obl:in on|IN|7|case Monday|NNP|3|obl:on +.|.|3|punct");
    assertEquals(List.of(), court.extract("cue-verb"));
    // "Writing in the journal, the researchers said the results were clear.": the participle reports nothing
    FakeParse journal = FakeParse.of("Writing|VBG|8|advcl in|IN|4|case the|DT|4|det journal|NN|1|obl:in "
        + "+,|,|8|punct the|DT|7|det researchers|NNS|8|nsubj said|VBD|0|root the|DT|10|det results|NNS|12|nsubj "
        + "were|VBD|12|cop clear|JJ|8|ccomp +.|.|8|punct");
    assertEquals(List.of("0:null|say|the results were clear|indirect"), journal.extract("cue-verb"));
    // "Smith testified on the attacks.": on a topic, which is what the testimony was about
    FakeParse topic = FakeParse.of("Smith|NNP|2|nsubj|PERSON testified|VBD|0|root on|IN|5|case the|DT|5|det "
        + "attacks|NNS|2|obl:on +.|.|2|punct");
    assertEquals(List.of("0:smith|testify|on the attacks|indirect"), topic.extract("cue-verb"));
    // "Smith testified that the deal was rigged.": what was testified still is
    FakeParse that = FakeParse.of("Smith|NNP|2|nsubj|PERSON testified|VBD|0|root that|IN|7|mark the|DT|5|det "
        + "deal|NN|7|nsubj:pass was|VBD|7|aux:pass rigged|VBN|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:smith|testify|the deal was rigged|indirect"), that.extract("cue-verb"));
  }

  @Test
  void aCueBetweenARelativePronounOrAnAppositiveAndAVerbWithoutSubjectReportsThatVerbsClause() {
    // "The plan, which the government says will cut costs, was approved.", parsed with "will cut" as the root
    FakeParse which = FakeParse.of("The|DT|2|det plan|NN|9|nsubj +,|,|2|punct which|WDT|2|ref the|DT|6|det "
        + "government|NN|7|nsubj says|VBZ|2|acl:relcl will|MD|9|aux cut|VB|0|root costs|NNS|9|obj +,|,|9|punct "
        + "was|VBD|13|aux:pass approved|VBN|9|dep +.|.|9|punct");
    assertEquals(List.of("0:null|say|will cut costs|indirect"), which.extract("cue-verb"));
    // "New rules took effect on Monday, a change the government says will cut migration.", parsed with "says" a
    // parataxis of "cut"
    FakeParse appositive = FakeParse.of("New|JJ|2|amod rules|NNS|3|nsubj took|VBD|0|root effect|NN|3|obj "
        + "on|IN|6|case Monday|NNP|3|obl:on +,|,|3|punct a|DT|9|det change|NN|14|nsubj the|DT|11|det "
        + "government|NN|12|nsubj says|VBZ|14|parataxis will|MD|14|aux cut|VB|3|parataxis migration|NN|14|obj "
        + "+.|.|3|punct");
    assertEquals(List.of("0:null|say|will cut migration|indirect"), appositive.extract("cue-verb"));
    // "The things he said hurt her.", with the object relative parsed the same way: no apposition, no report
    FakeParse object = FakeParse.of("The|DT|2|det things|NNS|5|nsubj he|PRP|4|nsubj said|VBD|2|acl:relcl "
        + "hurt|VBD|0|root her|PRP|5|obj +.|.|5|punct");
    assertEquals(List.of(), object.extract("cue-verb"));
  }

  @Test
  void aCueInsideAWhetherOrIfClauseReportsNothing() {
    // "It was not clear whether he had a lawyer who could comment on the case."
    FakeParse whether = FakeParse.of("It|PRP|4|nsubj was|VBD|4|cop not|RB|4|advmod clear|JJ|0|root "
        + "whether|IN|7|mark he|PRP|7|nsubj had|VBD|4|ccomp a|DT|9|det lawyer|NN|7|obj who|WP|9|ref "
        + "could|MD|12|aux comment|VB|9|acl:relcl on|IN|15|case the|DT|15|det case|NN|12|obl:on +.|.|4|punct");
    assertEquals(List.of(), whether.extract("cue-verb"));
    // "If the board says no, the deal will collapse."
    FakeParse condition = FakeParse.of("If|IN|4|mark the|DT|3|det board|NN|4|nsubj says|VBZ|10|advcl:if "
        + "no|UH|4|discourse +,|,|10|punct the|DT|8|det deal|NN|10|nsubj will|MD|10|aux collapse|VB|0|root "
        + "+.|.|10|punct");
    assertEquals(List.of(), condition.extract("cue-verb"));
    // "Roe said that if prices rise, the bank would act.": the condition is inside what was said
    FakeParse said = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root that|IN|11|mark if|IN|6|mark "
        + "prices|NNS|6|nsubj rise|VBP|11|advcl:if +,|,|11|punct the|DT|9|det bank|NN|11|nsubj would|MD|11|aux "
        + "act|VB|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:roe|say|if prices rise, the bank would act|indirect"), said.extract("cue-verb"));
    // "The battle over whether it is what former employees have called a scheme took a turn.": they did call it so
    FakeParse done = FakeParse.of("The|DT|2|det battle|NN|0|root over|IN|6|mark whether|IN|6|mark it|PRP|6|nsubj "
        + "is|VBZ|2|acl:whether what|WP|11|obj former|JJ|9|amod employees|NNS|11|nsubj have|VBP|11|aux "
        + "called|VBN|6|ccomp a|DT|13|det scheme|NN|11|obj took|VBD|6|dep a|DT|16|det turn|NN|14|obj +.|.|2|punct");
    assertTrue(done.extract("cue-verb").stream().anyMatch(r -> r.contains("|call|")), done.extract("cue-verb").toString());
  }

  @Test
  void aTimeNounBeforeAfterIsNeitherPartOfTheSpeakerNorWhatWasSaid() {
    // "The comments came hours after the envoy, Peter Smith, told reporters that talks had failed."
    FakeParse p = FakeParse.of("The|DT|2|det comments|NNS|3|nsubj came|VBD|0|root hours|NNS|12|nsubj "
        + "after|IN|7|case the|DT|7|det envoy|NN|4|nmod:after +,|,|4|punct Peter|NNP|10|compound|PERSON "
        + "Smith|NNP|4|appos|PERSON +,|,|12|punct told|VBD|3|ccomp reporters|NNS|12|obj that|IN|17|mark "
        + "talks|NNS|17|nsubj had|VBD|17|aux failed|VBN|12|ccomp +.|.|3|punct");
    List<org.newsgraph.model.Statement> st = p.extractStatements("cue-verb");
    assertEquals(1, st.size());
    assertEquals("the envoy, Peter Smith", st.get(0).speakerText());
    assertEquals("peter smith", st.get(0).speakerEntityId());
    // "The launch came days after Freedonia warned of overwhelming countermeasures.", with "days" a bare dependent of
    // the cue: the time is not what was said
    FakeParse days = FakeParse.of("The|DT|2|det launch|NN|3|nsubj came|VBD|0|root days|NNS|7|dep after|IN|7|mark "
        + "Freedonia|NNP|7|nsubj|LOCATION warned|VBD|3|advcl:after of|IN|10|case overwhelming|JJ|10|amod "
        + "countermeasures|NNS|7|obl:of +.|.|3|punct");
    assertEquals(List.of("0:freedonia|warn|of overwhelming countermeasures|indirect"), days.extract("cue-verb"));
  }

  @Test
  void aParticipleAfterACommaParsedAsAnAdjectiveOfTheObjectReportsItsClause() {
    // "Roe responded, accusing Smith of hypocrisy.", parsed with "accusing" an adjective of "Smith"
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON responded|VBD|0|root +,|,|2|punct accusing|VBG|5|amod "
        + "Smith|NNP|2|obj|PERSON of|IN|7|case hypocrisy|NN|5|nmod:of +.|.|2|punct");
    assertEquals(List.of("0:roe|accuse|Smith of hypocrisy|indirect"), p.extract("cue-verb"));
    // "Roe hit back, accusing Acme of scaremongering.": the accusation, not "hit back" with its would-be object
    FakeParse hit = FakeParse.of("Roe|NNP|2|nsubj|PERSON hit|VBD|0|root back|RB|2|advmod +,|,|2|punct "
        + "accusing|VBG|6|amod Acme|NNP|2|obj|ORGANIZATION of|IN|8|case scaremongering|NN|6|nmod:of +.|.|2|punct");
    assertEquals(List.of("0:roe|accuse|Acme of scaremongering|indirect"), hit.extract("cue-verb"));
  }

  @Test
  void aTitleParsedAsAVerbAfterTheCueLeavesTheClauseToTheCue() {
    // "Roe told co-host Peter Lee that he does not know the answer.", parsed with "co-host" a verb holding both
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON told|VBD|0|root co-host|VB|2|dep Peter|NNP|5|compound|PERSON "
        + "Lee|NNP|3|obj|PERSON that|IN|10|mark he|PRP|10|nsubj does|VBZ|10|aux not|RB|10|advmod know|VB|3|ccomp "
        + "the|DT|12|det answer|NN|10|obj +.|.|2|punct");
    assertEquals(List.of("0:roe|tell|he does not know the answer|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aTrailingSpeakerBeforeThePerfectsAuxiliarySpeaks() {
    // "A minister has resigned, officials have confirmed."
    FakeParse p = FakeParse.of("A|DT|2|det minister|NN|4|nsubj has|VBZ|4|aux resigned|VBN|8|advcl +,|,|8|punct "
        + "officials|NNS|8|nsubj have|VBP|8|aux confirmed|VBN|0|root +.|.|8|punct");
    List<org.newsgraph.model.Statement> st = p.extractStatements("cue-verb");
    assertEquals(List.of("0:null|confirm|A minister has resigned|indirect"), p.extract("cue-verb"));
    assertEquals("officials", st.get(0).speakerText());
  }

  @Test
  void aQuotedFragmentThenAndAnotherCueEndsWhatWasSaid() {
    // 'Ruth Okoye said the resignation “should have come days ago” and called for an independent inquiry.', with
    // "called" coordinated inside the reported clause
    FakeParse p = FakeParse.of("Ruth|NNP|2|compound|PERSON Okoye|NNP|3|nsubj|PERSON said|VBD|0|root the|DT|5|det "
        + "resignation|NN|3|obj “|``|9|punct +should|MD|9|aux have|VB|9|aux come|VBN|3|dep days|NNS|11|obl:npmod "
        + "ago|RB|9|advmod +”|''|9|punct and|CC|14|cc called|VBN|9|conj:and for|IN|18|case an|DT|18|det "
        + "independent|JJ|18|amod inquiry|NN|14|obl:for +.|.|3|punct");
    assertEquals(List.of("0:ruth okoye|say|the resignation “should have come days ago|mixed",
        "0:ruth okoye|call for|an independent inquiry|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aParticipleAfterWithoutReportsNothing() {
    // "A spokesman said Sylvania supported the plan, without saying whether it backed the deal."
    FakeParse p = FakeParse.of("A|DT|2|det spokesman|NN|3|nsubj said|VBD|0|root Sylvania|NNP|5|nsubj|LOCATION "
        + "supported|VBD|3|ccomp the|DT|7|det plan|NN|5|obj +,|,|5|punct without|IN|10|mark saying|VBG|5|advcl:without "
        + "whether|IN|13|mark it|PRP|13|nsubj backed|VBD|10|ccomp the|DT|15|det deal|NN|13|obj +.|.|3|punct");
    assertEquals(List.of("0:null|say|Sylvania supported the plan|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aSubjectInsideAQuotationThatClosesRightBeforeTheCueIsNoSpeaker() {
    // '“The message is that local action matters,” said Dr Jane Roe.', parsed with "matters" as the subject of
    // "said" (the quotation is Roe's, which QuotationRule finds)
    FakeParse p = FakeParse.of("“|``|4|punct +The|DT|3|det message|NN|4|nsubj is|VBZ|0|root that|IN|11|mark "
        + "local|JJ|7|amod action|NN|8|compound matters|NNS|11|nsubj +,|,|11|punct +”|''|11|punct said|VBD|4|ccomp "
        + "Dr|NNP|14|compound Jane|NNP|14|compound|PERSON Roe|NNP|11|obj|PERSON +.|.|4|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aNameAfterAnOpeningParticipleParsedAsTheSubjectSpeaks() {
    // "Speaking at the event, chief executive Jane Roe said the company would ship it in May.", parsed with
    // "Speaking" as the subject of "said" and the name in apposition to "event"
    FakeParse p = FakeParse.of("Speaking|VBG|10|nsubj at|IN|4|case the|DT|4|det event|NN|1|obl +,|,|4|punct "
        + "chief|JJ|7|amod executive|NN|9|compound Jane|NNP|9|compound|PERSON Roe|NNP|4|appos|PERSON said|VBD|0|root "
        + "the|DT|12|det company|NN|14|nsubj would|MD|14|aux ship|VB|10|ccomp it|PRP|14|obj in|IN|17|case "
        + "May|NNP|14|obl +.|.|10|punct");
    assertEquals(List.of("0:jane roe|say|the company would ship it in May|indirect"), p.extract("cue-verb"));
    // "that's like trying to say who won": a gerund subject is still no speaker
    FakeParse gerund = FakeParse.of("Trying|VBG|3|nsubj to|TO|3|mark say|VB|0|root who|WP|5|nsubj won|VBD|3|ccomp "
        + "+.|.|3|punct");
    assertEquals(List.of(), gerund.extract("cue-verb"));
  }

  @Test
  void anObjectBeforeASubjectlessModalClauseIsItsSubject() {
    // "Roe said the new device, called the Air, would ship in May.", parsed with "device" as the object of "said"
    // and "would ship" coordinated with it
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|5|det new|JJ|5|amod device|NN|2|obj "
        + "+,|,|2|punct called|VBD|2|conj the|DT|9|det Air|NNP|7|obj +,|,|2|punct would|MD|12|aux ship|VB|2|conj "
        + "in|IN|14|case May|NNP|12|obl +.|.|2|punct");
    assertEquals(List.of("0:roe|say|the new device, called the Air, would ship in May|indirect"),
        p.extract("cue-verb"));
    // "Roe said the words and would leave.": a coordination, what she did
    FakeParse and = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det words|NNS|2|obj and|CC|7|cc "
        + "would|MD|7|aux leave|VB|2|conj +.|.|2|punct");
    assertTrue(and.extract("cue-verb").stream().noneMatch(r -> r.contains("leave")));
  }

  @Test
  void aSingularNounParsedAsACompoundOfPluralSpeakersIsNotTheirs() {
    // "Prices fell, a move analysts said reflected weak demand.", parsed with "a move" as compounds of "analysts"
    FakeParse p = FakeParse.of("Prices|NNS|2|nsubj fell|VBD|7|ccomp +,|,|7|punct a|DT|6|det move|NN|6|compound "
        + "analysts|NNS|7|nsubj said|VBD|0|root reflected|VBN|10|amod weak|JJ|10|amod demand|NN|7|obj +.|.|7|punct");
    List<org.newsgraph.model.Statement> st = p.extractStatements("cue-verb");
    assertEquals(1, st.size());
    assertEquals("analysts", st.get(0).speakerText());
    // "Talks ended on Monday, a move environmental groups hailed as a breakthrough.": a trailing attribution
    FakeParse trailing = FakeParse.of("Talks|NNS|2|nsubj ended|VBD|0|root on|IN|4|case Monday|NNP|2|obl +,|,|2|punct "
        + "a|DT|9|det move|NN|9|compound environmental|JJ|9|amod groups|NNS|10|nsubj hailed|VBD|2|parataxis "
        + "as|IN|13|case a|DT|13|det breakthrough|NN|10|obl +.|.|2|punct");
    List<org.newsgraph.model.Statement> t = trailing.extractStatements("cue-verb");
    assertEquals(1, t.size());
    assertEquals("environmental groups", t.get(0).speakerText());
  }

  @Test
  void aReducedRelativeParsedAsTheMainVerbWithTheCueInsideItsComplement() {
    // "One person briefed on the talks said the unit could be sold.", parsed with "briefed" as the root and "said"
    // as a bare dependent of the clause it reports
    FakeParse p = FakeParse.of("One|CD|2|nummod person|NN|3|nsubj briefed|VBN|0|root on|IN|6|case the|DT|6|det "
        + "talks|NNS|3|obl said|VBD|12|dep the|DT|9|det unit|NN|12|nsubj:pass could|MD|12|aux be|VB|12|aux:pass "
        + "sold|VBN|3|ccomp +.|.|3|punct");
    List<String> rows = p.extract("cue-verb");
    assertEquals(1, rows.size(), rows.toString());
    assertTrue(rows.get(0).endsWith("|say|the unit could be sold|indirect"), rows.toString());
  }

  @Test
  void aTrailingSpeakerMayCarryAParticiple() {
    // "The drug is in trials, the company developing it said.", "Talks stalled, officials briefed on them said."
    FakeParse p = FakeParse.of("The|DT|2|det drug|NN|6|nsubj is|VBZ|6|cop in|IN|6|case trials|NNS|0|root +,|,|6|punct "
        + "the|DT|9|det company|NN|10|nsubj developing|VBG|6|dep it|PRP|10|obj said|VBD|10|dep +.|.|6|punct");
    assertEquals(List.of("0:null|say|The drug is in trials|indirect"), p.extract("cue-verb"));
    FakeParse briefed = FakeParse.of("Talks|NNS|2|nsubj stalled|VBD|5|advcl +,|,|5|punct officials|NNS|5|nsubj "
        + "briefed|VBD|0|root on|IN|7|case them|PRP|5|obl said|VBD|5|dep +.|.|5|punct");
    assertEquals(List.of("0:null|say|Talks stalled|indirect"), briefed.extract("cue-verb"));
    // "Meeting in May, the ministers of the leading economies admitted that growth slowed.": a participle before the
    // noun it modifies is no reduced relative, and the opening clause is not what was admitted
    FakeParse leading = FakeParse.of("Meeting|VBG|12|dep in|IN|3|case May|NNP|1|obl +,|,|12|punct the|DT|6|det "
        + "ministers|NNS|12|nsubj of|IN|9|case the|DT|9|det G20|NN|6|nmod leading|VBG|11|amod economies|NNS|9|dep "
        + "admitted|VBD|0|root as|IN|15|case a|DT|15|det group|NN|12|obl that|WDT|19|dep growth|NN|19|nsubj "
        + "has|VBZ|19|aux slowed|VBN|12|ccomp +.|.|12|punct");
    List<String> rows = leading.extract("cue-verb");
    assertTrue(rows.stream().noneMatch(r -> r.contains("Meeting")), rows.toString());
  }

  @Test
  void aBareDependentRightAfterTheReportedClauseContinuesIt() {
    // 'Roe said the result showed the government had “lost touch”.', parsed with 'had “lost touch' as a bare
    // dependent of "said"
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det result|NN|5|nsubj "
        + "showed|VBD|2|ccomp the|DT|7|det government|NN|5|obj had|VBD|11|aux “|``|11|punct +lost|VBN|11|amod "
        + "touch|NN|2|dep +”|''|11|punct +.|.|2|punct");
    List<org.newsgraph.model.Statement> st = p.extractStatements("cue-verb");
    assertEquals("the result showed the government had “lost touch", st.get(0).content());
  }

  @Test
  void aSecondReportJoinedByAndIsNotWhatTheFirstReports() {
    // 'Roe confirmed she had been and said, “We have a problem.”', parsed with "said" as the clause "confirmed"
    // reports (the quotation after "said," is the quotation rule's)
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON confirmed|VBD|0|root she|PRP|7|nsubj:pass had|VBD|7|aux "
        + "been|VBN|7|aux:pass and|CC|7|cc said|VBN|2|ccomp +,|,|7|punct “|``|7|punct +We|PRP|11|nsubj "
        + "have|VBP|7|ccomp "
        + "a|DT|13|det problem|NN|11|obj +.|.|11|punct +”|''|7|punct");
    List<String> rows = p.extract("cue-verb");
    assertTrue(rows.contains("0:roe|confirm|she had been|indirect"), rows.toString());
  }

  @Test
  void anActAfterAQuotationIsNotWhatWasSaid() {
    // 'Roe said “we will not back down” and left the room.', parsed with "left" coordinated inside the quoted clause
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root “|``|6|punct +we|PRP|6|nsubj will|MD|6|aux "
        + "win|VB|2|ccomp +”|''|6|punct and|CC|9|cc left|VBD|6|conj the|DT|11|det room|NN|9|obj +.|.|2|punct");
    assertEquals(List.of("0:roe|say|we will win|direct"), p.extract("cue-verb"));
    // 'Roe said “we will win” and that they would fight.': the report goes on
    FakeParse that = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root “|``|6|punct +we|PRP|6|nsubj will|MD|6|aux "
        + "win|VB|2|ccomp +”|''|6|punct and|CC|12|cc that|IN|12|mark they|PRP|12|nsubj would|MD|12|aux "
        + "fight|VB|6|conj +.|.|2|punct");
    assertTrue(that.extract("cue-verb").get(0).contains("would fight"), that.extract("cue-verb").toString());
  }

  @Test
  void aTrailingAttributionEndsAtASemicolon() {
    // "Rates will rise, analysts say; in May, Lee won.": the writer's next sentence follows the semicolon
    FakeParse p = FakeParse.of("Rates|NNS|3|nsubj will|MD|3|aux rise|VB|0|root +,|,|3|punct analysts|NNS|6|nsubj "
        + "say|VBP|3|parataxis +;|:|6|punct in|IN|9|case May|NNP|12|obl +,|,|12|punct Lee|NNP|12|nsubj|PERSON "
        + "won|VBD|3|dep +.|.|3|punct");
    assertEquals(List.of("0:null|say|Rates will rise|indirect"), p.extract("cue-verb"));
  }

  @Test
  void anAsClauseAfterAConjunctionOrAnAdjunctOpensTheSentence() {
    // "But as the paper noted in an op-ed Thursday, the candidate has fans."
    FakeParse conjunction = FakeParse.of("But|CC|15|cc as|IN|5|mark the|DT|4|det paper|NN|5|nsubj noted|VBD|15|advcl "
        + "in|IN|10|case an|DT|10|det op|NN|10|compound +-|HYPH|10|punct +ed|NN|5|obl Thursday|NNP|5|obl:tmod "
        + "+,|,|15|punct the|DT|14|det candidate|NN|15|nsubj has|VBZ|0|root fans|NNS|15|obj +.|.|15|punct");
    assertEquals(List.of("0:null|note|the candidate has fans|indirect"), conjunction.extract("cue-verb"));
    // "In the old days, as Roe reported in his book, the bosses had houses."
    FakeParse adjunct = FakeParse.of("In|IN|4|case the|DT|4|det old|JJ|4|amod days|NNS|15|obl +,|,|15|punct "
        + "as|IN|8|mark Roe|NNP|8|nsubj|PERSON reported|VBD|15|advcl in|IN|11|case his|PRP$|11|nmod:poss "
        + "book|NN|8|obl +,|,|15|punct the|DT|14|det bosses|NNS|15|nsubj had|VBD|0|root houses|NNS|15|obj "
        + "+.|.|15|punct");
    assertEquals(List.of("0:roe|report|the bosses had houses|indirect"), adjunct.extract("cue-verb"));
  }

  @Test
  void aTopicAfterTheCueOfAQuotationIsNotWhatWasSaid() {
    // "“Absolutely not,” he said of the possibility of delegates switching allegiances from Roe." (too long for an
    // adjunct of a trailing attribution)
    FakeParse p = FakeParse.of("“|``|7|punct +Absolutely|RB|3|advmod not|RB|7|advmod +,|,|7|punct +”|''|7|punct "
        + "he|PRP|7|nsubj said|VBD|0|root of|IN|10|case the|DT|10|det possibility|NN|7|obl of|IN|12|case "
        + "delegates|NNS|10|nmod switching|VBG|12|acl allegiances|NNS|13|obj from|IN|16|case Roe|NNP|13|obl|PERSON "
        + "+.|.|7|punct");
    assertEquals(List.of("0:null|say|Absolutely not|direct"), p.extract("cue-verb"));
  }

  @Test
  void theTimeOfAnActIsNotWhatWasSaid() {
    // "The win, which Roe conceded when polls closed, was a surprise."
    FakeParse p = FakeParse.of("The|DT|2|det win|NN|13|nsubj|O|6:obj +,|,|2|punct which|WDT|2|ref "
        + "Roe|NNP|6|nsubj|PERSON conceded|VBD|2|acl:relcl when|WRB|9|advmod polls|NNS|9|nsubj closed|VBD|6|advcl "
        + "+,|,|2|punct was|VBD|13|cop a|DT|13|det surprise|NN|0|root +.|.|13|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void anAddresseeParsedAsAPredicateStillClosesATrailingAttribution() {
    // "“We will win,” Anna Roe, the mayor, told CNN.", with "CNN" parsed as a predicate of "told"
    FakeParse p = FakeParse.of("“|``|13|punct +We|PRP|4|nsubj will|MD|4|aux win|VB|13|ccomp +,|,|13|punct "
        + "+”|''|13|punct Anna|NNP|8|compound|PERSON Roe|NNP|13|nsubj|PERSON +,|,|8|punct the|DT|11|det "
        + "mayor|NN|8|appos +,|,|13|punct told|VBD|0|root CNN|NNP|13|xcomp|ORGANIZATION +.|.|13|punct");
    assertEquals(List.of("0:anna roe|tell|We will win|direct"), p.extract("cue-verb"));
  }

  @Test
  void aJokeToldIsNoAddresseeAndNoStatement() {
    // "PORTLAND - On Friday, the third day of his tour, Anna Roe told a joke." (a dateline the splitter left on)
    FakeParse p = FakeParse.of("PORTLAND|NNP|15|dep|LOCATION -|:|1|punct On|IN|4|case Friday|NNP|15|obl "
        + "+,|,|4|punct the|DT|8|det third|JJ|8|amod day|NN|4|appos of|IN|11|case his|PRP$|11|nmod:poss "
        + "tour|NN|8|nmod +,|,|15|punct Anna|NNP|14|compound|PERSON Roe|NNP|15|nsubj|PERSON told|VBD|0|root "
        + "a|DT|17|det joke|NN|15|obj +.|.|15|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aQuotationAfterASpeechCueIsNotTheOuterVerbs() {
    // "The spot concludes with footage of Roe saying, “That makes me smart.”": "conclude" reports only quoted
    // words, and these are Roe's (the name tagged a place, as the tagger may, and the participle hung on the footage)
    FakeParse p = FakeParse.of("The|DT|2|det spot|NN|3|nsubj concludes|VBZ|0|root with|IN|5|case footage|NN|3|obl "
        + "of|IN|7|case Roe|NNP|5|nmod|LOCATION saying|VBG|5|acl +,|,|8|punct “|``|8|punct +That|DT|12|nsubj "
        + "makes|VBZ|8|ccomp me|PRP|14|nsubj smart|JJ|12|xcomp +.|.|3|punct +”|''|3|punct");
    List<org.newsgraph.model.Statement> st = p.extractStatements("cue-verb");
    assertEquals(List.of("Roe|say|That makes me smart"),
        st.stream().map(x -> x.speakerText() + "|" + x.cueLemma() + "|" + x.content()).toList());
  }

  @Test
  void aReportInAnOpeningSubordinateClauseEndsAtTheCommaThatClosesIt() {
    // 'While Roe has forcefully condemned the mayor's plan, the groups who wrote to her on Thursday say they are
    // "concerned your campaign is sending messages."' (straight quotation marks), parsed with "say" as the clausal
    // subject of the quotation's verb
    FakeParse p = FakeParse.of("While|IN|5|mark Roe|NNP|5|nsubj|PERSON has|VBZ|5|aux forcefully|RB|5|advmod "
        + "condemned|VBN|19|advcl the|DT|7|det mayor|NN|9|nmod:poss +'s|POS|7|case plan|NN|5|obj +,|,|19|punct "
        + "the|DT|12|det groups|NNS|19|nsubj|O|14:nsubj who|WP|12|ref wrote|VBD|12|acl:relcl to|IN|16|case "
        + "her|PRP$|14|obl on|IN|18|case Thursday|NNP|14|obl say|VBP|27|csubj they|PRP|23|nsubj:pass "
        + "are|VBP|23|aux:pass \"|``|23|punct +concerned|VBN|19|ccomp your|PRP$|25|nmod:poss campaign|NN|23|obj "
        + "is|VBZ|27|aux sending|VBG|0|root messages|NNS|27|obj +.|.|27|punct +\"|''|27|punct");
    assertEquals(List.of("0:roe|condemn|the mayor's plan|indirect",
        "0:null|say|they are \"concerned your campaign is sending messages|mixed"), p.extract());
  }

  @Test
  void whomSomethingWasWrittenToIsNotWhatWasSaid() {
    // "The groups, who wrote to her on Thursday, are angry."
    FakeParse p = FakeParse.of("The|DT|2|det groups|NNS|12|nsubj +,|,|2|punct who|WP|5|nsubj wrote|VBD|2|acl:relcl "
        + "to|IN|7|case her|PRP|5|obl on|IN|9|case Thursday|NNP|5|obl +,|,|2|punct are|VBP|12|cop angry|JJ|0|root "
        + "+.|.|12|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void anAttributionInsideParenthesesReportsOnlyWordsInsideThem() {
    // "Her ratings (as low as 19%, Lee says) hurt him."
    FakeParse inside = FakeParse.of("Her|PRP$|2|nmod:poss ratings|NNS|13|nsubj (|-LRB-|11|punct +as|RB|5|advmod "
        + "low|JJ|2|amod as|IN|8|case 19|CD|8|nummod +%|NN|5|obl +,|,|11|punct Lee|NNP|11|nsubj|PERSON "
        + "says|VBZ|2|parataxis +)|-RRB-|11|punct hurt|VBD|0|root him|PRP|13|obj +.|.|13|punct");
    assertEquals(List.of("0:lee|say|as low as 19%|indirect"), inside.extract("cue-verb"));
    // "Roe says she may be charged over her server (the use of which, critics say, was a mistake).": Roe's report
    // ends before the parentheses that hold the critics' words
    FakeParse before = FakeParse.of("Roe|NNP|2|nsubj|PERSON says|VBZ|0|root she|PRP|6|nsubj:pass may|MD|6|aux "
        + "be|VB|6|aux:pass charged|VBN|2|ccomp over|IN|9|case her|PRP$|9|nmod:poss server|NN|6|obl (|-LRB-|9|punct "
        + "+the|DT|12|det use|NN|9|appos of|IN|14|case which|WDT|12|nmod +,|,|17|punct critics|NNS|17|nsubj "
        + "say|VBP|12|parataxis +,|,|17|punct was|VBD|21|cop a|DT|21|det mistake|NN|12|acl +)|-RRB-|9|punct "
        + "+.|.|2|punct");
    assertEquals("0:roe|say|she may be charged over her server|indirect", before.extract("cue-verb").get(0));
    // "The firm (which said it would appeal) lost the case.", parsed with "lost" as a conjunct of what was said
    FakeParse relative = FakeParse.of("The|DT|2|det firm|NN|5|nsubj (|-LRB-|5|punct +which|WDT|2|ref said|VBD|0|root "
        + "it|PRP|8|nsubj would|MD|8|aux appeal|VB|5|ccomp +)|-RRB-|5|punct lost|VBD|8|conj the|DT|12|det "
        + "case|NN|10|obj +.|.|5|punct");
    assertEquals(List.of("0:null|say|it would appeal|indirect"), relative.extract("cue-verb"));
  }

  @Test
  void aCriticismInARelativeClauseOfItsTargetIsNoReport() {
    // "Roe cited problems in the region, Ruritania and elsewhere that he criticized in the debate.", with the
    // relative clause parsed as a complement clause of "problems"
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON cited|VBD|0|root problems|NNS|2|obj in|IN|6|case the|DT|6|det "
        + "region|NN|3|nmod +,|,|6|punct Ruritania|NNP|6|conj|LOCATION and|CC|10|cc elsewhere|RB|6|conj "
        + "that|IN|13|mark he|PRP|13|nsubj criticized|VBD|3|ccomp in|IN|16|case the|DT|16|det debate|NN|13|obl "
        + "+.|.|2|punct");
    assertEquals(List.of("0:roe|cite|problems in the region, Ruritania and elsewhere that he criticized in the "
        + "debate|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aReducedRelativeParsedAsTheMainVerbLeavesItsSubjectToTheCue() {
    // "Emails obtained by the paper suggest that Roe knew.", parsed with "obtained" as the main verb
    FakeParse p = FakeParse.of("Emails|NNS|2|nsubj obtained|VBN|0|root by|IN|5|case the|DT|5|det paper|NN|2|obl "
        + "suggest|VBP|2|dep that|IN|9|mark Roe|NNP|9|nsubj|PERSON knew|VBD|6|ccomp +.|.|2|punct");
    List<org.newsgraph.model.Statement> st = p.extractStatements("cue-verb");
    assertEquals(List.of("Emails|suggest|Roe knew"),
        st.stream().map(x -> x.speakerText() + "|" + x.cueLemma() + "|" + x.content()).toList());
  }

  @Test
  void aQuestionOpenedByWhenOrIfIsWhatWasNotSaid() {
    // "Lawmakers have not said when they would vote.", with the question parsed as an adverbial clause of the cue
    FakeParse when = FakeParse.of("Lawmakers|NNS|4|nsubj have|VBP|4|aux not|RB|4|advmod said|VBN|0|root "
        + "when|WRB|8|advmod they|PRP|8|nsubj would|MD|8|aux vote|VB|4|advcl +.|.|4|punct");
    assertEquals(List.of("0:null|say|when they would vote|indirect"), when.extract("cue-verb"));
    // "The official is not saying if the firm broke laws."
    FakeParse ifClause = FakeParse.of("The|DT|2|det official|NN|5|nsubj is|VBZ|5|aux not|RB|5|advmod saying|VBG|0|root "
        + "if|IN|9|mark the|DT|8|det firm|NN|9|nsubj broke|VBD|5|advcl laws|NNS|9|obj +.|.|5|punct");
    assertEquals(List.of("0:null|say|if the firm broke laws|indirect"), ifClause.extract("cue-verb"));
  }

  @Test
  void aPluralNounOfACompoundTaggedAsAVerbIsNoCue() {
    // "The interests of member states trump everything.", tagged with "states" as the verb and "trump" as its object
    FakeParse p = FakeParse.of("The|DT|2|det interests|NNS|5|nsubj of|IN|4|case member|NN|2|nmod states|VBZ|0|root "
        + "trump|NN|5|obj everything|NN|6|dep +.|.|5|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // "The report states the economy grew.": the noun before the cue is its subject
    FakeParse verb = FakeParse.of("The|DT|2|det report|NN|3|nsubj states|VBZ|0|root the|DT|5|det economy|NN|6|nsubj "
        + "grew|VBD|3|ccomp +.|.|3|punct");
    assertEquals(List.of("0:null|state|the economy grew|indirect"), verb.extract("cue-verb"));
  }

  @Test
  void subjectAndComplementClause() {
    FakeParse p = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|3|nsubj|PERSON said|VBD|0|root the|DT|5|det "
        + "bridge|NN|7|nsubj will|MD|7|aux open|VB|3|ccomp +.|.|3|punct");
    assertEquals(List.of("0:anna roe|say|the bridge will open|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aCueParsedAsTheClausalSubjectOfWhatWasSaidKeepsTheWholeClause() {
    // "Anna said the plan would fail and cost jobs", parsed with "said" as the clausal subject of "fail"
    // and "the plan" as its object
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|6|csubj the|DT|4|det plan|NN|2|obj would|MD|6|aux "
        + "fail|VB|0|root and|CC|8|cc cost|VB|6|conj jobs|NNS|8|obj +.|.|6|punct");
    assertEquals(List.of("0:anna|say|the plan would fail and cost jobs|indirect"), p.extract("cue-verb"));
    // "Anna said there were a thousand calls", with no object and the expletive on the cue
    FakeParse expletive = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|7|csubj there|EX|2|advmod were|VBD|7|cop "
        + "a|DT|7|det thousand|CD|7|nummod calls|NNS|0|root +.|.|7|punct");
    assertEquals(List.of("0:anna|say|there were a thousand calls|indirect"), expletive.extract("cue-verb"));
    // "a probe the agency said was ongoing": a relative clause, whose subject is outside it, is left alone
    FakeParse relative = FakeParse.of("a|DT|2|det probe|NN|0|root the|DT|4|det agency|NN|5|nsubj said|VBD|7|csubj "
        + "was|VBD|7|cop ongoing|JJ|2|acl:relcl +.|.|2|punct");
    assertEquals(List.of(), relative.extract("cue-verb"));
  }

  @Test
  void anExpletiveHungOnTheCueOpensWhatWasSaid() {
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON says|VBZ|0|root there|EX|2|advmod is|VBZ|6|cop "
        + "little|JJ|6|amod point|NN|2|dep +.|.|2|punct");
    assertEquals(List.of("0:anna|say|there is little point|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aThatParsedAsTheObjectsModifierStaysInWhatWasSaid() {
    // "The reviewers acknowledge that weakness.", with "that" mistagged as a conjunction but hung on the noun
    FakeParse p = FakeParse.of("The|DT|2|det reviewers|NNS|3|nsubj acknowledge|VBP|0|root that|IN|5|amod "
        + "weakness|NN|3|obj +.|.|3|punct");
    assertEquals(List.of("0:null|acknowledge|that weakness|indirect"), p.extract("cue-verb"));
    // "Anna acknowledged that prices rose.": the complementizer is left out
    FakeParse clause = FakeParse.of("Anna|NNP|2|nsubj|PERSON acknowledge|VBD|0|root that|IN|5|mark prices|NNS|5|nsubj "
        + "rose|VBD|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:anna|acknowledge|prices rose|indirect"), clause.extract("cue-verb"));
  }

  @Test
  void aReportContinuingAfterAPredicativeCueIsItsOwnStatement() {
    // "The union called Anna a champion, citing her work.", with "citing" hung on the predicate noun
    FakeParse p = FakeParse.of("The|DT|2|det union|NN|3|nsubj called|VBD|0|root Anna|NNP|3|iobj|PERSON a|DT|6|det "
        + "champion|NN|4|dep +,|,|6|punct citing|VBG|6|acl her|PRP$|10|nmod:poss work|NN|8|obj +.|.|3|punct");
    assertEquals(List.of("0:null|call|Anna a champion|indirect", "0:null|cite|her work|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aConcessiveReportByAPronounIsTheWritersFrameNotWhatWasSaid() {
    // "Anna said the plan would work, though she acknowledged it was risky."
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|6|nsubj would|MD|6|aux "
        + "work|VB|2|ccomp +,|,|6|punct though|IN|10|mark she|PRP|10|nsubj acknowledged|VBD|6|advcl it|PRP|13|nsubj "
        + "was|VBD|13|cop risky|JJ|10|ccomp +.|.|2|punct");
    assertEquals(List.of("0:anna|say|the plan would work|indirect", "0:anna|acknowledge|it was risky|indirect"),
        p.extract());
    // "Anna said the plan would work, though adding it was risky": a concessive report with no subject of
    // its own (the test once read the subject's tag before checking there was one)
    FakeParse participle = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|6|nsubj "
        + "would|MD|6|aux work|VB|2|ccomp +,|,|6|punct though|IN|9|mark adding|VBG|6|advcl it|PRP|12|nsubj "
        + "was|VBD|12|cop risky|JJ|9|ccomp +.|.|2|punct");
    assertTrue(participle.extract().get(0).startsWith("0:anna|say|the plan would work"), participle.extract().toString());
    // "Anna said the plan failed because officials warned it would": the reason is part of what she said
    FakeParse because = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|5|nsubj "
        + "failed|VBD|2|ccomp because|IN|9|mark the|DT|8|det people|NNS|9|nsubj warned|VBD|5|advcl +.|.|2|punct");
    assertEquals("0:anna|say|the plan failed because the people warned|indirect", because.extract().get(0));
  }

  @Test
  void aContrastingReportAfterWhileIsItsOwnStatement() {
    // "Seven in ten said taxes were too high, while 20 percent said they were fair.", parsed with the second
    // "said" as an adverbial clause of the first report's predicate
    FakeParse p = FakeParse.of("Seven|CD|4|nsubj in|IN|3|case ten|CD|1|nmod said|VBD|0|root taxes|NNS|8|nsubj "
        + "were|VBD|8|cop too|RB|8|advmod high|JJ|4|ccomp +,|,|8|punct while|IN|13|mark 20|CD|12|nummod "
        + "percent|NN|13|nsubj said|VBD|8|advcl they|PRP|16|nsubj were|VBD|16|cop fair|JJ|13|ccomp +.|.|4|punct");
    assertEquals(List.of("0:null|say|taxes were too high|indirect", "0:null|say|they were fair|indirect"),
        p.extract("cue-verb"));
    // "Anna said she hoped to stay, while a chairman said there was no pressure.", parsed with the second
    // "said" as the clausal subject of "pressure"
    FakeParse clausal = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root she|PRP|4|nsubj hoped|VBD|2|ccomp "
        + "to|TO|6|mark stay|VB|4|xcomp +,|,|15|punct while|IN|11|mark a|DT|10|det chairman|NN|11|nsubj "
        + "said|VBD|15|csubj there|EX|11|advmod was|VBD|15|cop no|DT|15|det pressure|NN|6|advcl +.|.|2|punct");
    assertEquals(List.of("0:anna|say|she hoped to stay|indirect", "0:null|say|there was no pressure|indirect"),
        clausal.extract("cue-verb"));
    // "Anna said sales remained strong, while a finance chief said inventories were too high.", parsed with
    // the second "said" as an adverbial clause of "high" and "inventories" as its object
    FakeParse inverted = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root sales|NNS|4|nsubj remained|VBD|2|ccomp "
        + "strong|JJ|4|xcomp +,|,|2|punct while|IN|11|mark a|DT|10|det finance|NN|10|compound chief|NN|11|nsubj "
        + "said|VBD|15|advcl inventories|NNS|11|obj were|VBD|15|cop too|RB|15|advmod high|JJ|2|parataxis +.|.|2|punct");
    assertEquals(List.of("0:anna|say|sales remained strong|indirect", "0:null|say|inventories were too high|indirect"),
        inverted.extract("cue-verb"));
    // "Anna described the plan as reckless, while a rival said the town had waited for years.", parsed with
    // "said" as an adverbial clause of "waited", which has its own subject after the cue
    FakeParse hung = FakeParse.of("Anna|NNP|2|nsubj|PERSON described|VBD|0|root the|DT|4|det plan|NN|2|obj "
        + "as|IN|6|case reckless|JJ|2|advcl +,|,|2|punct while|IN|11|mark a|DT|10|det rival|NN|11|nsubj "
        + "said|VBD|15|advcl the|DT|13|det town|NN|15|nsubj had|VBD|15|aux waited|VBN|2|parataxis for|IN|17|case "
        + "years|NNS|15|obl +.|.|2|punct");
    assertEquals(List.of("0:anna|describe|the plan as reckless|indirect", "0:null|say|the town had waited for years|indirect"),
        hung.extract("cue-verb"));
    // "Anna said she stayed home while the reporters said nothing.": no comma, a clause of what she said
    FakeParse noComma = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root she|PRP|4|nsubj stayed|VBD|2|ccomp "
        + "home|RB|4|advmod while|IN|9|mark the|DT|8|det reporters|NNS|9|nsubj said|VBD|4|advcl nothing|NN|9|obj "
        + "+.|.|2|punct");
    assertEquals(List.of("0:anna|say|she stayed home while the reporters said nothing|indirect"),
        noComma.extract("cue-verb"));
  }

  @Test
  void aTrailingAttributionFramesACueInsideWhatItAttributes() {
    // "Voters did not complain when the plan failed, the mayor said.", parsed with "said" as a clause of "failed":
    // each cue lies in the other's would-be content; the trailing one frames the sentence
    FakeParse p = FakeParse.of("Voters|NNS|4|nsubj did|VBD|4|aux not|RB|4|advmod complain|VB|0|root when|WRB|8|advmod "
        + "the|DT|7|det plan|NN|8|nsubj failed|VBD|4|advcl +,|,|12|punct the|DT|11|det mayor|NN|12|nsubj "
        + "said|VBD|8|ccomp +.|.|4|punct");
    assertEquals(List.of("0:null|say|Voters did not complain when the plan failed|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aNamedSourceInsideAnotherSourcesReportIsAStatementOfItsOwn() {
    // "Roe discussed the plan with Lee, saying it would work, an official said.": the official reports Roe's words
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON discussed|VBD|15|ccomp the|DT|4|det plan|NN|2|obj "
        + "with|IN|6|case Lee|NNP|2|obl:with|PERSON +,|,|2|punct saying|VBG|2|advcl it|PRP|11|nsubj would|MD|11|aux "
        + "work|VB|8|ccomp +,|,|15|punct an|DT|14|det official|NN|15|nsubj said|VBD|0|root +.|.|15|punct");
    assertEquals(List.of("0:null|say|Roe discussed the plan with Lee, saying it would work|indirect",
        "0:roe|say|it would work|indirect"), p.extract("cue-verb"));
    // "Roe told Lee that Freedonia had made efforts, while Lee said he appreciated the explanation, the official
    // said.", parsed with the official's "said" as a relative clause of "explanation": the inner reports end before
    // the official
    FakeParse two = FakeParse.of("Roe|NNP|2|nsubj|PERSON told|VBD|0|root Lee|NNP|2|obj|PERSON that|IN|7|mark "
        + "Freedonia|NNP|7|nsubj|LOCATION had|VBD|7|aux made|VBN|2|ccomp efforts|NNS|7|obj +,|,|7|punct "
        + "while|IN|12|mark Lee|NNP|12|nsubj|PERSON said|VBD|7|advcl:while he|PRP|14|nsubj appreciated|VBD|12|ccomp "
        + "the|DT|16|det explanation|NN|14|obj +,|,|16|punct the|DT|19|det official|NN|20|nsubj said|VBD|16|acl:relcl "
        + "+.|.|2|punct");
    assertEquals(List.of("0:null|say|Roe told Lee that Freedonia had made efforts, while Lee said he appreciated the "
        + "explanation|indirect", "0:roe|tell|Freedonia had made efforts|indirect",
        "0:lee|say|he appreciated the explanation|indirect"), two.extract("cue-verb"));
    // a pronoun or role inside the report is not taken for a source the text names ("..., saying it would work,
    // he said" stays one row)
    FakeParse pronoun = FakeParse.of("He|PRP|2|nsubj discussed|VBD|13|ccomp the|DT|4|det plan|NN|2|obj "
        + "+,|,|2|punct saying|VBG|2|advcl it|PRP|9|nsubj would|MD|9|aux work|VB|6|ccomp +,|,|13|punct "
        + "an|DT|12|det official|NN|13|nsubj said|VBD|0|root +.|.|13|punct");
    assertEquals(1, pronoun.extract("cue-verb").size(), pronoun.extract("cue-verb").toString());
    // nor a country the reporting speaker speaks for ("Anna said Freedonia warned the council, the agency said")
    FakeParse country = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|10|ccomp Freedonia|NNP|4|nsubj|LOCATION "
        + "warned|VBD|2|ccomp the|DT|6|det council|NN|4|obj +,|,|10|punct the|DT|9|det agency|NN|10|nsubj "
        + "said|VBD|0|root +.|.|10|punct");
    assertTrue(country.extract("cue-verb").stream().noneMatch(r -> r.contains("|warn|")),
        country.extract("cue-verb").toString());
    // nor a person inside a report that opens the sentence ("Peter said Anna had warned the council": what she did)
    FakeParse opening = FakeParse.of("Peter|NNP|2|nsubj|PERSON said|VBD|0|root Anna|NNP|5|nsubj|PERSON had|VBD|5|aux "
        + "warned|VBN|2|ccomp the|DT|7|det council|NN|5|obj +.|.|2|punct");
    assertEquals(List.of("0:peter|say|Anna had warned the council|indirect"), opening.extract("cue-verb"));
    // nor words inside a quotation ('“Anna says she will win,” said Peter.': his view of her)
    FakeParse quoted = FakeParse.of("“|``|3|punct +Anna|NNP|3|nsubj|PERSON says|VBZ|9|ccomp she|PRP|6|nsubj "
        + "will|MD|6|aux win|VB|3|ccomp +,|,|9|punct +”|''|9|punct said|VBD|0|root Peter|NNP|9|nsubj|PERSON "
        + "+.|.|9|punct");
    assertTrue(quoted.extract("cue-verb").stream().noneMatch(r -> r.startsWith("0:anna|")),
        quoted.extract("cue-verb").toString());
    // nor a request or purpose ("Anna Roe on Wednesday called on Peter Lee to warn the council.": Lee has not)
    FakeParse request = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|5|nsubj|PERSON on|IN|4|case "
        + "Wednesday|NNP|5|obl:on called|VBN|0|root on|IN|10|mark Peter|NNP|8|compound|PERSON Lee|NNP|10|nsubj|PERSON "
        + "to|TO|10|mark warn|VB|5|advcl:to the|DT|12|det council|NN|10|obj +.|.|5|punct");
    assertTrue(request.extract("cue-verb").stream().noneMatch(r -> r.contains("|warn|")),
        request.extract("cue-verb").toString());
  }

  @Test
  void aTrailingReportAfterAnEarlierReportIsTheClauseAfterTheJoin() {
    // "Other candidates said they back the bill, but they would not vote for it, they said.": two reports
    FakeParse p = FakeParse.of("Other|JJ|2|amod candidates|NNS|3|nsubj said|VBD|0|root they|PRP|5|nsubj "
        + "back|VBP|3|ccomp the|DT|7|det bill|NN|5|obj +,|,|3|punct but|CC|13|cc they|PRP|13|nsubj "
        + "would|MD|13|aux not|RB|13|advmod vote|VB|3|conj:but for|IN|15|case it|PRP|13|obl:for +,|,|3|punct "
        + "they|PRP|18|nsubj said|VBD|3|parataxis +.|.|3|punct");
    assertEquals(List.of("0:null|say|they back the bill|indirect", "0:null|say|they would not vote for it|indirect"),
        p.extract("cue-verb"));
    // '“The rent is too high,” she said, but despite the tone, “we will win,” said Roe.': each quotation is its
    // speaker's
    FakeParse quoted = FakeParse.of("“|``|10|punct The|DT|3|det rent|NN|6|nsubj is|VBZ|6|cop too|RB|6|advmod "
        + "high|JJ|10|ccomp +,|,|10|punct +”|''|10|punct she|PRP|10|nsubj said|VBD|0|root +,|,|10|punct "
        + "but|CC|23|cc despite|IN|15|case the|DT|15|det tone|NN|23|obl:despite +,|,|23|punct “|``|23|punct "
        + "+we|PRP|20|nsubj will|MD|20|aux win|VB|23|ccomp +,|,|23|punct +”|''|23|punct said|VBD|10|conj:but "
        + "Roe|NNP|23|obj|PERSON +.|.|10|punct");
    assertEquals(List.of("0:null|say|The rent is too high|direct", "0:roe|say|we will win|direct"),
        quoted.extract("cue-verb"));
    // "Roe said the plan was sound, and the council agreed, officials said.": the officials may report both
    // clauses; with no pronoun taking up a speaker and no quotation, the trailing report stays whole (and Roe's
    // report inside it, of a source named in the text, is a statement of its own)
    FakeParse whole = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|6|nsubj "
        + "was|VBD|6|cop sound|JJ|2|ccomp +,|,|2|punct and|CC|11|cc the|DT|10|det council|NN|11|nsubj "
        + "agreed|VBD|2|conj:and +,|,|14|punct officials|NNS|14|nsubj said|VBD|11|ccomp +.|.|2|punct");
    assertEquals(List.of("0:null|say|Roe said the plan was sound, and the council agreed|indirect",
        "0:roe|say|the plan was sound|indirect"), whole.extract("cue-verb"));
    // "Roe suggested that the plan was weak - “we need details,” she said - and left.": the quotation after the dash is
    // the trailing report's
    FakeParse dash = FakeParse.of("Roe|NNP|2|nsubj|PERSON suggested|VBD|16|ccomp that|IN|7|mark the|DT|5|det "
        + "plan|NN|7|nsubj was|VBD|7|cop weak|JJ|2|ccomp -|:|7|punct “|``|7|punct +we|PRP|11|nsubj need|VBP|7|ccomp "
        + "details|NNS|11|obj +,|,|16|punct +”|''|16|punct she|PRP|16|nsubj said|VBD|0|root -|HYPH|16|punct "
        + "and|CC|19|cc left|VBD|16|conj:and +.|.|16|punct");
    assertEquals(List.of("0:roe|suggest|the plan was weak|indirect", "0:roe|say|we need details|direct"),
        dash.extract("cue-verb"));
    // "Roe said the plan would fail, she said.": one report, told twice; the named speaker's is kept
    FakeParse twice = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|6|nsubj "
        + "would|MD|6|aux fail|VB|2|ccomp +,|,|2|punct she|PRP|9|nsubj said|VBD|2|parataxis +.|.|2|punct");
    assertEquals(List.of("0:roe|say|the plan would fail|indirect"), twice.extract("cue-verb"));
  }

  @Test
  void aParticipleParsedInsideTheClauseItReportsReportsTheRestOfTheSentence() {
    // "The firms kept their prices, saying they cannot cut them.", with "saying" as the marker of "cut"
    FakeParse mark = FakeParse.of("The|DT|2|det firms|NNS|3|nsubj kept|VBD|0|root their|PRP$|5|nmod:poss "
        + "prices|NNS|3|obj +,|,|3|punct saying|VBG|10|mark they|PRP|10|nsubj cannot|MD|10|aux cut|VB|3|ccomp "
        + "them|PRP|10|obj +.|.|3|punct");
    assertEquals(List.of("0:null|say|they cannot cut them|indirect"), mark.extract("cue-verb"));
    // "The senators backed the plan, saying airstrikes have failed.", with "saying" as an adjective of "airstrikes"
    FakeParse adjective = FakeParse.of("The|DT|2|det senators|NNS|3|nsubj backed|VBD|0|root the|DT|5|det "
        + "plan|NN|3|obj +,|,|3|punct saying|VBG|8|amod airstrikes|NNS|10|nsubj have|VBP|10|aux failed|VBN|3|parataxis "
        + "+.|.|3|punct");
    assertEquals(List.of("0:null|say|airstrikes have failed|indirect"), adjective.extract("cue-verb"));
    // "Anna Roe, who faces a race, dropped her bid, saying she lacks support.", parsed with the name as the root
    // and the main clause inside its relative clause
    FakeParse root = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|0|root|PERSON +,|,|2|punct who|WP|2|ref "
        + "faces|VBZ|2|acl:relcl a|DT|7|det race|NN|5|obj +,|,|9|punct dropped|VBD|5|conj her|PRP$|11|nmod:poss "
        + "bid|NN|9|obj +,|,|2|punct saying|VBG|2|dep she|PRP|15|nsubj lacks|VBZ|13|ccomp support|NN|15|obj "
        + "+.|.|2|punct");
    assertEquals(List.of("0:anna roe|say|she lacks support|indirect"), root.extract("cue-verb"));
  }

  @Test
  void aParticipleBetweenANumberAndItsNounIsNoReport() {
    // "Anna won 20 pledged delegates.", parsed with "20" as the subject of "pledged" and "delegates" as its object
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON won|VBD|0|root 20|CD|4|nsubj pledged|VBD|2|ccomp "
        + "delegates|NNS|4|obj +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // "Two in three pledged support.": a subject of its own, and no plural noun described
    FakeParse report = FakeParse.of("Two|CD|4|nsubj in|IN|3|case three|CD|1|nmod pledged|VBD|0|root support|NN|4|obj "
        + "+.|.|4|punct");
    assertEquals(1, report.extract("cue-verb").size());
  }

  @Test
  void aParticipleCompletingTheObjectOfSeeIsNoReport() {
    // "I want to see the results announced soon.", parsed with "results" as the subject of "announced"
    FakeParse p = FakeParse.of("I|PRP|2|nsubj want|VBP|0|root to|TO|4|mark see|VB|2|xcomp the|DT|6|det "
        + "results|NNS|7|nsubj announced|VBN|4|dep soon|RB|7|advmod +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // "I see the minister announced a plan.": a clause with a subject of its own, tagged as it should be
    FakeParse clause = FakeParse.of("I|PRP|2|nsubj see|VBP|0|root the|DT|4|det minister|NN|5|nsubj "
        + "announced|VBD|2|ccomp a|DT|7|det plan|NN|5|obj +.|.|2|punct");
    assertEquals(1, clause.extract("cue-verb").size(), clause.extract("cue-verb").toString());
  }

  @Test
  void aLeadingParticipleIsTheCircumstanceNotWhatWasSaid() {
    // "Pressed on whether it was met, Roe said: “Yes. I am sure.”", parsed with "Pressed" as a bare dependent of "said"
    // and the whether-clause as an adverbial clause of "said"
    FakeParse p = FakeParse.of("Pressed|VBN|9|dep on|IN|6|mark whether|IN|6|mark it|PRP|6|nsubj:pass was|VBD|6|aux:pass "
        + "met|VBN|9|advcl +,|,|9|punct Roe|NNP|9|nsubj|PERSON said|VBD|0|root +:|:|9|punct “|``|9|punct "
        + "+Yes|UH|9|discourse +.|.|9|punct",
        "I|PRP|3|nsubj am|VBP|3|cop sure|JJ|0|root +.|.|3|punct +”|''|3|punct");
    assertEquals(List.of("0:roe|say|Yes|direct", "1:roe|say|I am sure|direct"), p.extract());
  }

  @Test
  void aReportedClauseWhoseSubjectTheParserTookForTheCuesObjectRunsOn() {
    // "A shopkeeper, who asked, said the raid lasted two minutes.", parsed with "said" as a relative clause of
    // "shopkeeper", "raid" as its object and "shopkeeper" as the subject of "lasted"
    FakeParse p = FakeParse.of("A|DT|2|det shopkeeper|NN|10|nsubj +,|,|2|punct who|WP|2|ref asked|VBD|7|nsubj "
        + "+,|,|7|punct said|VBD|2|acl:relcl the|DT|9|det raid|NN|7|obj lasted|VBD|0|root two|CD|12|nummod "
        + "minutes|NNS|10|obl:tmod +.|.|10|punct");
    assertEquals(List.of("0:null|say|the raid lasted two minutes|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aQuotationAfterAShortLeadInIsWhatWasSaid() {
    // 'Anna asked the voters: “Why are you staying home?”', with the addressee as the object
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON asked|VBD|0|root the|DT|4|det voters|NNS|2|obj +:|:|2|punct "
        + "“|``|2|punct +Why|WRB|10|advmod are|VBP|10|aux you|PRP|10|nsubj staying|VBG|2|ccomp home|RB|10|advmod "
        + "+?|.|2|punct +”|''|2|punct");
    assertEquals(List.of("0:anna|ask|Why are you staying home|direct"), p.extract("cue-verb"));
    // 'Anna said the plan, “a disgrace,” was final.': the quotation does not end what was said
    FakeParse inside = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|12|nsubj +,|,|4|punct "
        + "“|``|8|punct +a|DT|8|det disgrace|NN|4|appos +,|,|8|punct +”|''|8|punct was|VBD|12|cop final|JJ|2|ccomp "
        + "+.|.|2|punct");
    assertEquals(1, inside.extract("cue-verb").size());
    assertTrue(inside.extract("cue-verb").get(0).startsWith("0:anna|say|the plan, “a disgrace,” was final|"));
  }

  @Test
  void theAddresseeOfAnAppealStaysInWhatWasSaid() {
    // "The mayor appealed to residents to stay indoors.": the addressee, marked by the cue's own particle, stays
    FakeParse p = FakeParse.of("The|DT|2|det mayor|NN|3|nsubj appealed|VBD|0|root to|IN|5|case residents|NNS|3|obl:to "
        + "to|TO|7|mark stay|VB|3|xcomp indoors|RB|7|advmod +.|.|3|punct");
    assertEquals(List.of("0:null|appeal to|residents to stay indoors|indirect"), p.extract("cue-verb"));
  }

  @Test
  void addingToSomethingIsNoReport() {
    // "Anna resigned, adding to evidence that demand can recover.": "add to" increases, it says nothing
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON resigned|VBD|0|root +,|,|2|punct adding|VBG|2|advcl "
        + "to|TO|6|case evidence|NN|4|obl that|IN|10|mark demand|NN|10|nsubj can|MD|10|aux recover|VB|6|acl "
        + "+.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // "Anna resigned, adding that demand can recover."
    FakeParse clause = FakeParse.of("Anna|NNP|2|nsubj|PERSON resigned|VBD|0|root +,|,|2|punct adding|VBG|2|advcl "
        + "that|IN|8|mark demand|NN|8|nsubj can|MD|8|aux recover|VB|4|ccomp +.|.|2|punct");
    assertEquals(List.of("0:anna|add|demand can recover|indirect"), clause.extract("cue-verb"));
  }

  @Test
  void aWritersLeadInBeforeTheColonOfAnInvertedQuotationIsNotWhatWasSaid() {
    // 'Others were angry: "It is late," said a traveller.'
    FakeParse p = FakeParse.of("Others|NNS|2|nsubj were|VBD|3|cop angry|JJ|0|root +:|:|3|punct \"|``|8|punct It|PRP|8|nsubj "
        + "is|VBZ|8|cop late|JJ|3|parataxis +,|,|8|punct \"|''|8|punct said|VBD|3|parataxis a|DT|13|det "
        + "traveller|NN|11|nsubj +.|.|3|punct");
    assertEquals(List.of("0:null|say|It is late|direct"), p.extract("cue-verb"));
  }

  @Test
  void trailingAttributionWithAnAddressee() {
    FakeParse p = FakeParse.of("The|DT|2|det bridge|NN|4|nsubj will|MD|4|aux open|VB|8|ccomp +,|,|8|punct "
        + "Peter|NNP|7|compound|PERSON Smith|NNP|8|nsubj|PERSON told|VBD|0|root reporters|NNS|8|obj +.|.|8|punct");
    assertEquals(List.of("0:peter smith|tell|The bridge will open|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aTrailingAttributionMayBeDatedByASpanOfTimeAfterAComma() {
    // 'Peter won the vote, the agency said on Monday, two days after it closed.', parsed with "the vote" as the
    // subject of "said"
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON won|VBD|0|root the|DT|4|det vote|NN|8|nsubj +,|,|4|punct "
        + "the|DT|7|det agency|NN|4|appos said|VBD|2|ccomp on|IN|10|case Monday|NNP|8|obl +,|,|8|punct "
        + "two|CD|13|nummod days|NNS|16|dep after|IN|16|mark it|PRP|16|nsubj closed|VBD|8|advcl +.|.|2|punct");
    assertEquals(List.of("0:null|say|Peter won the vote|indirect"), p.extract("cue-verb"));
  }

  @Test
  void whatSomeoneWasToldToDoParsedAsAnAdverbialInfinitive() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON told|VBD|0|root voters|NNS|2|obj at|IN|6|case a|DT|6|det "
        + "rally|NN|2|obl to|TO|8|mark vote|VB|2|advcl early|RB|8|advmod +.|.|2|punct");
    assertEquals(List.of("0:peter|tell|to vote early|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aSecondReportCoordinatedOntoTheFirstReportsClauseIsItsOwnStatement() {
    // "Two in five said they would stay home, and one in four said they would vote.", parsed with the second
    // "said" as a conjunct of "stay" inside the first report
    FakeParse p = FakeParse.of("Two|CD|4|nsubj in|IN|3|case five|CD|1|nmod said|VBD|0|root they|PRP|7|nsubj "
        + "would|MD|7|aux stay|VB|4|ccomp home|RB|7|advmod +,|,|7|punct and|CC|14|cc one|CD|14|nsubj in|IN|13|case "
        + "four|CD|11|nmod said|VBD|7|conj they|PRP|17|nsubj would|MD|17|aux vote|VB|14|ccomp +.|.|4|punct");
    assertEquals(List.of("0:null|say|they would stay home|indirect", "0:null|say|they would vote|indirect"),
        p.extract("cue-verb"));
    // "Anna said that prices rose and traders agreed to wait.": a "that" clause holds both conjuncts
    FakeParse that = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root that|IN|5|mark prices|NNS|5|nsubj "
        + "rose|VBD|2|ccomp and|CC|8|cc traders|NNS|8|nsubj agreed|VBD|5|conj to|TO|10|mark wait|VB|8|xcomp "
        + "+.|.|2|punct");
    assertEquals(List.of("0:anna|say|prices rose and traders agreed to wait|indirect"), that.extract("cue-verb"));
  }

  @Test
  void aParentheticalAttributionWithAnAdjunctBetweenASubjectAndItsVerb() {
    // "The plan, Anna wrote on Friday, would fail.", parsed with "plan" as a second subject of "wrote"
    FakeParse p = FakeParse.of("The|DT|2|det plan|NN|5|nsubj +,|,|5|punct Anna|NNP|5|nsubj|PERSON wrote|VBD|0|root "
        + "on|IN|7|case Friday|NNP|5|obl +,|,|5|punct would|MD|10|aux fail|VB|5|dep +.|.|5|punct");
    assertEquals(List.of("0:anna|write|The plan, Anna wrote on Friday, would fail|indirect"), p.extract("cue-verb"));
    // "Peter Roe, an adviser who criticized Anna on Friday, said so.": a relative clause, no parenthetical
    FakeParse relative = FakeParse.of("Peter|NNP|2|compound|PERSON Roe|NNP|11|nsubj|PERSON +,|,|2|punct an|DT|5|det "
        + "adviser|NN|2|appos who|WP|7|nsubj criticized|VBD|5|acl:relcl Anna|NNP|7|obj|PERSON on|IN|10|case "
        + "Friday|NNP|7|obl +,|,|2|punct said|VBD|0|root so|RB|11|advmod +.|.|11|punct");
    assertTrue(relative.extract("cue-verb").stream().noneMatch(r -> r.contains("Peter Roe")),
        relative.extract("cue-verb").toString());
  }

  @Test
  void anAttributionAfterADashThatClosesAnotherReportCoversOnlyWhatFollowsTheDash() {
    // "Anna said the deal was fair — no different, she said, from the last one."
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det deal|NN|6|nsubj was|VBD|6|cop "
        + "fair|JJ|2|ccomp —|:|6|punct no|RB|9|advmod different|JJ|6|dep +,|,|2|punct she|PRP|12|nsubj "
        + "said|VBD|2|parataxis +,|,|12|punct from|IN|17|case the|DT|17|det last|JJ|17|amod one|NN|12|obl +.|.|2|punct");
    assertEquals(List.of("0:anna|say|the deal was fair — no different|indirect", "0:anna|say|no different|indirect"),
        p.extract());
    // with no report before the dash, the whole sentence is what was said
    FakeParse plain = FakeParse.of("Sales|NNS|2|nsubj rose|VBD|0|root —|:|2|punct ahead|RB|2|advmod of|IN|6|case "
        + "forecasts|NNS|4|obl +,|,|9|punct he|PRP|9|nsubj said|VBD|2|parataxis +.|.|2|punct");
    assertEquals(List.of("0:null|say|Sales rose — ahead of forecasts|indirect"), plain.extract("cue-verb"));
  }

  @Test
  void anInfinitiveHasNoSubjectOfItsOwn() {
    // "We came to most warmly thank the volunteers.", parsed with "most" as the subject of "thank"
    FakeParse p = FakeParse.of("We|PRP|2|nsubj came|VBD|0|root to|TO|6|mark most|JJS|6|nsubj warmly|RB|6|advmod "
        + "thank|VB|2|advcl the|DT|8|det volunteers|NNS|6|obj +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aNameOpeningTheSentenceOrACoordinatedClauseBeforeAppositivesAndRelativesSpeaks() {
    // "Anna Roe, a farmer from Sylvania, who is a member of the union, said she backs the plan.", parsed with
    // "Roe" as the root and "said" as a parenthetical of "backs"
    FakeParse p = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|0|root|PERSON +,|,|2|punct a|DT|5|det "
        + "farmer|NN|2|appos from|IN|7|case Sylvania|NNP|5|nmod|LOCATION +,|,|7|punct who|WP|12|nsubj is|VBZ|12|cop "
        + "a|DT|12|det member|NN|5|acl:relcl of|IN|15|case the|DT|15|det union|NN|12|nmod +,|,|17|punct "
        + "said|VBD|19|parataxis she|PRP|19|nsubj backs|VBZ|2|parataxis the|DT|21|det plan|NN|19|obj +.|.|2|punct");
    assertEquals(List.of("0:anna roe|say|she backs the plan|indirect"), p.extract("cue-verb"));
    // "The agency says the plan works, and Anna Roe, its adviser, said she agrees.", parsed with the first report
    // and the name as clauses of the second "said": two reports, the first ending before the second's speaker
    FakeParse coordinated = FakeParse.of("The|DT|2|det agency|NN|3|nsubj says|VBZ|15|ccomp the|DT|5|det "
        + "plan|NN|6|nsubj works|VBZ|3|ccomp +,|,|6|punct and|CC|10|cc Anna|NNP|10|compound|PERSON "
        + "Roe|NNP|3|ccomp|PERSON +,|,|10|punct its|PRP$|13|nmod:poss adviser|NN|10|appos +,|,|15|punct "
        + "said|VBD|0|root she|PRP|17|nsubj agrees|VBZ|15|ccomp +.|.|15|punct");
    assertEquals(List.of("0:null|say|the plan works|indirect", "0:anna roe|say|she agrees|indirect"),
        coordinated.extract("cue-verb"));
    // "It was no accident — Anna Roe, a spokeswoman, told reporters that he knew.", parsed with the name and the cue
    // as bare dependents of "accident"
    FakeParse dash = FakeParse.of("It|PRP|4|nsubj was|VBD|4|cop no|DT|4|det accident|NN|0|root —|HYPH|4|punct "
        + "Anna|NNP|7|compound|PERSON Roe|NNP|4|dep|PERSON +,|,|4|punct a|DT|10|det spokeswoman|NN|4|appos "
        + "+,|,|4|punct told|VBD|4|dep reporters|NNS|12|obj that|IN|16|mark he|PRP|16|nsubj knew|VBD|12|ccomp "
        + "+.|.|4|punct");
    assertEquals(List.of("0:anna roe|tell|he knew|indirect"), dash.extract("cue-verb"));
  }

  @Test
  void aReducedRelativeTaggedAsAPastTenseBeforeTheCueIsNoSpeakerButItsNounIs() {
    // "People briefed on the talks said it failed.", parsed with "briefed" as a clausal subject
    FakeParse p = FakeParse.of("People|NNS|2|nsubj briefed|VBD|6|csubj on|IN|5|case the|DT|5|det talks|NNS|2|obl "
        + "said|VBD|0|root it|PRP|8|nsubj failed|VBD|6|ccomp +.|.|6|punct");
    assertEquals(List.of("People|it failed"), p.extractStatements("cue-verb").stream()
        .map(x -> x.speakerText() + "|" + x.content()).toList());
  }

  @Test
  void aPredictionWithAReportedClauseAndAReferenceWithItsGroundsAreStatements() {
    FakeParse p = FakeParse.of(
        "Anna|NNP|2|nsubj|PERSON predicted|VBD|0|root that|IN|6|mark prices|NNS|6|nsubj would|MD|6|aux "
            + "fall|VB|2|ccomp +.|.|2|punct",
        "Anna|NNP|2|nsubj|PERSON predicted|VBD|0|root a|DT|4|det win|NN|2|obj +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON referred|VBD|0|root to|IN|4|case Anna|NNP|2|obl|PERSON as|IN|8|case "
            + "“|``|8|punct +a|DT|8|det leader|NN|2|obl +.|.|2|punct +”|''|2|punct",
        "Peter|NNP|2|nsubj|PERSON referred|VBD|0|root to|IN|5|case the|DT|5|det report|NN|2|obl +.|.|2|punct");
    assertEquals(List.of("0:anna|predict|prices would fall|indirect", "2:peter|refer to|Anna as “a leader|mixed"),
        p.extract("cue-verb"));
  }

  @Test
  void aRelativeClauseBetweenCommasIsNoParentheticalAttribution() {
    // "The plan, which she described as “a mess,” failed.": she described it, the sentence is not her words
    FakeParse p = FakeParse.of("The|DT|2|det plan|NN|13|nsubj +,|,|2|punct which|WDT|2|ref she|PRP|6|nsubj "
        + "described|VBD|2|acl:relcl as|IN|10|case “|``|10|punct +a|DT|10|det mess|NN|6|obl +,|,|2|punct "
        + "+”|''|2|punct failed|VBD|0|root +.|.|13|punct");
    assertEquals(List.of("0:null|describe|as “a mess|mixed"), p.extract("cue-verb"));
    assertEquals("she", p.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void aReportingVerbParsedAsAnAuxiliaryStillReports() {
    // "Economists, like their rivals, say taxing fuel cuts use.", parsed with "say" as an auxiliary of "taxing"
    FakeParse p = FakeParse.of("Economists|NNS|10|nsubj +,|,|10|punct like|IN|5|case their|PRP$|5|nmod:poss "
        + "rivals|NNS|10|obl +,|,|10|punct say|VBP|8|aux taxing|VBG|10|csubj fuel|NN|8|obj cuts|VBZ|0|root "
        + "use|NN|10|obj +.|.|10|punct");
    assertEquals(List.of("Economists|taxing fuel cuts use"), p.extractStatements("cue-verb").stream()
        .map(x -> x.speakerText() + "|" + x.content()).toList());
  }

  @Test
  void aNounWithARelativeClauseWithoutThatIsNoTrailingSpeaker() {
    // "Her son is a soldier, a fact he often mentions.": no attribution of the first clause to "a fact he"
    FakeParse p = FakeParse.of("Her|PRP$|2|nmod:poss son|NN|5|nsubj is|VBZ|5|cop a|DT|5|det soldier|NN|0|root "
        + "+,|,|8|punct a|DT|8|det fact|NN|5|appos he|PRP|11|nsubj often|RB|11|advmod mentions|VBZ|8|acl:relcl "
        + "+.|.|5|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // a role before a name is a title: "The plan will fail, party spokesman Peter Smith said."
    FakeParse role = FakeParse.of("The|DT|2|det plan|NN|4|nsubj will|MD|4|aux fail|VB|10|ccomp +,|,|10|punct "
        + "party|NN|7|compound spokesman|NN|9|compound Peter|NNP|9|compound|PERSON Smith|NNP|10|nsubj|PERSON "
        + "said|VBD|0|root +.|.|10|punct");
    assertEquals(List.of("0:peter smith|say|The plan will fail|indirect"), role.extract("cue-verb"));
  }

  @Test
  void aFigureSetOffBeforeTheCueIsItsSubjectWhenTheParseHasNone() {
    // "Under a third of fans, 31 percent, said they would travel.", parsed with "said" as a parenthetical of
    // "travel" and the figure as its adjunct
    FakeParse p = FakeParse.of("Under|IN|3|case a|DT|3|det third|NN|13|obl of|IN|5|case fans|NNS|3|nmod "
        + "+,|,|8|punct 31|CD|8|nummod percent|NN|13|obl +,|,|10|punct said|VBD|13|parataxis they|PRP|13|nsubj "
        + "would|MD|13|aux travel|VB|0|root +.|.|13|punct");
    assertEquals(List.of("0:null|say|they would travel|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aClauseOpenedByAsAfterATrailingCueIsWhenItWasSaidNotWhat() {
    // "Rebels shelled the town overnight, officials said Sunday, as talks appeared to stall.", parsed with both
    // clauses as complements of "said"
    FakeParse p = FakeParse.of("Rebels|NNS|2|nsubj shelled|VBD|8|ccomp the|DT|4|det town|NN|2|obj "
        + "overnight|RB|2|advmod +,|,|8|punct officials|NNS|8|nsubj said|VBD|0|root Sunday|NNP|8|obl:tmod "
        + "+,|,|8|punct as|IN|13|mark "
        + "talks|NNS|13|nsubj appeared|VBD|8|ccomp to|TO|15|mark stall|VB|13|xcomp +.|.|8|punct");
    assertEquals(List.of("0:null|say|Rebels shelled the town overnight|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aParticipleModifyingTheMediumAfterATrailingCueKeepsTheAttribution() {
    // "Sales rose 5% last month, the bureau said in its closely watched report."
    FakeParse p = FakeParse.of("Sales|NNS|2|nsubj rose|VBN|10|advcl 5|CD|4|nummod %|NN|2|obj last|JJ|6|amod "
        + "month|NN|2|obl:tmod +,|,|10|punct the|DT|9|det bureau|NN|10|nsubj said|VBD|0|root in|IN|15|case "
        + "its|PRP$|15|nmod:poss closely|RB|14|advmod watched|VBN|15|amod report|NN|10|obl +.|.|10|punct");
    assertEquals(List.of("0:null|say|Sales rose 5 % last month|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aBareNumberSetOffAfterANameIsAnAgeAndTheNameSpeaks() {
    // "In the town of Lendor, resident Olga Marenko, 58, said she stayed.", parsed with "said" as a clause of the name
    FakeParse p = FakeParse.of("In|IN|3|case the|DT|3|det town|NN|0|root of|IN|5|case Lendor|NNP|3|nmod:of|LOCATION "
        + "+,|,|9|punct resident|JJ|9|amod Olga|NNP|9|compound|PERSON Marenko|NNP|3|dep|PERSON +,|,|9|punct "
        + "58|CD|9|amod +,|,|9|punct said|VBD|9|acl she|PRP|15|nsubj stayed|VBD|13|ccomp +.|.|3|punct");
    assertEquals(List.of("0:olga marenko|say|she stayed|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aParticipleAfterTheMediumOfATrailingCueKeepsTheAttribution() {
    // "Output will fall by half, the ministry said in a report released on Monday.", parsed with "said" as a clause
    // of "half"
    FakeParse p = FakeParse.of("Output|NN|3|nsubj will|MD|3|aux fall|VB|0|root by|IN|5|case half|NN|3|obl:by "
        + "+,|,|9|punct the|DT|8|det ministry|NN|9|nsubj said|VBD|5|acl in|IN|12|case a|DT|12|det report|NN|9|obl:in "
        + "released|VBN|12|acl on|IN|15|case Monday|NNP|13|obl:on|DATE +.|.|3|punct");
    assertEquals(List.of("0:null|say|Output will fall by half|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aNameSetOffAfterTheOpeningPhraseAndParsedAsItsAppositiveSpeaks() {
    // "In a memo seen by the Post, chief Raj Patel wrote that costs rose.", parsed with the name as an
    // appositive of "Post" and no subject for "wrote"
    FakeParse p = FakeParse.of("In|IN|3|case a|DT|3|det memo|NN|12|obl:in seen|VBN|3|acl by|IN|7|case the|DT|7|det "
        + "Post|NNP|4|obl:by|ORGANIZATION +,|,|7|punct chief|JJ|11|amod Raj|NNP|11|compound|PERSON "
        + "Patel|NNP|7|appos|PERSON wrote|VBD|0|root that|IN|15|mark costs|NNS|15|nsubj rose|VBD|12|ccomp "
        + "+.|.|12|punct");
    assertEquals(List.of("0:raj patel|write|costs rose|indirect"), p.extract("cue-verb"));
    // "Speaking to the Daily Show, Jane Roe said she would stay.", parsed with "Speaking" as the root, the name as an
    // appositive of "Show" and "said" as a bare dependent of "Speaking"
    FakeParse speaking = FakeParse.of("Speaking|VBG|0|root to|IN|5|case the|DT|5|det Daily|NNP|5|compound "
        + "Show|NNP|1|obl:to +,|,|5|punct Jane|NNP|8|compound|PERSON Roe|NNP|5|appos|PERSON said|VBD|1|dep "
        + "she|PRP|12|nsubj would|MD|12|aux stay|VB|9|ccomp +.|.|1|punct");
    assertTrue(speaking.extract("cue-verb").contains("0:jane roe|say|she would stay|indirect"),
        speaking.extract("cue-verb").toString());
    // "In a statement defending Roe, Acme's board said she would stay.": a noun phrase a name possesses
    FakeParse board = FakeParse.of("In|IN|3|case a|DT|3|det statement|NN|10|obl:in defending|VBG|3|acl "
        + "Roe|NNP|4|obj|PERSON +,|,|5|punct Acme|NNP|9|nmod:poss|ORGANIZATION 's|POS|7|case board|NN|5|appos "
        + "said|VBD|0|root she|PRP|13|nsubj would|MD|13|aux stay|VB|10|ccomp +.|.|10|punct");
    assertTrue(board.extract("cue-verb").contains("0:acme|say|she would stay|indirect"),
        board.extract("cue-verb").toString());
  }

  @Test
  void aCueInsideTheQuestionOpeningTheSentenceIsNoStatement() {
    // "Asked whether she regrets speaking out, she says no.", parsed with "regrets" on "says"
    FakeParse p = FakeParse.of("Asked|VBN|9|dep whether|IN|4|mark she|PRP|4|nsubj regrets|VBZ|9|advcl:whether "
        + "speaking|VBG|4|xcomp out|RP|5|compound:prt +,|,|9|punct she|PRP|9|nsubj says|VBZ|0|root no|UH|9|obj "
        + "+.|.|9|punct");
    assertTrue(p.extract("cue-verb").stream().noneMatch(s -> s.contains("regret")), p.extract("cue-verb").toString());
  }

  @Test
  void aRelativeClauseWhosePronounIsTheSubjectOfWhatWasSaidReportsItsPredicate() {
    // "The changes, which officials said will take effect soon, were welcomed.", parsed with "said" as a relative
    // clause of "changes" and "take" as the root
    FakeParse p = FakeParse.of("The|DT|2|det changes|NNS|8|nsubj +,|,|2|punct which|WDT|2|ref officials|NNS|6|nsubj "
        + "said|VBD|2|acl:relcl will|MD|8|aux take|VB|0|root effect|NN|8|obj soon|RB|8|advmod +,|,|8|punct "
        + "were|VBD|13|aux:pass welcomed|VBN|8|dep +.|.|8|punct");
    assertEquals(List.of("0:null|say|will take effect soon|indirect"), p.extract("cue-verb"));
  }

  @Test
  void anAddresseeTaggedAsAnInfinitiveAfterTheMediumIsNotWhatWasSaid() {
    // "Roe said in an email to staff that she was leaving.", with "staff" tagged as a verb
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root in|IN|5|case an|DT|5|det email|NN|2|obl:in "
        + "to|TO|7|mark staff|VB|2|xcomp that|IN|11|mark she|PRP|11|nsubj was|VBD|11|aux leaving|VBG|7|ccomp "
        + "+.|.|2|punct");
    assertEquals(List.of("0:roe|say|she was leaving|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aClauseAfterASemicolonIsTheWritersNextSentenceAndItsSubjectSpeaksForItsParticiple() {
    // "Roe had asked last week; his lawyers sought probation, citing his age.", parsed with "sought" as a
    // parataxis of "asked" and "citing" on "sought"
    FakeParse p = FakeParse.of("Roe|NNP|3|nsubj|PERSON had|VBD|3|aux asked|VBN|0|root last|JJ|5|amod "
        + "week|NN|3|obl:tmod ;|:|3|punct his|PRP$|8|nmod:poss lawyers|NNS|9|nsubj sought|VBD|3|parataxis "
        + "probation|NN|9|obj +,|,|9|punct citing|VBG|9|dep his|PRP$|14|nmod:poss age|NN|12|obj +.|.|3|punct");
    List<String> out = p.extract("cue-verb");
    assertTrue(out.contains("0:null|cite|his age|indirect"), out.toString());
    assertTrue(out.stream().noneMatch(s -> s.contains("sought")), out.toString());
  }

  @Test
  void aParticipleOnAClauseAfterASemicolonIsSaidByThatClausesSubject() {
    // "Roe had asked for eight years; his lawyers sought probation, citing his age."
    FakeParse p = FakeParse.of("Roe|NNP|3|nsubj|PERSON had|VBD|3|aux asked|VBN|0|root for|IN|6|case "
        + "eight|CD|6|nummod years|NNS|3|obl:for ;|:|3|punct his|PRP$|9|nmod:poss lawyers|NNS|10|nsubj "
        + "sought|VBD|3|parataxis probation|NN|10|obj +,|,|10|punct citing|VBG|10|dep his|PRP$|15|nmod:poss "
        + "age|NN|13|obj +.|.|3|punct");
    assertTrue(p.extract("cue-verb").contains("0:null|cite|his age|indirect"), p.extract("cue-verb").toString());
  }

  @Test
  void aParticipleAfterACommaParsedAsAnAdjectiveOfTheObjectIsNotWhatWasAnnounced() {
    // "Bus fares will be cut across the region from May, the transport minister announced on Monday, citing
    // evidence that they deter riders.", parsed with "citing" as an adjective of "evidence", the cue's object
    FakeParse p = FakeParse.of("Bus|NN|2|compound fares|NNS|5|nsubj:pass will|MD|5|aux be|VB|5|aux:pass "
        + "cut|VBN|15|ccomp across|IN|8|case the|DT|8|det region|NN|5|obl:across from|IN|10|case "
        + "May|NNP|5|obl:from|DATE +,|,|15|punct the|DT|14|det transport|NN|14|compound minister|NN|15|nsubj "
        + "announced|VBD|0|root "
        + "on|IN|17|case Monday|NNP|15|obl:on|DATE +,|,|15|punct citing|VBG|20|amod evidence|NN|15|obj that|IN|23|mark "
        + "they|PRP|23|nsubj deter|VBP|20|ccomp riders|NNS|23|obj +.|.|15|punct");
    assertEquals(List.of("0:null|announce|Bus fares will be cut across the region from May|indirect",
        "0:null|cite|evidence that they deter riders|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aMediumPostedSomewhereIsNoStatementEvenWithTheParticipleTaggedAPastTense() {
    // "Roe announced the tour in a video posted to her account.", with "posted" tagged VBD and hung on "announced"
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON announced|VBD|0|root the|DT|4|det tour|NN|2|obj in|IN|7|case "
        + "a|DT|7|det video|NN|2|obl:in posted|VBD|2|dep to|IN|11|case her|PRP$|11|nmod:poss account|NN|8|obl:to "
        + "+.|.|2|punct");
    List<String> found = p.extract("cue-verb");
    assertTrue(found.stream().noneMatch(s -> s.contains("|post|")), found.toString());
    assertEquals(1, found.size(), found.toString());
  }

  @Test
  void aParticipleParsedAsTheObjectOfATrailingCueAfterItsAdjunctLeavesTheFrontedReport() {
    // "Acme named Jane Roe as its director, the company said on Monday, ending months of speculation.", parsed with
    // "said" hung on "director" and "ending" as an adjective of the cue's object "months"
    FakeParse p = FakeParse.of("Acme|NNP|2|nsubj|ORGANIZATION named|VBD|0|root Jane|NNP|4|compound|PERSON "
        + "Roe|NNP|2|obj|PERSON as|IN|7|case its|PRP$|7|nmod:poss director|NN|2|obl:as +,|,|7|punct the|DT|10|det "
        + "company|NN|11|nsubj said|VBD|7|dep on|IN|13|case Monday|NNP|11|obl:on|DATE +,|,|11|punct "
        + "ending|VBG|16|amod months|NNS|11|obj of|IN|18|case speculation|NN|16|nmod:of +.|.|2|punct");
    assertEquals(List.of("0:acme|say|Acme named Jane Roe as its director|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aCueWithItsOwnAsPredicateHungBesideTheMainClauseDoesNotReportIt() {
    // "Staff voted to strike, after rejecting an offer the board described as “final”.", parsed with "described"
    // as a parataxis of "voted"
    FakeParse p = FakeParse.of("Staff|NNS|2|nsubj voted|VBD|0|root to|TO|4|mark strike|VB|2|xcomp +,|,|2|punct "
        + "after|IN|7|mark rejecting|VBG|12|advcl:after an|DT|9|det offer|NN|7|obj the|DT|11|det board|NN|12|nsubj "
        + "described|VBD|2|parataxis as|IN|15|case “|``|15|punct +final|JJ|12|advcl:as +”|''|15|punct "
        + "+.|.|2|punct");
    assertTrue(p.extract("cue-verb").stream().noneMatch(s -> s.contains("voted")), p.extract("cue-verb").toString());
  }

  @Test
  void aThatClauseAfterACitingParticipleParsedAsTheObjectIsWhatWasReported() {
    // "The Daily Post reported in May, citing unnamed sources, that the firm was reviewing its plans."
    FakeParse p = FakeParse.of("The|DT|3|det Daily|NNP|3|compound|ORGANIZATION Post|NNP|4|nsubj|ORGANIZATION "
        + "reported|VBD|0|root in|IN|6|case May|NNP|4|obl:in|DATE +,|,|4|punct citing|VBG|10|amod unnamed|JJ|10|amod "
        + "sources|NNS|4|obj +,|,|10|punct that|IN|16|mark the|DT|14|det firm|NN|16|nsubj was|VBD|16|aux "
        + "reviewing|VBG|10|dep its|PRP$|18|nmod:poss plans|NNS|16|obj +.|.|4|punct");
    assertEquals(List.of("0:daily post|report|the firm was reviewing its plans|indirect"), p.extract("cue-verb"));
  }

  @Test
  void anAttitudeConjoinedToTheCueWithAClauseOfItsOwnIsPartOfWhatWasSaid() {
    // "Roe said Ruritania welcomed the deal and hoped talks could resume.", parsed with "hoped" conjoined to "said"
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root Ruritania|NNP|4|nsubj|LOCATION "
        + "welcomed|VBD|2|ccomp the|DT|6|det deal|NN|4|obj and|CC|8|cc hoped|VBD|2|conj:and talks|NNS|11|nsubj "
        + "could|MD|11|aux resume|VB|8|ccomp +.|.|2|punct");
    assertEquals(List.of("0:roe|say|Ruritania welcomed the deal and hoped talks could resume|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aParentheticalAttributionWithWhereItWasSaidReportsTheWholeSentence() {
    // "Sales rose 5%, the company said in a statement, ahead of forecasts.": a short adjunct of the saying
    FakeParse adjunct = FakeParse.of("Sales|NNS|2|nsubj rose|VBD|8|advcl 5|CD|4|nummod %|NN|2|obj +,|,|8|punct "
        + "the|DT|7|det company|NN|8|nsubj said|VBD|0|root in|IN|11|case a|DT|11|det statement|NN|8|obl "
        + "+,|,|8|punct ahead|RB|8|dep of|IN|15|case forecasts|NNS|13|obl +.|.|8|punct");
    assertEquals(List.of("0:null|say|Sales rose 5 %, the company said in a statement, ahead of forecasts|indirect"),
        adjunct.extract("cue-verb"));
  }

  @Test
  void aThatClauseHungOnTheParticipleOfTheMediumIsWhatWasSaid() {
    // "The agency said in a statement posted on its website that two people had been hurt.", parsed with the clause
    // on "posted": the participle only places the statement, the saying is the report
    FakeParse p = FakeParse.of("The|DT|2|det agency|NN|3|nsubj said|VBD|0|root in|IN|6|case a|DT|6|det "
        + "statement|NN|3|obl:in posted|VBD|6|acl on|IN|10|case its|PRP$|10|nmod:poss website|NN|7|obl:on "
        + "that|IN|16|mark two|CD|13|nummod people|NNS|16|nsubj:pass had|VBD|16|aux been|VBN|16|aux:pass "
        + "hurt|VBN|7|ccomp +.|.|3|punct");
    assertEquals(List.of("0:null|say|two people had been hurt|indirect"), p.extract("cue-verb"));
  }

  @Test
  void whereAPlainSayingHappenedIsNotWhatWasSaid() {
    // "The race is close, as Anna said at a dinner in May.": the dinner is where she said it; what she said is the
    // main clause the "as" clause closes
    FakeParse p = FakeParse.of("The|DT race|NN|4|nsubj is|VBZ|4|cop close|JJ|0|root +,|,|4|punct as|IN|8|mark "
        + "Anna|NNP|8|nsubj|PERSON said|VBD|4|advcl at|IN|11|case a|DT|11|det dinner|NN|8|obl in|IN|13|case "
        + "May|NNP|11|nmod +.|.|4|punct");
    assertEquals(List.of("0:anna|say|The race is close|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aSecondThatClauseCoordinatedWithTheCueIsStillWhatWasSaid() {
    // "Anna said the plan works but that the cost is high.", parsed with the second clause on "said"
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|5|nsubj works|VBZ|2|ccomp "
        + "but|CC|11|cc that|IN|11|mark the|DT|9|det cost|NN|11|nsubj is|VBZ|11|cop high|JJ|2|conj +.|.|2|punct");
    assertEquals(List.of("0:anna|say|the plan works but that the cost is high|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aClauseWithItsOwnSubjectJoinedByButWithoutACommaIsStillWhatWasSaid() {
    // "Anna said the dam is checked but no crack was found.", parsed with the second clause on "said"
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det dam|NN|6|nsubj:pass "
        + "is|VBZ|6|aux:pass checked|VBN|2|ccomp but|CC|11|cc no|DT|9|det crack|NN|11|nsubj:pass was|VBD|11|aux:pass "
        + "found|VBN|2|conj +.|.|2|punct");
    assertEquals(List.of("0:anna|say|the dam is checked but no crack was found|indirect"), p.extract("cue-verb"));
    // "Anna said the dam is checked, but no one came.": after a comma, the writer goes on
    FakeParse q = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det dam|NN|6|nsubj:pass "
        + "is|VBZ|6|aux:pass checked|VBN|2|ccomp +,|,|11|punct but|CC|11|cc no|DT|10|det one|NN|11|nsubj "
        + "came|VBD|2|conj +.|.|2|punct");
    assertEquals(List.of("0:anna|say|the dam is checked|indirect"), q.extract("cue-verb"));
  }

  @Test
  void aLiveBlogTimeStampIsNoPartOfWhatWasSaid() {
    // "11.42pm: Turnout is up, the commission says."
    FakeParse p = FakeParse.of("11.42|CD|2|nummod +pm|NN|0|root +:|:|2|punct Turnout|NNP|6|nsubj is|VBZ|6|cop "
        + "up|RB|10|ccomp +,|,|10|punct the|DT|9|det commission|NN|10|nsubj says|VBZ|2|parataxis +.|.|2|punct");
    assertEquals(List.of("0:null|say|Turnout is up|indirect"), p.extract("cue-verb"));
    // "12:45 Taxes will stay frozen, the minister confirms.": a stamp without a colon before a capital
    FakeParse stamp = FakeParse.of("12:45|CD|4|nummod Taxes|NNS|4|nsubj will|MD|4|aux stay|VB|8|ccomp frozen|JJ|4|xcomp "
        + "+,|,|8|punct the|DT|7|det commission|NN|8|nsubj confirms|VBZ|0|root +.|.|8|punct");
    assertEquals(List.of("0:null|confirm|Taxes will stay frozen|indirect"), stamp.extract("cue-verb"));
  }

  @Test
  void aConjunctWithoutSubjectInTheTenseOfTheComplementIsStillWhatWasSaid() {
    // "Roe said the plan costs less and works better.", with "works" coordinated with "said"
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|5|nsubj costs|VBZ|2|ccomp "
            + "less|JJR|5|obj and|CC|8|cc works|VBZ|2|conj better|RBR|8|advmod +.|.|2|punct",
        "Roe|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|5|nsubj works|VBZ|2|ccomp and|CC|7|cc "
            + "left|VBD|2|conj the|DT|9|det room|NN|7|obj +.|.|2|punct");
    assertEquals(List.of("0:roe|say|the plan costs less and works better|indirect", "1:roe|say|the plan works|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aConjunctWithoutSubjectWithABackshiftedModalIsStillWhatWasSaid() {
    // "Roe said the plan was fair but would not change the bill.", parsed with "change" coordinated with "said"
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|6|nsubj was|VBD|6|cop "
        + "fair|JJ|2|ccomp but|CC|10|cc would|MD|10|aux not|RB|10|advmod change|VB|2|conj the|DT|12|det bill|NN|10|obj "
        + "+.|.|2|punct");
    assertEquals(List.of("0:roe|say|the plan was fair but would not change the bill|indirect"), p.extract("cue-verb"));
    // "Roe said the plan was fair and will vote for it.": the writer's present, not the report's tense
    FakeParse q = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|6|nsubj was|VBD|6|cop "
        + "fair|JJ|2|ccomp and|CC|9|cc will|MD|9|aux vote|VB|2|conj for|IN|11|case it|PRP|9|obl +.|.|2|punct");
    assertEquals(List.of("0:roe|say|the plan was fair|indirect"), q.extract("cue-verb"));
  }

  @Test
  void aConjunctWithoutSubjectThatQuotesTheSpeakerIsStillWhatWasSaid() {
    // "Anna said she respected the ruling but was “deeply concerned”.", parsed with "concerned" on "said"
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root she|PRP|4|nsubj respected|VBD|2|ccomp "
        + "the|DT|6|det ruling|NN|4|obj but|CC|11|cc was|VBD|11|cop “|``|11|punct +deeply|RB|11|advmod "
        + "concerned|JJ|2|conj +”|''|11|punct +.|.|2|punct");
    assertEquals(List.of("0:anna|say|she respected the ruling but was “deeply concerned|mixed"), p.extract("cue-verb"));
    // "Anna said she respected the ruling but declined to comment.": the writer goes on
    FakeParse q = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root she|PRP|4|nsubj respected|VBD|2|ccomp "
        + "the|DT|6|det ruling|NN|4|obj but|CC|8|cc declined|VBD|2|conj to|TO|10|mark comment|VB|8|xcomp "
        + "+.|.|2|punct");
    assertEquals(List.of("0:anna|say|she respected the ruling|indirect"), q.extract("cue-verb"));
  }

  @Test
  void aParticipleSetOffByCommasAfterTheSubjectIsNoPartOfTheSpeaker() {
    // "Justice Anna Roe, dissenting, said that the law was valid."
    FakeParse p = FakeParse.of("Justice|NNP|3|compound Anna|NNP|3|compound|PERSON Roe|NNP|7|nsubj|PERSON "
        + "+,|,|3|punct dissenting|VBG|3|amod +,|,|3|punct said|VBD|0|root that|IN|12|mark the|DT|10|det "
        + "law|NN|12|nsubj was|VBD|12|cop valid|JJ|7|ccomp +.|.|7|punct");
    assertEquals("Justice Anna Roe", p.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void aReportInAConditionWasNotMade() {
    // "“We will fight,” Anna said. “I would quit if they said the vote was rigged.”": inside her words, they said
    // nothing
    FakeParse p = FakeParse.of("“|``|3|punct +We|PRP|3|nsubj will|MD|3|aux fight|VB|7|ccomp +,|,|3|punct "
        + "+”|''|3|punct Anna|NNP|7|nsubj|PERSON said|VBD|0|root +.|.|7|punct",
        "“|``|4|punct +I|PRP|4|nsubj would|MD|4|aux quit|VB|0|root if|IN|7|mark they|PRP|7|nsubj said|VBD|4|advcl "
        + "the|DT|9|det vote|NN|11|nsubj:pass was|VBD|11|aux:pass rigged|VBN|7|ccomp +.|.|4|punct +”|''|4|punct");
    assertEquals(List.of("0:anna|say|We will fight|direct", "1:anna|say|I would quit if they said the vote was rigged|direct"),
        p.extract());
  }

  @Test
  void aSingularNounIsNoSubjectOfAPluralCue() {
    // "Critics of the plan to redesign the network argue that stops will go.", parsed with "the network argue" as a
    // clause of "redesign": the critics argue (their phrase as far as the parse gives it)
    FakeParse p = FakeParse.of("Critics|NNS|6|nsubj of|IN|4|case the|DT|4|det plan|NN|1|nmod to|TO|6|mark "
        + "redesign|VB|0|root the|DT|8|det network|NN|9|nsubj say|VBP|6|ccomp that|IN|13|mark stops|NNS|13|nsubj "
        + "will|MD|13|aux go|VB|9|ccomp +.|.|6|punct");
    assertEquals("Critics of the plan", p.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void theAddresseeAloneIsNoContent() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON told|VBD|0|root reporters|NNS|2|obj on|IN|5|case "
        + "Monday|NNP|2|obl +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aParticipleAfterACommaThatIsNoCueIsWhatTheSpeakerDidNotWhatWasSaid() {
    // '“...?” Peter asked rhetorically, shaking his head.' (the quotation is the quotation rule's)
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON asked|VBD|0|root rhetorically|RB|2|advmod +,|,|2|punct "
        + "shaking|VBG|2|dep his|PRP$|7|nmod:poss head|NN|5|obj +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aHyphenatedMannerAdverbParsedAsTheObjectIsHowItWasSaid() {
    // '“We won,” Peter said matter-of-factly.'
    FakeParse p = FakeParse.of("“|``|7|punct +We|PRP|3|nsubj won|VBD|7|ccomp +,|,|7|punct +”|''|7|punct "
        + "Peter|NNP|7|nsubj|PERSON said|VBD|0|root matter|NN|7|obj +-|HYPH|8|punct +of|IN|12|case +-|HYPH|12|punct "
        + "+factly|RB|8|nmod:of +.|.|7|punct");
    assertEquals(List.of("0:peter|say|We won|direct"), p.extract("cue-verb"));
  }

  @Test
  void whomAQuestionWasPutToIsNoContentButWhatWasAskedForIs() {
    FakeParse minister = FakeParse.of("Peter|NNP|2|nsubj|PERSON asked|VBD|0|root the|DT|4|det minister|NN|2|obj "
        + "+.|.|2|punct");
    assertEquals(List.of(), minister.extract("cue-verb"));
    FakeParse help = FakeParse.of("Peter|NNP|2|nsubj|PERSON asked|VBD|0|root them|PRP|2|obj for|IN|5|case "
        + "help|NN|2|obl:for +.|.|2|punct");
    assertEquals(List.of("0:peter|ask|them for help|indirect"), help.extract("cue-verb"));
    // "about" tagged as an adverb of the object: what was asked about
    FakeParse about = FakeParse.of("Peter|NNP|2|nsubj|PERSON asked|VBD|0|root about|RB|5|advmod all|DT|5|det "
        + "candidates|NNS|2|obj +.|.|2|punct");
    assertEquals(List.of("0:peter|ask|about all candidates|indirect"), about.extract("cue-verb"));
  }

  @Test
  void aVerbThatIsSpeechOnlyWithQuotesNeedsAQuotation() {
    FakeParse prices = FakeParse.of("Prices|NNS|2|nsubj continued|VBD|0|root to|TO|4|mark rise|VB|2|xcomp +.|.|2|punct");
    assertEquals(List.of(), prices.extract("cue-verb"));
  }

  @Test
  void aVerbOfHowWordsWereSaidAttributesTheQuotationBeforeIt() {
    FakeParse p = FakeParse.of("“|``|6|punct +It|PRP|6|nsubj was|VBD|6|cop never|RB|6|advmod a|DT|6|det "
        + "corner|NN|10|ccomp +,|,|6|punct +”|''|6|punct Peter|NNP|10|nsubj|PERSON fumed|VBD|0|root +.|.|10|punct");
    assertEquals(List.of("0:peter|fume|It was never a corner|direct"), p.extract("cue-verb", "quotation"));
    FakeParse fans = FakeParse.of("The|DT|2|det fans|NNS|3|nsubj fumed|VBD|0|root +.|.|3|punct");
    assertEquals(List.of(), fans.extract("cue-verb", "quotation"));
    // "“We'll see,” Roe shrugged." (but "Roe shrugged and walked away.")
    FakeParse shrugged = FakeParse.of("“|``|3|punct +We|PRP|3|nsubj +'ll|MD|3|aux see|VB|7|ccomp +,|,|3|punct "
        + "+”|''|3|punct Roe|NNP|7|nsubj|PERSON shrugged|VBD|0|root +.|.|7|punct",
        "Roe|NNP|2|nsubj|PERSON shrugged|VBD|0|root and|CC|4|cc walked|VBD|2|conj away|RB|4|advmod +.|.|2|punct");
    assertEquals(List.of("0:roe|shrug|We'll see|direct"), shrugged.extract("cue-verb", "quotation"));
  }

  @Test
  void aParticipleHungOnTheReportedClauseSaysWhatItsOwnPhraseSays() {
    // "The agency said the heat would last until Thursday, warning of dangerous conditions.", with "warning" hung on
    // "last": the warning is of the conditions, not the clause it hangs on
    FakeParse p = FakeParse.of("The|DT|2|det agency|NN|3|nsubj said|VBD|0|root the|DT|5|det heat|NN|7|nsubj "
        + "would|MD|7|aux last|VB|3|ccomp until|IN|9|case Thursday|NNP|7|obl:until +,|,|7|punct warning|VBG|7|dep "
        + "of|IN|14|case dangerous|JJ|14|amod conditions|NNS|11|obl:of +.|.|3|punct");
    assertEquals(List.of("0:null|say|the heat would last until Thursday|indirect",
        "0:null|warn|of dangerous conditions|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aListAfterTheCuesParticleIsAllSaidThoughTheParserMadeItsSecondItemTheObject() {
    // "He talked about the job, the critics and the future.", with "critics" as the object of "talked"
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON talked|VBD|0|root about|IN|5|case the|DT|5|det job|NN|2|obl "
        + "+,|,|2|punct the|DT|8|det critics|NNS|2|obj and|CC|11|cc the|DT|11|det future|NN|8|conj +.|.|2|punct");
    assertEquals(List.of("0:peter|talk about|the job, the critics and the future|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aQuoteOnlyVerbThatIsNoCueDoesNotHideTheCueInItsWouldBeContent() {
    // 'Peter said he won because there is “a lot going on.”': "going on" is no cue here (its would-be content
    // is no quotation or reported clause), so it does not hide the row of "said"
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON said|VBD|0|root he|PRP|4|nsubj won|VBD|2|ccomp "
        + "because|IN|7|mark there|EX|7|expl is|VBZ|4|advcl “|``|7|punct +a|DT|10|det lot|NN|11|nsubj going|VBG|7|dep "
        + "on|RP|11|compound:prt +.|.|2|punct +”|''|2|punct");
    assertEquals(List.of("0:peter|say|he won because there is “a lot going on|mixed"), p.extract("cue-verb"));
  }
  @Test
  void aParticipleAfterANonSpeechClauseTakesThatClausesSubject() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON defended|VBD|0|root the|DT|4|det plan|NN|2|obj +,|,|2|punct "
        + "saying|VBG|2|advcl it|PRP|8|nsubj works|VBZ|6|ccomp +.|.|2|punct");
    assertEquals(List.of("0:peter|say|it works|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aGerundAfterAPrepositionInAReportedClauseIsThatClausesSubjects() {
    // "Anna said Peter stalled the talks by demanding a vote."
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root Peter|NNP|4|nsubj|PERSON stalled|VBD|2|ccomp "
        + "the|DT|6|det talks|NNS|4|obj by|IN|8|mark demanding|VBG|4|advcl a|DT|10|det vote|NN|8|obj +.|.|2|punct");
    assertEquals(List.of("0:anna|say|Peter stalled the talks|indirect", "0:peter|demand|a vote|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aParticipleContinuesTheNearestClauseWithASpeakingSubjectWhenTheMainSubjectSpeaksNot() {
    FakeParse p = FakeParse.of("The|DT|2|det row|NN|3|nsubj erupted|VBD|0|root after|IN|6|mark Peter|NNP|6|nsubj|PERSON "
        + "entered|VBD|3|advcl the|DT|8|det race|NN|6|obj +,|,|3|punct saying|VBG|3|advcl it|PRP|12|nsubj "
        + "works|VBZ|10|ccomp +.|.|3|punct");
    assertEquals(List.of("0:peter|say|it works|indirect"), p.extract("cue-verb"));
  }

  @Test
  void theNounOfAnAbsoluteWithConstructionSaysWhatItsParticipleReports() {
    FakeParse p = FakeParse.of("Support|NN|2|nsubj rose|VBD|0|root +,|,|2|punct with|IN|6|case 30|CD|6|nummod "
        + "percent|NN|2|obl:with of|IN|8|case voters|NNS|6|nmod:of saying|VBG|6|acl they|PRP|11|nsubj "
        + "agree|VBP|9|ccomp +.|.|2|punct");
    assertEquals(List.of("30 percent of voters|they agree"), p.extractStatements("cue-verb").stream()
        .map(x -> x.speakerText() + "|" + x.content()).toList());
    // the "with" phrase parsed as a modifier of the object ("improved his standing, with 30 percent ...")
    FakeParse nmod = FakeParse.of("Peter|NNP|2|nsubj|PERSON improved|VBD|0|root his|PRP$|4|nmod:poss "
        + "standing|NN|2|obj +,|,|4|punct with|IN|8|case 30|CD|8|nummod percent|NN|4|nmod:with of|IN|10|case "
        + "voters|NNS|8|nmod:of saying|VBG|8|acl they|PRP|13|nsubj agree|VBP|11|ccomp +.|.|2|punct");
    assertEquals(List.of("30 percent of voters|they agree"), nmod.extractStatements("cue-verb").stream()
        .map(x -> x.speakerText() + "|" + x.content()).toList());
  }

  @Test
  void theAddresseeOfWarnIsNoContentWhenTheClauseHangsOnANounAfterIt() {
    // "Roe warned voters in interviews that the plan would fail.", parsed with the clause on "interviews"
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON warned|VBD|0|root voters|NNS|2|obj in|IN|5|case "
        + "interviews|NNS|2|obl that|IN|10|mark the|DT|8|det plan|NN|10|nsubj would|MD|10|aux fail|VB|5|ccomp "
        + "+.|.|2|punct");
    assertEquals(List.of("0:roe|warn|the plan would fail|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aParticipleParsedInsideItsClauseEndsBeforeACoordinatedReportAndKeepsTheSubjectOfItsHost() {
    // "The senator gave Roe credit, saying he should be thanked, but he insisted Roe is no hero.", with "saying" as
    // the marker of "thanked" and the coordinated report after it
    FakeParse p = FakeParse.of("The|DT|2|det senator|NN|3|nsubj gave|VBD|0|root Roe|NNP|3|iobj|PERSON credit|NN|3|obj "
        + "+,|,|3|punct saying|VBG|11|mark he|PRP|11|nsubj:pass should|MD|11|aux be|VB|11|aux:pass thanked|VBN|3|ccomp "
        + "+,|,|3|punct but|CC|15|cc he|PRP|15|nsubj insisted|VBD|3|conj Roe|NNP|19|nsubj|PERSON is|VBZ|19|cop "
        + "no|DT|19|det hero|NN|15|ccomp +.|.|3|punct");
    assertEquals(List.of("0:null|say|he should be thanked|indirect", "0:roe|insist|Roe is no hero|indirect"),
        p.extract("cue-verb"));
    assertEquals("The senator", p.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void aParticipleParsedAsABareDependentOfTheClauseItOpensReportsThatClause() {
    // "“It is hard,” Roe said, adding he would support the plan.", with "adding" as a bare dep of "support"
    FakeParse near = FakeParse.of("“|``|4|punct +It|PRP|4|nsubj is|VBZ|4|cop hard|JJ|8|ccomp +,|,|8|punct "
        + "+”|''|8|punct Roe|NNP|8|nsubj|PERSON said|VBD|0|root +,|,|8|punct adding|VBG|13|dep he|PRP|13|nsubj "
        + "would|MD|13|aux support|VB|8|ccomp the|DT|15|det plan|NN|13|obj +.|.|8|punct");
    assertEquals(List.of("0:roe|say|It is hard|direct", "0:roe|add|he would support the plan|indirect"),
        near.extract("cue-verb"));
    // "Roe defended the plan, saying he would support it.": the same after a clause that reports nothing
    FakeParse host = FakeParse.of("Roe|NNP|2|nsubj|PERSON defended|VBD|0|root the|DT|4|det plan|NN|2|obj "
        + "+,|,|2|punct saying|VBG|9|dep he|PRP|9|nsubj would|MD|9|aux support|VB|2|ccomp it|PRP|9|obj +.|.|2|punct");
    assertEquals(List.of("0:roe|say|he would support it|indirect"), host.extract("cue-verb"));
  }

  @Test
  void aParticipleParsedAsADiscourseWordOfTheClauseItIntroduces() {
    // "The judge sounded off on the plan, saying she did not want to leave.", parsed with "saying" as a discourse
    // word of "want" and "want" as parataxis of the main verb
    FakeParse p = FakeParse.of("The|DT|2|det judge|NN|3|nsubj sounded|VBD|0|root off|RP|3|compound:prt "
        + "on|IN|7|case the|DT|7|det plan|NN|3|obl +,|,|3|punct saying|VBG|13|discourse she|PRP|13|nsubj "
        + "did|VBD|13|aux not|RB|13|advmod want|VB|3|parataxis to|TO|15|mark leave|VB|13|xcomp +.|.|3|punct");
    assertEquals(List.of("0:null|say|she did not want to leave|indirect"), p.extract("cue-verb"));
    assertEquals("The judge", p.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void theGenericOneAfterAModalIsNoSpeakerButOneOfTwoSourcesIs() {
    FakeParse p = FakeParse.of("One|PRP|4|nsubj has|VBZ|4|aux to|TO|4|mark ask|VB|0|root whether|IN|7|mark "
            + "it|PRP|7|nsubj works|VBZ|4|ccomp +.|.|4|punct",
        "One|PRP|3|nsubj could|MD|3|aux say|VB|0|root prices|NNS|5|nsubj fell|VBD|3|ccomp +.|.|3|punct",
        "One|PRP|2|nsubj says|VBZ|0|root prices|NNS|4|nsubj fell|VBD|2|ccomp +.|.|2|punct");
    assertEquals(List.of("2:null|say|prices fell|indirect"), p.extract("cue-verb"));
  }

  @Test
  void whoAfterAnEventOfAPersonStandsForThePerson() {
    FakeParse p = FakeParse.of("The|DT|2|det endorsement|NN|12|nsubj of|IN|5|case Peter|NNP|5|compound|PERSON "
            + "Smith|NNP|2|nmod:of|PERSON +,|,|8|punct who|WP|8|nsubj said|VBD|2|acl:relcl it|PRP|10|nsubj "
            + "works|VBZ|8|ccomp +,|,|8|punct came|VBD|0|root late|RB|12|advmod +.|.|12|punct",
        // a place or body after "of" is no one "who" stands for: the graduate said it
        "A|DT|2|det graduate|NN|11|nsubj of|IN|5|case Bergen|NNP|5|compound|ORGANIZATION "
            + "College|NNP|2|nmod:of|ORGANIZATION +,|,|8|punct who|WP|8|nsubj said|VBD|2|acl:relcl it|PRP|10|nsubj "
            + "works|VBZ|8|ccomp +,|,|8|punct won|VBD|0|root +.|.|11|punct");
    assertEquals(List.of("0:peter smith|say|it works|indirect", "1:null|say|it works|indirect"), p.extract("cue-verb"));
    assertEquals(List.of("Peter Smith", "A graduate of Bergen College"),
        p.extractStatements("cue-verb").stream().map(org.newsgraph.model.Statement::speakerText).toList());
  }

  @Test
  void aSpeakerThatIsALaterConjunctLosesItsConjunction() {
    // "Anna Roe and Peter Smith, who ...": the parser made the relative clause Smith's, and "and" hangs on him
    FakeParse p = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|12|nsubj|PERSON and|CC|5|cc "
        + "Peter|NNP|5|compound|PERSON Smith|NNP|2|conj:and|PERSON +,|,|8|punct who|WP|8|nsubj "
        + "said|VBD|5|acl:relcl it|PRP|10|nsubj works|VBZ|8|ccomp +,|,|8|punct left|VBD|0|root +.|.|12|punct");
    assertEquals(List.of("Peter Smith"),
        p.extractStatements("cue-verb").stream().map(org.newsgraph.model.Statement::speakerText).toList());
  }

  @Test
  void aGerundAfterAPrepositionTakesTheMainClausesSubjectOrAfterForItsObject() {
    FakeParse p = FakeParse.of(
        "Peter|NNP|3|nsubj:pass|PERSON was|VBD|3|aux:pass criticized|VBN|0|root for|IN|5|mark saying|VBG|3|advcl "
            + "it|PRP|8|nsubj would|MD|8|aux fail|VB|5|ccomp +.|.|3|punct",
        "Peter|NNP|2|nsubj|PERSON thanked|VBD|0|root Anna|NNP|2|obj|PERSON for|IN|5|mark saying|VBG|2|advcl "
            + "it|PRP|8|nsubj would|MD|8|aux pass|VB|5|ccomp +.|.|2|punct");
    assertEquals(List.of("0:peter|say|it would fail|indirect", "1:anna|say|it would pass|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aParticipleInATimeClauseWithNoReportedClauseIsNoStatement() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON left|VBD|0|root after|IN|4|mark saying|VBG|2|advcl "
        + "goodbye|NN|4|obj +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aClauseParsedAsParataxisAfterTheAddresseeIsTheContent() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON told|VBD|0|root the|DT|4|det board|NN|2|obj he|PRP|8|nsubj "
        + "was|VBD|8|cop against|IN|8|case it|PRP|2|parataxis +.|.|2|punct");
    assertEquals(List.of("0:peter|tell|he was against it|indirect"), p.extract("cue-verb"));
  }
  @Test
  void anAddresseeParsedAsABareDependentOfTheReportedClauseIsNoContent() {
    // "Peter later told reporters the city would review the rules.", with "reporters" hung on "review"
    FakeParse p = FakeParse.of("Peter|NNP|3|nsubj|PERSON later|RB|3|advmod told|VBD|0|root reporters|NNS|8|dep "
        + "the|DT|6|det city|NN|8|nsubj would|MD|8|aux review|VB|3|ccomp the|DT|10|det rules|NNS|8|obj +.|.|3|punct");
    assertEquals(List.of("0:peter|tell|the city would review the rules|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aTrailingSpeakerWithAnAppositiveIsTheNameNotTheAddressee() {
    FakeParse p = FakeParse.of("“|`` +Prices|NNS will|MD fall|VB +,|, +”|'' Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, "
        + "the|DT head|NN of|IN the|DT bank|NN +,|, told|VBD reporters|NNS in|IN town|NN +.|.");
    assertEquals(List.of("0:peter smith|tell|Prices will fall|direct"), p.extract("cue-verb"));
  }
  @Test
  void callNeedsAnObjectAndItsPredicate() {
    FakeParse p = FakeParse.of("Peter|NNP|3|nsubj|PERSON has|VBZ|3|aux called|VBN|0|root the|DT|5|det plan|NN|3|obj "
            + "a|DT|7|det disgrace|NN|3|xcomp +.|.|3|punct",
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root the|DT|4|det meeting|NN|2|obj +.|.|2|punct");
    assertEquals(List.of("0:peter|call|the plan a disgrace|indirect"), p.extract("cue-verb"));
    // the predicate parsed as a bare noun phrase adjunct of the cue; a time adjunct is none
    FakeParse npmod = FakeParse.of("Peter|NNP|2|nsubj|PERSON called|VBD|0|root the|DT|4|det vote|NN|2|obj "
            + "a|DT|6|det reason|NN|2|obl:npmod to|TO|8|mark act|VB|6|acl +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root the|DT|4|det meeting|NN|2|obj last|JJ|6|amod "
            + "week|NN|2|obl:tmod +.|.|2|punct");
    assertEquals(List.of("0:peter|call|the vote a reason to act|indirect"), npmod.extract("cue-verb"));
  }
  @Test
  void reportingVerbsOfWorldEnglishPressAreCues() {
    // "termed" like "called" needs its object's predicate; "clarified" needs a clause
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON termed|VBD|0|root the|DT|4|det plan|NN|2|obj "
            + "an|DT|6|det eyewash|NN|2|xcomp +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON termed|VBD|0|root the|DT|4|det meeting|NN|2|obj +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON posited|VBD|0|root that|IN|6|mark prices|NNS|6|nsubj would|MD|6|aux "
            + "fall|VB|2|ccomp +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON clarified|VBD|0|root that|IN|6|mark the|DT|5|det rule|NN|6|nsubj "
            + "stands|VBZ|2|ccomp +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON clarified|VBD|0|root the|DT|4|det rules|NNS|2|obj +.|.|2|punct");
    assertEquals(List.of("0:peter|term|the plan an eyewash|indirect", "2:peter|posit|prices would fall|indirect",
        "3:peter|clarify|the rule stands|indirect"), p.extract("cue-verb"));
  }
  @Test
  void aBareDemonstrativeIsAllThatWasSaidAndNoStatement() {
    // "disclosed this on Thursday in Abuja": what "this" stands for was reported before; the place is no content
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON disclosed|VBD|0|root this|DT|2|obj on|IN|5|case "
        + "Thursday|NNP|2|obl in|IN|7|case Abuja|NNP|2|obl|LOCATION +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    FakeParse plan = FakeParse.of("Peter|NNP|2|nsubj|PERSON disclosed|VBD|0|root this|DT|4|det plan|NN|2|obj "
        + "on|IN|6|case Thursday|NNP|2|obl +.|.|2|punct");
    assertEquals(List.of("0:peter|disclose|this plan|indirect"), plan.extract("cue-verb"));
  }
  @Test
  void aClauseBetweenAnAdjunctAndThePredicateItIsTheSubjectOfIsNoReport() {
    // "Roe has apologised after remarks she made on stage drew criticism.", parsed with "she made" and "drew" on
    // the cue: no words of the apology are given
    FakeParse p = FakeParse.of("Roe|NNP|3|nsubj|PERSON has|VBZ|3|aux apologised|VBN|0|root after|IN|5|case "
        + "remarks|NNS|3|obl she|PRP|7|nsubj made|VBD|3|parataxis on|RP|7|compound:prt stage|NN|7|obj "
        + "drew|VBD|3|dep criticism|NN|10|obj +.|.|3|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // (a clause after the saying's adjunct with no predicate after it is what was said)
    FakeParse told = FakeParse.of("Roe|NNP|2|nsubj|PERSON told|VBD|0|root reporters|NNS|2|obj after|IN|6|case "
        + "the|DT|6|det meeting|NN|2|obl he|PRP|9|nsubj would|MD|9|aux resign|VB|2|parataxis +.|.|2|punct");
    assertEquals(List.of("0:roe|tell|he would resign|indirect"), told.extract("cue-verb"));
  }

  @Test
  void aClauseHungOnThePredicateOfMakeClearIsWhatWasSaid() {
    // "Roe made clear that she would stay.", "Roe made it clear that she would stay.", parsed with the clause on
    // "clear"
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON made|VBD|0|root clear|JJ|2|xcomp that|IN|7|mark "
            + "she|PRP|7|nsubj would|MD|7|aux stay|VB|3|ccomp +.|.|2|punct",
        "Roe|NNP|2|nsubj|PERSON made|VBD|0|root it|PRP|4|nsubj clear|JJ|2|xcomp that|IN|8|mark "
            + "she|PRP|8|nsubj would|MD|8|aux stay|VB|4|ccomp +.|.|2|punct");
    assertEquals(List.of("0:roe|make clear|she would stay|indirect", "1:roe|make it clear|she would stay|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void theOccasionOfTheSayingSetOffAfterTheSpeakerIsNoPartOfIt() {
    // "The bank's chief executive, in an interview on FNN, said sales were strong." (but "a spokesman for Acme")
    FakeParse p = FakeParse.of("The|DT|2|det bank|NN|5|nmod:poss +'s|POS|2|case chief|JJ|5|amod executive|NN|13|nsubj "
        + "+,|,|5|punct in|IN|9|case an|DT|9|det interview|NN|5|nmod:in on|IN|11|case FNN|NNP|9|nmod:on|ORGANIZATION "
        + "+,|,|5|punct said|VBD|0|root sales|NNS|16|nsubj were|VBD|16|cop strong|JJ|13|ccomp +.|.|13|punct");
    List<org.newsgraph.model.Statement> s = p.extractStatements("cue-verb");
    assertEquals(1, s.size());
    assertEquals("The bank's chief executive", s.get(0).speakerText());
    assertEquals("sales were strong", s.get(0).content());
  }

  @Test
  void callTakesAFreeRelativeWhoseVerbHoldsThePredicate() {
    // "called what he saw “terrible.”", parsed with the predicate on the relative clause's verb
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON called|VBD|0|root what|WP|5|obj he|PRP|5|nsubj "
            + "saw|VBD|2|ccomp “|``|7|punct +terrible|JJ|5|xcomp +.|.|2|punct +”|''|2|punct",
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root what|WP|5|obj he|PRP|5|nsubj wanted|VBD|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:peter|call|what he saw “terrible|mixed"), p.extract("cue-verb"));
  }
  @Test
  void peopleDeterminersSpeakButDemonstrativesOfThingsDoNot() {
    FakeParse p = FakeParse.of(
        "Those|DT|3|nsubj close|JJ|1|amod say|VBP|0|root it|PRP|6|nsubj will|MD|6|aux pass|VB|3|ccomp +.|.|3|punct",
        "This|DT|2|nsubj says|VBZ|0|root a|DT|4|det lot|NN|2|obj +.|.|2|punct");
    assertEquals(List.of("0:null|say|it will pass|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aSubjectWithAnAppositiveBeforeATransitiveCueIsNoInvertedAttribution() {
    // "Anna Roe, a professor, described the plan as a gamble.": not "..., described [the plan]"
    FakeParse p = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|7|nsubj|PERSON +,|,|5|punct a|DT|5|det "
        + "professor|NN|2|appos +,|,|5|punct described|VBD|0|root the|DT|9|det plan|NN|7|obj as|IN|12|case "
        + "a|DT|12|det gamble|NN|7|obl +.|.|7|punct");
    assertEquals(List.of("0:anna roe|describe|the plan as a gamble|indirect"), p.extract("cue-verb"));
  }

  @Test
  void anInvertedAttributionSurvivesASubjectTheParserPutOnTheLeft() {
    // "Prices will fall, said Peter Roe, a historian." with "Prices" misparsed as the subject of "said"
    FakeParse p = FakeParse.of("Prices|NNS|5|nsubj will|MD|3|aux fall|VB|5|ccomp +,|,|5|punct said|VBD|0|root "
        + "Peter|NNP|7|compound|PERSON Roe|NNP|5|obj|PERSON +,|,|10|punct a|DT|10|det historian|NN|7|appos +.|.|5|punct");
    assertEquals(List.of("0:peter roe|say|Prices will fall|indirect"), p.extract("cue-verb"));
  }

  @Test
  void anInvertedRoleBeforeTheNameSpeaksAsTheNamedPerson() {
    // "Prices will fall, said the host, President Peter Roe, whose term ends."
    FakeParse p = FakeParse.of("Prices|NNS|3|nsubj will|MD|3|aux fall|VB|5|ccomp +,|,|5|punct said|VBD|0|root "
        + "the|DT|7|det host|NN|5|obj +,|,|7|punct President|NNP|11|compound Peter|NNP|11|compound|PERSON "
        + "Roe|NNP|7|appos|PERSON +,|,|11|punct whose|WP$|14|nmod:poss term|NN|15|nsubj ends|VBZ|11|acl:relcl "
        + "+.|.|5|punct");
    assertEquals(List.of("0:peter roe|say|Prices will fall|indirect"), p.extract("cue-verb"));
    assertEquals("the host, President Peter Roe", p.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void anInvertedRoleBeforeANameWithItsAffiliationSpeaksAsTheNamedPerson() {
    // "Prices will fall, said the study's author, Dr. Peter Roe of Acme University."
    FakeParse p = FakeParse.of("Prices|NNS|3|nsubj will|MD|3|aux fall|VB|5|ccomp +,|,|5|punct said|VBD|0|root "
        + "the|DT|7|det study|NN|9|nmod:poss +'s|POS|7|case author|NN|5|nsubj +,|,|9|punct Dr.|NNP|13|compound "
        + "Peter|NNP|13|compound|PERSON Roe|NNP|9|appos|PERSON of|IN|16|case Acme|NNP|16|compound|ORGANIZATION "
        + "University|NNP|13|nmod|ORGANIZATION +.|.|5|punct");
    assertEquals(List.of("0:peter roe|say|Prices will fall|indirect"), p.extract("cue-verb"));
    assertEquals("the study's author, Dr. Peter Roe", p.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void aCueThatNeedsAClauseMayPutItsSpeakerAfterIt() {
    // "Prices will fall, added Peter Roe of the Daily Planet.", parsed with the speaker as the object
    FakeParse p = FakeParse.of("Prices|NNS|3|nsubj will|MD|3|aux fall|VB|5|ccomp +,|,|5|punct added|VBD|0|root "
        + "Peter|NNP|7|compound|PERSON Roe|NNP|5|obj|PERSON of|IN|11|case the|DT|11|det Daily|NNP|11|compound|ORGANIZATION "
        + "Planet|NNP|7|nmod|ORGANIZATION +.|.|5|punct");
    assertEquals(List.of("0:peter roe|add|Prices will fall|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aParticipleParsedAsTheSubjectOfAFiniteReportedPredicateReportsItsLongSubject() {
    // "Anna took the stage, saying his use of the term to refer to it was wrong."
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON took|VBD|0|root the|DT|4|det stage|NN|2|obj +,|,|2|punct "
        + "saying|VBG|17|nsubj his|PRP$|8|nmod:poss use|NN|6|obj of|IN|11|case the|DT|11|det term|NN|8|nmod "
        + "to|TO|13|mark refer|VB|6|dep to|IN|15|case it|PRP|13|obl was|VBD|17|cop wrong|JJ|2|parataxis +.|.|2|punct");
    assertEquals(List.of("0:anna|say|his use of the term to refer to it was wrong|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aQuotationOpenedAfterTheCueAndAColonIsWhatWasSaidWhateverTheParserHungItOn() {
    // "Anna backed the rule, saying: “Absolutely not.”": the quotation hung as a bare dependent
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON backed|VBD|0|root the|DT|4|det rule|NN|2|obj +,|,|2|punct "
        + "saying|VBG|2|dep +:|:|6|punct “|``|6|punct +Absolutely|RB|10|advmod not|RB|6|dep +.|.|2|punct +”|''|2|punct");
    assertEquals(List.of("0:anna|say|Absolutely not|direct"), p.extract("cue-verb"));
  }

  @Test
  void anInvertedSpeakerEndsBeforeAParticiplePhraseThatDescribesIt() {
    // "“There was never an order,” said the base chief known as Bob.": the chief parsed as the subject of "known"
    FakeParse p = FakeParse.of("“|``|6|punct +There|EX|6|expl was|VBD|6|cop never|RB|6|advmod an|DT|6|det "
        + "order|NN|10|ccomp +,|,|10|punct +”|''|10|punct said|VBD|0|root the|DT|13|det base|NN|13|compound "
        + "chief|NN|14|nsubj known|VBN|10|xcomp as|IN|16|case Bob|NNP|14|obl +.|.|10|punct");
    List<org.newsgraph.model.Statement> st = p.extractStatements("cue-verb");
    assertEquals(List.of("the base chief|say|There was never an order"),
        st.stream().map(x -> x.speakerText() + "|" + x.cueLemma() + "|" + x.content()).toList());
  }

  @Test
  void anInvertedSpeakerEndsBeforeItsRelativeClause() {
    // "Prices will fall, said a data expert who has worked for the bank."
    FakeParse p = FakeParse.of("Prices|NNS|3|nsubj will|MD|3|aux fall|VB|5|ccomp +,|,|5|punct said|VBD|0|root "
        + "a|DT|8|det data|NNS|8|compound expert|NN|5|obj who|WP|8|ref has|VBZ|11|aux worked|VBN|8|acl:relcl "
        + "for|IN|14|case the|DT|14|det bank|NN|11|obl +.|.|5|punct");
    assertEquals(List.of("0:null|say|Prices will fall|indirect"), p.extract("cue-verb"));
    // "what" after a pronoun opens a question, not a relative clause of an inverted speaker
    FakeParse q = FakeParse.of("The|DT|2|det woman|NN|8|nsubj +,|,|2|punct Anna|NNP|5|compound|PERSON "
        + "Roe|NNP|2|appos|PERSON recalled|VBD|0|root +,|,|6|punct asked|VBD|6|dep her|PRP|8|obj what|WP|12|obj "
        + "she|PRP|12|nsubj did|VBD|8|ccomp +.|.|6|punct");
    assertEquals(List.of("0:anna roe|recall|The woman, Anna Roe recalled, asked her what she did|indirect"),
        q.extract("cue-verb"));
  }

  @Test
  void aTitledNameBeforeARelativeClauseAndACueParsedAsAnAuxiliary() {
    // "Vice President Anna Roe Jr., who was to travel to Ohio, said they touched on ...": "said" parsed as an
    // auxiliary of "touched", and no subject above it
    FakeParse p = FakeParse.of("Vice|NNP|2|compound President|NNP|5|compound Anna|NNP|5|compound|PERSON "
        + "Roe|NNP|5|compound|PERSON Jr.|NNP|0|root +,|,|5|punct who|WP|5|dep was|VBD|7|dep to|TO|10|mark "
        + "travel|VB|8|xcomp to|IN|12|case Ohio|NNP|10|obl|LOCATION +,|,|10|punct said|VBD|16|aux "
        + "they|PRP|16|nsubj touched|VBD|10|parataxis on|IN|19|case a|DT|19|det rule|NN|16|obl +.|.|5|punct");
    List<org.newsgraph.model.Statement> st = p.extractStatements("cue-verb");
    assertEquals(List.of("0:anna roe|say|they touched on a rule|indirect"), p.extract("cue-verb"));
    assertEquals("Vice President Anna Roe Jr.", st.get(0).speakerText());
  }

  @Test
  void aClauseAfterTheCueThatTheParserHungElsewhereIsWhatWasSaid() {
    // "..., and a former official said there have been talks.", parsed with "said" as the subject of "talks";
    // "Anna Roe said there, in the hall." reports nothing
    FakeParse p = FakeParse.of("Officials|NNS|2|nsubj met|VBD|0|root +,|,|2|punct and|CC|8|cc a|DT|7|det "
            + "former|JJ|7|amod official|NN|8|nsubj said|VBD|2|conj there|RB|8|advmod have|VBP|12|aux been|VBN|12|cop "
            + "talks|NNS|2|dep +.|.|2|punct",
        "Anna|NNP|2|nsubj|PERSON said|VBD|0|root there|RB|2|advmod +,|,|2|punct in|IN|7|case the|DT|7|det "
            + "hall|NN|2|obl +.|.|2|punct");
    assertEquals(List.of("0:null|say|there have been talks|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aReportInARelativeClauseTheParserHungElsewhere() {
    // "Critics of the plan, who argue that it favours the rich, have vowed to fight it.": "argue" parsed as a
    // parenthetical of the reported clause's predicate, its subject "who"
    FakeParse p = FakeParse.of("Critics|NNS|9|nsubj of|IN|4|case the|DT|4|det plan|NN|1|nmod +,|,|1|punct "
            + "who|WP|7|nsubj argue|VBP|1|acl:relcl that|IN|9|mark it|PRP|9|nsubj favours|VBZ|0|root the|DT|11|det "
            + "rich|JJ|9|obj +,|,|9|punct have|VBP|14|aux vowed|VBN|9|dep +.|.|9|punct");
    List<org.newsgraph.model.Statement> st = p.extractStatements("cue-verb");
    assertEquals(List.of("0:null|argue|it favours the rich|indirect"),
        st.stream().filter(x -> x.cueLemma().equals("argue")).map(x -> x.sentenceIdx() + ":" + x.speakerEntityId() + "|"
            + x.cueLemma() + "|" + x.content() + "|" + x.kind()).toList());
    assertEquals("Critics of the plan", st.stream().filter(x -> x.cueLemma().equals("argue")).findFirst().orElseThrow()
        .speakerText());
  }

  @Test
  void aReportInARelativeClauseSetOffByCommasEndsWhereTheMainClauseGoesOn() {
    // "The new rules, which officials said will take effect next month, will not apply to tourists.", parsed with
    // the main clause's verb hanging on what was said
    FakeParse p = FakeParse.of("The|DT|3|det new|JJ|3|amod rules|NNS|0|root +,|,|3|punct which|WDT|3|ref "
        + "officials|NNS|7|nsubj said|VBD|3|acl:relcl will|MD|9|aux take|VB|7|dep effect|NN|9|obj next|JJ|12|amod "
        + "month|NN|9|obl:tmod +,|,|9|punct will|MD|16|aux not|RB|16|advmod apply|VB|9|dep to|IN|18|case "
        + "tourists|NNS|16|obl:to +.|.|3|punct");
    assertEquals(List.of("0:null|say|will take effect next month|indirect"), p.extract("cue-verb"));
    // "The rules, which officials said members, as a rule, would back, passed.": a comma before a verb with a
    // subject of its own does not close the clause
    FakeParse own = FakeParse.of("The|DT|2|det rules|NNS|16|nsubj +,|,|2|punct which|WDT|2|ref "
        + "officials|NNS|6|nsubj said|VBD|2|acl:relcl members|NNS|14|nsubj +,|,|11|punct as|IN|11|case a|DT|11|det "
        + "rule|NN|14|obl:as +,|,|11|punct would|MD|14|aux back|VB|6|ccomp +,|,|2|punct passed|VBD|0|root "
        + "+.|.|16|punct");
    assertEquals(List.of("0:null|say|members, as a rule, would back|indirect"), own.extract("cue-verb"));
  }

  @Test
  void aCueCoordinatedIntoARelativeClauseReportsItsAntecedent() {
    // "Roe, who spoke to the mayors, did not name her rival, but told them that the city would grow.", parsed with
    // everything after the name inside the relative clause
    FakeParse p = FakeParse.of("Roe|NNP|0|root|PERSON +,|,|1|punct who|WP|1|ref spoke|VBD|1|acl:relcl to|IN|7|case "
        + "the|DT|7|det mayors|NNS|4|obl:to +,|,|4|punct did|VBD|11|aux not|RB|11|advmod name|VB|4|dep "
        + "her|PRP$|13|nmod:poss rival|NN|11|obj +,|,|4|punct but|CC|16|cc told|VBD|4|conj:but them|PRP|16|obj "
        + "that|IN|22|mark the|DT|20|det city|NN|22|nsubj would|MD|22|aux grow|VB|16|ccomp +.|.|1|punct");
    assertEquals(List.of("0:roe|tell|the city would grow|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aSubjectWithAnInfinitiveSpeaksWhenTheParserHungTheCueOnTheInfinitive() {
    // "The last man to run a campaign says he doubts it.", parsed with "run" as the clause and "says" below it
    FakeParse p = FakeParse.of("The|DT|3|det last|JJ|3|amod man|NN|5|nsubj to|TO|5|mark run|VB|0|root a|DT|7|det "
        + "campaign|NN|5|obj says|VBZ|5|dep he|PRP|10|nsubj doubts|VBZ|8|ccomp it|PRP|10|obj +.|.|5|punct");
    assertEquals(List.of("0:null|say|he doubts it|indirect"), p.extract("cue-verb"));
    assertEquals("The last man", p.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void anAsClauseThatOpensOrClosesTheSentenceReportsTheMainClause() {
    FakeParse opening = FakeParse.of("As|IN|3|mark Roe|NNP|3|nsubj|PERSON said|VBD|11|advcl:as on|IN|5|case "
        + "Monday|NNP|3|obl:on +,|,|11|punct the|DT|8|det plan|NN|11|nsubj will|MD|11|aux not|RB|11|advmod "
        + "work|VB|0|root +.|.|11|punct");
    assertEquals(List.of("0:roe|say|the plan will not work|indirect"), opening.extract("cue-verb"));
    FakeParse closing = FakeParse.of("The|DT|2|det economy|NN|4|nsubj is|VBZ|4|aux growing|VBG|0|root +,|,|4|punct "
        + "as|IN|9|mark the|DT|8|det minister|NN|9|nsubj said|VBD|4|advcl:as +.|.|4|punct");
    assertEquals(List.of("0:null|say|The economy is growing|indirect"), closing.extract("cue-verb"));
    assertEquals("the minister", closing.extractStatements("cue-verb").get(0).speakerText());
    // "As reported by the Daily Post, ...", parsed with "As" as the root: the agent reports
    FakeParse agent = FakeParse.of("As|IN|0|root reported|VBN|1|dep by|IN|6|case the|DT|6|det "
        + "Daily|NNP|6|compound|ORGANIZATION Post|NNP|2|obl:by|ORGANIZATION +,|,|6|punct the|DT|9|det "
        + "mayor|NN|11|nsubj:pass was|VBD|11|aux:pass told|VBN|6|dep of|IN|14|case the|DT|14|det risk|NN|11|obl:of "
        + "+.|.|1|punct");
    assertEquals(List.of("0:daily post|report|the mayor was told of the risk|indirect"), agent.extract("cue-verb"));
    // "Prices fell as Roe said on Monday.": no comma, so the clause may only date the fall
    FakeParse dating = FakeParse.of("Prices|NNS|2|nsubj fell|VBD|0|root as|IN|5|mark Roe|NNP|5|nsubj|PERSON "
        + "said|VBD|2|advcl:as on|IN|7|case Monday|NNP|5|obl:on +.|.|2|punct");
    assertEquals(List.of(), dating.extract("cue-verb"));
    // "As Roe talked about bringing people together, Smith left the room.": a verb in the clause makes "as" "while"
    FakeParse meanwhile = FakeParse.of("As|IN|3|mark Roe|NNP|3|nsubj|PERSON talked|VBD|10|advcl:as about|IN|6|case "
        + "bringing|VBG|6|amod people|NNS|3|obl:about together|RB|3|advmod +,|,|10|punct Smith|NNP|10|nsubj|PERSON "
        + "left|VBD|0|root the|DT|12|det room|NN|10|obj +.|.|10|punct");
    assertTrue(meanwhile.extract("cue-verb").stream().noneMatch(x -> x.contains("Smith left")));
  }

  @Test
  void aNamingVerbWithAReflexiveAndANameGivesANameNotAStatement() {
    // '“Nobody should pretend otherwise,” said a man calling himself Sam.'
    FakeParse p = FakeParse.of("“|``|8|punct +Nobody|NN|4|nsubj should|MD|4|aux pretend|VB|8|ccomp "
        + "otherwise|RB|4|advmod +,|,|8|punct +”|''|8|punct said|VBD|0|root a|DT|10|det man|NN|8|nsubj "
        + "calling|VBG|10|acl himself|PRP|11|obj Sam|NNP|11|xcomp|PERSON +.|.|8|punct");
    assertEquals(List.of("0:null|say|Nobody should pretend otherwise|direct"), p.extract("cue-verb"));
    // "Roe called herself a socialist.": a description, still a statement
    FakeParse described = FakeParse.of("Roe|NNP|2|nsubj|PERSON called|VBD|0|root herself|PRP|2|obj a|DT|5|det "
        + "socialist|NN|2|xcomp +.|.|2|punct");
    assertEquals(List.of("0:roe|call|herself a socialist|indirect"), described.extract("cue-verb"));
  }

  @Test
  void yesOrNoRightAfterTheCueIsTheAnswerHoweverTheQuestionWasParsed() {
    // "Asked whether the mayor has the integrity to serve, 75 percent of voters said yes.", parsed with "said" inside
    // the question
    FakeParse p = FakeParse.of("Asked|VBN|0|root whether|IN|5|mark the|DT|4|det mayor|NN|5|nsubj has|VBZ|1|ccomp "
        + "the|DT|7|det integrity|NN|5|obj to|TO|9|mark serve|VB|5|ccomp +,|,|9|punct 75|CD|12|nummod "
        + "percent|NN|15|nsubj of|IN|14|case voters|NNS|12|nmod:of said|VBD|9|parataxis yes|UH|15|discourse "
        + "+.|.|1|punct");
    assertEquals(List.of("0:null|say|yes|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aCueCoordinatedWithACoordinatedClauseSharesThatClausesSubject() {
    // "The hearing was closed but Roe spoke to reporters and said this conflicted with earlier accounts."
    FakeParse p = FakeParse.of("The|DT|2|det hearing|NN|4|nsubj:pass was|VBD|4|aux:pass closed|VBN|0|root "
        + "but|CC|7|cc Roe|NNP|7|nsubj|PERSON spoke|VBD|4|conj:but to|IN|9|case reporters|NNS|7|obl:to "
        + "and|CC|11|cc said|VBD|7|conj:and this|DT|13|nsubj conflicted|VBN|11|ccomp with|IN|16|case "
        + "earlier|JJR|16|amod accounts|NNS|13|obl:with +.|.|4|punct");
    assertEquals(List.of("0:roe|say|this conflicted with earlier accounts|indirect"), p.extract("cue-verb"));
  }

  @Test
  void quotedWordsParsedAsTheSubjectAreWhatWasSaidAndTheSpeakerFollowsThem() {
    // '“Good reporter, very good reporter this guy,” Roe, the party's frontrunner and current leader in the state by a
    // wide margin after winning the primary, said when Smith asked him.', parsed with "reporter" as the subject of
    // "said" and the name and its appositives below it
    FakeParse p = FakeParse.of("“|``|3|punct +Good|JJ|3|amod reporter|NN|33|nsubj +,|,|3|punct very|RB|6|advmod "
        + "good|JJ|7|amod reporter|NN|3|appos this|DT|9|det guy|NN|7|dep +,|,|3|punct +”|''|3|punct "
        + "Roe|NNP|3|dep|PERSON +,|,|12|punct the|DT|15|det party|NN|17|nmod:poss +'s|POS|15|case "
        + "frontrunner|NN|12|conj:and and|CC|20|cc current|JJ|20|amod leader|NN|12|conj:and in|IN|23|case "
        + "the|DT|23|det state|NN|12|nmod:in by|IN|27|case a|DT|27|det wide|JJ|27|amod margin|NN|12|nmod:by "
        + "after|IN|29|case winning|VBG|12|acl:after the|DT|31|det primary|JJ|29|obj +,|,|3|punct said|VBD|0|root "
        + "when|WRB|36|advmod Smith|NNP|36|nsubj|PERSON asked|VBD|33|advcl him|PRP|36|obj +.|.|33|punct");
    List<org.newsgraph.model.Statement> st = p.extractStatements("cue-verb");
    org.newsgraph.model.Statement first = st.get(0);
    assertEquals("0:roe|say|Good reporter, very good reporter this guy|direct", first.sentenceIdx() + ":"
        + first.speakerEntityId() + "|" + first.cueLemma() + "|" + first.content() + "|" + first.kind());
    assertTrue(st.get(0).speakerText().startsWith("Roe, the party's frontrunner"));
    // 'A book, “Going Viral,” about rumours, said they travel fast.': a quoted title inside the speaker's phrase
    FakeParse title = FakeParse.of("A|DT|2|det book|NN|12|nsubj +,|,|2|punct “|``|6|punct +Going|NNP|6|compound "
        + "Viral|NNP|2|appos +,|,|6|punct +”|''|6|punct about|IN|10|case rumours|NNS|2|nmod:about +,|,|2|punct "
        + "said|VBD|0|root they|PRP|14|nsubj travel|VBP|12|ccomp fast|RB|14|advmod +.|.|12|punct");
    org.newsgraph.model.Statement book = title.extractStatements("cue-verb").get(0);
    assertEquals("they travel fast", book.content());
    assertTrue(book.speakerText().startsWith("A book"), book.speakerText());
  }

  @Test
  void aGarbledParticipleOfTellLeavesItsAddresseeOutOfWhatWasTold() {
    // "He hedged, telling Acme his role would depend on it.": "telling" parsed as the subject of "depend", its
    // addressee as an indirect object
    FakeParse p = FakeParse.of("He|PRP|2|nsubj hedged|VBD|0|root +,|,|2|punct telling|VBG|9|nsubj "
        + "Acme|NNP|4|iobj|ORGANIZATION his|PRP$|7|nmod:poss role|NN|4|obj would|MD|9|aux depend|VB|2|parataxis "
        + "on|IN|11|case it|PRP|9|obl +.|.|2|punct");
    assertEquals(List.of("He|tell|his role would depend on it"), p.extractStatements("cue-verb").stream()
        .map(x -> x.speakerText() + "|" + x.cueLemma() + "|" + x.content()).toList());
  }

  @Test
  void aGarbledParticipleOfTellReportsTheThatClauseAfterAnAddresseeWithCommas() {
    // "Anna ended her campaign, telling supporters in Akron, Ohio, that she had hope.": "telling" parsed as an
    // adjective of its addressee, the clause hung on the main verb
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON ended|VBD|0|root her|PRP$|4|nmod:poss campaign|NN|2|obj "
        + "+,|,|2|punct telling|VBG|7|amod supporters|NNS|2|obj in|IN|9|case Akron|NNP|7|nmod|LOCATION +,|,|9|punct "
        + "Ohio|NNP|9|appos|LOCATION +,|,|2|punct that|IN|15|mark she|PRP|15|nsubj had|VBD|2|ccomp hope|NN|15|obj "
        + "+.|.|2|punct");
    assertEquals(List.of("0:anna|tell|she had hope|indirect"), p.extract("cue-verb"));
  }

  @Test
  void whatWasToldMayFollowACommaAfterTheAddressee() {
    // "Anna tells the crowd, she has been known to be tough.": the clause parsed as parataxis of the cue
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON tells|VBZ|0|root the|DT|4|det crowd|NN|2|obj +,|,|2|punct "
        + "she|PRP|9|nsubj:pass has|VBZ|9|aux been|VBN|9|aux:pass known|VBN|2|parataxis to|TO|12|mark be|VB|12|cop "
        + "tough|JJ|9|xcomp +.|.|2|punct");
    assertEquals(List.of("0:anna|tell|she has been known to be tough|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aGerundInATimeClauseAfterTheMainVerbIsItsSubjectsReportWhenThatSubjectCanSpeak() {
    FakeParse p = FakeParse.of(
        "Anna|NNP|2|nsubj|PERSON left|VBD|0|root the|DT|4|det room|NN|2|obj after|IN|6|mark saying|VBG|2|advcl:after "
            + "that|IN|10|mark she|PRP|10|nsubj would|MD|10|aux return|VB|6|ccomp +.|.|2|punct",
        // nothing was said
        "Anna|NNP|2|nsubj|PERSON left|VBD|0|root the|DT|4|det room|NN|2|obj without|IN|6|mark "
            + "saying|VBG|2|advcl:without that|IN|10|mark she|PRP|10|nsubj would|MD|10|aux return|VB|6|ccomp +.|.|2|punct",
        // no one to speak
        "The|DT|2|det shares|NNS|3|nsubj rose|VBD|0|root after|IN|5|mark announcing|VBG|3|advcl:after "
            + "strong|JJ|7|amod results|NNS|5|obj +.|.|3|punct");
    assertEquals(List.of("0:anna|say|she would return|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aGerundAfterAPrepositionOfTimeOpeningTheSentenceIsTheMainSubjectsReport() {
    FakeParse p = FakeParse.of(
        "After|IN|2|case saying|VBG|10|obl:after that|IN|7|mark the|DT|5|det plan|NN|7|nsubj would|MD|7|aux "
            + "fail|VB|2|ccomp +,|,|10|punct Anna|NNP|10|nsubj|PERSON voted|VBD|0|root for|IN|12|case it|PRP|10|obl "
            + "+.|.|10|punct",
        // no one to speak: the subject of the main verb is no speaker
        "After|IN|2|case announcing|VBG|8|obl:after its|PRP$|4|nmod:poss results|NNS|2|obj +,|,|8|punct the|DT|7|det "
            + "shares|NNS|8|nsubj rose|VBD|0|root +.|.|8|punct",
        // set off by commas after the subject
        "Anna|NNP|11|nsubj|PERSON +,|,|11|punct before|IN|4|mark telling|VBG|11|advcl:before reporters|NNS|4|obj "
            + "that|IN|9|mark she|PRP|9|nsubj would|MD|9|aux run|VB|4|ccomp +,|,|11|punct met|VBD|0|root "
            + "her|PRP$|13|nmod:poss family|NN|11|obj +.|.|11|punct",
        // an adverb between the preposition and the gerund
        "After|IN|3|mark initially|RB|3|advmod saying|VBG|10|advcl:after that|IN|7|mark it|PRP|7|nsubj would|MD|7|aux "
            + "fail|VB|3|ccomp +,|,|10|punct Anna|NNP|10|nsubj|PERSON voted|VBD|0|root +.|.|10|punct");
    assertEquals(List.of("0:anna|say|the plan would fail|indirect", "2:anna|tell|she would run|indirect",
        "3:anna|say|it would fail|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aTimePhraseMayStandBetweenTheRelativePronounAndTheCueAndANameBeforeTheAppositiveSpeaks() {
    // "Peter met Anna Roe, now the leader, who in 2010 said the goal was to win.": "said" parsed with no subject
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON met|VBD|0|root Anna|NNP|4|compound|PERSON Roe|NNP|2|obj|PERSON "
        + "+,|,|8|punct now|RB|8|advmod the|DT|8|det leader|NN|4|appos +,|,|8|punct who|WP|8|ref in|IN|12|case "
        + "2010|CD|13|obl said|VBD|8|acl:relcl the|DT|15|det goal|NN|13|obj was|VBD|18|cop to|TO|18|mark "
        + "win|VB|2|parataxis +.|.|2|punct");
    assertEquals(List.of("Anna Roe|say|the goal was to win"), p.extractStatements("cue-verb").stream()
        .map(x -> x.speakerText() + "|" + x.cueLemma() + "|" + x.content()).toList());
  }

  @Test
  void aRelativeClauseRestrictingACountOfPeopleOrSetOffByADashReportsTheirWords() {
    // "Roe won support from 15 percent and another 12 percent who say they might vote for him.": "say" parsed as the
    // subject of the reported clause
    FakeParse counted = FakeParse.of("Roe|NNP|2|nsubj|PERSON won|VBD|0|root support|NN|2|obj from|IN|6|case "
        + "15|CD|6|nummod percent|NN|2|obl and|CC|10|cc another|DT|10|det 12|CD|10|nummod percent|NN|6|conj "
        + "who|WP|10|ref say|VBP|15|nsubj they|PRP|15|nsubj might|MD|15|aux vote|VB|10|acl:relcl for|IN|17|case "
        + "him|PRP|15|obl +.|.|2|punct");
    List<org.newsgraph.model.Statement> st = counted.extractStatements("cue-verb");
    assertEquals(List.of("another 12 percent|say|they might vote for him"),
        st.stream().map(x -> x.speakerText() + "|" + x.cueLemma() + "|" + x.content()).toList());
    // "Most backed him; 38 percent — who said they could change their minds — did not."
    FakeParse dash = FakeParse.of("Most|JJS|2|nsubj backed|VBD|0|root him|PRP|2|obj +;|,|2|punct 38|CD|6|nummod "
        + "percent|NN|15|nsubj —|:|6|punct who|WP|9|nsubj said|VBD|14|dep they|PRP|12|nsubj could|MD|12|aux "
        + "change|VB|6|dep their|PRP$|14|nmod:poss minds|NNS|12|obj —|:|6|punct did|VBD|2|parataxis not|RB|15|advmod "
        + "+.|.|2|punct");
    assertEquals(List.of("38 percent|say|they could change their minds"), dash.extractStatements("cue-verb").stream()
        .map(x -> x.speakerText() + "|" + x.cueLemma() + "|" + x.content()).toList());
  }

  @Test
  void aPassiveRelativeClauseReportsNothingAndWhoAfterAPlaceIsThePersonBeforeIt() {
    // "The letter, which was first reported by the Post, ...": a passive; "Anna Roe, 24, from Ohio, who said she
    // would vote": the place does not speak, the person named before it does
    FakeParse p = FakeParse.of("The|DT|2|det letter|NN|0|root +,|,|2|punct which|WDT|7|nsubj:pass was|VBD|7|aux:pass "
            + "first|RB|7|advmod reported|VBN|2|acl:relcl by|IN|10|case the|DT|10|det Post|NNP|7|obl|ORGANIZATION "
            + "that|IN|14|mark it|PRP|14|nsubj was|VBD|14|cop dead|JJ|7|dep +.|.|2|punct",
        "Anna|NNP|2|compound|PERSON Roe|NNP|0|root|PERSON +,|,|2|punct 24|CD|2|appos +,|,|2|punct from|IN|7|case "
            + "Ohio|NNP|2|nmod|LOCATION +,|,|7|punct who|WP|10|nsubj said|VBD|7|acl:relcl she|PRP|13|nsubj "
            + "would|MD|13|aux vote|VB|2|dep +.|.|2|punct");
    assertEquals(List.of("1:anna roe|say|she would vote|indirect"), p.extract("cue-verb"));
  }

  @Test
  void anOrganisationBeforeARelativeClauseIsTheSubjectTheParserLost() {
    // "The company, which makes chips, said profits rose.", parsed with "said" hanging on "which"
    FakeParse p = FakeParse.of("The|DT|2|det company|NN|0|root +,|,|2|punct which|WDT|2|dep makes|VBZ|8|dep "
        + "chips|NNS|5|obj +,|,|8|punct said|VBD|4|dep profits|NNS|10|nsubj rose|VBD|8|ccomp +.|.|8|punct");
    List<org.newsgraph.model.Statement> st = p.extractStatements("cue-verb");
    assertEquals(List.of("0:null|say|profits rose|indirect"), p.extract("cue-verb"));
    assertEquals("The company", st.get(0).speakerText());
  }

  @Test
  void aNounPhraseOwnedByANameBeforeARelativeClauseIsTheSubjectTheParserLost() {
    // "Mrs. Roe's presidential campaign, which has been shadowed for months by ..., said that ...", parsed with
    // "said" as an adverbial clause of the relative clause's last verb
    String parse = "MRS|NNP|2|compound Roe|NNP|5|nmod:poss|PERSON +'s|POS|2|case presidential|JJ|5|amod "
        + "campaign|NN|21|nsubj "
        + "+,|,|5|punct which|WDT|5|ref has|VBZ|10|aux been|VBN|10|aux:pass shadowed|VBN|5|acl:relcl for|IN|12|case "
        + "months|NNS|10|obl:for by|IN|15|case the|DT|15|det controversy|NN|10|obl:agent over|IN|19|case the|DT|19|det "
        + "private|JJ|19|amod server|NN|15|nmod:over she|PRP|21|nsubj used|VBD|0|root while|IN|27|mark at|IN|25|case "
        + "the|DT|25|det Treasury|NNP|27|obl:at|ORGANIZATION +,|,|27|punct said|VBD|21|advcl:while that|IN|31|mark "
        + "the|DT|30|det emails|NNS|31|nsubj released|VBN|27|ccomp on|IN|33|case Tuesday|NNP|31|obl:on had|VBD|21|dep "
        + "no|DT|36|det bearing|NN|34|obj on|IN|39|case the|DT|39|det work|NN|36|nmod:on +.|.|21|punct";
    FakeParse p = FakeParse.of(parse.replace("MRS|NNP", "Mrs.|NNP"), parse.replace("MRS|NNP|2|compound Roe|NNP",
        "Anna|NNP|2|compound|PERSON Roe|NNP"));
    List<org.newsgraph.model.Statement> st = p.extractStatements("cue-verb");
    assertEquals(2, st.size(), st.toString());
    for (org.newsgraph.model.Statement s : st) {
      assertTrue(s.content().startsWith("the emails released on Tuesday"), s.content());
    }
    assertEquals("Mrs. Roe's presidential campaign", st.get(0).speakerText());
    assertEquals("Anna Roe's presidential campaign", st.get(1).speakerText());
  }

  @Test
  void aPredicateCueSharingTheSentencesSpeakerStillNeedsItsPredicate() {
    // "The union said talks had failed, then called a strike.": "called a strike" is an action
    FakeParse p = FakeParse.of("The|DT|2|det union|NN|3|nsubj said|VBD|0|root talks|NNS|6|nsubj had|VBD|6|aux "
        + "failed|VBN|3|ccomp +,|,|9|punct then|RB|9|advmod called|VBD|6|dep a|DT|11|det strike|NN|9|obj +.|.|3|punct");
    assertEquals(List.of("0:null|say|talks had failed|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aPassiveAuxiliaryBeforeTheCommaIsNotTheCues() {
    // "Nor are prices likely to fall, said Peter Roe.": "are" hung on "said" does not make the cue passive;
    // "He was said to be angry." is no statement
    FakeParse p = FakeParse.of("Nor|CC|8|cc are|VBP|8|aux:pass prices|NNS|8|dep likely|JJ|3|amod to|TO|6|mark "
            + "fall|VB|4|dep +,|,|8|punct said|VBD|0|root Peter|NNP|10|compound|PERSON Roe|NNP|8|obj|PERSON "
            + "+.|.|8|punct",
        "He|PRP|3|nsubj:pass was|VBD|3|aux:pass said|VBN|0|root to|TO|6|mark be|VB|6|cop angry|JJ|3|xcomp +.|.|3|punct");
    assertEquals(List.of("0:peter roe|say|Nor are prices likely to fall|indirect"), p.extract("cue-verb"));
  }

  @Test
  void asOpeningAParentheticalIsNoPartOfTheSpeaker() {
    FakeParse p = FakeParse.of("The|DT|2|det plan|NN|10|nsubj was|VBD|10|cop +,|,|7|punct as|IN|7|mark she|PRP|7|nsubj "
        + "said|VBD|10|advcl +,|,|7|punct a|DT|10|det failure|NN|0|root +.|.|10|punct");
    List<org.newsgraph.model.Statement> st = p.extractStatements("cue-verb");
    assertEquals(1, st.size());
    assertEquals("she", st.get(0).speakerText());
  }

  @Test
  void aParentheticalAttributionMidSentenceKeepsTheWholeSentenceAsContent() {
    // "But the cuts his party wants, he added, would cost more.": from the first word said to the last
    FakeParse p = FakeParse.of("But|CC|9|cc the|DT|3|det cuts|NNS|9|nsubj his|PRP$|5|nmod:poss party|NN|6|nsubj "
        + "wants|VBZ|3|acl:relcl +,|,|8|punct he|PRP|8|nsubj added|VBD|9|parataxis +,|,|8|punct would|MD|11|aux "
        + "cost|VB|0|root more|JJR|11|obj +.|.|11|punct");
    assertEquals(List.of("0:null|add|the cuts his party wants, he added, would cost more|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aReportAfterADashThatEndsTheSentenceEndsTheReportBeforeIt() {
    // "While some analysts say the plan will fail -- an old worry -- others say it has never been stronger."
    FakeParse p = FakeParse.of("While|IN|4|mark some|DT|3|det analysts|NNS|4|nsubj say|VBP|8|advcl:while "
        + "the|DT|6|det plan|NN|8|nsubj will|MD|8|aux fail|VB|0|root --|:|8|punct an|DT|12|det old|JJ|12|amod "
        + "worry|NN|8|obj --|:|12|punct others|NNS|15|nsubj say|VBP|12|dep it|PRP|15|obj has|VBZ|20|aux "
        + "never|RB|20|advmod been|VBN|20|cop stronger|JJR|15|dep +.|.|8|punct");
    assertEquals(List.of("0:null|say|the plan will fail -- an old worry|indirect",
        "0:null|say|it has never been stronger|indirect"), p.extract("cue-verb"));
    // an aside that closes before the sentence goes on is no report that ends the sentence
    FakeParse aside = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|13|nsubj --|:|4|punct "
        + "which|WDT|8|obj others|NNS|8|nsubj say|VBP|10|csubj is|VBZ|10|cop flawed|JJ|4|dep --|:|4|punct "
        + "will|MD|13|aux pass|VB|2|ccomp +.|.|2|punct");
    List<String> rows = aside.extract("cue-verb");
    assertTrue(rows.contains("0:roe|say|the plan -- which others say is flawed -- will pass|indirect"),
        rows.toString());
  }

  @Test
  void whatWasSaidHungOnAnAdjunctBetweenCommasAfterTheCue() {
    // "In the 1990s, Anna Roe said, when she was earning little, a boss invited her to lunch and she thought it
    // meant she was in line for promotion."
    FakeParse p = FakeParse.of("In|IN|3|case the|DT|3|det 1990s|NNS|7|obl:in +,|,|7|punct Anna|NNP|6|compound|PERSON "
        + "Roe|NNP|7|nsubj|PERSON said|VBD|0|root +,|,|7|punct when|WRB|12|advmod she|PRP|12|nsubj was|VBD|12|aux "
        + "earning|VBG|7|advcl little|JJ|17|advmod +,|,|17|punct a|DT|16|det boss|NN|17|nsubj invited|VBD|12|xcomp "
        + "her|PRP|17|obj to|IN|20|case lunch|NN|17|obl:to and|CC|23|cc she|PRP|23|nsubj thought|VBD|17|conj:and "
        + "it|PRP|25|nsubj meant|VBD|23|ccomp she|PRP|29|nsubj was|VBD|29|cop in|IN|29|case line|NN|25|ccomp "
        + "for|IN|31|case promotion|NN|29|nmod:for +.|.|7|punct",
        // "Peter Lee told reporters, when asked about the budget, the figures were wrong.": "when asked" is when
        // it was said
        "Peter|NNP|2|compound|PERSON Lee|NNP|3|nsubj|PERSON told|VBD|0|root reporters|NNS|3|obj +,|,|3|punct "
            + "when|WRB|7|advmod asked|VBN|3|advcl about|IN|10|case the|DT|10|det budget|NN|15|obl:about +,|,|10|punct "
            + "the|DT|13|det figures|NNS|15|nsubj were|VBD|15|cop wrong|JJ|7|ccomp +.|.|3|punct",
        // an adjunct that closes before the sentence's own clause is no such aside ("said, when asked, that ...")
        "Peter|NNP|2|nsubj|PERSON smiled|VBD|0|root +,|,|2|punct when|WRB|5|advmod asked|VBN|2|advcl +,|,|2|punct "
            + "and|CC|8|cc left|VBD|2|conj +.|.|2|punct");
    assertEquals(List.of("0:anna roe|say|a boss invited her to lunch and she thought it meant she was in line for "
        + "promotion|indirect", "1:peter lee|tell|the figures were wrong|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aParentheticalSpeakerMayBeANameAfterALongTitle() {
    // "That, Acme Chief of Staff Anna Roe explained, is by design."
    FakeParse p = FakeParse.of("That|DT|13|nsubj +,|,|9|punct Acme|NNP|4|compound|ORGANIZATION Chief|NNP|8|compound "
        + "of|IN|6|case Staff|NNP|4|nmod:of Anna|NNP|8|compound|PERSON Roe|NNP|9|nsubj|PERSON "
        + "explained|VBD|13|parataxis +,|,|9|punct is|VBZ|13|cop by|IN|13|case design|NN|0|root +.|.|13|punct");
    assertEquals(List.of("0:anna roe|explain|That, Acme Chief of Staff Anna Roe explained, is by design|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aCueBetweenCommasBeforeAQuotationIntroducesIt() {
    FakeParse p = FakeParse.of("After|IN|3|case the|DT|3|det vote|NN|6|obl +,|,|6|punct Peter|NNP|6|nsubj|PERSON "
        + "said|VBD|0|root +,|,|6|punct “|``|10|punct +We|PRP|10|nsubj won|VBD|6|ccomp +.|.|6|punct +”|''|6|punct");
    assertEquals(List.of("0:peter|say|We won|direct"), p.extract("cue-verb"));
  }

  @Test
  void aReportedQuestionParsedAsAnAdverbialClause() {
    FakeParse p = FakeParse.of("Looking|VBG|5|dep ahead|RB|1|advmod +,|,|5|punct Peter|NNP|5|nsubj|PERSON "
        + "explained|VBD|0|root why|WRB|8|advmod he|PRP|8|nsubj backs|VBZ|5|advcl it|PRP|8|obj +.|.|5|punct");
    assertEquals(List.of("0:peter|explain|why he backs it|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aTitledNameWithAnAppositiveBeforeATrailingCue() {
    // '..., Senator Peter Roe, an adviser, told FNN.' but not '..., the attorney general of Sylvania, said'
    FakeParse p = FakeParse.of("Prices|NNS|2|nsubj rose|VBD|0|root +,|,|2|punct Senator|NNP|6|compound Peter|NNP|6|compound|PERSON "
            + "Roe|NNP|11|nsubj|PERSON +,|,|9|punct an|DT|9|det adviser|NN|6|appos +,|,|9|punct told|VBD|2|parataxis "
            + "FNN|NNP|11|obj|ORGANIZATION +.|.|2|punct");
    assertEquals(List.of("0:peter roe|tell|Prices rose|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aRoleWithTheNameAsItsAppositiveBeforeATrailingCue() {
    // 'Prices rose, the bank's treasurer, Peter Roe, told FNN.': the named person speaks, not the bank
    FakeParse p = FakeParse.of("Prices|NNS|2|nsubj rose|VBD|0|root +,|,|2|punct the|DT|5|det bank|NN|7|nmod:poss "
        + "+'s|POS|5|case treasurer|NN|12|nsubj +,|,|7|punct Peter|NNP|10|compound|PERSON Roe|NNP|7|appos|PERSON "
        + "+,|,|7|punct told|VBD|2|parataxis FNN|NNP|12|obj|ORGANIZATION +.|.|2|punct");
    assertEquals(List.of("0:peter roe|tell|Prices rose|indirect"), p.extract("cue-verb"));
    // 'Prices rose, Sylvania's envoy, Peter Roe, told FNN.', the country tagged as a person, is the envoy's words
    FakeParse country = FakeParse.of("Prices|NNS|2|nsubj rose|VBD|0|root +,|,|2|punct Sylvania|NNP|6|nmod:poss|PERSON "
        + "+'s|POS|4|case envoy|NN|11|nsubj +,|,|6|punct Peter|NNP|9|compound|PERSON Roe|NNP|6|appos|PERSON "
        + "+,|,|6|punct told|VBD|2|parataxis FNN|NNP|11|obj|ORGANIZATION +.|.|2|punct");
    assertEquals(List.of("0:peter roe|tell|Prices rose|indirect"), country.extract("cue-verb"));
    // 'Prices rose, the bank's treasurer, a former trader, told FNN.' names nobody after the role
    FakeParse unnamed = FakeParse.of("Prices|NNS|2|nsubj rose|VBD|0|root +,|,|2|punct the|DT|5|det bank|NN|7|nmod:poss "
        + "+'s|POS|5|case treasurer|NN|13|nsubj +,|,|7|punct a|DT|11|det former|JJ|11|amod trader|NN|7|appos "
        + "+,|,|7|punct told|VBD|2|parataxis FNN|NNP|13|obj|ORGANIZATION +.|.|2|punct");
    assertEquals(List.of(), unnamed.extract("cue-verb"));
  }

  @Test
  void aVerbTakenForTheSubjectOfACueParsedAsARelativeClause() {
    // "A mother, who asked not to be named, said she left.", parsed with "said" as a relative clause of "mother"
    // and "asked" as its subject
    FakeParse p = FakeParse.of("A|DT|2|det mother|NN|0|root +,|,|2|punct who|WP|2|ref asked|VBD|11|nsubj "
        + "not|RB|9|advmod to|TO|9|mark be|VB|9|aux:pass named|VBN|5|xcomp +,|,|11|punct said|VBD|2|acl:relcl "
        + "she|PRP|13|nsubj left|VBD|11|ccomp +.|.|2|punct");
    assertEquals(List.of("0:null|say|she left|indirect"), p.extract("cue-verb"));
    assertEquals("A mother", p.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void whatSomeoneRefusedToSayIsNoStatement() {
    // "Peter declined to say whether he backs it."
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON declined|VBD|0|root to|TO|4|mark say|VB|2|xcomp "
        + "whether|IN|7|mark he|PRP|7|nsubj backs|VBZ|4|ccomp it|PRP|7|obj +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // "..., who declined to say who he backs", parsed with "declined" as the subject of "say"
    FakeParse subject = FakeParse.of("Peter|NNP|0|root|PERSON +,|,|1|punct who|WP|1|ref declined|VBD|6|nsubj "
        + "to|TO|6|mark say|VB|1|acl:relcl who|WP|9|obj he|PRP|9|nsubj backs|VBZ|6|ccomp +.|.|1|punct");
    assertEquals(List.of(), subject.extract("cue-verb"));
  }

  @Test
  void aReducedRelativeParsedAsAClauseOnTheCueLeavesItsNounAsSpeaker() {
    // "Two officials involved in the talks, speaking freely, said it failed."
    FakeParse p = FakeParse.of("Two|CD|2|nummod officials|NNS|3|nsubj involved|VBN|11|dep in|IN|6|case the|DT|6|det "
        + "talks|NNS|3|obl +,|,|3|punct speaking|VBG|3|dep freely|RB|8|advmod +,|,|11|punct said|VBD|0|root "
        + "it|PRP|13|nsubj failed|VBD|11|ccomp +.|.|11|punct");
    assertEquals(List.of("0:null|say|it failed|indirect"), p.extract("cue-verb"));
    assertEquals("Two officials", p.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void encouragingIsACallOnlyWithWhatToDo() {
    FakeParse call = FakeParse.of("Anna|NNP|2|nsubj|PERSON encouraged|VBD|0|root voters|NNS|2|obj to|TO|5|mark "
        + "vote|VB|2|xcomp early|RB|5|advmod +.|.|2|punct");
    assertEquals(List.of("0:anna|encourage|voters to vote early|indirect"), call.extract("cue-verb"));
    FakeParse cause = FakeParse.of("Low|JJ|2|amod rates|NNS|3|nsubj encouraged|VBD|0|root borrowing|NN|3|obj "
        + "+.|.|3|punct");
    assertEquals(List.of(), cause.extract("cue-verb"));
    // "A wealth tax encourages capital to leave.": a cause and a thing, no caller and no addressee
    FakeParse thing = FakeParse.of("A|DT|3|det wealth|NN|3|compound tax|NN|4|nsubj encourages|VBZ|0|root "
        + "capital|NN|4|obj to|TO|7|mark leave|VB|4|xcomp +.|.|4|punct");
    assertEquals(List.of(), thing.extract("cue-verb"));
  }

  @Test
  void aWishIsAGreetingWithAnObjectButADesireWithAClause() {
    FakeParse greeting = FakeParse.of("Anna|NNP|2|nsubj|PERSON wished|VBD|0|root the|DT|4|det team|NN|2|iobj "
        + "luck|NN|2|obj +.|.|2|punct");
    assertEquals(List.of("0:anna|wish|the team luck|indirect"), greeting.extract("cue-verb"));
    // "Anna wishes she had stayed longer.", "Anna wishes to run again.": what she wants, not what she said
    FakeParse clause = FakeParse.of("Anna|NNP|2|nsubj|PERSON wishes|VBZ|0|root she|PRP|5|nsubj had|VBD|5|aux "
        + "stayed|VBN|2|ccomp longer|RBR|5|advmod +.|.|2|punct");
    assertEquals(List.of(), clause.extract("cue-verb"));
    FakeParse infinitive = FakeParse.of("Anna|NNP|2|nsubj|PERSON wishes|VBZ|0|root to|TO|4|mark run|VB|2|xcomp "
        + "again|RB|4|advmod +.|.|2|punct");
    assertEquals(List.of(), infinitive.extract("cue-verb"));
  }

  @Test
  void aGerundParsedAsTheSubjectIsNoSpeaker() {
    // "That's like trying to say who's winning.", parsed with "trying" as a subject of "say"
    FakeParse p = FakeParse.of("That|DT|6|nsubj 's|VBZ|6|cop like|IN|6|mark trying|VBG|6|nsubj to|TO|6|mark "
        + "say|VB|0|root who|WP|9|nsubj 's|VBZ|9|aux winning|VBG|6|ccomp +.|.|6|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aParticipleInAnAbsoluteWithClauseReportsOnlyWhatItTakes() {
    // "Anna held a narrow lead, but even with all precincts reporting, the race remained too close to call."
    FakeParse bare = FakeParse.of("Anna|NNP|2|nsubj|PERSON held|VBD|0|root a|DT|5|det narrow|JJ|5|amod lead|NN|2|obj "
        + "+,|,|2|punct but|CC|16|cc even|RB|12|advmod with|IN|12|mark all|DT|11|det precincts|NNS|12|nsubj "
        + "reporting|VBG|16|advcl:with +,|,|16|punct the|DT|15|det race|NN|16|nsubj remained|VBD|2|conj:but "
        + "too|RB|18|advmod close|JJ|16|xcomp to|TO|20|mark call|VB|18|xcomp +.|.|2|punct");
    assertEquals(List.of(), bare.extract("cue-verb"));
  }

  @Test
  void aCallVerbReportsAClauseWithoutThatButNotANounWithARelativeClause() {
    // "Anna predicted the party would split.", parsed with the subject as the cue's object and the predicate as dep
    FakeParse clause = FakeParse.of("Anna|NNP|2|nsubj|PERSON predicted|VBD|0|root the|DT|4|det party|NN|2|obj "
        + "would|MD|6|aux split|VB|2|dep +.|.|2|punct");
    assertEquals(List.of("0:anna|predict|the party would split|indirect"), clause.extract("cue-verb"));
    FakeParse relative = FakeParse.of("Low|JJ|2|amod rates|NNS|3|nsubj encouraged|VBD|0|root voters|NNS|3|obj "
        + "who|WP|7|nsubj were|VBD|7|cop undecided|JJ|4|acl:relcl +.|.|3|punct");
    assertEquals(List.of(), relative.extract("cue-verb"));
    // "The rise in pay made the data encouraging.": an adjective, whatever clause comes before it
    // (parsed with "data" as the participle's subject and the participle as a bare dep of "made")
    FakeParse adjective = FakeParse.of("The|DT|2|det rise|NN|5|nsubj in|IN|4|case pay|NN|2|nmod made|VBD|0|root "
        + "the|DT|7|det data|NNS|8|nsubj encouraging|VBG|5|dep +.|.|5|punct");
    assertEquals(List.of(), adjective.extract("cue-verb"));
  }

  @Test
  void encouragingWithoutWhatToDoGoesOnWithWhatWasSaid() {
    // "Anna said the plan would save money and encourage recycling.": the second verb goes on with what was said
    FakeParse content = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|6|nsubj "
        + "would|MD|6|aux save|VB|2|ccomp money|NN|6|obj and|CC|9|cc encourage|VB|6|conj recycling|NN|9|obj "
        + "+.|.|2|punct");
    assertEquals(List.of("0:anna|say|the plan would save money and encourage recycling|indirect"),
        content.extract("cue-verb"));
  }

  @Test
  void aThatClauseParsedAsARelativeClauseOfTheMediumIsWhatWasWritten() {
    // "Anna wrote in a letter that Peter needed help."
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON wrote|VBD|0|root in|IN|5|case a|DT|5|det letter|NN|2|obl "
        + "that|WDT|5|ref Peter|NNP|8|nsubj|PERSON needed|VBD|5|acl:relcl help|NN|8|obj +.|.|2|punct");
    assertEquals(List.of("0:anna|write|Peter needed help|indirect"), p.extract("cue-verb"));
    // "Anna wrote in a letter that she signed.": the letter is what she signed
    FakeParse relative = FakeParse.of("Anna|NNP|2|nsubj|PERSON wrote|VBD|0|root in|IN|5|case a|DT|5|det "
        + "letter|NN|2|obl that|WDT|5|ref she|PRP|8|nsubj signed|VBD|5|acl:relcl +.|.|2|punct");
    assertEquals(List.of(), relative.extract("cue-verb"));
  }

  @Test
  void aThatClauseParsedAsARelativeClauseOfABriefingToldIsWhatWasTold() {
    // "Anna told a news briefing in the capital that the boat had entered the bay.": the briefing is no addressee
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON told|VBD|0|root a|DT|5|det news|NN|5|compound "
        + "briefing|NN|2|obj in|IN|8|case the|DT|8|det capital|NN|5|nmod that|WDT|5|ref the|DT|11|det "
        + "boat|NN|13|nsubj had|VBD|13|aux entered|VBN|5|acl:relcl the|DT|15|det bay|NN|13|obj +.|.|2|punct");
    assertEquals(List.of("0:anna|tell|the boat had entered the bay|indirect"), p.extract("cue-verb"));
    // "Anna told a news briefing that she chaired.": a briefing she chaired, no report
    FakeParse relative = FakeParse.of("Anna|NNP|2|nsubj|PERSON told|VBD|0|root a|DT|5|det news|NN|5|compound "
        + "briefing|NN|2|obj that|WDT|5|ref she|PRP|8|nsubj chaired|VBD|5|acl:relcl +.|.|2|punct");
    assertEquals(List.of(), relative.extract("cue-verb"));
  }

  @Test
  void writingAWorkOrPostingAFigureIsNoStatement() {
    // "Anna wrote the script in two languages.", "Acme posted a loss of 5 million.": a work or a figure, not
    // something said; "Anna tweeted that she was fine." and "Anna tweeted a photo." are (as PolNeAR has it)
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON wrote|VBD|0|root the|DT|4|det script|NN|2|obj in|IN|7|case "
            + "two|CD|7|nummod languages|NNS|4|nmod +.|.|2|punct",
        "Acme|NNP|2|nsubj|ORGANIZATION posted|VBD|0|root a|DT|4|det loss|NN|2|obj of|IN|7|case 5|CD|7|nummod "
            + "million|CD|4|nmod +.|.|2|punct",
        "Anna|NNP|2|nsubj|PERSON tweeted|VBD|0|root that|IN|6|mark she|PRP|6|nsubj was|VBD|6|cop fine|JJ|2|ccomp "
            + "+.|.|2|punct",
        "Anna|NNP|2|nsubj|PERSON tweeted|VBD|0|root a|DT|4|det photo|NN|2|obj +.|.|2|punct");
    assertEquals(List.of("2:anna|tweet|she was fine|indirect", "3:anna|tweet|a photo|indirect"), p.extract("cue-verb"));
  }

  @Test
  void wicketsAndVotesClaimedAreWonNotSaid() {
    // "Roe claimed a wicket before lunch.", "Roe claimed 40 percent of the vote.": taken, not asserted;
    // "Roe claimed that the count was rigged." reports
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON claimed|VBD|0|root a|DT|4|det wicket|NN|2|obj "
            + "before|IN|6|case lunch|NN|2|obl +.|.|2|punct",
        "Roe|NNP|2|nsubj|PERSON claimed|VBD|0|root 40|CD|4|nummod percent|NN|2|obj of|IN|7|case the|DT|7|det "
            + "vote|NN|4|nmod +.|.|2|punct",
        "Roe|NNP|2|nsubj|PERSON claimed|VBD|0|root that|IN|7|mark the|DT|5|det count|NN|7|nsubj:pass "
            + "was|VBD|7|aux:pass rigged|VBN|2|ccomp +.|.|2|punct");
    assertEquals(List.of("2:roe|claim|the count was rigged|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aFormerNameSetOffByCommasIsNoPartOfTheSpeaker() {
    // "In a post on Natter, formerly Chirper, the minister wrote that he was disappointed.", parsed with "Chirper" as
    // the subject and the minister its appositive
    FakeParse p = FakeParse.of("In|IN|3|case a|DT|3|det post|NN|12|obl on|IN|5|case Natter|NNP|3|nmod +,|,|12|punct "
        + "formerly|RB|8|advmod Chirper|NNP|12|nsubj|ORGANIZATION +,|,|8|punct the|DT|11|det minister|NN|8|appos "
        + "wrote|VBD|0|root that|IN|16|mark he|PRP|16|nsubj was|VBD|16|cop disappointed|JJ|12|ccomp +.|.|12|punct");
    assertEquals(List.of("0:null|write|he was disappointed|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aPersonOfABodyBeforeARelativeClauseSpeaksNotTheBody() {
    // "Professor Jane Roe of Acme University, who was not involved, said it was robust.", parsed with Roe as the
    // root and "said" hung on the relative clause
    FakeParse p = FakeParse.of("Professor|NNP|3|compound Jane|NNP|3|compound|PERSON Roe|NNP|0|root|PERSON "
        + "of|IN|6|case Acme|NNP|6|compound|ORGANIZATION University|NNP|3|nmod|ORGANIZATION +,|,|3|punct "
        + "who|WP|11|nsubj:pass was|VBD|11|aux:pass not|RB|11|advmod involved|VBN|3|acl:relcl +,|,|11|punct "
        + "said|VBD|11|dep it|PRP|16|nsubj was|VBD|16|cop robust|JJ|13|ccomp +.|.|3|punct");
    assertEquals(List.of("0:jane roe|say|it was robust|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aCaseArguedIsALawyersActNotAStatement() {
    // "Roe argues the case in March." is no statement; "Roe argues that the law is unfair." is
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON argues|VBZ|0|root the|DT|4|det case|NN|2|obj in|IN|6|case "
            + "March|NNP|2|obl +.|.|2|punct",
        "Roe|NNP|2|nsubj|PERSON argues|VBZ|0|root that|IN|7|mark the|DT|5|det law|NN|7|nsubj is|VBZ|7|cop "
            + "unfair|JJ|2|ccomp +.|.|2|punct");
    assertEquals(List.of("1:roe|argue|the law is unfair|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aRulingAppealedIsACourtFilingButAnAppealForCalmIsAStatement() {
    // "Acme appealed the decision." is no statement; "Roe appealed for calm." is
    FakeParse p = FakeParse.of("Acme|NNP|2|nsubj|ORGANIZATION appealed|VBD|0|root the|DT|4|det decision|NN|2|obj "
            + "+.|.|2|punct",
        "Roe|NNP|2|nsubj|PERSON appealed|VBD|0|root for|IN|4|case calm|NN|2|obl +.|.|2|punct");
    assertEquals(List.of("1:roe|appeal|for calm|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aChargeAdmittedIsAPleaButAMistakeAdmittedIsAStatement() {
    // "Roe admitted fraud." is no statement; "Roe admitted mistakes." is
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON admitted|VBD|0|root fraud|NN|2|obj +.|.|2|punct",
        "Roe|NNP|2|nsubj|PERSON admitted|VBD|0|root mistakes|NNS|2|obj +.|.|2|punct");
    assertEquals(List.of("1:roe|admit|mistakes|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aClauseHungOnTellAfterItsAddresseeAsABareDependentIsWhatWasSaid() {
    // "Roe stopped the concert, telling the audience she felt unwell.", parsed with "felt" as a "dep" of "telling"
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON stopped|VBD|0|root the|DT|4|det concert|NN|2|obj +,|,|2|punct "
        + "telling|VBG|2|dep the|DT|8|det audience|NN|6|obj she|PRP|10|nsubj felt|VBD|6|dep unwell|JJ|10|xcomp "
        + "+.|.|2|punct");
    assertEquals(List.of("0:roe|tell|she felt unwell|indirect"), p.extract("cue-verb"));
    // "Roe met her editor telling her when she was a reporter.": an adverbial clause, not what was told
    FakeParse when = FakeParse.of("Roe|NNP|2|nsubj|PERSON recalls|VBZ|0|root her|PRP$|4|nmod:poss editor|NN|2|obj "
        + "telling|VBG|2|dep her|PRP|5|obj when|WRB|11|advmod she|PRP|11|nsubj was|VBD|11|cop a|DT|11|det "
        + "reporter|NN|5|dep +.|.|2|punct");
    assertTrue(when.extract("cue-verb").stream().noneMatch(r -> r.contains("|tell|")), when.extract("cue-verb").toString());
  }

  @Test
  void aRelativeClauseVerbParsedAsTheCuesSubjectStandsForItsNoun() {
    // "A customer who lost money said she hoped for a conviction.", parsed with "lost" as the subject of "said" and
    // "said" as the relative clause of "customer"
    FakeParse p = FakeParse.of("A|DT|2|det customer|NN|0|root who|WP|2|ref lost|VBD|6|nsubj money|NN|6|dep "
        + "said|VBD|2|acl:relcl she|PRP|8|nsubj hoped|VBD|6|ccomp for|IN|11|case a|DT|11|det conviction|NN|8|obl "
        + "+.|.|2|punct");
    List<org.newsgraph.model.Statement> rows = p.extractStatements("cue-verb");
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("A customer", rows.get(0).speakerText());
    // "A customer who lost money said she hoped.", with "lost money" as the subject
    FakeParse money = FakeParse.of("A|DT|2|det customer|NN|0|root who|WP|2|ref lost|VBD|5|amod money|NN|6|nsubj "
        + "said|VBD|2|acl:relcl she|PRP|8|nsubj hoped|VBD|6|ccomp +.|.|2|punct");
    assertEquals("A customer", money.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void aParticipleAfterAsIsAnAdjective() {
    // "Colleagues remembered her as demanding but kind.", parsed with "demanding" hanging on the verb
    FakeParse p = FakeParse.of("Colleagues|NNS|2|nsubj remembered|VBD|0|root her|PRP|2|obj as|IN|5|case "
        + "demanding|VBG|2|dep but|CC|7|cc kind|JJ|5|conj +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aClauseAboutTheSayingIsNoContent() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON said|VBD|0|root as|IN|5|mark he|PRP|5|nsubj left|VBD|2|advcl "
        + "+.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aClauseWithAClausalSubjectParsedAsParataxisAfterTheAddressee() {
    // "Lawmakers told the paper she thinks the House is within reach."
    FakeParse p = FakeParse.of("Lawmakers|NNS|2|nsubj told|VBD|0|root the|DT|4|det paper|NN|2|obj she|PRP|6|nsubj "
        + "thinks|VBZ|11|csubj the|DT|8|det House|NNP|6|obj is|VBZ|11|cop within|IN|11|case reach|NN|2|parataxis "
        + "+.|.|2|punct");
    assertEquals(List.of("0:null|tell|she thinks the House is within reach|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aDeterminerThatStaysInTheContent() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON said|VBD|0|root that|DT|4|det claim|NN|6|nsubj was|VBD|6|cop "
        + "false|JJ|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:peter|say|that claim was false|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aSpeakerWithAPartyAndStateInBracketsKeepsTheClosingBracket() {
    FakeParse p = FakeParse.of("Sen.|NNP|3|compound Peter|NNP|3|compound|PERSON Roe|NNP|7|nsubj|PERSON (|-LRB-|5|punct "
        + "+R-S.C|NNP|3|dep +.)|-RRB-|3|punct said|VBD|0|root it|PRP|10|nsubj will|MD|10|aux pass|VB|7|ccomp +.|.|7|punct");
    assertEquals(List.of("0:peter roe|say|it will pass|indirect"), p.extract("cue-verb"));
    assertEquals("Sen. Peter Roe (R-S.C.)", p.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void talkingAboutAndProposingAreStatementsChantingNeedsTheChant() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON talked|VBD|0|root about|IN|5|case the|DT|5|det budget|NN|2|obl "
            + "+.|.|2|punct",
        "Anna|NNP|2|nsubj|PERSON proposed|VBD|0|root a|DT|5|det new|JJ|5|amod tax|NN|2|obj +.|.|2|punct",
        "Fans|NNS|2|nsubj chanted|VBD|0|root for|IN|4|case hours|NNS|2|obl +.|.|2|punct");
    assertEquals(List.of("0:peter|talk about|the budget|indirect", "1:anna|propose|a new tax|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aCueParsedAsAParentheticalOfTheClauseAfterItTakesThatClause() {
    // "On Monday, Peter says he is a fighter.", parsed with "says" as a parataxis of "fighter"
    FakeParse p = FakeParse.of("On|IN|2|case Monday|NNP|9|obl +,|,|9|punct Peter|NNP|5|nsubj|PERSON "
        + "says|VBZ|9|parataxis he|PRP|9|nsubj is|VBZ|9|cop a|DT|9|det fighter|NN|0|root +.|.|9|punct");
    assertEquals(List.of("0:peter|say|he is a fighter|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aCueCoordinatedWithACopularPredicateSharesItsSubject() {
    FakeParse p = FakeParse.of("Peter|NNP|3|nsubj|PERSON was|VBD|3|cop quick|JJ|0|root to|TO|5|mark react|VB|3|xcomp "
        + "and|CC|7|cc said|VBD|3|conj it|PRP|10|nsubj will|MD|10|aux pass|VB|7|ccomp +.|.|3|punct");
    assertEquals(List.of("0:peter|say|it will pass|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aReducedRelativeParsedAsAClausalSubjectGivesTheSpeaker() {
    FakeParse p = FakeParse.of("A|DT|3|det court|NN|3|compound filing|NN|4|nsubj made|VBN|5|csubj says|VBZ|0|root "
        + "the|DT|7|det case|NN|9|nsubj will|MD|9|aux close|VB|5|ccomp +.|.|5|punct");
    assertEquals(List.of("0:null|say|the case will close|indirect"), p.extract("cue-verb"));
    assertEquals("A court filing", p.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void anAnswerAfterTheCueIsWhatWasSaid() {
    FakeParse p = FakeParse.of("Asked|VBN|8|advmod if|IN|5|mark he|PRP|5|nsubj:pass was|VBD|5|aux:pass "
        + "bullied|VBN|1|advcl +,|,|8|punct Peter|NNP|8|nsubj|PERSON said|VBD|0|root no|UH|8|discourse +.|.|8|punct");
    assertEquals(List.of("0:peter|say|no|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aCriticismVerbThatAlsoNamesAnActNeedsGroundsAMediumOrQuotedWords() {
    FakeParse p = FakeParse.of(
        "Rebels|NNS|2|nsubj attacked|VBD|0|root the|DT|4|det convoy|NN|2|obj +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON defended|VBD|0|root his|PRP$|4|nmod:poss title|NN|2|obj +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON attacked|VBD|0|root Anna|NNP|2|obj|PERSON for|IN|6|case her|PRP$|6|nmod:poss "
            + "vote|NN|2|obl +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON attacked|VBD|0|root Anna|NNP|2|obj|PERSON in|IN|6|case a|DT|6|det "
            + "tweet|NN|2|obl +.|.|2|punct",
        // a platform named by its brand is a medium too ("attacked the plan on Facebook")
        "Peter|NNP|2|nsubj|PERSON attacked|VBD|0|root the|DT|4|det plan|NN|2|obj on|IN|6|case "
            + "Facebook|NNP|2|obl|ORGANIZATION +.|.|2|punct");
    assertEquals(List.of("2:peter|attack|Anna for her vote|indirect", "3:peter|attack|Anna|indirect",
        "4:peter|attack|the plan|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aNamedActorAttackingOrDefendingAnotherByNameIsAStatement() {
    FakeParse p = FakeParse.of(
        "Peter|NNP|2|nsubj|PERSON attacked|VBD|0|root Anna|NNP|2|obj|PERSON +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON defended|VBD|0|root himself|PRP|2|obj +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON defended|VBD|0|root his|PRP$|4|nmod:poss title|NN|2|obj +.|.|2|punct",
        "Gunmen|NNS|2|nsubj attacked|VBD|0|root Anna|NNP|2|obj|PERSON +.|.|2|punct",
        // "Peter attacked Anna at a petrol station.", "... with a hammer.": a physical act; "at a rally" is speech
        "Peter|NNP|2|nsubj|PERSON attacked|VBD|0|root Anna|NNP|2|obj|PERSON at|IN|7|case a|DT|7|det "
            + "petrol|NN|7|compound station|NN|2|obl +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON attacked|VBD|0|root Anna|NNP|2|obj|PERSON with|IN|6|case a|DT|6|det "
            + "hammer|NN|2|obl +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON attacked|VBD|0|root Anna|NNP|2|obj|PERSON at|IN|6|case a|DT|6|det "
            + "rally|NN|2|obl +.|.|2|punct");
    assertEquals(List.of("0:peter|attack|Anna|indirect", "1:peter|defend|himself|indirect",
        "6:peter|attack|Anna|indirect"), p.extract("cue-verb"));
  }

  @Test
  void questioningSomeonesJudgmentIsAStatementQuestioningASuspectIsNot() {
    FakeParse p = FakeParse.of(
        "Peter|NNP|2|nsubj|PERSON questioned|VBD|0|root Anna|NNP|5|nmod:poss|PERSON 's|POS|3|case "
            + "judgment|NN|2|obj +.|.|2|punct",
        "Police|NNS|2|nsubj questioned|VBD|0|root the|DT|4|det suspect|NN|2|obj +.|.|2|punct");
    assertEquals(List.of("0:peter|question|Anna 's judgment|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aThatTaggedADeterminerStillOpensTheClauseACriticismReports() {
    // "Roe shot back that Lee had voted against it.", "that" tagged a determiner
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON shot|VBD|0|root back|RB|2|advmod that|DT|7|mark "
        + "Lee|NNP|7|nsubj|PERSON had|VBD|7|aux voted|VBN|2|ccomp against|IN|9|case it|PRP|7|obl +.|.|2|punct");
    assertEquals(List.of("0:roe|shoot back|Lee had voted against it|indirect"), p.extract("cue-verb"));
  }

  @Test
  void theInfinitiveOfAReportedSubjectHungOnTheCueStaysBeforeItsPredicate() {
    // "Roe said her rival's plan to sell land would “price out the people.”", the quotation mark making "price" a
    // noun: subject, its infinitive and predicate were said
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root her|PRP$|4|nmod:poss rival|NN|6|nmod:poss "
        + "+'s|POS|4|case plan|NN|2|obj to|TO|8|mark sell|VB|2|xcomp land|NN|8|obj would|MD|12|aux “|``|12|punct "
        + "+price|NN|2|dep out|IN|12|compound:prt the|DT|15|det people|NNS|12|obj +.|.|2|punct +”|''|2|punct");
    assertEquals(List.of("0:roe|say|her rival's plan to sell land would “price out the people|mixed"),
        p.extract("cue-verb"));
  }

  @Test
  void aQuotedPhraseOfThreeWordsMakesAParaphraseMixedOneOrTwoScareQuotesDoNot() {
    // "Roe urged his colleagues to use the extra weeks “to do our jobs”."
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON urged|VBD|0|root his|PRP$|4|nmod:poss colleagues|NNS|2|obj "
            + "to|TO|6|mark use|VB|2|xcomp the|DT|9|det extra|JJ|9|amod weeks|NNS|6|obj “|``|12|punct +to|TO|12|mark "
            + "do|VB|6|advcl our|PRP$|14|nmod:poss jobs|NNS|12|obj +”|''|12|punct +.|.|2|punct",
        "Roe|NNP|2|nsubj|PERSON urged|VBD|0|root his|PRP$|4|nmod:poss colleagues|NNS|2|obj to|TO|6|mark "
            + "use|VB|2|xcomp the|DT|9|det extra|JJ|9|amod weeks|NNS|6|obj “|``|10|punct +wisely|RB|6|advmod "
            + "+”|''|10|punct +.|.|2|punct");
    assertEquals(List.of("0:roe|urge|his colleagues to use the extra weeks “to do our jobs|mixed",
        "1:roe|urge|his colleagues to use the extra weeks “wisely|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aBareItWrittenAndAThingRevealingItselfSayNothing() {
    // "Roe wrote it in the car.", "The bond revealed itself slowly."; "Roe wrote that it was late." reports
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON wrote|VBD|0|root it|PRP|2|obj in|IN|6|case the|DT|6|det "
            + "car|NN|2|obl +.|.|2|punct",
        "The|DT|2|det bond|NN|3|nsubj revealed|VBD|0|root itself|PRP|3|obj slowly|RB|3|advmod +.|.|3|punct",
        "Roe|NNP|2|nsubj|PERSON wrote|VBD|0|root that|IN|6|mark it|PRP|6|nsubj was|VBD|6|cop late|JJ|2|ccomp "
            + "+.|.|2|punct");
    assertEquals(List.of("2:roe|write|it was late|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aComplementizerThatOpensNoContentWhateverItHangsOn() {
    // "The panel wrote that the map “cracks” communities.", parsed with "that" as the object of "wrote"
    FakeParse p = FakeParse.of("The|DT|2|det panel|NN|3|nsubj wrote|VBD|0|root that|IN|3|obj the|DT|8|det "
        + "map|NN|8|compound “|``|8|punct +cracks|NNS|4|dep +”|''|8|punct communities|NNS|8|dep +.|.|3|punct");
    assertEquals(List.of("0:null|write|the map “cracks” communities|indirect"), p.extract("cue-verb"));
  }

  @Test
  void questioningAMatterIsAStatementWhoeverSpeaksQuestioningPeopleIsNot() {
    // "question" reports speech when what is questioned is no person, named or not ("the wisdom of the plan");
    // a suspect or officials questioned are questioned by investigators
    FakeParse p = FakeParse.of(
        "Critics|NNS|2|nsubj questioned|VBD|0|root the|DT|4|det wisdom|NN|2|obj of|IN|7|case the|DT|7|det "
            + "plan|NN|4|nmod:of +.|.|2|punct",
        "Detectives|NNS|2|nsubj questioned|VBD|0|root the|DT|4|det suspect|NN|2|obj +.|.|2|punct",
        "Police|NNS|2|nsubj questioned|VBD|0|root two|CD|4|nummod officials|NNS|2|obj +.|.|2|punct");
    assertEquals(List.of("0:null|question|the wisdom of the plan|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aQuoteOnlyVerbInsideAQuotationIsQuotedNotAnAttribution() {
    // 'Peter said he won “every debate” because there is “a lot going on.”': "going on" is quoted, so it is
    // no trailing attribution whose content would swallow the row of "said"
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON said|VBD|0|root he|PRP|4|nsubj won|VBD|2|ccomp “|``|9|punct "
        + "+every|DT|9|det single|JJ|9|amod televised|JJ|9|amod debate|NN|4|obj +”|''|9|punct because|IN|13|mark "
        + "there|EX|13|expl is|VBZ|4|advcl “|``|13|punct +a|DT|16|det lot|NN|17|nsubj going|VBG|13|dep "
        + "on|RP|17|compound:prt +.|.|2|punct +”|''|2|punct");
    assertEquals(List.of("0:peter|say|he won “every single televised debate” because there is “a lot going on|mixed"),
        p.extract("cue-verb"));
  }

  @Test
  void theTimeAndOccasionOfTheSayingAreNoContent() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON criticized|VBD|0|root the|DT|4|det plan|NN|2|obj "
        + "after|IN|6|case talks|NNS|2|obl +,|,|10|punct as|IN|10|mark rivals|NNS|10|nsubj traded|VBD|2|advcl "
        + "insults|NNS|10|obj +.|.|2|punct");
    assertEquals(List.of("0:peter|criticize|the plan|indirect"), p.extract("cue-verb"));
  }

  @Test
  void whereAndByWhoseAccountItWasSaidAreNoContent() {
    // a cue whose only dependents after it say where it was said or who reports it has said nothing here;
    // "conveyed greetings from the president" keeps what it conveyed from whom
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON said|VBD|0|root +,|,|2|punct according|VBG|7|case "
            + "to|IN|4|fixed the|DT|7|det Post|NNP|2|obl:according_to|ORGANIZATION +.|.|2|punct",
        "Anna|NNP|2|nsubj|PERSON reported|VBD|0|root from|IN|4|case Bergen|NNP|2|obl:from|LOCATION +.|.|2|punct",
        "Anna|NNP|2|nsubj|PERSON conveyed|VBD|0|root greetings|NNS|2|obj from|IN|6|case the|DT|6|det "
            + "president|NN|2|obl:from +.|.|2|punct");
    assertEquals(List.of("2:anna|convey|greetings from the president|indirect"), p.extract("cue-verb"));
  }

  @Test
  void callWithAQuotedPredicateTheParserSplitOff() {
    // the parser hung the quoted words on a preposition of the object, or made them a clause of their own
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON called|VBD|0|root migrants|NNS|2|obj from|IN|7|case "
            + "Sylvania|NNP|7|compound “|``|7|punct +criminals|NNS|2|obl +.|.|2|punct +”|''|2|punct",
        "The|DT|2|det union|NN|3|nsubj backed|VBD|0|root Anna|NNP|3|obj|PERSON +,|,|3|punct calling|VBG|3|dep "
            + "her|PRP|6|obj “|``|11|punct +the|DT|10|det champion|NN|11|nsubj we|PRP|11|nsubj need|VBP|6|dep "
            + "+.|.|3|punct +”|''|3|punct");
    assertEquals(List.of("0:peter|call|migrants from Sylvania “criminals|indirect",
        "1:null|call|her “the champion we need|mixed"), p.extract("cue-verb"));
  }

  @Test
  void callWithTheObjectAndPredicateParsedAsOneNounPhraseOrALongObjectBeforeAQuotedPredicate() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON called|VBD|0|root Christmas|NNP|5|compound a|DT|5|det "
            + "sham|NN|2|obj +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root those|DT|2|obj asking|VBG|3|acl for|IN|7|case more|JJR|7|amod "
            + "troops|NNS|4|obl “|``|9|punct +fools|NNS|4|obl +.|.|2|punct +”|''|2|punct",
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root a|DT|4|det meeting|NN|2|obj +.|.|2|punct");
    assertEquals(List.of("0:peter|call|Christmas a sham|indirect", "1:peter|call|those asking for more troops “fools|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void callWithAnInfinitiveOrAnAppositiveInTheObjectBeforeAQuotedPredicate() {
    // "Peter called the firm's plans to open a plant in Sylvania “a disgrace.”", parsed as control ("plans ... to
    // open"); "Anna called Peter, her rival, a “fraud.”", parsed with the predicate as a second appositive
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON called|VBD|0|root the|DT|4|det firm|NN|6|nmod:poss "
            + "+'s|POS|4|case plans|NNS|8|nsubj to|TO|8|mark open|VB|2|xcomp a|DT|10|det plant|NN|8|obj in|IN|12|case "
            + "Sylvania|NNP|10|nmod “|``|15|punct +a|DT|15|det disgrace|NN|10|dep +.|.|2|punct +”|''|2|punct",
        "Anna|NNP|2|nsubj|PERSON called|VBD|0|root Peter|NNP|2|obj|PERSON +,|,|3|punct her|PRP$|6|nmod:poss "
            + "rival|NN|3|appos +,|,|3|punct a|DT|10|det “|``|10|punct +fraud|NN|3|appos +.|.|2|punct +”|''|2|punct",
        // a single comma ends the object: what follows is another clause
        "Anna|NNP|2|nsubj|PERSON called|VBD|0|root the|DT|4|det meeting|NN|2|obj +,|,|2|punct and|CC|7|cc "
            + "wrote|VBD|2|conj “|``|9|punct +nothing|NN|7|obj +.|.|2|punct +”|''|2|punct");
    assertEquals(List.of("0:peter|call|the firm's plans to open a plant in Sylvania “a disgrace|indirect",
        "1:anna|call|Peter, her rival, a “fraud|indirect"), p.extract("cue-verb").subList(0, 2));
    assertEquals(2, p.extract("cue-verb").stream().filter(r -> r.contains("|call|")).count());
  }

  @Test
  void aParticipleIsNeverAnInvertedAttribution() {
    // "Peter, calling it a “sham,” said the plan was weak.": not "..., calling [it a sham]" with Peter as content
    FakeParse p = FakeParse.of("Peter|NNP|10|nsubj|PERSON +,|,|1|punct calling|VBG|1|acl it|PRP|7|nsubj a|DT|7|det "
        + "“|``|7|punct +sham|NN|3|xcomp +,|,|1|punct +”|''|1|punct said|VBD|0|root the|DT|12|det plan|NN|14|nsubj "
        + "was|VBD|14|cop weak|JJ|10|ccomp +.|.|10|punct");
    assertEquals(List.of("0:peter|call|it a “sham|mixed", "0:peter|say|the plan was weak|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aClauseRightAfterWhatWasAskedForIsItsRelativeClause() {
    // "They are asking for a wage they can live on.", parsed with "live" as parataxis of "asking": what they ask
    // for is the phrase with its relative clause, not the clause alone; "Anna told
    // reporters for the first time she was ill." is what she told
    FakeParse p = FakeParse.of("They|PRP|3|nsubj are|VBP|3|aux asking|VBG|0|root for|IN|6|case a|DT|6|det "
            + "wage|NN|3|obl they|PRP|9|nsubj can|MD|9|aux live|VB|3|parataxis on|RP|9|advmod +.|.|3|punct",
        "Anna|NNP|2|nsubj|PERSON told|VBD|0|root reporters|NNS|2|obj for|IN|7|case the|DT|7|det first|JJ|7|amod "
            + "time|NN|2|obl she|PRP|10|nsubj was|VBD|10|cop ill|JJ|2|parataxis +.|.|2|punct");
    assertEquals(List.of("0:null|ask|for a wage they can live on|indirect", "1:anna|tell|she was ill|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aPredicateWhoseSubjectIsTheNounBeforeTheSpeakerIsWhatWasSaid() {
    // "He was jailed in a case prosecutors said had exposed corruption.", parsed with "said" as parataxis of the
    // main verb and "exposed" as its bare dependent: not the whole sentence
    FakeParse p = FakeParse.of("He|PRP|3|nsubj:pass was|VBD|3|aux:pass jailed|VBN|0|root in|IN|6|case a|DT|6|det "
        + "case|NN|3|obl prosecutors|NNS|8|nsubj said|VBD|3|parataxis had|VBD|10|aux exposed|VBN|8|dep "
        + "corruption|NN|10|obj +.|.|3|punct");
    assertEquals(List.of("0:null|say|had exposed corruption|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aPredicateHungOnTheCueAfterTheReportedClausesLastNounIsPartOfIt() {
    // "Lee wrote that the firm had failed to show the plan would cause harm.", parsed with "cause" as a bare
    // dependent of the cue: the noun the clause ends on is its subject, so the predicate was written too
    FakeParse p = FakeParse.of("Lee|NNP|2|nsubj|PERSON wrote|VBD|0|root that|IN|7|mark the|DT|5|det firm|NN|7|nsubj "
        + "had|VBD|7|aux failed|VBN|2|ccomp to|TO|9|mark show|VB|7|xcomp the|DT|11|det plan|NN|9|obj "
        + "would|MD|13|aux cause|VB|2|dep harm|NN|13|obj +.|.|2|punct");
    assertEquals(List.of("0:lee|write|the firm had failed to show the plan would cause harm|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aPredicateHungOnTheCueAfterAYearEndingTheReportedClauseIsPartOfIt() {
    // "Lee said the team hoped a probe planned for 2030 would land.", parsed with "land" as a bare dependent
    FakeParse p = FakeParse.of("Lee|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det team|NN|5|nsubj hoped|VBD|2|ccomp "
        + "a|DT|7|det probe|NN|5|obj planned|VBN|7|acl for|IN|10|case 2030|CD|8|obl:for would|MD|12|aux "
        + "land|VB|2|dep +.|.|2|punct");
    assertEquals(List.of("0:lee|say|the team hoped a probe planned for 2030 would land|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aReasonClauseRightAfterTheContentThatQuotesTheSpeakerIsPartOfIt() {
    // "Lee said it would be “historic” because it would “end the wait.”", parsed with the because-clause on the
    // cue: quoted words in a clause that runs on from the content are the speaker's, so it was said too
    FakeParse p = FakeParse.of("Lee|NNP|2|nsubj|PERSON said|VBD|0|root it|PRP|7|nsubj would|MD|7|aux be|VB|7|cop "
        + "“|``|7|punct +historic|JJ|2|ccomp +”|''|7|punct because|IN|13|mark it|PRP|13|nsubj would|MD|13|aux "
        + "“|``|13|punct +end|VB|2|advcl the|DT|15|det wait|NN|13|obj +.|.|2|punct +”|''|2|punct");
    assertEquals(List.of("0:lee|say|it would be “historic” because it would “end the wait|mixed"), p.extract("cue-verb"));
  }

  @Test
  void aReasonClauseAfterACommaOrWithoutQuotedWordsIsNot() {
    // "Lee said it would pass, as the crowd chanted “Vote.”" and "Lee said it would pass because it was late.":
    // after a comma the clause is the writer's; without quoted words the cue's reason is the writer's too
    FakeParse p = FakeParse.of("Lee|NNP|2|nsubj|PERSON said|VBD|0|root it|PRP|5|nsubj would|MD|5|aux "
        + "pass|VB|2|ccomp +,|,|10|punct as|IN|10|mark the|DT|9|det crowd|NN|10|nsubj chanted|VBD|2|advcl "
        + "“|``|12|punct +Vote|VB|10|ccomp +.|.|2|punct +”|''|2|punct");
    assertEquals("0:lee|say|it would pass|indirect", p.extract("cue-verb").get(0));
    FakeParse q = FakeParse.of("Lee|NNP|2|nsubj|PERSON said|VBD|0|root it|PRP|5|nsubj would|MD|5|aux "
        + "pass|VB|2|ccomp because|IN|9|mark it|PRP|9|nsubj was|VBD|9|cop late|JJ|2|advcl +.|.|2|punct");
    assertEquals("0:lee|say|it would pass|indirect", q.extract("cue-verb").get(0));
  }

  @Test
  void aPredicateHungOnTheSentenceAfterTheReportedClausesLastNounIsPartOfIt() {
    // "The study was backed by the Acme Fund, which said it hoped the work would “open doors”.", parsed with
    // "open" as a bare dependent of the main verb: it continues the reported clause all the same
    FakeParse p = FakeParse.of("The|DT|2|det study|NN|4|nsubj:pass was|VBD|4|aux:pass backed|VBN|0|root "
        + "by|IN|8|case the|DT|8|det Acme|NNP|8|compound|ORGANIZATION Fund|NNP|4|obl|ORGANIZATION|11:nsubj "
        + "+,|,|8|punct which|WDT|8|ref said|VBD|8|acl:relcl it|PRP|13|nsubj hoped|VBD|11|ccomp the|DT|15|det "
        + "work|NN|13|obj would|MD|18|aux “|``|18|punct +open|VB|4|dep doors|NNS|18|obj +”|''|18|punct "
        + "+.|.|4|punct");
    assertEquals(List.of("0:acme fund|say|it hoped the work would “open doors|indirect"), p.extract("cue-verb"));
  }

  @Test
  void theOneAddressedAfterATranscriptLabelIsNoSpeaker() {
    // "HOST: Senator, thank you for coming.": a form of address after a transcript label, parsed as the subject
    FakeParse p = FakeParse.of("HOST|NN|0|root +:|:|1|punct Senator|NNP|5|nsubj +,|,|5|punct thank|VBP|1|parataxis "
        + "you|PRP|5|obj for|IN|8|mark coming|VBG|5|advcl +.|.|1|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // "Residents, who asked not to be named, say the water is dirty.": a subject with its clause set off by commas
    FakeParse q = FakeParse.of("Residents|NNS|10|nsubj +,|,|4|punct who|WP|4|nsubj asked|VBD|1|acl:relcl "
        + "not|RB|8|advmod to|TO|8|mark be|VB|8|aux:pass named|VBN|4|xcomp +,|,|1|punct say|VBP|0|root "
        + "the|DT|12|det water|NN|14|nsubj is|VBZ|14|cop dirty|JJ|10|ccomp +.|.|10|punct");
    assertEquals(List.of("0:null|say|the water is dirty|indirect"), q.extract("cue-verb"));
  }

  @Test
  void aClauseOfItsOwnHungOnTheCueAfterTheReportedClauseIsNot() {
    // "Lee said the plan failed, Roe would add later.": a predicate with a subject of its own is no part of it
    FakeParse p = FakeParse.of("Lee|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det plan|NN|5|nsubj "
        + "failed|VBD|2|ccomp +,|,|8|punct Roe|NNP|8|nsubj|PERSON would|MD|8|aux add|VB|2|dep later|RB|8|advmod "
        + "+.|.|2|punct");
    assertEquals("0:lee|say|the plan failed|indirect", p.extract("cue-verb").get(0));
  }

  @Test
  void aSpokesmanForANamedBodyWithARelativeClauseParsedAsTheCuesIsTheSpeaker() {
    // "A spokesman for the Acme Group, which represents operators, said the offer was fair.", parsed with "said"
    // as the relative clause of "Group" (and "represents" left dangling): the spokesman speaks, not the group
    FakeParse p = FakeParse.of("A|DT|2|det spokesman|NN|0|root for|IN|6|case the|DT|6|det "
        + "Acme|NNP|6|compound|ORGANIZATION Group|NNP|2|nmod|ORGANIZATION|12:nsubj +,|,|6|punct which|WDT|6|ref "
        + "represents|VBZ|8|dep operators|NNS|9|obj +,|,|12|punct said|VBD|6|acl:relcl the|DT|14|det "
        + "offer|NN|16|nsubj was|VBD|16|cop fair|JJ|12|ccomp +.|.|2|punct");
    List<org.newsgraph.model.Statement> rows = p.extractStatements("cue-verb");
    assertEquals(1, rows.size());
    assertEquals("A spokesman for the Acme Group", rows.get(0).speakerText());
    assertEquals(null, rows.get(0).speakerEntityId());
    assertEquals("the offer was fair", rows.get(0).content());
  }

  @Test
  void aDocumentReadsWhatItQuotesButReadingABookIsNoStatement() {
    FakeParse p = FakeParse.of("“|``|5|punct +We|PRP|3|nsubj regret|VBP|7|ccomp it|PRP|3|obj +,|,|3|punct "
        + "+”|''|3|punct the|DT|7|det statement|NN|8|nsubj read|VBD|0|root +.|.|8|punct",
        "Anna|NNP|2|nsubj|PERSON read|VBD|0|root the|DT|4|det book|NN|2|obj +.|.|2|punct");
    List<String> rows = p.extract();
    assertEquals(1, rows.size(), rows.toString());
    assertTrue(rows.get(0).contains("|read|We regret it|direct"), rows.toString());
    // "“Keep out,” the sign read.", "Banners said “No more cuts”": words on a thing are no one's statement
    FakeParse sign = FakeParse.of("“|``|2|punct +Keep|VB|6|ccomp out|RP|2|compound:prt +,|,|2|punct +”|''|2|punct "
        + "the|DT|6|det sign|NN|7|nsubj read|VBD|0|root +.|.|7|punct",
        "Banners|NNS|2|nsubj said|VBD|0|root “|``|6|punct +No|DT|5|det more|JJR|5|amod cuts|NNS|2|obj +”|''|2|punct "
        + "+.|.|2|punct");
    assertEquals(List.of(), sign.extract());
    // "A sign outside the shop read: “Save our parking.”": the sign, not the shop
    FakeParse outside = FakeParse.of("A|DT|2|det sign|NN|6|nsubj outside|IN|5|case the|DT|5|det shop|NN|2|nmod "
        + "read|VBD|0|root +:|:|6|punct “|``|9|punct +Save|VB|6|ccomp our|PRP$|11|nmod:poss parking|NN|9|obj "
        + "+.|.|6|punct +”|''|6|punct");
    assertEquals(List.of(), outside.extract());
    // "One Department of Transport sign read: “Buckle up.”": the sign, not the department
    FakeParse department = FakeParse.of("One|CD|5|nummod Department|NNP|5|compound of|IN|4|case Transport|NNP|2|nmod "
        + "sign|NN|6|nsubj read|VBD|0|root +:|:|6|punct “|``|9|punct +Buckle|VB|6|ccomp up|RP|9|compound:prt "
        + "+.|.|6|punct +”|''|6|punct");
    assertEquals(List.of(), department.extract());
  }

  @Test
  void aVerbThatReportsOnlyQuotedWordsDoesNotCutWhatWasSaidWithoutThem() {
    // "Officials warned the public against reading too much into the data.": "reading" reports nothing here
    FakeParse p = FakeParse.of("Officials|NNS|2|nsubj warned|VBD|0|root the|DT|4|det public|NN|2|obj "
        + "against|IN|6|mark reading|VBG|2|advcl too|RB|8|advmod much|JJ|6|obj into|IN|11|case the|DT|11|det "
        + "data|NNS|6|obl +.|.|2|punct");
    assertEquals(List.of("0:null|warn|the public against reading too much into the data|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aParticipleParsedOnTheDayBeforeItTakesTheSubjectOfTheDaysVerb() {
    // "A group of customers filed a lawsuit on Thursday accusing the app of misleading users."
    FakeParse p = FakeParse.of("A|DT|2|det group|NN|5|nsubj of|IN|4|case customers|NNS|2|nmod filed|VBD|0|root "
        + "a|DT|7|det lawsuit|NN|5|obj on|IN|9|case Thursday|NNP|5|obl:on accusing|VBG|9|acl the|DT|12|det "
        + "app|NN|10|obj of|IN|15|case misleading|VBG|15|amod users|NNS|10|obl:of +.|.|5|punct");
    List<org.newsgraph.model.Statement> rows = p.extractStatements("cue-verb");
    assertEquals(1, rows.size());
    assertEquals("A group of customers", rows.get(0).speakerText());
    assertEquals("the app of misleading users", rows.get(0).content());
  }

  @Test
  void anAdjunctOfTheSayingWithAPredicateHungOnTheCueSaysNothing() {
    // "Organisers have apologised after part of a stage collapsed during a set, injuring four people.", parsed with
    // "collapsed" and "injuring" as bare dependents of the cue
    FakeParse p = FakeParse.of("Organisers|NNS|3|nsubj have|VBP|3|aux apologised|VBN|0|root after|IN|5|case "
        + "part|NN|3|obl:after of|IN|8|case a|DT|8|det stage|NN|5|nmod collapsed|VBD|3|dep during|IN|12|case "
        + "a|DT|12|det set|NN|9|obl +,|,|3|punct injuring|VBG|3|dep four|CD|16|nummod people|NNS|14|obj +.|.|3|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aWhileClauseHungOnItsConjunctionIsWhenItWasSaidNotWhat() {
    // "Roe disclosed this while speaking to reporters.", parsed with "speaking" hung on "while": only "this" is left,
    // which points back to what was said, so there is no row
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON disclosed|VBD|0|root this|DT|2|obj while|IN|2|advmod "
        + "speaking|VBG|4|dep to|IN|7|case reporters|NNS|5|obl +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // "Roe announced the plan while speaking to reporters.": the plan
    FakeParse plan = FakeParse.of("Roe|NNP|2|nsubj|PERSON announced|VBD|0|root the|DT|4|det plan|NN|2|obj "
        + "while|IN|2|advmod speaking|VBG|5|dep to|IN|8|case reporters|NNS|6|obl +.|.|2|punct");
    assertEquals(List.of("0:roe|announce|the plan|indirect"), plan.extract("cue-verb"));
  }

  @Test
  void aCueCompletingTheClauseBeforeItIsNoAttributionOfThatClause() {
    // "“We are confident the court will agree.”", a quotation sentence of its own: the court agrees to nothing yet
    FakeParse p = FakeParse.of("“|``|4|punct +We|PRP|4|nsubj are|VBP|4|cop confident|JJ|0|root the|DT|6|det "
        + "court|NN|8|nsubj will|MD|8|aux agree|VB|4|ccomp +.|.|4|punct +”|''|4|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aThatClauseHungOnTheAddresseeOfWritingIsWhatWasWritten() {
    // "Analysts wrote in a note to clients that the bank risked falling behind.", parsed with the clause on "clients"
    FakeParse p = FakeParse.of("Analysts|NNS|2|nsubj wrote|VBD|0|root in|IN|5|case a|DT|5|det note|NN|2|obl:in "
        + "to|IN|7|case clients|NNS|2|obl:to that|IN|11|mark the|DT|10|det bank|NN|11|nsubj risked|VBD|7|ccomp "
        + "falling|VBG|11|xcomp behind|RB|12|advmod +.|.|2|punct");
    assertEquals(List.of("0:null|write|the bank risked falling behind|indirect"), p.extract("cue-verb"));
  }

  @Test
  void nobodyInsideSomeonesWordsSaysNothing() {
    // '“Nobody from management said a word to us.”', '“No official has confirmed the deal.”'
    FakeParse p = FakeParse.of("“|``|5|punct +Nobody|NN|5|nsubj from|IN|4|case management|NN|2|nmod said|VBD|0|root "
            + "a|DT|7|det word|NN|5|obj to|IN|9|case us|PRP|5|obl +.|.|5|punct +”|''|5|punct",
        "“|``|5|punct +No|DT|3|det official|NN|5|nsubj has|VBZ|5|aux confirmed|VBN|0|root the|DT|7|det deal|NN|5|obj "
            + "+.|.|5|punct +”|''|5|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // in the story's own voice, "None of them has said they want a war." stays a report (PolNeAR annotates it)
    FakeParse story = FakeParse.of("None|NN|5|nsubj of|IN|3|case them|PRP|1|nmod has|VBZ|5|aux said|VBN|0|root "
        + "they|PRP|7|nsubj want|VBP|5|ccomp a|DT|9|det war|NN|7|obj +.|.|5|punct");
    assertEquals(List.of("0:null|say|they want a war|indirect"), story.extract("cue-verb"));
  }

  @Test
  void repliesAndMannersOfSpeakingReportOnlyAClauseOrQuotedWords() {
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON countered|VBD|0|root that|IN|6|mark the|DT|5|det plan|NN|6|nsubj "
            + "failed|VBD|2|ccomp +.|.|2|punct",
        "Crews|NNS|2|nsubj maintained|VBD|0|root the|DT|4|det road|NN|2|obj +.|.|2|punct",
        "“|``|4|punct +Absurd|JJ|4|ccomp +,|,|4|punct +”|''|4|punct she|PRP|5|nsubj scoffed|VBD|0|root +.|.|5|punct",
        "The|DT|2|det baby|NN|3|nsubj cried|VBD|0|root +.|.|3|punct");
    assertEquals(List.of("0:anna|counter|the plan failed|indirect", "2:anna|scoff|Absurd|direct"), p.extract("cue-verb"));
    // "Anna said the firm is willing to maintain close ties.": "maintain" reports nothing here, so it cuts nothing
    FakeParse willing = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det firm|NN|6|nsubj is|VBZ|6|cop "
        + "willing|JJ|2|ccomp to|TO|8|mark maintain|VB|6|xcomp close|JJ|10|amod ties|NNS|8|obj +.|.|2|punct");
    assertEquals(List.of("0:anna|say|the firm is willing to maintain close ties|indirect"), willing.extract("cue-verb"));
    // "Anna responded by saying the plan failed.": one report, the gerund's
    FakeParse by = FakeParse.of("Anna|NNP|2|nsubj|PERSON responded|VBD|0|root by|IN|4|mark saying|VBG|2|advcl "
        + "the|DT|6|det plan|NN|7|nsubj failed|VBD|4|ccomp +.|.|2|punct");
    assertEquals(List.of("0:anna|say|the plan failed|indirect"), by.extract("cue-verb"));
    // "Anna countered by calling Roe “a weathervane”.", with the gerund hung on the noun after it
    FakeParse garbled = FakeParse.of("Anna|NNP|2|nsubj|PERSON countered|VBD|0|root by|IN|5|case calling|VBG|5|amod "
        + "Roe|NNP|2|obl|PERSON “|``|8|punct +a|DT|8|det weathervane|NN|5|dep +”|''|8|punct +.|.|2|punct");
    assertTrue(garbled.extract("cue-verb").stream().noneMatch(r -> r.contains("|counter|")));
  }

  @Test
  void aPhraseTheParserSplitIntoTwoSubjectsIsOneSpeaker() {
    // "A spokesperson for one messaging app said it would leave.", parsed with "app" as a second subject
    FakeParse p = FakeParse.of("A|DT|2|det spokesperson|NN|7|nsubj for|IN|5|case one|CD|5|nummod messaging|NN|2|nmod "
        + "app|NN|7|nsubj said|VBD|0|root it|PRP|10|nsubj would|MD|10|aux leave|VB|7|ccomp +.|.|7|punct");
    List<org.newsgraph.model.Statement> rows = p.extractStatements("cue-verb");
    assertEquals(1, rows.size());
    assertEquals("A spokesperson for one messaging app", rows.get(0).speakerText());
    assertEquals(null, rows.get(0).speakerEntityId());
  }

  @Test
  void aVerbCoordinatedAfterAQuotedPredicateIsNoPartOfIt() {
    // "Anna called him “the man who saved the town” and ordered flags to fly.", parsed with "ordered" inside the
    // quotation's relative clause
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON called|VBD|0|root him|PRP|2|obj “|``|2|punct +the|DT|6|det "
        + "man|NN|2|obj who|WP|8|nsubj saved|VBD|6|acl:relcl the|DT|10|det town|NN|8|obj +”|''|8|punct and|CC|13|cc "
        + "ordered|VBD|8|conj flags|NNS|13|obj to|TO|16|mark fly|VB|13|xcomp +.|.|2|punct");
    assertEquals(List.of("0:anna|call|him “the man who saved the town|mixed"), p.extract("cue-verb"));
  }

  @Test
  void callWithTheQuotedPredicateParsedAsTheObjectsHead() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON called|VBD|0|root half|NN|8|compound of|IN|6|case "
            + "the|DT|6|det members|NNS|3|nmod “|``|8|punct +cowards|NNS|2|obj +.|.|2|punct +”|''|2|punct",
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root a|DT|4|det meeting|NN|2|obj of|IN|8|case the|DT|8|det "
            + "“|``|8|punct +members|NNS|4|nmod +”|''|8|punct +.|.|2|punct");
    assertEquals(List.of("0:peter|call|half of the members “cowards|indirect"), p.extract("cue-verb"));
  }

  @Test
  void callWithASmallClauseAPostposedAdjectiveOrADeeperPredicate() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON called|VBD|0|root the|DT|4|det plan|NN|6|nsubj "
            + "a|DT|6|det mistake|NN|2|xcomp +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root the|DT|4|det charges|NNS|2|obj unfounded|JJ|4|amod +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root half|NN|2|obj of|IN|6|case the|DT|6|det members|NNS|3|nmod "
            + "cowards|NNS|6|dep +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root the|DT|5|det new|JJ|5|amod plan|NN|2|obj +.|.|2|punct");
    assertEquals(List.of("0:peter|call|the plan a mistake|indirect", "1:peter|call|the charges unfounded|indirect",
        "2:peter|call|half of the members cowards|indirect"), p.extract("cue-verb"));
  }
  @Test
  void aParticipleAfterACommaEndsTheContentEvenWhenHungOnANounOfIt() {
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root there|EX|4|expl was|VBD|2|ccomp no|DT|6|det "
        + "call|NN|4|nsubj +,|,|6|punct adding|VBG|6|acl that|IN|11|mark talks|NNS|11|nsubj continue|VBP|8|ccomp "
        + "+.|.|2|punct");
    assertEquals(List.of("0:anna|say|there was no call|indirect", "0:anna|add|talks continue|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aParticipleParsedAsTheConjunctionOfAnAdverbialClauseTakesTheMainSubject() {
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON endorsed|VBD|0|root Peter|NNP|2|obj|PERSON +,|,|2|punct "
        + "saying|VBG|8|mark it|PRP|8|nsubj is|VBZ|8|cop time|NN|2|advcl +.|.|2|punct");
    assertEquals(List.of("0:anna|say|it is time|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aParticipleAfterACommaHungOnAnAppositiveTakesTheMainSubject() {
    FakeParse p = FakeParse.of(
        "Anna|NNP|3|nsubj|PERSON was|VBD|3|cop upfront|JJ|0|root about|IN|5|case Peter|NNP|3|obl|PERSON +,|,|8|punct "
            + "the|DT|8|det leader|NN|5|appos +,|,|8|punct saying|VBG|8|acl voters|NNS|12|nsubj care|VBP|10|ccomp "
            + "+.|.|3|punct",
        // without the comma the participle describes the noun
        "Anna|NNP|2|nsubj|PERSON saw|VBD|0|root a|DT|4|det sign|NN|2|obj saying|VBG|4|acl voters|NNS|7|nsubj "
            + "care|VBP|5|ccomp +.|.|2|punct");
    assertEquals(List.of("0:anna|say|voters care|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aNameBeforeAnInterruptionIsTheSubjectTheParserLost() {
    // the parser made the name the subject of "covered" inside the interruption
    FakeParse p = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|6|nsubj|PERSON +,|,|2|punct wearing|VBG|2|acl "
        + "buttons|NNS|4|obj covered|VBD|8|ccomp +,|,|8|punct said|VBD|0|root prices|NNS|10|nsubj fell|VBD|8|ccomp "
        + "+.|.|8|punct");
    assertEquals(List.of("0:anna roe|say|prices fell|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aNameAfterAnOpeningPhraseAndBeforeAnInterruptionIsTheSubjectTheParserLost() {
    // the parser hung the name on the opening phrase as an appositive and left "said" without a subject;
    // after a finite verb ("The mayor met Anna Roe, 70, said ...") the name is no subject
    FakeParse p = FakeParse.of("Speaking|VBG|11|advcl at|IN|4|case the|DT|4|det rally|NN|1|obl +,|,|4|punct "
            + "Anna|NNP|7|compound|PERSON Roe|NNP|4|appos|PERSON +,|,|4|punct 70|CD|4|appos +,|,|11|punct "
            + "said|VBD|0|root prices|NNS|13|nsubj fell|VBD|11|ccomp +.|.|11|punct",
        "The|DT|2|det mayor|NN|3|nsubj met|VBD|0|root Anna|NNP|5|compound|PERSON Roe|NNP|3|obj|PERSON "
            + "+,|,|5|punct 70|CD|5|appos +,|,|9|punct said|VBD|3|parataxis prices|NNS|11|nsubj fell|VBD|9|ccomp "
            + "+.|.|3|punct");
    assertEquals(List.of("0:anna roe|say|prices fell|indirect"), p.extract("cue-verb"));
  }

  @Test
  void addReportsOnlyAClauseOrQuotedWords() {
    FakeParse p = FakeParse.of(
        // "adding ten days to voyages": an amount added, nothing said
        "Firms|NNS|2|nsubj moved|VBD|0|root ships|NNS|2|obj +,|,|5|punct adding|VBG|2|advcl ten|CD|7|nummod "
            + "days|NNS|5|obj to|IN|9|case voyages|NNS|5|obl +.|.|2|punct",
        "Anna|NNP|2|nsubj|PERSON praised|VBD|0|root ships|NNS|2|obj +,|,|5|punct adding|VBG|2|advcl "
            + "they|PRP|7|nsubj were|VBD|5|ccomp safe|JJ|7|xcomp +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON added|VBD|0|root a|DT|5|det second|JJ|5|amod goal|NN|2|obj +.|.|2|punct");
    assertEquals(List.of("1:anna|add|they were safe|indirect"), p.extract("cue-verb"));
  }

  @Test
  void anUnnamedPersonBeforeARelativeClauseAndACueParsedAsAnAdjective() {
    // "One engineer, who asked not to be named, said staff were told ...": the parser made "said" an adjective
    // of "staff" and "engineer" an object; without "who" the opening phrase is no speaker
    FakeParse p = FakeParse.of("One|CD|2|nummod engineer|NN|14|obj +,|,|2|punct who|WP|2|ref asked|VBD|14|advcl "
            + "not|RB|9|advmod to|TO|9|mark be|VB|9|aux:pass named|VBN|5|xcomp +,|,|14|punct said|VBD|12|amod "
            + "staff|NN|14|nsubj:pass were|VBD|14|aux:pass told|VBN|0|root to|TO|16|mark stay|VB|14|xcomp "
            + "+.|.|14|punct",
        "One|CD|2|nummod engineer|NN|11|obj +,|,|2|punct asking|VBG|2|acl not|RB|6|advmod speak|VB|4|xcomp "
            + "+,|,|11|punct said|VBD|9|amod staff|NN|11|nsubj:pass were|VBD|11|aux:pass told|VBN|0|root +.|.|11|punct");
    assertEquals(List.of("0:null|say|staff were told to stay|indirect"), p.extract("cue-verb"));
  }

  @Test
  void tellWithTheReportedSubjectParsedAsItsObjectAndThePredicateAsABareDependent() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON told|VBD|0|root FNN|NNP|2|iobj|ORGANIZATION his|PRP$|5|nmod:poss "
            + "firm|NN|2|obj worked|VBD|2|dep hard|RB|6|advmod +.|.|2|punct",
        "Anna|NNP|2|nsubj|PERSON told|VBD|0|root FNN|NNP|2|iobj|ORGANIZATION the|DT|5|det rules|NNS|2|obj "
            + "are|VBP|8|cop not|RB|8|advmod perfect|JJ|2|dep +.|.|2|punct",
        // no finite predicate: "told FNN the news first" says nothing more than the news
        "Anna|NNP|2|nsubj|PERSON told|VBD|0|root FNN|NNP|2|iobj|ORGANIZATION the|DT|5|det news|NN|2|obj "
            + "first|RB|2|dep +.|.|2|punct");
    assertEquals(List.of("0:peter|tell|his firm worked hard|indirect", "1:anna|tell|the rules are not perfect|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aQuotationMarkHungOnTheCueMayStandBetweenTheReportedSubjectAndItsPredicate() {
    // 'Peter told them Roe “has too many donors.”', the opening mark parsed as the cue's
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON told|VBD|0|root them|PRP|2|iobj Roe|NNP|2|obj|PERSON "
        + "“|``|2|punct "
        + "+has|VBZ|2|dep too|RB|8|advmod many|JJ|8|amod donors|NNS|6|obj +.|.|2|punct +”|''|2|punct");
    assertEquals(List.of("0:peter|tell|Roe “has too many donors|mixed"), p.extract("cue-verb"));
  }

  @Test
  void aReportParsedAsARelativeClauseOfItsSpeakerBeforeTheRootReportsTheObjectAndTheRoot() {
    // 'The person, who asked not to be named, said talks would begin soon.', parsed with "said" on "person"
    FakeParse p = FakeParse.of("The|DT|2|det person|NN|14|nsubj +,|,|2|punct who|WP|2|ref asked|VBD|11|nsubj "
        + "not|RB|9|advmod to|TO|9|mark be|VB|9|aux:pass named|VBN|5|xcomp +,|,|11|punct said|VBD|2|acl:relcl "
        + "talks|NNS|11|obj would|MD|14|aux begin|VB|0|root soon|RB|14|advmod +.|.|14|punct");
    assertEquals(List.of("0:null|say|talks would begin soon|indirect"), p.extract("cue-verb"));
    // a relative clause of its own: 'The official who announced the plan resigned.'
    FakeParse own = FakeParse.of("The|DT|2|det official|NN|6|nsubj who|WP|2|ref announced|VBD|2|acl:relcl "
        + "the|DT|5|det plan|NN|4|obj resigned|VBD|0|root +.|.|6|punct");
    assertEquals(false, own.extract("cue-verb").stream().anyMatch(r -> r.contains("resigned")));
  }

  @Test
  void aReportConjoinedToTheRootsClausalSubjectReportsTheObjectAndTheRoot() {
    // 'Peter launched an ad and said it would seek a recount.', parsed with "launched" as the clausal subject of "seek"
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON|6:nsubj launched|VBD|9|csubj an|DT|4|det ad|NN|2|obj "
        + "and|CC|6|cc "
        + "said|VBD|2|conj:and it|PRP|6|obj would|MD|9|aux seek|VB|0|root a|DT|11|det recount|NN|9|obj +.|.|9|punct");
    assertEquals(List.of("0:peter|say|it would seek a recount|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aQuotationOpeningBeforeAVerbThatReportsOnlyQuotesDoesNotMakeItAReport() {
    // "Peter predicted the campaign would “begin to focus on security.”": "begin" (a cue with quoted words after
    // it, "began: “...”") is here the reported predicate, with the quotation opening before it
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON predicted|VBD|0|root the|DT|4|det campaign|NN|2|obj "
        + "would|MD|7|aux “|``|7|punct +begin|VB|2|dep to|TO|9|mark focus|VB|7|xcomp on|IN|11|case "
        + "security|NN|9|obl:on +.|.|2|punct +”|''|2|punct");
    assertEquals(List.of("0:peter|predict|the campaign would “begin to focus on security|mixed"),
        p.extract("cue-verb"));
  }

  @Test
  void tellWithATimeAdjunctBetweenTheAddresseeAndTheReportedClause() {
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON told|VBD|0|root the|DT|4|det Post|NNP|2|obj|ORGANIZATION "
        + "last|JJ|6|amod week|NN|2|obl:tmod she|PRP|9|nsubj would|MD|9|aux win|VB|2|parataxis +.|.|2|punct");
    assertEquals(List.of("0:anna|tell|she would win|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aCueParsedAsAnAdverbialClauseOfWhatWasSaid() {
    // "Anna Roe said her team was ready": the parser made "was ready" the main clause and "said" its advcl
    FakeParse p = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|3|nsubj|PERSON said|VBD|7|advcl her|PRP$|5|nmod:poss "
        + "team|NN|7|nsubj was|VBD|7|cop ready|JJ|0|root +.|.|7|punct");
    assertEquals(List.of("0:anna roe|say|her team was ready|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aCueCoordinatedWithTheMainVerbSharesItsSubject() {
    FakeParse p = FakeParse.of(
        "Anna|NNP|2|nsubj|PERSON refused|VBD|0|root to|TO|4|mark comment|VB|2|xcomp but|CC|6|cc said|VBD|2|conj "
            + "prices|NNS|8|nsubj fell|VBD|6|ccomp +.|.|2|punct",
        // a conjunct inside the content is no speech of the content's subject
        "Anna|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det side|NN|5|nsubj supports|VBZ|2|ccomp peace|NN|5|obj "
            + "and|CC|8|cc voiced|VBD|5|conj hope|NN|8|obj +.|.|2|punct");
    assertEquals(List.of("0:anna|say|prices fell|indirect", "1:anna|say|the side supports peace|indirect",
        "1:anna|voice|hope|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aQuoteOnlyVerbReportsAClauseIntroducedByThatWhetherOrAWhWord() {
    FakeParse p = FakeParse.of(
        "Anna|NNP|2|nsubj|PERSON responded|VBD|0|root that|IN|6|mark the|DT|5|det plan|NN|6|nsubj failed|VBD|2|ccomp "
            + "+.|.|2|punct",
        "Anna|NNP|2|nsubj|PERSON questioned|VBD|0|root how|WRB|6|advmod the|DT|5|det plan|NN|6|nsubj "
            + "works|VBZ|2|ccomp +.|.|2|punct",
        // "that" as a determiner introduces no clause; without quotation marks "continued" reports nothing
        "Anna|NNP|2|nsubj|PERSON continued|VBD|0|root that|DT|4|det week|NN|2|obl:tmod +.|.|2|punct",
        "Anna|NNP|2|nsubj|PERSON answered|VBD|0|root the|DT|4|det call|NN|2|obj +.|.|2|punct",
        // "responded that, in a close race, the party would lose": a comma between the mark and the clause
        "Anna|NNP|2|nsubj|PERSON responded|VBD|0|root that|IN|13|mark +,|,|13|punct in|IN|8|case a|DT|8|det "
            + "close|JJ|8|amod race|NN|13|obl:in +,|,|13|punct the|DT|11|det party|NN|13|nsubj would|MD|13|aux "
            + "lose|VB|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:anna|respond|the plan failed|indirect", "1:anna|question|how the plan works|indirect",
        "4:anna|respond|in a close race, the party would lose|indirect"), p.extract("cue-verb"));
  }

  @Test
  void callWithAnIndirectObjectOrAPredicateBelowAPhraseAfterTheObject() {
    FakeParse p = FakeParse.of(
        // "called Roe a liar": the named object parsed as iobj, the predicate hung on it
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root Anna|NNP|2|iobj|PERSON a|DT|5|det liar|NN|3|dep +.|.|2|punct",
        // "called her vote in favor of the war a mistake": the predicate hangs on "war", inside the obl
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root his|PRP$|4|nmod:poss vote|NN|2|obj in|IN|6|case "
            + "favor|NN|2|obl of|IN|9|case the|DT|9|det war|NN|6|nmod a|DT|11|det mistake|NN|9|dep +.|.|2|punct",
        // "called Roe “reckless”": the noun hung as dep on the adjective parsed as xcomp
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root Anna|NNP|4|dep|PERSON reckless|JJ|2|xcomp +.|.|2|punct",
        // "called the meeting to order": an infinitive is no predicate
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root the|DT|4|det meeting|NN|2|obj to|TO|6|mark order|VB|2|xcomp "
            + "+.|.|2|punct",
        // a phrase after a comma is no predicate of the object
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root his|PRP$|4|nmod:poss lawyer|NN|2|obj +,|,|2|punct "
            + "a|DT|7|det friend|NN|4|dep +.|.|2|punct",
        // the same predicate parsed as a bare noun phrase adjunct of "war"; without an article it is a time
        // ("called his vote in favor of the war last week")
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root his|PRP$|4|nmod:poss vote|NN|2|obj in|IN|6|case "
            + "favor|NN|2|obl of|IN|9|case the|DT|9|det war|NN|6|nmod a|DT|11|det mistake|NN|9|obl:npmod +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON called|VBD|0|root his|PRP$|4|nmod:poss vote|NN|2|obj in|IN|6|case "
            + "favor|NN|2|obl of|IN|9|case the|DT|9|det war|NN|6|nmod last|JJ|11|amod week|NN|9|obl:npmod "
            + "+.|.|2|punct");
    assertEquals(List.of("0:peter|call|Anna a liar|indirect", "1:peter|call|his vote in favor of the war a mistake|indirect",
        "2:peter|call|Anna reckless|indirect", "5:peter|call|his vote in favor of the war a mistake|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aGerundHungOnTheClauseItIntroducesTakesTheSubjectAbove() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON began|VBD|0|root by|IN|4|case saying|VBG|7|obl he|PRP|7|nsubj "
        + "would|MD|7|aux go|VB|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:peter|say|he would go|indirect"), p.extract("cue-verb"));
  }
  @Test
  void aTimeWordAfterTheCueIsNeitherArgumentNorSpeaker() {
    FakeParse p = FakeParse.of("“|``|12|punct +We|PRP|3|nsubj won|VBD|12|ccomp +,|,|12|punct +”|''|12|punct "
        + "Peter|NNP|7|compound|PERSON Smith|NNP|12|nsubj|PERSON +,|,|7|punct the|DT|10|det coach|NN|7|appos +,|,|12|punct "
        + "said|VBD|0|root Saturday|NNP|12|xcomp after|IN|16|case the|DT|16|det game|NN|12|obl +.|.|12|punct");
    assertEquals(List.of("0:peter smith|say|We won|direct"), p.extract("cue-verb"));
  }
  @Test
  void aRelativePronounSubjectStandsForTheNounTheClauseModifies() {
    FakeParse p = FakeParse.of("The|DT|2|det plan|NN|4|nsubj:pass was|VBD|4|aux:pass approved|VBN|0|root by|IN|7|case "
        + "Anna|NNP|7|compound|PERSON Roe|NNP|4|obl|PERSON +,|,|7|punct who|WP|10|nsubj said|VBD|7|acl:relcl "
        + "it|PRP|12|nsubj works|VBZ|10|ccomp +.|.|4|punct",
        "This|DT|3|nsubj has|VBZ|3|aux gone|VBN|0|root on|RP|3|compound:prt for|IN|6|case years|NNS|3|obl +.|.|3|punct");
    assertEquals(List.of("0:anna roe|say|it works|indirect"), p.extract("cue-verb"));
  }
  @Test
  void aParticipleOnAnInfinitiveTakesTheSubjectOfTheMainVerb() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON tried|VBD|0|root to|TO|4|mark calm|VB|2|xcomp them|PRP|4|obj "
        + "+,|,|4|punct telling|VBG|4|dep the|DT|9|det crowd|NN|7|obj prices|NNS|11|nsubj fall|VBP|7|ccomp +.|.|2|punct");
    assertEquals(List.of("0:peter|tell|prices fall|indirect"), p.extract("cue-verb"));
  }
  @Test
  void aParticipleOnAPossessedSpeechNounIsThePossessorsStatement() {
    FakeParse p = FakeParse.of("Voters|NNS|2|nsubj read|VBD|0|root Peter|NNP|5|nmod:poss|PERSON +'s|POS|3|case "
        + "statement|NN|2|obj saying|VBG|5|acl prices|NNS|8|nsubj fall|VBP|6|ccomp +.|.|2|punct");
    assertEquals(List.of("0:peter|say|prices fall|indirect"), p.extract("cue-verb"));
  }
  @Test
  void aParticipleOnAnIssuedStatementIsTheIssuersStatement() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON issued|VBD|0|root a|DT|4|det statement|NN|2|obj "
            + "saying|VBG|4|acl prices|NNS|7|nsubj fall|VBP|5|ccomp +.|.|2|punct",
        "Acme|NNP|2|nsubj|ORGANIZATION put|VBD|0|root out|RP|2|compound:prt a|DT|5|det statement|NN|2|obj "
            + "saying|VBG|5|acl prices|NNS|9|nsubj would|MD|9|aux fall|VB|6|ccomp +.|.|2|punct",
        // a letter someone obtained is not theirs
        "Reporters|NNS|2|nsubj obtained|VBD|0|root a|DT|4|det letter|NN|2|obj saying|VBG|4|acl prices|NNS|7|nsubj "
            + "fall|VBP|5|ccomp +.|.|2|punct");
    assertEquals(List.of("0:peter|say|prices fall|indirect", "1:acme|say|prices would fall|indirect"),
        p.extract("cue-verb"));
  }
  @Test
  void aSecondReportJoinedByCommaAndIsNoPartOfTheFirst() {
    // parsed, as the parser does, with the second "said" a conjunct inside the first's clause
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON said|VBD|0|root that|IN|6|mark nobody|NN|6|nsubj can|MD|6|aux "
            + "win|VB|2|ccomp +,|,|10|punct and|CC|10|cc he|PRP|10|nsubj said|VBD|6|conj|2:ccomp rates|NNS|12|nsubj "
            + "rise|VBP|10|ccomp +.|.|2|punct",
        // (inside a quotation the second report is the speaker's words)
        "“|``|3|punct +We|PRP|3|nsubj lost|VBD|13|ccomp +,|,|7|punct and|CC|7|cc they|PRP|7|nsubj say|VBP|3|conj "
            + "we|PRP|9|nsubj cheated|VBD|7|ccomp +,|,|3|punct +”|''|3|punct Peter|NNP|13|nsubj|PERSON said|VBD|0|root "
            + "+.|.|13|punct");
    assertEquals(List.of("0:peter|say|nobody can win|indirect", "0:peter|say|rates rise|indirect",
        "1:peter|say|We lost, and they say we cheated|direct"), p.extract("cue-verb"));
  }
  @Test
  void aPlaceRightAfterTheAddresseeIsWhereItWasTold() {
    // parsed, as the parser does, with "in Paris" opening the reported clause
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON told|VBD|0|root reporters|NNS|2|obj in|IN|5|case "
        + "Paris|NNP|8|obl:in|LOCATION prices|NNS|8|nsubj would|MD|8|aux fall|VB|2|ccomp +.|.|2|punct",
        // (set off by a comma, it is the reported clause's own)
        "Peter|NNP|2|nsubj|PERSON told|VBD|0|root reporters|NNS|2|obj that|IN|9|mark in|IN|6|case "
        + "Paris|NNP|9|obl:in|LOCATION +,|,|9|punct prices|NNS|9|nsubj fall|VBP|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:peter|tell|prices would fall|indirect", "1:peter|tell|in Paris, prices fall|indirect"),
        p.extract("cue-verb"));
  }
  @Test
  void aBareInfinitiveConjoinedToTheCueContinuesTheReportedInfinitive() {
    // parsed, as the parser does, with "wait" conjoined to "urged"
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON urged|VBD|0|root voters|NNS|2|obj to|TO|5|mark "
        + "remain|VB|2|xcomp calm|JJ|5|xcomp and|CC|8|cc wait|VB|2|conj for|IN|11|case the|DT|11|det count|NN|8|obl "
        + "+.|.|2|punct",
        // (a finite verb is the speaker's next act)
        "Peter|NNP|2|nsubj|PERSON urged|VBD|0|root voters|NNS|2|obj to|TO|5|mark remain|VB|2|xcomp calm|JJ|5|xcomp "
        + "and|CC|8|cc left|VBD|2|conj +.|.|2|punct");
    assertEquals(List.of("0:peter|urge|voters to remain calm and wait for the count|indirect",
        "1:peter|urge|voters to remain calm|indirect"), p.extract("cue-verb"));
  }
  @Test
  void aPassiveCueInsideTheContentIsNoReportOfItsOwn() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON told|VBD|0|root fans|NNS|2|obj he|PRP|6|nsubj was|VBD|6|cop "
        + "tired|JJ|2|ccomp but|CC|10|cc had|VBD|10|aux been|VBN|10|aux:pass urged|VBN|6|conj by|IN|12|case "
        + "doctors|NNS|10|obl:agent to|TO|14|mark rest|VB|10|xcomp +.|.|2|punct");
    assertEquals(List.of("0:peter|tell|he was tired but had been urged by doctors to rest|indirect"),
        p.extract("cue-verb"));
  }
  @Test
  void aCueConjoinedInTheTenseOfTheReportedClauseIsPartOfIt() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON|7:nsubj said|VBD|0|root Acme|NNP|4|nsubj|ORGANIZATION "
        + "values|VBZ|2|ccomp ties|NNS|4|obj and|CC|7|cc looks|VBZ|2|conj forward|RB|7|advmod to|IN|10|case "
        + "investment|NN|7|obl:to +.|.|2|punct",
        // (in the cue's own tense it is the speaker's next report)
        "Peter|NNP|2|nsubj|PERSON said|VBD|0|root Acme|NNP|4|nsubj|ORGANIZATION values|VBZ|2|ccomp ties|NNS|4|obj "
        + "and|CC|7|cc added|VBD|2|conj that|IN|10|mark prices|NNS|10|nsubj fall|VBP|7|ccomp +.|.|2|punct");
    assertEquals(List.of("0:peter|say|Acme values ties and looks forward to investment|indirect",
        "1:peter|say|Acme values ties|indirect", "1:peter|add|prices fall|indirect"), p.extract("cue-verb"));
  }
  @Test
  void aPastPerfectCueAfterAQuotedWordContinuesTheReportedClause() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON said|VBD|0|root his|PRP$|4|nmod:poss client|NN|7|nsubj "
        + "was|VBD|7|cop “|``|7|punct +ashamed|JJ|2|ccomp +”|''|7|punct and|CC|11|cc had|VBD|11|aux "
        + "written|VBN|2|conj a|DT|13|det letter|NN|11|obj +.|.|2|punct");
    List<String> found = p.extract("cue-verb");
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("0:peter|say|his client was “ashamed” and had written a letter|"), found.toString());
  }
  @Test
  void theDayOfTheSayingIsNoPartOfWhatWasSaid() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON apologised|VBD|0|root on|IN|4|case Tuesday|NNP|2|obl:on|DATE "
        + "to|IN|7|case the|DT|7|det fans|NNS|2|obl:to +.|.|2|punct");
    assertEquals(List.of("0:peter|apologise|to the fans|indirect"), p.extract("cue-verb"));
  }
  @Test
  void theOutletSomethingWasWrittenInIsNoPartOfIt() {
    FakeParse p = FakeParse.of("Writing|VBG|7|advcl in|IN|4|case the|DT|4|det Courier|NNP|1|obl:in|ORGANIZATION "
        + "+,|,|1|punct Peter|NNP|7|nsubj|PERSON said|VBD|0|root prices|NNS|9|nsubj fall|VBP|7|ccomp +.|.|7|punct");
    assertEquals(List.of("0:peter|say|prices fall|indirect"), p.extract("cue-verb"));
  }
  @Test
  void aParticipleInsideTheQuotationIsTheSpeakersOwnWords() {
    // 'Peter said: “We cannot win without asking voters to pay.”', parsed with "asking" as a bare dependent of
    // "without"
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON said|VBD|0|root +:|:|2|punct “|``|2|punct +We|PRP|7|nsubj "
        + "cannot|MD|7|aux win|VB|2|ccomp without|IN|7|advmod asking|VBG|8|dep voters|NNS|9|obj to|TO|12|mark "
        + "pay|VB|9|xcomp +.|.|2|punct +”|''|2|punct");
    assertEquals(List.of("0:peter|say|We cannot win without asking voters to pay|direct"), p.extract("cue-verb"));
  }

  @Test
  void aParticipleParsedAsABareDependentOfTheReportedPredicateStillReports() {
    // "Peter defended the plan, insisting it was the right thing.", parsed with "insisting" hung on "thing"
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON defended|VBD|0|root the|DT|4|det plan|NN|2|obj "
        + "+,|,|10|punct insisting|VBG|10|dep it|PRP|10|nsubj was|VBD|10|cop the|DT|10|det right|JJ|10|amod "
        + "thing|NN|4|appos +.|.|2|punct");
    assertEquals(List.of("0:peter|insist|it was the right thing|indirect"), p.extract("cue-verb"));
  }
  @Test
  void aLongTrailingSpeakerWithAPartyTagIsTheSpeaker() {
    FakeParse p = FakeParse.of("“|`` +We|PRP won|VBD +,|, +”|'' House|NNP Minority|NNP Leader|NNP Anna|NNP|0|x|PERSON "
        + "Roe|NNP|0|x|PERSON (|-LRB- +D|NNP +-|HYPH +Ohio|NNP +)|-RRB- told|VBD reporters|NNS on|IN Friday|NNP +.|.");
    assertEquals(List.of("0:anna roe|tell|We won|direct"), p.extract("cue-verb"));
  }
  @Test
  void aTrailingAttributionMayBeFollowedByAClauseAboutTheSourceOrTheSaying() {
    FakeParse p = FakeParse.of("Prices|NNS will|MD fall|VB +,|, two|CD officials|NNS said|VBD +,|, who|WP asked|VBD "
            + "to|TO speak|VB|11|ccomp freely|RB +.|.",
        "We|PRP lost|VBD +,|, Peter|NNP|0|x|PERSON said|VBD while|IN leaving|VBG the|DT field|NN +.|.");
    assertEquals(List.of("0:null|say|Prices will fall|indirect", "1:peter|say|We lost|indirect"), p.extract("cue-verb"));
  }

  @Test
  void contentEndsWhereItsAttributionStarts() {
    FakeParse p = FakeParse.of("“|``|3|punct +There|EX|3|expl are|VBP|0|root signs|NNS|3|nsubj +,|,|3|punct +”|''|3|punct "
        + "the|DT|8|det ministry|NN|9|nsubj said|VBD|3|ccomp +,|,|9|punct which|WDT|13|nsubj did|VBD|13|aux "
        + "not|RB|13|advmod comment|VB|9|ccomp +.|.|3|punct");
    assertEquals("There are signs", p.extract("cue-verb").get(0).split("\\|")[2]);
  }
  @Test
  void callForTakesTheClauseItsParticleMarks() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON called|VBD|0|root for|IN|7|mark him|PRP|7|nsubj:pass "
        + "to|TO|7|mark be|VB|7|aux:pass replaced|VBN|2|advcl +.|.|2|punct");
    assertEquals(List.of("0:peter|call for|him to be replaced|indirect"), p.extract("cue-verb"));
  }
  @Test
  void anOpeningTimePhraseIsNotTheContentOfTheCueAfterIt() {
    FakeParse p = FakeParse.of("This|DT week|NN +,|, Peter|NNP|0|x|PERSON said|VBD in|IN a|DT letter|NN that|IN "
        + "he|PRP would|MD sign|VB +.|.");
    assertEquals(List.of(), p.extract("cue-verb"), "no parse arcs here, so no content; never 'This week'");
  }

  @Test
  void aCueCompletingARaisingVerbTakesThatVerbsSubject() {
    // "Peter appeared to suggest that the talks stalled": what Peter did was suggest it
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON appeared|VBD|0|root to|TO|4|mark suggest|VB|2|xcomp "
        + "that|IN|8|mark the|DT|7|det talks|NNS|8|nsubj stalled|VBD|4|ccomp +.|.|2|punct");
    assertEquals(List.of("0:peter|suggest|the talks stalled|indirect"), p.extract("cue-verb"));
    FakeParse some = FakeParse.of("Some|DT|2|nsubj seemed|VBD|0|root to|TO|4|mark suggest|VB|2|xcomp "
        + "that|IN|8|mark the|DT|7|det talks|NNS|8|nsubj stalled|VBD|4|ccomp +.|.|2|punct");
    assertEquals(1, some.extract("cue-verb").size(), "'some' stands for people, as a subject of the cue itself does");
  }

  @Test
  void goOnToSayParsedAsAnObliqueStillTakesTheSubject() {
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON went|VBD|0|root on|IN|5|case to|TO|5|mark say|VB|2|obl:on "
        + "that|IN|9|mark the|DT|8|det plan|NN|9|nsubj failed|VBD|5|ccomp +.|.|2|punct");
    assertEquals(List.of("0:anna|say|the plan failed|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aCueAfterAVerbOfWantingOrAfterAThingThatSeemsIsNoStatement() {
    // what someone wants to say was not said; a tone that seems to suggest something is no speaker
    FakeParse wants = FakeParse.of("Peter|NNP|2|nsubj|PERSON wants|VBZ|0|root to|TO|4|mark say|VB|2|xcomp "
        + "that|IN|8|mark the|DT|7|det plan|NN|8|nsubj works|VBZ|4|ccomp +.|.|2|punct");
    FakeParse tone = FakeParse.of("His|PRP$|2|nmod:poss tone|NN|3|nsubj seemed|VBD|0|root to|TO|5|mark suggest|VB|3|xcomp "
        + "that|IN|9|mark the|DT|8|det plan|NN|9|nsubj works|VBZ|5|ccomp +.|.|3|punct");
    assertEquals(List.of(), wants.extract("cue-verb"));
    assertEquals(List.of(), tone.extract("cue-verb"));
  }

  @Test
  void aReducedPassiveWithoutAgentIsNoStatementNorAreTheCuesOfItsQuestion() {
    // "Asked whether ..., Peter said ...": Peter was asked, by someone unnamed; what he said is his statement
    FakeParse opening = FakeParse.of("Asked|VBN|11|advcl whether|IN|5|mark he|PRP|5|nsubj would|MD|5|aux ask|VB|1|ccomp "
        + "Smith|NNP|5|obj|PERSON to|TO|8|mark run|VB|5|xcomp +,|,|11|punct Peter|NNP|11|nsubj|PERSON said|VBD|0|root "
        + "he|PRP|13|nsubj had|VBD|11|ccomp no|DT|15|det plans|NNS|13|obj +.|.|11|punct");
    assertEquals(List.of("0:peter|say|he had no plans|indirect"), opening.extract("cue-verb"));
    FakeParse when = FakeParse.of("Peter|NNP|2|nsubj|PERSON told|VBD|0|root Anna|NNP|2|obj|PERSON when|WRB|5|advmod "
        + "asked|VBD|2|advcl about|IN|7|case it|PRP|5|obl +.|.|2|punct");
    assertEquals(List.of(), when.extract("cue-verb").stream().filter(r -> r.contains("|ask|")).toList());
  }

  @Test
  void thankYouIsAFormulaNotAStatement() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON +,|, thank|VBP|1|acl you|PRP|2|obj for|IN|5|mark coming|VBG|2|advcl +.|.|1|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void dismissingAPersonIsAnActionDismissingAClaimIsSpeech() {
    FakeParse fired = FakeParse.of("Acme|NNP|2|nsubj|ORGANIZATION dismissed|VBD|0|root manager|NN|5|compound "
        + "Peter|NNP|5|compound|PERSON Smith|NNP|2|obj|PERSON +.|.|2|punct");
    assertEquals(List.of(), fired.extract("cue-verb"));
    FakeParse claims = FakeParse.of("Anna|NNP|2|nsubj|PERSON dismissed|VBD|0|root the|DT|4|det claims|NNS|2|obj +.|.|2|punct");
    assertEquals(List.of("0:anna|dismiss|the claims|indirect"), claims.extract("cue-verb"));
    FakeParse grounds = FakeParse.of("Anna|NNP|2|nsubj|PERSON dismissed|VBD|0|root Peter|NNP|2|obj|PERSON as|IN|6|case "
        + "a|DT|6|det liar|NN|2|obl:as +.|.|2|punct");
    assertEquals(1, grounds.extract("cue-verb").size(), "dismissing someone as something is said");
  }

  @Test
  void aSingleClosingQuotationMarkIsNoPartOfTheSpeaker() {
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "'|``|7|punct +We|PRP|3|nsubj won|VBD|7|ccomp +,|,|7|punct +'|''|7|punct he|PRP|7|nsubj told|VBD|0|root "
            + "MPs|NNS|7|obj +.|.|7|punct");
    List<org.newsgraph.model.Statement> rows = p.extractStatements("cue-verb");
    assertEquals(1, rows.size());
    assertEquals("he", rows.get(0).speakerText());
    assertEquals("peter smith", rows.get(0).speakerEntityId());
  }

  @Test
  void anUnnamedRoleWithANameInAppositionIsThatPerson() {
    FakeParse named = FakeParse.of("A|DT|2|det spokeswoman|NN|9|nsubj for|IN|4|case Acme|NNP|2|nmod|ORGANIZATION "
        + "+,|,|7|punct Anna|NNP|7|compound|PERSON Roe|NNP|2|appos|PERSON +,|,|7|punct said|VBD|0|root it|PRP|11|nsubj "
        + "closed|VBD|9|ccomp +.|.|9|punct");
    List<org.newsgraph.model.Statement> rows = named.extractStatements("cue-verb");
    assertEquals("anna roe", rows.get(0).speakerEntityId());
    assertEquals("A spokeswoman for Acme, Anna Roe", rows.get(0).speakerText());
    FakeParse forSomeone = FakeParse.of("A|DT|2|det spokeswoman|NN|6|nsubj for|IN|5|case Anna|NNP|5|compound|PERSON "
        + "Roe|NNP|2|nmod|PERSON said|VBD|0|root it|PRP|8|nsubj closed|VBD|6|ccomp +.|.|6|punct");
    assertEquals(null, forSomeone.extractStatements("cue-verb").get(0).speakerEntityId(), "her spokeswoman is not her");
  }

  @Test
  void aCueWhosePrepositionIsLeftAtTheEndOfItsClauseReportsNothing() {
    // "Peter sold the phone they asked for.": the relative clause's object is the phone
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON sold|VBD|0|root the|DT|4|det phone|NN|2|obj they|PRP|6|nsubj "
        + "asked|VBD|2|parataxis for|IN|6|advmod +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // "..., the things Anna talked about, ...": a multi-word cue ending in the preposition
    FakeParse talked = FakeParse.of("Peter|NNP|2|nsubj|PERSON liked|VBD|0|root the|DT|4|det things|NNS|2|obj "
        + "Anna|NNP|6|nsubj|PERSON talked|VBD|2|parataxis about|IN|6|advmod +,|,|2|punct too|RB|2|advmod +.|.|2|punct");
    assertEquals(List.of(), talked.extract("cue-verb"));
    assertEquals(true, CueVerbRule.strandedPreposition(p.sentences.get(0).analysis().tokens(), 5));
    assertEquals(false, CueVerbRule.strandedPreposition(
        FakeParse.of("Anna|NNP|2|nsubj|PERSON asked|VBD|0|root for|IN|4|case help|NN|2|obl +.|.|2|punct")
            .sentences.get(0).analysis().tokens(), 1), "asked for help");
  }

  @Test
  void aVerbThatTakesAnObjectAndPredicateNeverHasItsSpeakerAfterIt() {
    // "Anna Roe, a senator whose district is large, called the remarks "insulting."", parsed with the name as
    // root and "called" hung on the relative clause: "the remarks" is no inverted speaker
    FakeParse p = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|0|root|PERSON +,|,|2|punct a|DT|5|det "
        + "senator|NN|2|appos whose|WP$|7|nmod:poss district|NN|8|nsubj is|VBZ|5|acl:relcl large|JJ|8|xcomp "
        + "+,|,|8|punct called|VBD|8|dep the|DT|13|det remarks|NNS|11|obj \"|``|13|punct insulting|JJ|13|dep "
        + "+.|.|2|punct +\"|''|2|punct");
    assertEquals(List.of("0:anna roe|call|the remarks \" insulting|mixed"), p.extract("cue-verb"));
  }

  @Test
  void aRelativeClauseWhoseObjectIsTheNounBeforeItReportsNothing() {
    // "He is not the man the paper describes." (the parser hangs the relative clause on the noun as parataxis)
    FakeParse p = FakeParse.of("He|PRP|4|nsubj is|VBZ|4|cop not|RB|4|advmod the|DT|5|det man|NN|0|root "
        + "the|DT|7|det paper|NN|8|nsubj describes|VBZ|5|parataxis +.|.|5|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // but a trailing attribution after a comma stays
    FakeParse trailing = FakeParse.of("He|PRP|3|nsubj is|VBZ|3|cop wrong|JJ|0|root +,|,|3|punct the|DT|6|det "
        + "paper|NN|7|nsubj says|VBZ|3|parataxis +.|.|3|punct");
    assertEquals(List.of("0:null|say|He is wrong|indirect"), trailing.extract("cue-verb"));
  }

  @Test
  void aFramingPhraseBeforeTheCueIsNotWhatWasSaid() {
    // "In a statement to the court, Peter apologised to the victims."
    FakeParse p = FakeParse.of("In|IN|3|case a|DT|3|det statement|NN|9|obl:in to|IN|6|case the|DT|6|det "
        + "court|NN|3|nmod:to +,|,|9|punct Peter|NNP|9|nsubj|PERSON apologised|VBD|0|root to|IN|12|case "
        + "the|DT|12|det victims|NNS|9|obl:to +.|.|9|punct");
    assertEquals(List.of("0:peter|apologise|to the victims|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aThatClauseHungOnTheNounAfterTellIsWhatWasSaid() {
    // "Peter told analysts on a call that orders slowed.", parsed with the clause on "call"
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON told|VBD|0|root analysts|NNS|2|obj on|IN|6|case a|DT|6|det "
        + "call|NN|2|obl:on that|WDT|9|dep orders|NNS|9|nsubj slowed|VBD|6|ccomp +.|.|2|punct");
    assertEquals(List.of("0:peter|tell|orders slowed|indirect"), p.extract("cue-verb"));
    // a relative clause on that noun is no content
    FakeParse relative = FakeParse.of("Peter|NNP|2|nsubj|PERSON told|VBD|0|root analysts|NNS|2|obj on|IN|6|case "
        + "a|DT|6|det call|NN|2|obl:on that|WDT|8|nsubj lasted|VBD|6|acl:relcl long|RB|8|advmod +.|.|2|punct");
    assertEquals(List.of(), relative.extract("cue-verb"));
    // "Anna Roe is telling customers at a popular Springfield, New Sylvania, breakfast spot that “I need you
    // tomorrow.”": the clause hung on the noun of the place's appositive
    FakeParse appositive = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|4|nsubj|PERSON is|VBZ|4|aux "
        + "telling|VBG|0|root customers|NNS|4|obj at|IN|9|case a|DT|9|det popular|JJ|9|amod "
        + "Springfield|NN|4|obl:at|LOCATION +,|,|9|punct New|NNP|12|compound|LOCATION Sylvania|NNP|9|appos|LOCATION "
        + "+,|,|9|punct breakfast|NN|15|compound spot|NN|9|appos that|IN|19|mark “|``|19|punct +I|PRP|19|nsubj "
        + "need|VBP|15|ccomp you|PRP|19|obj tomorrow|NN|19|obl:tmod +.|.|4|punct +”|''|4|punct");
    assertEquals(List.of("0:anna roe|tell|I need you tomorrow|direct"), appositive.extract("cue-verb"));
  }

  @Test
  void aParticipleModifyingANounIsNoReport() {
    // "Peter accused Anna of breaking a truce agreed on Friday.", the participle hung on the main verb
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON accused|VBD|0|root Anna|NNP|2|obj|PERSON of|IN|5|mark "
        + "breaking|VBG|2|advcl a|DT|7|det truce|NN|5|obj agreed|VBN|2|dep on|IN|10|case Friday|NNP|8|obl:on "
        + "+.|.|2|punct");
    assertEquals(List.of("0:peter|accuse|Anna of breaking a truce agreed on Friday|indirect"), p.extract("cue-verb"));
  }

  @Test
  void anAccusingVerbAfterACommaHasItsObjectAfterItNotItsSpeaker() {
    // "Walking in, Anna and her husband, accused a diner." (the parser lost the subject)
    FakeParse p = FakeParse.of("Walking|VBG|8|advcl in|RP|1|compound:prt +,|,|1|punct Anna|NNP|8|dep|PERSON "
        + "and|CC|7|cc her|PRP$|7|nmod:poss husband|NN|4|conj +,|,|4|punct accused|VBD|0|root a|DT|10|det "
        + "diner|NN|8|obj +.|.|8|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void tellParsedAsTheClausalSubjectOfWhatWasToldLeavesOutTheAddressee() {
    // "Anna told analysts the decision was painful.", parsed with "told" as the clausal subject of "painful"
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON told|VBD|7|csubj analysts|NNS|2|iobj the|DT|5|det "
        + "decision|NN|2|obj was|VBD|7|cop painful|JJ|0|root +.|.|7|punct");
    assertEquals(List.of("0:anna|tell|the decision was painful|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aClauseAfterAQuotationIsNoTrailingAttributionOfIt() {
    // "It added that members would consider "appropriate measures" if tests continued."
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION spoke|VBD +.|.",
        "It|PRP|2|nsubj added|VBD|0|root that|IN|6|mark members|NNS|6|nsubj would|MD|6|aux consider|VB|2|ccomp "
            + "“|``|9|punct +appropriate|JJ|9|amod measures|NNS|6|obj +”|''|9|punct if|IN|13|mark tests|NNS|13|nsubj "
            + "continued|VBN|6|advcl +.|.|2|punct");
    assertEquals(List.of("1:acme|add|members would consider “appropriate measures” if tests continued|mixed"),
        p.extract("cue-verb"));
  }

  @Test
  void aTimePhraseHungOnTheSpeakerIsNoPartOfIt() {
    // "Acme on Monday said it would pay.", with "on Monday" on the subject
    FakeParse p = FakeParse.of("Acme|NNP|4|nsubj|ORGANIZATION on|IN|3|case Monday|NNP|1|nmod:on said|VBD|0|root "
        + "it|PRP|7|nsubj would|MD|7|aux pay|VB|4|ccomp +.|.|4|punct");
    List<org.newsgraph.model.Statement> rows = p.extractStatements("cue-verb");
    assertEquals("Acme", rows.get(0).speakerText());
  }

  @Test
  void aClauseParsedAsARelativeOfANamedAddresseeIsWhatWasTold() {
    // "Anna told FNN her group never worked with him."
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON told|VBD|0|root FNN|NNP|2|obj|ORGANIZATION her|PRP$|5|nmod:poss "
        + "group|NN|7|nsubj never|RB|7|advmod worked|VBD|3|acl:relcl with|IN|9|case him|PRP|7|obl:with +.|.|2|punct");
    assertEquals(List.of("0:anna|tell|her group never worked with him|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aPredicateTheParserHungElsewhereAfterTheObjectIsPartOfWhatWasSaid() {
    // "Customers sued Acme, alleging the retailer failed to protect data.", "failed" hung on "sued"
    FakeParse p = FakeParse.of("Customers|NNS|2|nsubj sued|VBD|0|root Acme|NNP|2|obj|ORGANIZATION +,|,|3|punct "
        + "alleging|VBG|3|acl the|DT|7|det retailer|NN|5|obj failed|VBD|2|obj to|TO|10|mark protect|VB|2|advcl "
        + "data|NNS|10|obj +.|.|2|punct");
    assertEquals(List.of("0:null|allege|the retailer failed to protect data|indirect"), p.extract("cue-verb"));
    // "Peter smiled and insisted his players could take pride.", "could take" hung on "smiled" with no subject
    FakeParse modal = FakeParse.of("Peter|NNP|2|nsubj|PERSON smiled|VBD|0|root and|CC|4|cc insisted|VBD|2|conj "
        + "his|PRP$|6|nmod:poss players|NNS|4|obj could|MD|8|aux take|VB|2|dep pride|NN|8|obj +.|.|2|punct");
    assertEquals(List.of("0:peter|insist|his players could take pride|indirect"), modal.extract("cue-verb"));
  }

  @Test
  void theTimeOfTheSayingHungDeepInTheSpeakerPhraseIsNoPartOfIt() {
    // "Officials from eight countries on Tuesday pledged to cut tariffs.", "on Tuesday" hung on "countries"
    FakeParse p = FakeParse.of("Officials|NNS|7|nsubj from|IN|4|case eight|CD|4|nummod countries|NNS|1|nmod "
        + "on|IN|6|case Tuesday|NNP|4|nmod pledged|VBD|0|root to|TO|9|mark cut|VB|7|xcomp tariffs|NNS|9|obj +.|.|7|punct");
    AttributionContext ctx = p.context();
    new CueVerbRule().apply(ctx);
    assertEquals("Officials from eight countries", ctx.drafts.get(0).speaker().text());
  }

  @Test
  void theSubjectOfAnAppealsInfinitiveIsPartOfWhatWasAsked() {
    // "Peter appealed for anyone with footage to come forward."
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON appealed|VBD|0|root for|IN|4|case anyone|NN|2|obl "
        + "with|IN|6|case footage|NN|4|nmod to|TO|8|mark come|VB|2|xcomp forward|RB|8|advmod +.|.|2|punct");
    assertEquals(List.of("0:peter|appeal|for anyone with footage to come forward|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aThatClauseHungOnTheCallItWasToldOnIsWhatWasTold() {
    // "She told analysts on a call that orders were “slowing sharply”." / "... that orders were slowing and that
    // she expected a recovery.": the parser made the report a relative clause of "call"; quoted words or a second
    // "that" clause mark it as what was told. "She told reporters on a call that she had arranged." is a call.
    FakeParse quoted = FakeParse.of("She|PRP|2|nsubj told|VBD|0|root analysts|NNS|2|obj on|IN|6|case a|DT|6|det "
        + "call|NN|2|obl that|WDT|6|ref orders|NNS|11|nsubj were|VBD|11|aux “|``|11|punct +slowing|VBG|6|acl:relcl "
        + "sharply|RB|11|advmod +”|''|11|punct +.|.|2|punct");
    assertEquals(List.of("0:null|tell|orders were “slowing sharply|mixed"), quoted.extract("cue-verb"));
    FakeParse second = FakeParse.of("She|PRP|2|nsubj told|VBD|0|root analysts|NNS|2|obj on|IN|6|case a|DT|6|det "
        + "call|NN|2|obl that|WDT|6|ref orders|NNS|10|nsubj were|VBD|10|aux slowing|VBG|6|acl:relcl and|CC|14|cc "
        + "that|IN|14|mark she|PRP|14|nsubj expected|VBD|10|conj a|DT|16|det recovery|NN|14|obj +.|.|2|punct");
    assertEquals(List.of("0:null|tell|orders were slowing and that she expected a recovery|indirect"),
        second.extract("cue-verb"));
    FakeParse relative = FakeParse.of("She|PRP|2|nsubj told|VBD|0|root reporters|NNS|2|obj on|IN|6|case a|DT|6|det "
        + "call|NN|2|obl that|WDT|6|ref she|PRP|10|nsubj had|VBD|10|aux arranged|VBN|6|acl:relcl +.|.|2|punct");
    assertEquals(List.of(), relative.extract("cue-verb"));
  }

  @Test
  void aSpanOfTimeIsHowLongItWasSaidNotWhat() {
    // "Testifying for a second day, the witness said she had been afraid.": no second row for "testifying"
    FakeParse p = FakeParse.of("Testifying|VBG|9|advcl for|IN|5|case a|DT|5|det second|JJ|5|amod day|NN|1|obl "
        + "+,|,|9|punct the|DT|8|det witness|NN|9|nsubj said|VBD|0|root she|PRP|13|nsubj had|VBD|13|aux "
        + "been|VBN|13|cop afraid|JJ|9|ccomp +.|.|9|punct");
    assertEquals(List.of("0:null|say|she had been afraid|indirect"), p.extract("cue-verb"));
  }

  @Test
  void anInfinitiveCueKeepsTheSubjectOfTheVerbItHangsOn() {
    // "Talks failed to agree on a target, with poorer states accusing richer ones of stalling.": "agree" is the
    // talks' (and a failed one), not the poorer states'
    FakeParse p = FakeParse.of("Talks|NNS|2|nsubj failed|VBD|0|root to|TO|4|mark agree|VB|2|xcomp on|IN|7|case "
        + "a|DT|7|det target|NN|4|obl +,|,|4|punct with|IN|12|mark poorer|JJR|11|amod states|NNS|12|nsubj "
        + "accusing|VBG|4|advcl richer|JJR|14|amod ones|NNS|12|obj of|IN|16|mark stalling|VBG|12|advcl +.|.|2|punct");
    assertEquals(List.of("0:null|accuse|richer ones of stalling|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aPercentOrCurrencySignEndsTheAmountNotThePunctuation() {
    // "She said prices rose 5%."
    FakeParse p = FakeParse.of("She|PRP|2|nsubj said|VBD|0|root prices|NNS|4|nsubj rose|VBD|2|ccomp 5|CD|6|nummod "
        + "+%|NN|4|obj +.|.|2|punct");
    assertEquals(List.of("0:null|say|prices rose 5%|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aLiveBlogTimeStampIsNoPartOfTheSpeaker() {
    // "14:12 Roe confirms the rate will stay."; "9.05 million viewers said ..." keeps its number
    FakeParse p = FakeParse.of("14:12|CD|2|nummod Roe|NNP|3|nsubj|PERSON confirms|VBZ|0|root the|DT|5|det "
        + "rate|NN|7|nsubj will|MD|7|aux stay|VB|3|ccomp +.|.|3|punct");
    assertEquals(List.of("0:roe|confirm|the rate will stay|indirect"), p.extract("cue-verb"));
    assertEquals("Roe", p.extractStatements("cue-verb").get(0).speakerText());
    FakeParse n = FakeParse.of("9.05|CD|2|compound million|CD|3|nummod viewers|NNS|4|nsubj said|VBD|0|root "
        + "it|PRP|6|nsubj worked|VBD|4|ccomp +.|.|4|punct");
    assertEquals(List.of("0:null|say|it worked|indirect"), n.extract("cue-verb"));
    assertEquals("9.05 million viewers", n.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void besideAnAddresseeTheObjectIsTheSubjectOfWhatWasTold() {
    // "She told me the aim was to win.", parsed with "me" as indirect object, "the aim" as object and "to win" as
    // the cue's infinitive
    FakeParse p = FakeParse.of("She|PRP|2|nsubj told|VBD|0|root me|PRP|2|iobj the|DT|5|det aim|NN|2|obj "
        + "was|VBD|8|aux to|TO|8|mark win|VB|2|xcomp +.|.|2|punct");
    assertEquals(List.of("0:null|tell|the aim was to win|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aStateOfEmergencyDeclaredIsAnAct() {
    // "The governor declared a state of emergency." (an act); "The governor declared that the fire was out." (a report)
    FakeParse act = FakeParse.of("The|DT|2|det governor|NN|3|nsubj declared|VBD|0|root a|DT|5|det state|NN|3|obj "
        + "of|IN|7|case emergency|NN|5|nmod +.|.|3|punct");
    assertEquals(List.of(), act.extract("cue-verb"));
    FakeParse report = FakeParse.of("The|DT|2|det governor|NN|3|nsubj declared|VBD|0|root that|IN|8|mark "
        + "the|DT|6|det fire|NN|8|nsubj was|VBD|8|cop out|RB|3|ccomp +.|.|3|punct");
    assertEquals(List.of("0:null|declare|the fire was out|indirect"), report.extract("cue-verb"));
  }

  @Test
  void aParticipleAfterAMidSentenceAttributionIsTheWritersComparisonNotMoreOfWhatWasSaid() {
    // "Sales rose 5%, the firm said, compared with 3% a year earlier."
    FakeParse p = FakeParse.of("Sales|NNS|2|nsubj rose|VBD|0|root 5|CD|4|nummod +%|NN|2|obj +,|,|8|punct the|DT|7|det "
        + "firm|NN|8|nsubj said|VBD|2|parataxis +,|,|2|punct compared|VBN|13|case with|IN|10|fixed 3|CD|13|nummod "
        + "+%|NN|2|advcl a|DT|16|det year|NN|17|obl:npmod earlier|RBR|13|advmod +.|.|2|punct");
    assertEquals(List.of("0:null|say|Sales rose 5%|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aReportByAnotherSourceInAConcessiveClauseEndingTheSentenceIsItsOwnStatement() {
    // "Media reported that troops moved, although a spokesman described the move as routine."
    FakeParse p = FakeParse.of("Media|NNS|2|nsubj reported|VBD|0|root that|IN|5|mark troops|NNS|5|nsubj "
        + "moved|VBD|2|ccomp +,|,|5|punct although|IN|10|mark a|DT|9|det spokesman|NN|10|nsubj described|VBD|5|advcl "
        + "the|DT|12|det move|NN|10|obj as|IN|14|case routine|JJ|10|obl +.|.|2|punct");
    assertEquals(List.of("0:null|report|troops moved|indirect", "0:null|describe|the move as routine|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aChargeDismissedOrAnAppealRejectedIsARuling() {
    // "The judge dismissed the charge, ruling that the case came late.": the participle says what else was done
    FakeParse p = FakeParse.of("The|DT|2|det judge|NN|3|nsubj dismissed|VBD|0|root the|DT|5|det charge|NN|3|obj "
            + "+,|,|3|punct ruling|VBG|3|advcl that|IN|11|mark the|DT|10|det case|NN|11|nsubj came|VBD|7|ccomp "
            + "late|RB|11|advmod +.|.|3|punct",
        "The|DT|2|det court|NN|3|nsubj rejected|VBD|0|root the|DT|5|det appeal|NN|3|obj +.|.|3|punct",
        "Roe|NNP|2|nsubj|PERSON rejected|VBD|0|root the|DT|4|det idea|NN|2|obj +.|.|2|punct");
    assertEquals(List.of("2:roe|reject|the idea|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aPrizeClaimedOrADefeatConcededIsAnActAndTooCloseToCallIsNoSaying() {
    // "Roe conceded defeat on Tuesday, hours after Smith, a lawyer, claimed victory in a race too close to call.",
    // parsed with "claimed" as an adjective of "victory" and "Smith" and "victory" as further objects of "conceded"
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON conceded|VBD|0|root defeat|NN|2|obj on|IN|5|case "
        + "Tuesday|NNP|2|obl +,|,|2|punct hours|NNS|2|obl:npmod after|IN|9|case Smith|NNP|7|nmod|PERSON +,|,|2|punct "
        + "a|DT|12|det lawyer|NN|9|appos +,|,|2|punct claimed|VBD|15|amod victory|NN|2|obj in|IN|18|case a|DT|18|det "
        + "race|NN|15|nmod too|RB|20|advmod close|JJ|18|amod to|TO|22|mark call|VB|20|xcomp +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // "Voters say taxes are too high and to say the opposite of fees.": a "to say" hung on "high" is no "too ... to say"
    FakeParse notToo = FakeParse.of("Voters|NNS|2|nsubj say|VBP|0|root taxes|NNS|6|nsubj are|VBP|6|cop too|RB|6|advmod "
        + "high|JJ|2|ccomp and|CC|9|cc to|TO|9|mark say|VB|6|advcl the|DT|11|det opposite|NN|9|obj of|IN|13|case "
        + "fees|NNS|11|nmod +.|.|2|punct");
    assertEquals(2, notToo.extract("cue-verb").size(), notToo.extract("cue-verb").toString());
    // "conceded that ..." still reports
    FakeParse that = FakeParse.of("Roe|NNP|2|nsubj|PERSON conceded|VBD|0|root that|IN|6|mark mistakes|NNS|6|nsubj:pass "
        + "were|VBD|6|aux:pass made|VBN|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:roe|concede|mistakes were made|indirect"), that.extract("cue-verb"));
  }

  @Test
  void aThatBeforeANounWithNoVerbIsItsDeterminerNotAMark() {
    // "Roe rejected that claim, saying every request would need approval.", parsed with "that claim" as the mark
    // and subject of "need"
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON rejected|VBD|0|root that|IN|10|mark claim|NN|10|nsubj "
        + "+,|,|4|punct saying|VBG|4|acl every|DT|8|det request|NN|6|obj would|MD|10|aux need|VB|2|ccomp "
        + "approval|NN|10|obj +.|.|2|punct");
    List<String> rows = p.extract();
    assertTrue(rows.contains("0:roe|reject|that claim|indirect"), rows.toString());
  }

  @Test
  void aFigureAddedIsNoStatementWhateverClauseTheCueHangsOn() {
    // "Retail shed 9,000 jobs, the most in years, while health care added 52,000, the report showed.", parsed
    // with "added" as an adverbial clause of "showed"
    FakeParse p = FakeParse.of("Retail|NN|2|nsubj shed|VBD|0|root 9,000|CD|4|nummod jobs|NNS|2|obj +,|,|2|punct "
        + "the|DT|2|dep most|RBS|6|advmod in|IN|9|case years|NNS|6|nmod +,|,|6|punct while|IN|14|mark "
        + "health|NN|13|compound care|NN|14|nsubj added|VBD|19|advcl 52,000|CD|14|obj +,|,|19|punct the|DT|18|det "
        + "report|NN|19|nsubj showed|VBD|6|dep +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void anotherSourcesReportHungInsideWhatWasAskedIsItsOwnStatement() {
    // "When researchers asked shoppers how they had arrived, most said they had walked."
    FakeParse p = FakeParse.of("When|WRB|3|advmod researchers|NNS|3|nsubj asked|VBD|0|root shoppers|NNS|3|obj "
        + "how|WRB|8|advmod they|PRP|8|nsubj had|VBD|8|aux arrived|VBN|3|dep +,|,|8|punct most|JJS|11|nsubj "
        + "said|VBD|8|dep they|PRP|14|nsubj had|VBD|14|aux walked|VBN|11|ccomp +.|.|3|punct");
    assertEquals(List.of("0:null|ask|shoppers how they had arrived|indirect", "0:null|say|they had walked|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aPluralNounTaggedAsTheCueIsNoStatement() {
    // "Cycling advocates in the audience cheered the result.", tagged with "advocates" as the verb
    FakeParse p = FakeParse.of("Cycling|NNP|2|nsubj advocates|VBZ|0|root in|IN|5|case the|DT|5|det audience|NN|2|obl "
        + "cheered|VBD|2|dep the|DT|8|det result|NN|6|obj +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // "Roe advocates in her book that the rules should change." still reports
    FakeParse verb = FakeParse.of("Roe|NNP|2|nsubj|PERSON advocates|VBZ|0|root in|IN|5|case her|PRP$|5|nmod:poss "
        + "book|NN|2|obl that|IN|10|mark the|DT|8|det rules|NNS|10|nsubj should|MD|10|aux change|VB|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:roe|advocate|the rules should change|indirect"), verb.extract("cue-verb"));
  }

  @Test
  void aPassiveBetweenCommasAfterItsSubjectIsWhatTheSubjectWasAsked() {
    // "The press secretary, asked about the post at a briefing, said it was disgraceful.", parsed with "asked" as
    // the root and "said" hung on it
    FakeParse p = FakeParse.of("The|DT|3|det press|NN|3|compound secretary|NN|5|nsubj +,|,|5|punct asked|VBD|0|root "
        + "about|IN|8|case the|DT|8|det post|NN|5|obl at|IN|11|case a|DT|11|det briefing|NN|5|obl +,|,|5|punct "
        + "said|VBD|5|dep it|PRP|16|nsubj was|VBD|16|cop disgraceful|JJ|13|ccomp +.|.|5|punct");
    assertEquals(List.of("0:null|say|it was disgraceful|indirect"), p.extract("cue-verb"));
    // "Roe, Smith and Doe asked about the post." is no such clause
    FakeParse active = FakeParse.of("Roe|NNP|5|nsubj|PERSON +,|,|3|punct Smith|NNP|1|conj|PERSON and|CC|5|cc "
        + "Doe|NNP|1|conj|PERSON asked|VBD|0|root about|IN|8|case the|DT|8|det post|NN|6|obl +.|.|6|punct");
    assertEquals(1, active.extract("cue-verb").size());
    // "Roe, asked about the expected ruling, said it was fair.": an adjectival participle inside the passive clause
    FakeParse adjective = FakeParse.of("Roe|NNP|3|nsubj|PERSON +,|,|3|punct asked|VBD|0|root about|IN|8|case "
        + "the|DT|8|det expected|VBN|8|amod legal|JJ|8|amod ruling|NN|3|obl +,|,|3|punct said|VBD|3|dep "
        + "it|PRP|13|nsubj was|VBD|13|cop fair|JJ|10|ccomp +.|.|3|punct");
    List<String> rows = adjective.extract("cue-verb");
    assertEquals(1, rows.size(), rows.toString());
    assertTrue(rows.get(0).contains("|say|it was fair|"), rows.toString());
  }

  @Test
  void theQuestionPutToTheSubjectBetweenCommasMayHaveVerbsOfItsOwn() {
    // "Roe, asked whether the vote would go ahead, said only: “We'll see.”", parsed with "asked" as the root
    FakeParse p = FakeParse.of("Roe|NNP|3|nsubj|PERSON +,|,|3|punct asked|VBD|0|root whether|IN|8|mark the|DT|6|det "
        + "vote|NN|8|nsubj would|MD|8|aux go|VB|3|ccomp ahead|RB|8|advmod +,|,|3|punct said|VBD|3|dep "
        + "only|RB|11|advmod +:|:|11|punct “|``|11|punct +We|PRP|17|nsubj +'ll|MD|17|aux see|VB|11|ccomp +.|.|3|punct "
        + "+”|''|3|punct");
    assertEquals(List.of("0:roe|say|We'll see|direct"), p.extract());
    // "Roe, who asked whether the vote would go ahead, said she was worried." asked it herself
    FakeParse relative = FakeParse.of("Roe|NNP|12|nsubj|PERSON +,|,|1|punct who|WP|4|nsubj asked|VBD|1|acl:relcl "
        + "whether|IN|9|mark the|DT|7|det vote|NN|9|nsubj would|MD|9|aux go|VB|4|ccomp ahead|RB|9|advmod "
        + "+,|,|1|punct said|VBD|0|root she|PRP|15|nsubj was|VBD|15|cop worried|JJ|12|ccomp +.|.|12|punct");
    assertTrue(relative.extract("cue-verb").stream().anyMatch(r -> r.contains("|ask|")));
  }

  @Test
  void writingForSomeoneIsNoStatementButWhatTheMainClauseSays() {
    // "Writing for the majority, Justice Roe said the law stood."
    FakeParse p = FakeParse.of("Writing|VBG|8|advcl for|IN|4|case the|DT|4|det majority|NN|1|obl +,|,|8|punct "
        + "Justice|NNP|7|compound Roe|NNP|8|nsubj|PERSON said|VBD|0|root the|DT|10|det law|NN|11|nsubj stood|VBD|8|ccomp "
        + "+.|.|8|punct");
    assertEquals(List.of("0:roe|say|the law stood|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aCueCoordinatedWithAPassiveVerbSharesItsSubject() {
    // "Roe was forced into damage control and said that his words had been misread."
    FakeParse p = FakeParse.of("Roe|NNP|3|nsubj:pass|PERSON was|VBD|3|aux:pass forced|VBN|0|root into|IN|6|case "
        + "damage|NN|6|compound control|NN|3|obl and|CC|8|cc said|VBD|3|conj that|IN|14|mark his|PRP$|11|nmod:poss "
        + "words|NNS|14|nsubj:pass had|VBD|14|aux been|VBN|14|aux:pass misread|VBN|8|ccomp +.|.|3|punct");
    assertEquals(List.of("0:roe|say|his words had been misread|indirect"), p.extract("cue-verb"));
    // "Roe was asked and told reporters nothing.": "told" is no passive, but "was told" is
    FakeParse passive = FakeParse.of("Roe|NNP|3|nsubj:pass|PERSON was|VBD|3|aux:pass told|VBN|0|root that|IN|7|mark "
        + "it|PRP|7|nsubj had|VBD|7|aux failed|VBN|3|ccomp +.|.|3|punct");
    assertEquals(List.of(), passive.extract("cue-verb"));
  }

  @Test
  void anOpeningPhraseParsedIntoTheSubjectIsNoPartOfTheSpeaker() {
    // "Outside court, Inspector Anna Roe said she hoped it would help.", parsed with "court" as the subject and the
    // name in apposition to it
    FakeParse p = FakeParse.of("Outside|JJ|2|amod court|NN|7|nsubj +,|,|2|punct Inspector|NNP|6|compound "
        + "Anna|NNP|6|compound|PERSON Roe|NNP|2|appos|PERSON said|VBD|0|root she|PRP|9|nsubj hoped|VBD|7|ccomp "
        + "it|PRP|12|nsubj would|MD|12|aux help|VB|9|ccomp +.|.|7|punct");
    List<org.newsgraph.model.Statement> rows = p.extractStatements("cue-verb");
    assertEquals(1, rows.size());
    assertEquals("Inspector Anna Roe", rows.get(0).speakerText());
    assertEquals("anna roe", rows.get(0).speakerEntityId());
    // "Sentencing Smith, Judge Anna Roe said he was a danger.": the judge, not the man she sentenced
    FakeParse sentencing = FakeParse.of("Sentencing|VBG|2|amod Smith|NNP|7|nsubj|PERSON +,|,|2|punct Judge|NNP|6|compound "
        + "Anna|NNP|6|compound|PERSON Roe|NNP|2|appos|PERSON said|VBD|0|root he|PRP|11|nsubj was|VBD|11|cop a|DT|11|det "
        + "danger|NN|7|ccomp +.|.|7|punct");
    assertEquals(List.of("0:anna roe|say|he was a danger|indirect"), sentencing.extract("cue-verb"));
  }

  @Test
  void aBareDayParsedAsTheObjectIsWhenItWasSaid() {
    // "Anna promised Tuesday to block the bill."
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON promised|VBD|0|root Tuesday|NNP|2|obj to|TO|5|mark block|VB|2|xcomp "
        + "the|DT|7|det bill|NN|5|obj +.|.|2|punct");
    assertEquals(List.of("0:anna|promise|to block the bill|indirect"), p.extract("cue-verb"));
  }

  @Test
  void productsRecalledAreAnActButADayRecalledIsRemembered() {
    // "The maker has recalled 300,000 vehicles." / "Roe recalled the day the plant closed."
    FakeParse p = FakeParse.of("The|DT|2|det maker|NN|4|nsubj has|VBZ|4|aux recalled|VBN|0|root 300,000|CD|6|nummod "
            + "vehicles|NNS|4|obj +.|.|4|punct",
        "Roe|NNP|2|nsubj|PERSON recalled|VBD|0|root the|DT|4|det day|NN|2|obj the|DT|6|det plant|NN|7|nsubj "
            + "closed|VBD|4|acl:relcl +.|.|2|punct");
    assertEquals(List.of("1:roe|recall|the day the plant closed|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aDealAgreedIsAnActButWhatIsAgreedThatReports() {
    // "The striker has agreed a five-year contract." / "Roe agreed that talks had stalled."
    FakeParse p = FakeParse.of("The|DT|2|det striker|NN|4|nsubj has|VBZ|4|aux agreed|VBN|0|root a|DT|8|det "
            + "five|CD|7|nummod year|NN|8|compound contract|NN|4|obj +.|.|4|punct",
        "Roe|NNP|2|nsubj|PERSON agreed|VBD|0|root that|IN|6|mark talks|NNS|6|nsubj had|VBD|6|aux stalled|VBN|2|ccomp "
            + "+.|.|2|punct");
    assertEquals(List.of("1:roe|agree|talks had stalled|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aBareThingAfterACueIsItsObjectNotAnInvertedSpeaker() {
    // "The count was close, claimed victory in the end." is garbled copy, not "victory" claiming; "..., said police"
    FakeParse p = FakeParse.of("The|DT|2|det count|NN|4|nsubj was|VBD|4|cop close|JJ|0|root +,|,|4|punct "
        + "claimed|VBD|4|parataxis victory|NN|6|obj in|IN|10|case the|DT|10|det end|NN|6|obl +.|.|4|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    FakeParse police = FakeParse.of("The|DT|2|det count|NN|4|nsubj was|VBD|4|cop close|JJ|0|root +,|,|4|punct "
        + "said|VBD|4|parataxis police|NN|6|nsubj +.|.|4|punct");
    assertEquals(List.of("0:null|say|The count was close|indirect"), police.extract("cue-verb"));
  }

  @Test
  void agreeingToDoSomethingIsACommitmentNotAStatement() {
    // "The two sides agreed to reopen the crossings.", "Anna agreed to a debate.": decisions, no words reported
    FakeParse infinitive = FakeParse.of("The|DT|3|det two|CD|3|nummod sides|NNS|4|nsubj agreed|VBD|0|root "
        + "to|TO|6|mark reopen|VB|4|xcomp the|DT|8|det crossings|NNS|6|obj +.|.|4|punct");
    assertEquals(List.of(), infinitive.extract("cue-verb"));
    FakeParse thing = FakeParse.of("Anna|NNP|2|nsubj|PERSON agreed|VBD|0|root to|IN|5|case a|DT|5|det "
        + "debate|NN|2|obl:to +.|.|2|punct");
    assertEquals(List.of(), thing.extract("cue-verb"));
    FakeParse clause = FakeParse.of("Anna|NNP|2|nsubj|PERSON agreed|VBD|0|root that|IN|6|mark the|DT|5|det "
        + "plan|NN|6|nsubj failed|VBD|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:anna|agree|the plan failed|indirect"), clause.extract("cue-verb"));
    FakeParse with = FakeParse.of("Anna|NNP|2|nsubj|PERSON agreed|VBD|0|root with|IN|5|case the|DT|5|det "
        + "proposal|NN|2|obl:with +.|.|2|punct");
    assertEquals(List.of("0:anna|agree|with the proposal|indirect"), with.extract("cue-verb"));
  }

  @Test
  void aClosingAppositiveThatSumsUpTheReportIsNotPartOfIt() {
    // "The group said the bill would stifle innovation, a claim Anna called nonsense.", parsed with "claim" as a
    // second object of "stifle"
    FakeParse p = FakeParse.of("The|DT|2|det group|NN|3|nsubj said|VBD|0|root the|DT|5|det bill|NN|7|nsubj "
        + "would|MD|7|aux stifle|VB|3|ccomp innovation|NN|7|obj +,|,|7|punct a|DT|11|det claim|NN|7|obj "
        + "Anna|NNP|13|nsubj|PERSON called|VBD|11|acl nonsense|NN|13|obj +.|.|3|punct");
    assertEquals("the bill would stifle innovation", p.extractStatements("cue-verb").get(0).content());
    // an object that is no summing noun stays: "said the plan would cut costs, a relief for the firms"
    FakeParse other = FakeParse.of("The|DT|2|det group|NN|3|nsubj said|VBD|0|root the|DT|5|det plan|NN|7|nsubj "
        + "would|MD|7|aux cut|VB|3|ccomp costs|NNS|7|obj +,|,|7|punct a|DT|11|det relief|NN|8|appos "
        + "for|IN|14|case the|DT|14|det firms|NNS|11|nmod +.|.|3|punct");
    assertEquals("the plan would cut costs, a relief for the firms",
        other.extractStatements("cue-verb").get(0).content());
  }

  @Test
  void aClauseWithItsOwnSubjectCoordinatedWithTheInfinitiveIsNotWhatWasAsked() {
    // "Anna told me to keep going, and in the end it paid off."
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON told|VBD|0|root me|PRP|2|obj to|TO|5|mark keep|VB|2|xcomp "
        + "going|VBG|5|obj +,|,|5|punct and|CC|13|cc in|IN|11|case the|DT|11|det end|NN|13|obl it|PRP|13|nsubj "
        + "paid|VBD|5|conj off|RP|13|compound:prt +.|.|2|punct");
    assertEquals(List.of("0:anna|tell|to keep going|indirect"), p.extract("cue-verb"));
    // a second infinitive is asked too: "told me to keep going and keep running"
    FakeParse both = FakeParse.of("Anna|NNP|2|nsubj|PERSON told|VBD|0|root me|PRP|2|obj to|TO|5|mark keep|VB|2|xcomp "
        + "going|VBG|5|obj and|CC|9|cc keep|VB|9|aux running|VBG|5|conj +.|.|2|punct");
    assertEquals(List.of("0:anna|tell|to keep going and keep running|indirect"), both.extract("cue-verb"));
  }

  @Test
  void coordinatedSpeakersAfterAQuotationRunBackToIt() {
    // "“The plan failed,” Acme's president, Anna Roe, and its lawyer Peter Smith wrote."
    FakeParse p = FakeParse.of("“|``|19|punct The|DT|3|det plan|NN|4|nsubj failed|VBD|19|ccomp +,|,|19|punct "
        + "+”|''|19|punct Acme|NNP|9|nmod:poss|ORGANIZATION +'s|POS|7|case president|NN|19|nsubj +,|,|9|punct "
        + "Anna|NNP|12|compound|PERSON Roe|NNP|9|appos|PERSON +,|,|9|punct and|CC|16|cc its|PRP$|16|nmod:poss "
        + "lawyer|NN|9|conj:and|O|19:nsubj Peter|NNP|18|compound|PERSON Smith|NNP|16|dep|PERSON wrote|VBD|0|root "
        + "+.|.|19|punct");
    List<String> rows = p.extractStatements().stream().map(x -> x.speakerText() + "|" + x.content()).toList();
    assertEquals(List.of("Acme's president, Anna Roe, and its lawyer Peter Smith|The plan failed"), rows);
  }

  @Test
  void aCallingParticipleParsedAsAModifierOfTheQuotedNounStillReports() {
    // "Her rival, Anna Roe, paid tribute, calling Peter “the toughest and fairest rival I faced”."
    FakeParse p = FakeParse.of("Her|PRP$|2|nmod:poss rival|NN|7|nsubj +,|,|2|punct Anna|NNP|5|compound|PERSON "
        + "Roe|NNP|2|appos|PERSON +,|,|2|punct paid|VBD|0|root tribute|NN|7|obj +,|,|7|punct "
        + "calling|VBG|17|amod Peter|NNP|17|compound|PERSON “|``|17|punct +the|DT|17|det toughest|JJS|17|amod "
        + "and|CC|16|cc fairest|JJS|14|conj rival|NN|7|obj I|PRP|19|nsubj faced|VBD|17|dep +”|''|19|punct "
        + "+.|.|7|punct");
    assertEquals(List.of("Peter “the toughest and fairest rival I faced"), p.extractStatements("cue-verb").stream()
        .map(x -> x.content()).toList());
    assertEquals("Her rival, Anna Roe", p.extractStatements("cue-verb").get(0).speakerText());
  }

  @Test
  void aThatClauseTheParserHungOnAnAdjunctOfTimeIsWhatWasSaid() {
    // "Anna admitted after the defeat that her job was at risk."
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON admitted|VBD|0|root after|IN|5|case the|DT|5|det "
        + "defeat|NN|2|obl:after that|IN|11|mark her|PRP$|8|nmod:poss job|NN|11|nsubj was|VBD|11|cop at|IN|11|case "
        + "risk|NN|5|ccomp +.|.|2|punct");
    assertEquals(List.of("0:anna|admit|her job was at risk|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aFigureAfterACueIsWhatWasReportedNotAnInvertedSpeaker() {
    // "Acme, which employs 900 people, reported revenue of $3.2 billion, in line with forecasts.", parsed with the
    // company as a bare root noun and the cue as a clause of "people"
    FakeParse p = FakeParse.of("Acme|NNP|0|root|ORGANIZATION +,|,|1|punct which|WDT|1|dep employs|VBZ|3|dep "
        + "900|CD|6|nummod people|NNS|4|obj +,|,|6|punct reported|VBD|6|acl revenue|NN|8|obj of|IN|9|acl "
        + "$|$|10|dep 3.2|CD|13|compound billion|CD|11|nummod +,|,|11|punct in|IN|16|case line|NN|11|nmod:in "
        + "with|IN|18|case forecasts|NNS|16|nmod:with +.|.|1|punct");
    assertEquals(List.of(), p.extractStatements("cue-verb").stream().filter(x -> x.speakerText() != null
        && x.speakerText().contains("revenue")).toList());
  }

  @Test
  void aReportInAWithClauseIsItsOwnStatement() {
    // "Fans complained about the delay, with some saying they had booked flights."
    FakeParse p = FakeParse.of("Fans|NNS|2|nsubj complained|VBD|0|root about|IN|5|case the|DT|5|det delay|NN|2|obl "
        + "+,|,|2|punct with|IN|9|mark some|DT|9|nsubj saying|VBG|2|advcl they|PRP|12|nsubj had|VBD|12|aux "
        + "booked|VBN|9|ccomp flights|NNS|12|obj +.|.|2|punct");
    assertEquals(List.of("0:null|complain|about the delay|indirect", "0:null|say|they had booked flights|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aDeterminerThatStandsForPeopleIsAnUnnamedSpeaker() {
    // "One user posted a complaint. Another wrote that she had left.": another user; "This shows that ..." is no one
    FakeParse p = FakeParse.of("Another|DT|2|nsubj wrote|VBD|0|root that|IN|6|mark she|PRP|6|nsubj had|VBD|6|aux "
            + "left|VBN|2|ccomp +.|.|2|punct",
        "This|DT|2|nsubj shows|VBZ|0|root that|IN|6|mark she|PRP|6|nsubj had|VBD|6|aux left|VBN|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:null|write|she had left|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aTimePhraseAloneIsNoContent() {
    // "Acme responded, announcing on Wednesday.": the adjunct is no statement
    FakeParse p = FakeParse.of("Acme|NNP|2|nsubj|ORGANIZATION announced|VBD|0|root on|IN|4|case "
        + "Wednesday|NNP|2|obl:on +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aNameAddressedBeforeTheVerbIsNoSpeaker() {
    // "Minister, thank you for coming.": the minister is thanked, not thanking
    FakeParse vocative = FakeParse.of("Minister|NNP|3|nsubj +,|,|3|punct thank|VBP|0|root you|PRP|3|obj "
        + "for|IN|6|case coming|VBG|3|advcl +.|.|3|punct");
    assertEquals(List.of(), vocative.extract("cue-verb"));
    // "Peter, however, thank..." is not addressed: the comma does not sit right before the verb
    FakeParse subject = FakeParse.of("Peter|NNP|5|nsubj|PERSON +,|,|5|punct however|RB|5|advmod +,|,|5|punct "
        + "thank|VBP|0|root the|DT|7|det staff|NN|5|obj +.|.|5|punct");
    assertEquals(List.of("0:peter|thank|the staff|indirect"), subject.extract("cue-verb"));
    // "Over half, 56 percent, say they agree.": a figure set off after a phrase opening the sentence speaks
    FakeParse figure = FakeParse.of("Over|IN|2|case half|NN|7|obl +,|,|7|punct 56|CD|5|nummod percent|NN|7|nsubj "
        + "+,|,|7|punct say|VBP|0|root they|PRP|9|nsubj agree|VBP|7|ccomp +.|.|7|punct");
    assertEquals(List.of("0:null|say|they agree|indirect"), figure.extract("cue-verb"));
  }

  @Test
  void aNounWithItsParticipleAfterAsIsWhatTheObjectWasCalled() {
    // "Lee described it as “a maze built by lawyers”.", parsed with the noun as the participle's subject and the
    // participle as an adverbial clause of the cue
    FakeParse p = FakeParse.of("Lee|NNP|2|nsubj|PERSON described|VBD|0|root it|PRP|2|obj as|IN|8|mark "
        + "“|``|8|punct +a|DT|7|det maze|NN|8|nsubj built|VBN|2|advcl:as by|IN|10|case lawyers|NNS|8|obl:by "
        + "+”|''|8|punct +.|.|2|punct");
    assertEquals(List.of("0:lee|describe|it as “a maze built by lawyers|mixed"), p.extract("cue-verb"));
    // a finite clause after "as" is when it was said
    FakeParse when = FakeParse.of("Lee|NNP|2|nsubj|PERSON attacked|VBD|0|root his|PRP$|4|nmod:poss "
        + "record|NN|2|obj as|IN|8|mark the|DT|7|det pair|NN|8|nsubj traded|VBD|2|advcl:as insults|NNS|8|obj "
        + "+.|.|2|punct");
    assertEquals(List.of("0:lee|attack|his record|indirect"), when.extract("cue-verb"));
    // after a verb that calls nothing anything, an as-clause is no predicate of the object: 'Lee noted her years as
    // mayor running the city, saying “we won.”', parsed with the participle that reports as the as-clause's head
    FakeParse role = FakeParse.of("Lee|NNP|2|nsubj|PERSON noted|VBD|0|root her|PRP$|4|nmod:poss years|NNS|2|obl:tmod "
        + "as|IN|11|mark mayor|NN|11|nsubj running|VBG|6|acl the|DT|9|det city|NN|7|obj +,|,|11|punct "
        + "saying|VBG|2|advcl:as “|``|14|punct +we|PRP|14|nsubj won|VBD|11|ccomp +.|.|2|punct +”|''|2|punct");
    assertEquals(List.of("0:null|say|we won|direct"), role.extract("cue-verb"));
  }

  @Test
  void aCueWithAModalCoordinatedInTheReportedClauseIsPartOfIt() {
    // "Roe said she was upset and would ask ministers to act."
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root she|PRP|5|nsubj was|VBD|5|cop upset|JJ|2|ccomp "
        + "and|CC|8|cc would|MD|8|aux ask|VB|5|conj ministers|NNS|8|obj to|TO|11|mark act|VB|8|xcomp +.|.|2|punct");
    assertEquals(List.of("0:roe|say|she was upset and would ask ministers to act|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aRelativeClauseReportEndsWhereTheMainVerbResumes() {
    // "Roe, who says Smith is attacking him, said voters should back him.", parsed with "says" as an auxiliary
    // of the relative clause's verb
    FakeParse p = FakeParse.of("Roe|NNP|10|nsubj|PERSON +,|,|1|punct who|WP|1|ref says|VBZ|7|aux Smith|NNP|7|nsubj|PERSON "
        + "is|VBZ|7|aux attacking|VBG|1|acl:relcl him|PRP|7|obj +,|,|1|punct said|VBD|0|root voters|NNS|13|nsubj "
        + "should|MD|13|aux back|VB|10|ccomp him|PRP|13|obj +.|.|10|punct");
    assertEquals(List.of("0:roe|say|Smith is attacking him|indirect", "0:roe|say|voters should back him|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void theSecondVerbOfARelativeClauseSharesItsPronoun() {
    // "Roe, who endorsed Smith in May and said he would campaign with him, stayed home.", with the enhanced graph
    // copying "who" onto the conjunct
    FakeParse p = FakeParse.of("Roe|NNP|0|root|PERSON +,|,|1|punct who|WP|4|nsubj|O|9:nsubj endorsed|VBD|1|acl:relcl "
        + "Smith|NNP|4|obj|PERSON in|IN|7|case May|NNP|4|obl and|CC|9|cc said|VBD|4|conj he|PRP|12|nsubj "
        + "would|MD|12|aux campaign|VB|9|ccomp with|IN|14|case him|PRP|12|obl +.|.|1|punct");
    assertEquals(List.of("0:roe|say|he would campaign with him|indirect"), p.extract("cue-verb"));
    // "the plan, which backers drafted and said would pass": no person, no report of "which"
    FakeParse which = FakeParse.of("the|DT|2|det plan|NN|0|root +,|,|2|punct which|WDT|6|obj backers|NNS|6|nsubj "
        + "drafted|VBD|2|acl:relcl and|CC|8|cc said|VBD|6|conj|O would|MD|10|aux pass|VB|8|ccomp +.|.|2|punct");
    assertEquals(List.of(), which.extract("cue-verb"));
  }

  @Test
  void aCueAfterButHungOnANumberContinuesTheMainClause() {
    // "She cut it to $42,000 in five years, but said she could not repay it.", parsed with "said" as a
    // conjunct of the number
    FakeParse p = FakeParse.of("She|PRP|2|nsubj cut|VBD|0|root it|PRP|2|obj to|IN|6|case $|$|2|obl "
        + "42,000|CD|5|nummod in|IN|10|case five|CD|10|nummod years|NNS|6|obl +,|,|6|punct but|CC|13|cc "
        + "said|VBD|6|conj she|PRP|17|nsubj could|MD|17|aux not|RB|17|advmod repay|VB|13|ccomp it|PRP|17|obj "
        + "+.|.|2|punct");
    assertEquals(List.of("0:null|say|she could not repay it|indirect"), p.extract("cue-verb"));
    // "She said the fund, which donors say is short, ran dry and asked ...": a finite clause with its own
    // subject lies between, so the conjunct is left to the other rules
    FakeParse between = FakeParse.of("Anna|NNP|2|nsubj|PERSON cut|VBD|0|root costs|NNS|2|obj after|IN|6|mark "
        + "prices|NNS|6|nsubj rose|VBD|2|advcl to|IN|9|case new|JJ|9|amod highs|NNS|6|obl and|CC|11|cc "
        + "said|VBD|9|conj it|PRP|13|nsubj worked|VBD|11|ccomp +.|.|2|punct");
    assertEquals(List.of(), between.extract("cue-verb"));
  }

  @Test
  void aCueAfterAndHungOnAnInfinitiveContinuesTheMainClause() {
    // "Roe named Smith as the person to run and said he would win.", parsed with "person" as the subject of
    // the infinitive and "said" as its conjunct
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON named|VBD|0|root Smith|NNP|2|obj|PERSON as|IN|9|mark the|DT|6|det "
        + "person|NN|8|nsubj to|TO|8|mark run|VB|2|advcl and|CC|10|cc said|VBD|8|conj he|PRP|13|nsubj would|MD|13|aux "
        + "win|VB|10|ccomp +.|.|2|punct");
    assertEquals(List.of("0:roe|say|he would win|indirect"), p.extract("cue-verb"));
  }

  @Test
  void anInvertedSpeakerEndsBeforeAClauseAboutTheSaying() {
    // "“We will win,” said Acme worker Anna Roe when asked about it.": the speaker ends at "when"
    FakeParse p = FakeParse.of("“|``|7|punct +We|PRP|4|nsubj will|MD|4|aux win|VB|7|ccomp +,|,|7|punct +”|''|7|punct "
        + "said|VBD|0|root Acme|NNP|11|compound|ORGANIZATION worker|JJ|11|amod Anna|NNP|11|compound|PERSON "
        + "Roe|NNP|7|obj|PERSON when|WRB|13|advmod asked|VBN|7|advcl about|IN|15|case it|PRP|13|obl +.|.|7|punct");
    assertEquals(List.of("0:anna roe|say|We will win|direct"), p.extract());
    // with a participle after the name the inverted reading fails; the name opening the object is still no
    // subject of the cue ("Acme said worker Anna Roe" was the row)
    FakeParse participle = FakeParse.of("“|``|7|punct +We|PRP|4|nsubj will|MD|4|aux win|VB|7|ccomp +,|,|7|punct "
        + "+”|''|7|punct said|VBD|0|root Acme|NNP|11|compound|ORGANIZATION worker|JJ|11|amod Anna|NNP|11|compound|PERSON "
        + "Roe|NNP|7|obj|PERSON smiling|VBG|7|advcl +.|.|7|punct");
    assertTrue(participle.extract("cue-verb").stream().noneMatch(r -> r.startsWith("0:acme")), participle.extract("cue-verb").toString());
  }

  @Test
  void aVerbFormAfterANumberOrCountingWordIsAPluralNoun() {
    // "Showings in the dozen states that voted ...", tagged with "states" as the verb
    FakeParse p = FakeParse.of("Showings|NNS|5|nsubj in|IN|4|case the|DT|4|det dozen|NN|1|nmod states|VBZ|0|root "
        + "that|IN|8|mark rivals|NNS|8|nsubj won|VBD|5|ccomp +.|.|5|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    FakeParse verb = FakeParse.of("The|DT|2|det agency|NN|3|nsubj states|VBZ|0|root that|IN|6|mark rivals|NNS|6|nsubj "
        + "won|VBD|3|ccomp +.|.|3|punct");
    assertEquals(List.of("0:null|state|rivals won|indirect"), verb.extract("cue-verb"));
  }

  @Test
  void aParticipleWithASpeakerAfterByIsPassive() {
    // "The country described by the president is a power.": the country said nothing
    FakeParse p = FakeParse.of("The|DT|2|det country|NN|3|nsubj described|VBN|9|csubj by|IN|6|case the|DT|6|det "
        + "president|NN|3|obl:by is|VBZ|9|cop a|DT|9|det power|NN|0|root +.|.|9|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // "Roe, who was named by Smith and confirmed by the Board, resigned."
    FakeParse conjunct = FakeParse.of("Roe|NNP|13|nsubj|PERSON +,|,|1|punct who|WP|5|nsubj:pass was|VBD|5|aux:pass "
        + "named|VBN|1|acl:relcl by|IN|7|case Smith|NNP|5|obl:agent|PERSON and|CC|9|cc confirmed|VBN|5|conj by|IN|11|case "
        + "Board|NNP|9|obl:by|ORGANIZATION +,|,|1|punct resigned|VBD|0|root +.|.|13|punct");
    assertEquals(List.of(), conjunct.extract("cue-verb"));
  }

  @Test
  void aDayParsedAsTheSubjectIsNoSpeaker() {
    // "The president left it to others on Wednesday to praise his record.", with the day as the subject
    FakeParse p = FakeParse.of("The|DT|2|det president|NN|3|nsubj left|VBD|0|root it|PRP|3|obj to|IN|6|case "
        + "others|NNS|3|obl on|IN|10|mark Wednesday|NNP|10|nsubj to|TO|10|mark praise|VB|3|advcl his|PRP$|12|nmod:poss "
        + "record|NN|10|obj +.|.|3|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // "Tuesday on the radio, Senator Anna Roe (D-Ohio) said taxes rose.", with the day as the subject: the name
    // right before the cue (and its parenthesis) speaks
    FakeParse named = FakeParse.of("Tuesday|NNP|12|nsubj on|IN|4|case the|DT|4|det radio|NN|1|nmod +,|,|1|punct "
        + "Senator|NNP|8|compound Anna|NNP|8|compound|PERSON Roe|NNP|1|appos|PERSON (|-LRB-|10|punct "
        + "+Ohio|NNP|8|appos|LOCATION +)|-RRB-|10|punct said|VBD|0|root taxes|NNS|14|nsubj rose|VBD|12|ccomp +.|.|12|punct");
    assertEquals(List.of("0:anna roe|say|taxes rose|indirect"), named.extract("cue-verb"));
  }

  @Test
  void writingABookIsNoStatementButReplyingToSomeoneThatIs() {
    // "Anna wrote a book in 2010.": a work, like a script or a novel
    FakeParse book = FakeParse.of("Anna|NNP|2|nsubj|PERSON wrote|VBD|0|root a|DT|4|det book|NN|2|obj in|IN|6|case "
        + "2010|CD|2|obl +.|.|2|punct");
    assertEquals(List.of(), book.extract("cue-verb"));
    // "Anna wrote the letter to the ministry.": a text that holds what was said, not what was said
    FakeParse letter = FakeParse.of("Anna|NNP|2|nsubj|PERSON wrote|VBD|0|root the|DT|4|det letter|NN|2|obj "
        + "to|IN|7|case "
        + "the|DT|7|det ministry|NN|2|obl +.|.|2|punct");
    assertEquals(List.of(), letter.extract("cue-verb"));
    // "Anna wrote the bill.": a text she drafted
    FakeParse bill = FakeParse.of("Anna|NNP|2|nsubj|PERSON wrote|VBD|0|root the|DT|4|det bill|NN|2|obj +.|.|2|punct");
    assertEquals(List.of(), bill.extract("cue-verb"));
    // "All told, the groups spent $2 million.": "in total"
    FakeParse allTold = FakeParse.of("All|DT|2|nsubj told|VBD|0|root +,|,|2|punct the|DT|5|det groups|NNS|6|nsubj "
        + "spent|VBD|2|ccomp $|$|6|obj 2|CD|7|nummod million|CD|8|nummod +.|.|2|punct");
    assertEquals(List.of(), allTold.extract("cue-verb"));
    // "Anna replied to the council that the plan had failed.": "to" names the addressee ("added to the pressure"
    // increases something)
    FakeParse addressed = FakeParse.of("Anna|NNP|2|nsubj|PERSON replied|VBD|0|root to|IN|5|case the|DT|5|det "
        + "council|NN|2|obl that|IN|10|mark the|DT|8|det plan|NN|10|nsubj had|VBD|10|aux failed|VBN|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:anna|reply|the plan had failed|indirect"), addressed.extract("cue-verb"));
  }

  @Test
  void anAdverbialClauseBeforeACommaIsNotWhatTheSubjectAfterItSaid() {
    // "When Roe said he would win, the crowd applauded.": the crowd said nothing; Roe did
    FakeParse p = FakeParse.of("When|WRB|3|advmod Roe|NNP|3|nsubj|PERSON said|VBD|10|advcl he|PRP|6|nsubj "
        + "would|MD|6|aux win|VB|3|ccomp +,|,|10|punct the|DT|9|det crowd|NN|10|nsubj applauded|VBD|0|root +.|.|10|punct");
    assertEquals(List.of("0:roe|say|he would win|indirect"), p.extract("cue-verb"));
    // "After the vote the party will regroup, Roe said.": a clause of what was said follows the phrase
    FakeParse said = FakeParse.of("After|IN|3|case the|DT|3|det vote|NN|7|obl the|DT|5|det party|NN|7|nsubj "
        + "will|MD|7|aux regroup|VB|10|ccomp +,|,|10|punct Roe|NNP|10|nsubj|PERSON said|VBD|0|root +.|.|10|punct");
    assertEquals(List.of("0:roe|say|After the vote the party will regroup|indirect"), said.extract("cue-verb"));
  }

  @Test
  void aThatClauseAfterAnAsideIsWhatWasSaid() {
    // "Anna said, as it happens, that prices rose.", parsed with the "that" clause on the aside's verb
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON said|VBD|0|root +,|,|2|punct as|IN|6|mark it|PRP|6|nsubj "
        + "happens|VBZ|2|advcl +,|,|6|punct that|IN|10|mark prices|NNS|10|nsubj rose|VBD|6|ccomp +.|.|2|punct");
    assertEquals(List.of("0:anna|say|prices rose|indirect"), p.extract("cue-verb"));
  }

  @Test
  void peopleAParticipleDescribesSayWhatItReports() {
    // "The vote has left many voters saying prices are high."
    FakeParse p = FakeParse.of("The|DT|2|det vote|NN|4|nsubj has|VBZ|4|aux left|VBN|0|root many|JJ|6|amod "
        + "voters|NNS|4|obj saying|VBG|6|acl prices|NNS|10|nsubj are|VBP|10|cop high|JJ|7|ccomp +.|.|4|punct");
    assertEquals(List.of("0:null|say|prices are high|indirect"), p.extract("cue-verb"));
    // "The crowd carried placards saying prices are high.": words printed on a thing
    FakeParse placards = FakeParse.of("The|DT|2|det crowd|NN|3|nsubj carried|VBD|0|root placards|NNS|3|obj "
        + "saying|VBG|4|acl prices|NNS|8|nsubj are|VBP|8|cop high|JJ|5|ccomp +.|.|3|punct");
    assertEquals(List.of(), placards.extract("cue-verb"));
  }

  @Test
  void aRelativeClauseAfterACommaIsNoTrailingAttribution() {
    // "Half said prices rose, up from a third who said so in March.": the half said it; "a third who" is no
    // speaker of the words before the comma
    FakeParse p = FakeParse.of("Half|NN|2|nsubj said|VBD|0|root prices|NNS|4|nsubj rose|VBD|2|ccomp +,|,|2|punct "
        + "up|RB|2|advmod from|IN|9|case a|DT|9|det third|NN|6|obl who|WP|11|nsubj said|VBD|9|acl:relcl so|RB|11|advmod "
        + "in|IN|14|case March|NNP|11|obl +.|.|2|punct");
    assertTrue(p.extract("cue-verb").contains("0:null|say|prices rose|indirect"), p.extract("cue-verb").toString());
    assertTrue(p.extract("cue-verb").stream().noneMatch(r -> r.contains("|Half said")), p.extract("cue-verb").toString());
  }

  @Test
  void aThatClauseRightAfterTheAddresseeIsWhatWasTold() {
    // "Anna struck a softer tone, telling a conference that cuts could come soon.", parsed with the clause hung
    // on "tone" and "cuts" tagged as a verb
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON struck|VBD|0|root a|DT|5|det softer|JJR|5|amod tone|NN|2|obj "
        + "+,|,|5|punct telling|VBG|5|acl a|DT|9|det conference|NN|7|obj that|WDT|13|dep cuts|VBZ|13|nsubj "
        + "could|MD|13|aux come|VB|5|dep soon|RB|13|advmod +.|.|2|punct");
    assertEquals(List.of("0:anna|tell|cuts could come soon|indirect"), p.extract("cue-verb"));
    // "..., telling a story that moved them": a relative clause of the story, not what was told
    FakeParse story = FakeParse.of("Anna|NNP|2|nsubj|PERSON struck|VBD|0|root a|DT|5|det softer|JJR|5|amod tone|NN|2|obj "
        + "+,|,|5|punct telling|VBG|5|acl a|DT|9|det story|NN|7|obj that|WDT|11|nsubj moved|VBD|9|acl:relcl "
        + "them|PRP|11|obj +.|.|2|punct");
    assertEquals(List.of(), story.extract("cue-verb"));
  }

  @Test
  void aVerbFormFollowedByAFiniteVerbIsAPluralNoun() {
    // "The interests of member states trump everything else.", tagged with "states" as the verb
    FakeParse p = FakeParse.of("The|DT|2|det interests|NNS|5|nsubj of|IN|4|case member|NN|2|nmod states|VBZ|0|root "
        + "trump|VBP|5|ccomp everything|NN|6|obj else|RB|7|amod +.|.|5|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aCueAfterEverythingOpensARelativeClause() {
    // "Everything Anna says is false.": what she says is the pronoun's clause, nothing reported
    FakeParse p = FakeParse.of("Everything|NN|6|nsubj Anna|NNP|3|nsubj|PERSON says|VBZ|1|acl:relcl is|VBZ|6|cop "
        + "totally|RB|6|advmod false|JJ|0|root +.|.|6|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // with the pronoun parsed into the subject ("Everything Anna" says ...)
    FakeParse merged = FakeParse.of("Everything|NN|2|compound Anna|NNP|3|nsubj|PERSON says|VBZ|0|root is|VBZ|6|cop "
        + "totally|RB|6|advmod false|JJ|3|ccomp +.|.|3|punct");
    assertEquals(List.of(), merged.extract("cue-verb"));
  }

  @Test
  void theAgentOfAReducedPassiveQuestionAsks() {
    // "Asked by Roe to respond, Smith said no.": Roe asked; Smith said no
    FakeParse p = FakeParse.of("Asked|VBN|8|advcl by|IN|3|case Roe|NNP|1|obl:agent|PERSON to|TO|5|mark respond|VB|1|xcomp "
        + "+,|,|8|punct Smith|NNP|8|nsubj|PERSON said|VBD|0|root no|UH|8|obj +.|.|8|punct");
    assertEquals(List.of("0:roe|ask|to respond|indirect", "0:smith|say|no|indirect"), p.extract("cue-verb"));
  }

  @Test
  void theSubjectOfAReducedPassiveAskedBySomeoneAfterAnAdverbDidNotAsk() {
    // "Asked once by a student what it was, she replied that it was next.", parsed with the question on "replied"
    FakeParse p = FakeParse.of("Asked|VBN|11|dep once|RB|1|advmod by|IN|5|case a|DT|5|det student|NN|1|obl:by "
        + "what|WDT|8|dep it|PRP|8|nsubj was|VBD|11|ccomp +,|,|11|punct she|PRP|11|nsubj replied|VBD|0|root "
        + "that|IN|15|mark it|PRP|15|nsubj was|VBD|15|cop next|JJ|11|ccomp +.|.|11|punct");
    List<String> found = p.extract("cue-verb");
    assertTrue(found.stream().noneMatch(s -> s.contains("|ask|")), found.toString());
  }

  @Test
  void aThatClauseParsedAsABareDependentOfAParticipleIsWhatWasSaid() {
    // "Asked whether the strike had been coordinated with Syrian Kurdish forces, Ross declined to give details,
    // saying only that the U.S. works closely with partners.", with the clause hung on "saying" as "dep"; "only"
    // says how little was said
    FakeParse p = FakeParse.of("Asked|VBN|14|dep whether|IN|7|mark the|DT|4|det strike|NN|7|nsubj:pass had|VBD|7|aux "
        + "been|VBN|7|aux:pass coordinated|VBN|1|ccomp with|IN|11|case Syrian|JJ|11|amod Kurdish|JJ|11|amod "
        + "forces|NNS|7|obl:with +,|,|14|punct Ross|NNP|14|nsubj|PERSON|16:nsubj:xsubj declined|VBD|0|root "
        + "to|TO|16|mark "
        + "give|VB|14|xcomp details|NNS|16|obj +,|,|16|punct saying|VBG|16|dep only|RB|24|advmod that|IN|24|mark "
        + "the|DT|23|det U.S.|NNP|24|nsubj|LOCATION works|VBZ|19|dep closely|RB|24|advmod with|IN|27|case "
        + "partners|NNS|24|obl:with +.|.|14|punct");
    assertEquals(List.of("0:ross|say|the U.S. works closely with partners|indirect"), p.extract("cue-verb"));
  }

  @Test
  void onlyThatOpensWhatWasSaidWhenTheParserMadeThatADeterminer() {
    // "Peter declined to comment, saying only that prices would be cut.", parsed with "that" as the determiner of
    // "prices" and "saying" as the passive subject of "cut"
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON declined|VBD|0|root to|TO|4|mark comment|VB|2|xcomp "
        + "+,|,|12|punct saying|VBG|12|nsubj:pass only|RB|9|advmod that|DT|9|det prices|NNS|6|obj would|MD|12|aux "
        + "be|VB|12|aux:pass cut|VBN|2|parataxis +.|.|2|punct");
    assertEquals(List.of("0:peter|say|prices would be cut|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aParticipleParsedAsAnAdverbOfTheReportedPredicateStillReports() {
    // "Peter refused to blame the referee, insisting his team was good enough.", parsed with "insisting" as an
    // adverb of "enough"
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON refused|VBD|0|root to|TO|4|mark blame|VB|2|xcomp "
        + "the|DT|6|det referee|NN|4|obj +,|,|13|punct insisting|VBG|13|advmod his|PRP$|10|nmod:poss team|NN|8|obj "
        + "was|VBD|13|cop good|JJ|13|advmod enough|JJ|4|dep +.|.|2|punct");
    assertEquals(List.of("0:peter|insist|his team was good enough|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aClosingAccordingToPhraseIsNoPartOfTheReport() {
    FakeParse p = FakeParse.of("Peter|NNP|2|nsubj|PERSON told|VBD|0|root Anna|NNP|2|obj|PERSON that|IN|6|mark "
        + "prices|NNS|6|nsubj rise|VBP|2|ccomp +,|,|11|punct according|VBG|11|case to|IN|8|fixed an|DT|11|det "
        + "aide|NN|6|obl:according_to +.|.|2|punct",
        // (inside the report it is what was said)
        "Peter|NNP|2|nsubj|PERSON said|VBD|0|root +,|,|9|punct according|VBG|7|case to|IN|4|fixed the|DT|7|det "
        + "data|NNS|10|obl:according_to +,|,|10|punct prices|NNS|10|nsubj rise|VBP|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:peter|tell|prices rise|indirect", "1:peter|say|according to the data, prices rise|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void denyingSomeoneAThingIsNoDenialOfWhatWasSaid() {
    // "Roe blamed a decision that denied his side a penalty.", with "his side" hung on "denied" as "dep"
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON blamed|VBD|0|root a|DT|4|det decision|NN|2|obj|6:nsubj "
        + "that|WDT|4|ref denied|VBD|4|acl:relcl his|PRP$|8|nmod:poss side|NN|6|dep a|DT|10|det penalty|NN|6|obj "
        + "+.|.|2|punct", "Roe|NNP|2|nsubj|PERSON denied|VBD|0|root the|DT|4|det report|NN|2|obj +.|.|2|punct",
        "Roe|NNP|2|nsubj|PERSON denied|VBD|0|root her|PRP|2|iobj a|DT|5|det visa|NN|2|obj +.|.|2|punct");
    assertEquals(List.of("1:roe|deny|the report|indirect"), p.extract("cue-verb"));
  }

  @Test
  void counselSubmitsWhatTheyArgueButASubmittedDocumentIsNoStatement() {
    // "Roe submitted that the rules were unfair." / "Roe submitted a report."
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON submitted|VBD|0|root that|IN|7|mark the|DT|5|det "
        + "rules|NNS|7|nsubj were|VBD|7|cop unfair|JJ|2|ccomp +.|.|2|punct",
        "Roe|NNP|2|nsubj|PERSON submitted|VBD|0|root a|DT|4|det report|NN|2|obj +.|.|2|punct");
    assertEquals(List.of("0:roe|submit|the rules were unfair|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aQuestionAboutWhatTheAddresseeWouldSayReportsNothing() {
    // "What would you say to them?" / "You said no." (an answer in an interview is a statement, though unresolved)
    FakeParse p = FakeParse.of("What|WP|4|obj would|MD|4|aux you|PRP|4|nsubj say|VB|0|root to|IN|6|case "
        + "them|PRP|4|obl:to +?|.|4|punct", "You|PRP|2|nsubj said|VBD|0|root no|UH|2|obj +.|.|2|punct");
    assertEquals(List.of("1:null|say|no|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aPredicateNounWithAnAuxiliaryParsedAsTheObjectContinuesTheReportedClause() {
    // "Roe said the defeat showed the government had “lost control” and urged calm.", parsed with "control" as the
    // object of "said", "had" as its auxiliary and "urged" conjoined to it
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det defeat|NN|5|nsubj "
        + "showed|VBD|2|ccomp the|DT|7|det government|NN|5|obj had|VBD|11|aux “|``|11|punct +lost|VBN|11|amod "
        + "control|NN|2|obj +”|''|11|punct and|CC|14|cc urged|VBD|11|conj:and calm|NN|14|obj +.|.|2|punct");
    assertEquals(List.of("0:roe|say|the defeat showed the government had “lost control|indirect",
        "0:roe|urge|calm|indirect"), p.extract("cue-verb"));
  }

  @Test
  void whatSomeoneHasToOrNeedsToSayIsNotSaid() {
    // "The board has to ask whether it can go on." (parsed with "has" as an auxiliary of "ask") / "Roe needs to
    // explain the delay." / "Roe said he had to go."
    FakeParse p = FakeParse.of("The|DT|2|det board|NN|5|nsubj has|VBZ|5|aux to|TO|5|mark ask|VB|0|root "
        + "whether|IN|9|mark it|PRP|9|nsubj can|MD|9|aux go|VB|5|ccomp on|RP|9|compound:prt +.|.|5|punct",
        "Roe|NNP|2|nsubj|PERSON|4:nsubj:xsubj needs|VBZ|0|root to|TO|4|mark explain|VB|2|xcomp the|DT|6|det "
        + "delay|NN|4|obj +.|.|2|punct",
        "Roe|NNP|2|nsubj|PERSON said|VBD|0|root he|PRP|6|nsubj had|VBD|6|aux to|TO|6|mark go|VB|2|ccomp "
        + "+.|.|2|punct");
    assertEquals(List.of("2:roe|say|he had to go|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aPerfectCueCoordinatedWithAPerfectOfTheReportedClauseContinuesIt() {
    // "Acme said it had refunded customers and had apologised.", with "apologised" conjoined to "refunded"
    FakeParse p = FakeParse.of("Acme|NNP|2|nsubj|ORGANIZATION said|VBD|0|root it|PRP|5|nsubj had|VBD|5|aux "
        + "refunded|VBN|2|ccomp customers|NNS|5|obj and|CC|9|cc had|VBD|9|aux apologised|VBN|5|conj:and "
        + "+.|.|2|punct");
    assertEquals(List.of("0:acme|say|it had refunded customers and had apologised|indirect"), p.extract("cue-verb"));
  }

  @Test
  void anObjectPronounAfterACueIsNoInvertedSpeaker() {
    // "Staff saw the problems, wrote them down, and did nothing.": "them" is what was written down, not a speaker
    FakeParse p = FakeParse.of("Staff|NN|2|nsubj|O|6:nsubj saw|VBD|0|root the|DT|4|det problems|NNS|2|obj "
        + "+,|,|2|punct wrote|VBD|2|conj them|PRP|6|obj down|RP|6|compound:prt +,|,|2|punct and|CC|11|cc "
        + "did|VBD|2|conj nothing|NN|11|obj +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    // nor is a pronoun with the verb's particle what was written ("She wrote it down.")
    FakeParse particle = FakeParse.of("She|PRP|2|nsubj wrote|VBD|0|root it|PRP|2|obj down|RP|2|compound:prt "
        + "+.|.|2|punct");
    assertEquals(List.of(), particle.extract("cue-verb"));
  }

  @Test
  void aThatHungOnTheCueAfterItsAdjunctsOpensWhatWasSaid() {
    // "Anna Roe wrote in a note to clients that the bank risks falling behind the curve as growth slows.", parsed
    // with "that" hung on the cue and "risks" read as a plural noun under it: the words after "that" were written
    FakeParse p = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|3|nsubj|PERSON wrote|VBD|0|root in|IN|6|case "
        + "a|DT|6|det note|NN|3|obl:in to|IN|8|case clients|NNS|3|obl:to that|IN|3|dep the|DT|12|det "
        + "bank|NN|12|compound risks|NNS|9|dep falling|VBG|12|acl behind|IN|16|case the|DT|16|det "
        + "curve|NN|13|obl:behind as|IN|19|mark growth|NN|19|nsubj slows|VBZ|13|advcl:as +.|.|3|punct");
    assertEquals(List.of("0:anna roe|write|the bank risks falling behind the curve as growth slows|indirect"),
        p.extract("cue-verb"));
  }

  @Test
  void aClauseOfTimeAfterTheObjectAndACommaIsNoPartOfWhatWasSaid() {
    // "Acme dismissed the offer as "unserious", as fighting intensified.": the "as" clause says when
    FakeParse p = FakeParse.of("Acme|NNP|2|nsubj|ORGANIZATION dismissed|VBD|0|root the|DT|4|det offer|NN|2|obj "
        + "as|IN|7|case \"|``|7|punct unserious|JJ|2|advcl:as \"|''|7|punct +,|,|2|punct as|IN|12|mark "
        + "fighting|VBG|12|nsubj intensified|VBN|2|advcl:as along|IN|15|case the|DT|15|det line|NN|12|obl:along "
        + "+.|.|2|punct");
    assertEquals(List.of("0:acme|dismiss|the offer as \" unserious|mixed"), p.extract("cue-verb"));
  }

  @Test
  void anAdjectivePredicateHungOnTheCueAfterTheClauseCompletesIt() {
    // "Roe said the poll showed people were "rightly worried" about costs.", parsed with "worried" hung on the cue:
    // the copula opens the predicate of the clause's last noun
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root the|DT|4|det poll|NN|5|nsubj "
        + "showed|VBD|2|ccomp people|NNS|5|obj were|VBD|10|cop \"|``|10|punct rightly|RB|10|advmod "
        + "worried|JJ|2|dep \"|''|10|punct about|IN|13|case costs|NNS|10|obl:about +.|.|2|punct");
    assertEquals(List.of("0:roe|say|the poll showed people were \" rightly worried \" about costs|mixed"),
        p.extract("cue-verb"));
  }

  @Test
  void aPastPerfectConjunctOfACueInThePastIsStillWhatWasSaid() {
    // "Acme said it accepted the findings and had spent millions.", parsed with "spent" conjoined to the cue: the
    // backshifted perfect was reported too
    FakeParse p = FakeParse.of("Acme|NNP|2|nsubj|ORGANIZATION|9:nsubj said|VBD|0|root it|PRP|4|nsubj "
        + "accepted|VBD|2|ccomp the|DT|6|det findings|NNS|4|obj and|CC|9|cc had|VBD|9|aux spent|VBN|2|conj:and "
        + "millions|NNS|9|obj +.|.|2|punct");
    assertEquals(List.of("0:acme|say|it accepted the findings and had spent millions|indirect"), p.extract("cue-verb"));
  }

  @Test
  void aParticipleAfterItsNounThatIsTheSentencesSubjectIsNoReport() {
    // "A former officer accused of lying has been cleared.", parsed with "officer" as the subject of "accused" and
    // "accused" as the clausal subject of "cleared": the officer was accused, he accused no one
    FakeParse p = FakeParse.of("A|DT|3|det former|JJ|3|amod officer|NN|4|nsubj accused|VBN|8|csubj:pass "
        + "of|IN|6|case lying|VBG|4|obl:of has|VBZ|8|aux been|VBN|8|aux:pass cleared|VBN|0|root +.|.|8|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }
}
