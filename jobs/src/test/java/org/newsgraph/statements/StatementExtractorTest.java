package org.newsgraph.statements;

import org.newsgraph.nlp.NameGender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Statement;

class StatementExtractorTest {
  @Test
  void unknownRuleNamesAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> new StatementExtractor(new CueLexicon(), new NameGender(Map.of()), List.of("no-such-rule")));
  }

  @Test
  void rowsOfOneQuotationShareTheCueAndSpansAreExactBodyText() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON coached|VBD the|DT team|NN +.|.",
        "“|`` +We|PRP lost|VBD +.|.", "We|PRP will|MD be|VB back|RB +,|, +”|'' she|PRP said|VBD +.|.");
    List<Statement> s = new StatementExtractor(new CueLexicon(), FakeParse.GENDERS, List.of("quotation")).extract("d", p.body, p.sentences, p.mentions);
    assertEquals(2, s.size());
    assertEquals(s.get(0).cueBegin(), s.get(1).cueBegin());
    for (Statement x : s) {
      assertEquals(x.cueText(), p.body.substring(x.cueBegin(), x.cueEnd()));
      assertEquals(x.speakerText(), p.body.substring(x.speakerBegin(), x.speakerEnd()));
      assertEquals(x.content(), p.body.substring(x.contentBegin(), x.contentEnd()));
      assertEquals("she", x.speakerText());
      assertEquals("pronoun", x.speakerResolution());
    }
    assertEquals(2, s.stream().map(Statement::statementId).distinct().count(), "ids unique per row");
  }

  @Test
  void aSpeakersOwnPerformativeInsideHisQuotationIsDropped() {
    FakeParse p = FakeParse.of("“|`` +As|IN I|PRP said|VBD +,|, we|PRP will|MD win|VB +,|, +”|'' "
        + "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON said|VBD +.|.");
    AttributionContext ctx = p.context();
    new QuotationRule().apply(ctx);
    int i = p.body.indexOf("I said");
    ctx.drafts.add(new Draft(0, Speaker.of(null, "I", i, i + 1, "unresolved"), i + 2, i + 6, "say", "assert",
        i + 8, i + 20, null, "cue-verb"));
    new NestedCueFilter().apply(ctx);
    assertEquals(List.of("quotation"), ctx.drafts.stream().map(Draft::rule).toList());
    assertEquals("peter smith", ctx.drafts.get(0).speaker().entityId());
  }
  @Test
  void aPairOfFirstPersonPronounsInsideTheSpeakersQuotationIsHimself() {
    // '“We — and I say we, because we are a team — will win,” Peter Smith said.'
    FakeParse p = FakeParse.of("“|`` +We|PRP —|: and|CC I|PRP say|VBP we|PRP +,|, because|IN we|PRP are|VBP a|DT "
        + "team|NN —|: will|MD win|VB +,|, +”|'' Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON said|VBD +.|.");
    AttributionContext ctx = p.context();
    new QuotationRule().apply(ctx);
    int i = p.body.indexOf("We —");
    int cue = p.body.indexOf("say we");
    ctx.drafts.add(new Draft(0, Speaker.of(null, "We — and I", i, cue - 1, "unresolved"), cue, cue + 3, "say",
        "assert", cue + 4, cue + 6, null, "cue-verb"));
    new NestedCueFilter().apply(ctx);
    assertEquals(List.of("quotation"), ctx.drafts.stream().map(Draft::rule).toList());
  }

  @Test
  void aThingThatTellsInsideAQuotationIsNoSource() {
    FakeParse p = FakeParse.of("“|`` +It|PRP tells|VBZ us|PRP where|WRB to|TO look|VB +,|, +”|'' "
        + "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON said|VBD +.|.");
    AttributionContext ctx = p.context();
    new QuotationRule().apply(ctx);
    int i = p.body.indexOf("It tells");
    ctx.drafts.add(new Draft(0, Speaker.of(null, "It", i, i + 2, "unresolved"), i + 3, i + 8, "tell", "assert",
        i + 12, i + 26, null, "cue-verb"));
    new NestedCueFilter().apply(ctx);
    assertEquals(List.of("quotation"), ctx.drafts.stream().map(Draft::rule).toList());
  }

  @Test
  void theSpeakersOwnDataInsideHerQuotationAreNoSourceButHerLawyerIs() {
    FakeParse p = FakeParse.of("“|`` +Our|PRP$ figures|NNS show|VBP it|PRP works|VBZ +,|, +”|'' "
        + "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON said|VBD +.|.",
        "“|`` +My|PRP$ lawyer|NN says|VBZ it|PRP works|VBZ +,|, +”|'' she|PRP said|VBD +.|.");
    AttributionContext ctx = p.context();
    new QuotationRule().apply(ctx);
    int i = p.body.indexOf("Our figures");
    ctx.drafts.add(new Draft(0, Speaker.of(null, "Our figures", i, i + 11, "unresolved"), i + 12, i + 16, "show",
        "assert", i + 17, i + 25, null, "cue-verb"));
    int j = p.body.indexOf("My lawyer");
    ctx.drafts.add(new Draft(1, Speaker.of(null, "My lawyer", j, j + 9, "unnamed"), j + 10, j + 14, "say",
        "assert", j + 15, j + 23, null, "cue-verb"));
    new NestedCueFilter().apply(ctx);
    assertEquals(List.of("quotation", "quotation", "cue-verb"), ctx.drafts.stream().map(Draft::rule).toList());
    assertEquals("My lawyer", ctx.drafts.get(2).speaker().text());
  }

  @Test
  void theSpeakersOwnFindingsInsideHerQuotationAreNoSource() {
    FakeParse p = FakeParse.of("“|`` +Our|PRP$ findings|NNS suggest|VBP it|PRP works|VBZ +,|, +”|'' "
        + "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON said|VBD +.|.");
    AttributionContext ctx = p.context();
    new QuotationRule().apply(ctx);
    int i = p.body.indexOf("Our findings");
    ctx.drafts.add(new Draft(0, Speaker.of(null, "Our findings", i, i + 12, "unresolved"), i + 13, i + 20, "suggest",
        "assert", i + 21, i + 29, null, "cue-verb"));
    new NestedCueFilter().apply(ctx);
    assertEquals(List.of("quotation"), ctx.drafts.stream().map(Draft::rule).toList());
  }

  @Test
  void anotherSourcesStatementInsideAQuotationIsIndirectAndAGuessAtWhatOthersWouldSayIsNone() {
    // 'Anna Roe coached the team. “We lost,” she said. “The letter says the fund is empty. Voters will say we
    // failed them.”'
    String named = "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON coached|VBD the|DT team|NN +.|.";
    FakeParse p = FakeParse.of(named, "“|`` +We|PRP lost|VBD +,|, +”|'' she|PRP said|VBD +.|.",
        "“|``|4|punct +The|DT|3|det letter|NN|4|nsubj says|VBZ|0|root the|DT|6|det fund|NN|8|nsubj is|VBZ|8|cop "
            + "empty|JJ|4|ccomp +.|.|4|punct",
        "Voters|NNS|3|nsubj will|MD|3|aux say|VB|0|root we|PRP|5|nsubj failed|VBD|3|ccomp them|PRP|5|obj +.|.|3|punct "
            + "+”|''|3|punct");
    assertEquals(List.of("1:anna roe|say|We lost|direct", "2:anna roe|say|The letter says the fund is empty|direct",
        "2:null|say|the fund is empty|indirect", "3:anna roe|say|Voters will say we failed them|direct"),
        p.extract("cue-verb", "quotation", "nested-cue-filter"));
  }

  @Test
  void aRoleInsideTheQuotationOfThePersonItWasTakenForIsAnotherSource() {
    // '“It is over,” Anna Roe said. “The minister told us the plan was dead.”' ("The minister" went to Roe, the only
    // person named, but in her own words she is "I")
    FakeParse p = FakeParse.of("“|`` +It|PRP is|VBZ over|RB +,|, +”|'' Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON "
            + "said|VBD +.|.",
        "“|``|4|punct +The|DT|3|det minister|NN|4|nsubj told|VBD|0|root us|PRP|4|obj the|DT|7|det plan|NN|9|nsubj "
            + "was|VBD|9|cop dead|JJ|4|ccomp +.|.|4|punct +”|''|4|punct");
    AttributionContext ctx = p.context();
    new QuotationRule().apply(ctx);
    int i = p.body.indexOf("The minister");
    int cue = p.body.indexOf("told");
    ctx.drafts.add(new Draft(1, Speaker.of("anna roe", "The minister", i, i + 12, "role"), cue, cue + 4, "tell",
        "assert", cue + 8, p.body.indexOf(".”"), null, "cue-verb"));
    new NestedCueFilter().apply(ctx);
    assertEquals(List.of("quotation", "quotation", "cue-verb"), ctx.drafts.stream().map(Draft::rule).toList());
    Speaker s = ctx.drafts.get(2).speaker();
    assertEquals(null, s.entityId());
    assertEquals("unresolved", s.resolution());
    assertEquals("The minister", s.text());
  }

  @Test
  void aVeryLongDocumentIsAttributedInWindowsThatSeeTheSentencesBeforeThem() {
    String[] specs = new String[3 * 300];
    for (int i = 0; i < specs.length; i += 3) {
      specs[i] = "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON coached|VBD the|DT team|NN +.|.";
      specs[i + 1] = "“|`` +We|PRP lost|VBD +,|, +”|'' she|PRP said|VBD +.|.";
      specs[i + 2] = "“|`` +We|PRP will|MD win|VB +,|, +”|'' she|PRP added|VBD +.|.";
    }
    FakeParse p = FakeParse.of(specs);
    assertTrue(specs.length > StatementExtractor.WINDOW * 2, "three windows");
    List<Statement> s = new StatementExtractor(new CueLexicon(), FakeParse.GENDERS, List.of("quotation"))
        .extract("d", p.body, p.sentences, p.mentions);
    assertEquals(600, s.size(), "every quotation once, none twice at a window's edge");
    assertEquals(600, s.stream().map(Statement::statementId).distinct().count());
    for (Statement x : s) {
      // the first sentence of a window ("We will win", sentence 400) finds its speaker in the context before it
      assertEquals("anna roe", x.speakerEntityId(), "sentence " + x.sentenceIdx());
      assertEquals(x.content(), p.body.substring(x.contentBegin(), x.contentEnd()));
    }
    for (int i = 1; i < s.size(); i++) {
      assertTrue(s.get(i - 1).sentenceIdx() < s.get(i).sentenceIdx(), "document order");
    }
  }

  @Test
  void sourcingFormulasAndBarePronounsAreNoStatements() {
    FakeParse p = FakeParse.of("Officials|NNS|2|nsubj asked|VBD|0|root not|RB|6|advmod to|TO|6|mark be|VB|6|aux:pass "
            + "named|VBN|2|xcomp +.|.|2|punct",
        "Peter|NNP|2|nsubj|PERSON added|VBD|0|root it|PRP|2|obj +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aQuestionNamedButNotGivenIsNoStatement() {
    // "Roe asked him a tough question." says nothing of what was asked; "Roe asked him a question about taxes" does
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON asked|VBD|0|root him|PRP|2|iobj a|DT|6|det tough|JJ|6|amod "
        + "question|NN|2|obj +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    FakeParse about = FakeParse.of("Roe|NNP|2|nsubj|PERSON asked|VBD|0|root him|PRP|2|iobj a|DT|5|det "
        + "question|NN|2|obj about|IN|7|case taxes|NNS|5|nmod:about +.|.|2|punct");
    assertEquals(List.of("0:roe|ask|him a question about taxes|indirect"), about.extract("cue-verb"));
  }

  @Test
  void howMuchWasSaidIsNoStatement() {
    // "Roe has said little publicly." says how much, not what; "Roe said little had changed" says what
    FakeParse p = FakeParse.of("Roe|NNP|3|nsubj|PERSON has|VBZ|3|aux said|VBN|0|root little|JJ|3|obj "
        + "publicly|RB|3|advmod +.|.|3|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    FakeParse changed = FakeParse.of("Roe|NNP|2|nsubj|PERSON said|VBD|0|root little|JJ|5|nsubj had|VBD|5|aux "
        + "changed|VBN|2|ccomp +.|.|2|punct");
    assertEquals(List.of("0:roe|say|little had changed|indirect"), changed.extract("cue-verb"));
  }

  @Test
  void aPronounHandedToSomeoneIsNoStatement() {
    // "Acme reported them to the authorities." is an act; "Acme reported them to be safe" says something
    FakeParse p = FakeParse.of("Acme|NNP|2|nsubj|ORGANIZATION reported|VBD|0|root them|PRP|2|obj to|IN|6|case "
        + "the|DT|6|det authorities|NNS|2|obl +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
    FakeParse safe = FakeParse.of("Acme|NNP|2|nsubj|ORGANIZATION reported|VBD|0|root them|PRP|2|obj to|TO|6|mark "
        + "be|VB|6|cop safe|JJ|2|xcomp +.|.|2|punct");
    assertEquals(List.of("0:acme|report|them to be safe|indirect"), safe.extract("cue-verb"));
    FakeParse vote = FakeParse.of("Acme|NNP|2|nsubj|ORGANIZATION urged|VBD|0|root them|PRP|2|obj to|TO|5|mark "
        + "vote|VB|2|xcomp +.|.|2|punct");
    assertEquals(List.of("0:acme|urge|them to vote|indirect"), vote.extract("cue-verb"));
  }

  @Test
  void aMessageNamedButNotGivenIsNoStatement() {
    // "Roe posted a message to fans on Instagram." points to words it does not give
    FakeParse p = FakeParse.of("Roe|NNP|2|nsubj|PERSON posted|VBD|0|root a|DT|4|det message|NN|2|obj to|IN|6|case "
        + "fans|NNS|4|nmod:to on|IN|8|case Instagram|NNP|2|obl:on|ORGANIZATION +.|.|2|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }

  @Test
  void aPlaceAloneIsNoStatement() {
    // "Roe and Lee had argued inside the bar." (they quarrelled there); "Roe argued that the bar was safe" says what
    FakeParse p = FakeParse.of("Roe|NNP|5|nsubj|PERSON and|CC|3|cc Lee|NNP|1|conj|PERSON had|VBD|5|aux "
        + "argued|VBN|0|root inside|IN|8|case the|DT|8|det bar|NN|5|obl:inside +.|.|5|punct");
    assertEquals(List.of(), p.extract("cue-verb"));
  }
}
