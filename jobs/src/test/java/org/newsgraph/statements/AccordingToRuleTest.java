package org.newsgraph.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccordingToRuleTest {
  @Test
  void anyNounPhraseCanBeTheSource() {
    FakeParse p = FakeParse.of("Prices|NNS rose|VBD sharply|RB +,|, according|VBG to|TO the|DT survey|NN +.|.",
        "According|VBG to|TO people|NNS familiar|JJ with|IN the|DT talks|NNS +,|, a|DT deal|NN is|VBZ near|JJ +.|.");
    assertEquals(List.of("0:null|according to|Prices rose sharply|indirect", "1:null|according to|a deal is near|indirect"),
        p.extract("according-to"));
    AttributionContext ctx = p.context();
    new AccordingToRule().apply(ctx);
    assertEquals("unnamed", ctx.drafts.get(1).speaker().resolution(), "people familiar with the talks");
  }

  @Test
  void aRelativeClauseAfterAnOpeningSourceDescribesItAndIsNotWhatItSaid() {
    FakeParse p = FakeParse.of("According|VBG to|TO the|DT agency|NN +,|, which|WDT has|VBZ called|VBN for|IN "
        + "calm|NN +,|, prices|NNS rose|VBD sharply|RB +.|.");
    assertEquals(List.of("0:null|according to|prices rose sharply|indirect"), p.extract("according-to"));
  }

  @Test
  void insideAQuotationThatOpensInTheSentenceOnlyTheQuotedWordsAreTheSources() {
    // 'Anna told TV that “the driver fired, according to the police.”' (the police's statement nested in Anna's
    // quoted words: indirect, the words quoted are hers)
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON told|VBD TV|NNP that|IN “|`` +the|DT driver|NN fired|VBD +,|, "
        + "according|VBG to|TO the|DT police|NNS +.|. +”|''");
    assertEquals(List.of("0:null|according to|the driver fired|indirect"), p.extract("according-to"));
  }

  @Test
  void aSourceMayHoldAQuotedNameAndEndAtASpacedHyphenOrOpenWithAColon() {
    // "According to her “exit” plan, firms must repay aid.", "Most voters - 63 percent, according to the poll -
    // still agree.", "According to the website: “The plan has failed.”"
    FakeParse p = FakeParse.of(
        "According|VBG to|TO her|PRP$ “|`` +exit|NN +”|'' plan|NN +,|, firms|NNS must|MD repay|VB aid|NN +.|.",
        "Most|JJS voters|NNS -|: 63|CD percent|NN +,|, according|VBG to|TO the|DT poll|NN -|: still|RB agree|VBP +.|.",
        "According|VBG to|TO the|DT website|NN +:|: “|`` +The|DT plan|NN has|VBZ failed|VBN +.|. +”|''",
        // a hyphen inside a word is no dash
        "According|VBG to|TO a|DT 52|CD +-|HYPH +count|NN complaint|NN +,|, the|DT firm|NN lied|VBD +.|.");
    List<org.newsgraph.model.Statement> st = p.extractStatements("according-to");
    assertEquals(List.of("her “exit” plan", "the poll", "the website", "a 52-count complaint"),
        st.stream().map(x -> x.speakerText()).toList());
    assertEquals("firms must repay aid", st.get(0).content());
    assertEquals("The plan has failed", st.get(2).content());
  }

  @Test
  void inTheWordsOfASourceOrInItsOwnWordsIsAnAttribution() {
    // "In the words of one manager: “Nobody thought it would work.”", "In his words, the plan was doomed.",
    // "The plan, in Jane Roe's own words, was doomed.", "In other words, prices rose." (no source)
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON spoke|VBD +.|.",
        "In|IN his|PRP$ words|NNS +,|, the|DT plan|NN was|VBD doomed|VBN +.|.",
        "In|IN the|DT words|NNS of|IN one|CD manager|NN +:|: “|`` +Nobody|NN thought|VBD it|PRP would|MD work|VB +.|. +”|''",
        "The|DT plan|NN +,|, in|IN Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +'s|POS own|JJ words|NNS +,|, was|VBD doomed|VBN "
            + "+.|.",
        "In|IN other|JJ words|NNS +,|, prices|NNS rose|VBD +.|.");
    assertEquals(List.of("1:peter smith|in the words of|the plan was doomed|indirect",
            "2:null|in the words of|Nobody thought it would work|direct",
            "3:jane roe|in the words of|The plan, in Jane Roe's own words, was doomed|indirect"),
        p.extract("according-to"));
  }

  @Test
  void anAttributionBetweenCommasInsideAClauseKeepsBothSidesOfWhatWasSaid() {
    // "Sales, according to the survey, rose sharply.": the content runs from first to last word said
    FakeParse p = FakeParse.of("Sales|NNS +,|, according|VBG to|TO the|DT survey|NN +,|, rose|VBD sharply|RB +.|.",
        "Sales|NNS rose|VBD sharply|RB +,|, according|VBG to|TO Acme|NNP|0|x|ORGANIZATION +,|, which|WDT said|VBD demand|NN "
            + "was|VBD strong|JJ +.|.",
        "Sales|NNS rose|VBD sharply|RB +,|, according|VBG to|TO Acme|NNP|0|x|ORGANIZATION +,|, a|DT big|JJ retailer|NN +.|.");
    assertEquals(List.of("0:null|according to|Sales, according to the survey, rose sharply|indirect"),
        p.extract("according-to").subList(0, 1));
    // a relative clause or an appositive after the source is no part of what was said
    assertEquals(List.of("1:acme|according to|Sales rose sharply|indirect", "2:acme|according to|Sales rose sharply|indirect"),
        p.extract("according-to").subList(1, 3));
  }

  @Test
  void anAttributionBetweenASubordinateAndTheMainClauseOrInsideAPredicateKeepsBothSides() {
    FakeParse p = FakeParse.of(
        "While|IN most|JJS rose|VBD +,|, according|VBG to|TO the|DT survey|NN +,|, two|CD fell|VBD +.|.",
        "Acme|NNP|0|x|ORGANIZATION receives|VBZ +,|, according|VBG to|TO one|CD report|NN +,|, $|$ +5|CD "
            + "million|CD in|IN grants|NNS +.|.",
        "Sales|NNS rose|VBD sharply|RB +,|, according|VBG to|TO the|DT survey|NN +,|, while|IN prices|NNS fell|VBD +.|.",
        "Sales|NNS rose|VBD sharply|RB +,|, according|VBG to|TO Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, "
            + "Mr.|NNP Smith|NNP|0|x|PERSON +'s|POS former|JJ adviser|NN +.|.",
        "Sales|NNS rose|VBD sharply|RB +,|, according|VBG to|TO Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, "
            + "director|NN of|IN the|DT survey|NN +.|.");
    assertEquals(List.of("0:null|according to|While most rose, according to the survey, two fell|indirect",
        "1:null|according to|Acme receives, according to one report, $5 million in grants|indirect",
        "2:null|according to|Sales rose sharply|indirect", "3:jane roe|according to|Sales rose sharply|indirect", "4:jane roe|according to|Sales rose sharply|indirect"),
        p.extract("according-to"));
  }

  @Test
  void anOpeningAttributionMayFollowAColon() {
    FakeParse p = FakeParse.of("It|PRP was|VBD noticed|VBN +:|: according|VBG to|TO the|DT survey|NN +,|, "
        + "two|CD in|IN ten|CD agree|VBP +.|.");
    assertEquals(List.of("0:null|according to|two in ten agree|indirect"), p.extract("according-to"));
    // a dash that closes an aside before a trailing attribution opens nothing
    FakeParse aside = FakeParse.of("Half|NN of|IN it|PRP is|VBZ wrong|JJ —|: or|CC worse|JJR —|: according|VBG to|TO "
        + "the|DT journal|NN +.|.");
    assertEquals(List.of("0:null|according to|Half of it is wrong — or worse|indirect"), aside.extract("according-to"));
  }

  @Test
  void aLongSourcePhraseIsOneSource() {
    FakeParse p = FakeParse.of("Turnout|NN rose|VBD sharply|RB +,|, according|VBG to|TO early|JJ results|NNS of|IN "
        + "the|DT exit|NN poll|NN conducted|VBN by|IN a|DT research|NN firm|NN for|IN the|DT two|CD largest|JJS "
        + "national|JJ television|NN networks|NNS +.|.");
    assertEquals(List.of("0:null|according to|Turnout rose sharply|indirect"), p.extract("according-to"));
  }

  @Test
  void perNeedsANamedSource() {
    FakeParse p = FakeParse.of("Revenue|NN fell|VBD 5|CD percent|NN +,|, per|IN Datafirm|NNP|0|x|ORGANIZATION +.|.",
        "Shares|NNS cost|VBD 3|CD dollars|NNS per|IN share|NN +.|.");
    assertEquals(List.of("0:datafirm|per|Revenue fell 5 percent|indirect"), p.extract("according-to"));
  }

  @Test
  void perADocumentIsASourceButNotPerTheTermsOfADeal() {
    FakeParse p = FakeParse.of("Per|IN the|DT club|NN +'s|POS statement|NN +,|, the|DT coach|NN stays|VBZ +.|.",
        "Per|IN the|DT terms|NNS of|IN the|DT deal|NN +,|, the|DT coach|NN stays|VBZ +.|.");
    assertEquals(List.of("0:null|per|the coach stays|indirect"), p.extract("according-to"));
  }

  @Test
  void perBeforeTheSubjectOfAVerbIsAFirstName() {
    // "Per Roe, a former governor, warned that rates were high.": the tagger left "Per" out of the name, the
    // parser made it the name's case marker, but "Roe" is the subject of "warned"
    FakeParse p = FakeParse.of("Per|IN|2|case Roe|NNP|8|nsubj|PERSON +,|,|2|punct a|DT|6|det former|JJ|6|amod "
        + "governor|NN|2|appos +,|,|2|punct warned|VBD|0|root that|IN|11|mark rates|NNS|11|nsubj were|VBD|11|cop "
        + "high|JJ|8|ccomp +.|.|8|punct");
    assertEquals(List.of(), p.extract("according-to"));
  }
}
