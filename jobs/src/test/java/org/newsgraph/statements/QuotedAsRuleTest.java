package org.newsgraph.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedAsRuleTest {
  private static List<String> rows(FakeParse p, String... sieves) {
    return p.extractStatements(sieves).stream()
        .map(r -> r.speakerText() + "|" + r.speakerEntityId() + "|" + r.cueText() + "|" + r.cueLemma() + "|"
            + r.content())
        .toList();
  }

  @Test
  void theMediumQuotingSomeoneGivesThePersonQuotedAsSpeaker() {
    FakeParse p = FakeParse.of("State|NN radio|NN quoted|VBD Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, head|NN "
        + "of|IN the|DT agency|NN +,|, as|IN saying|VBG the|DT dam|NN would|MD hold|VB +.|.");
    assertEquals(List.of("Anna Roe, head of the agency|anna roe|quoted|quote|the dam would hold"),
        rows(p, "quoted-as"));
    FakeParse unnamed = FakeParse.of("The|DT paper|NN quoted|VBD an|DT Acme|NNP|0|x|ORGANIZATION official|NN as|IN "
        + "saying|VBG the|DT dam|NN would|MD hold|VB +.|.");
    assertEquals(List.of("an Acme official|null|quoted|quote|the dam would hold"), rows(unnamed, "quoted-as"),
        "an official of a named body is not the body");
  }

  @Test
  void aTimeAdjunctOfTheSayingAndItsThatAreNotWhatWasSaid() {
    FakeParse p = FakeParse.of("State|NN radio|NN quoted|VBD Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON as|IN saying|VBG "
        + "on|IN Wednesday|NNP that|IN the|DT dam|NN would|MD hold|VB +.|.");
    assertEquals(List.of("Anna Roe|anna roe|quoted|quote|the dam would hold"), rows(p, "quoted-as"));
    // a "that" after a noun opens a relative clause of what was said
    FakeParse relative = FakeParse.of("State|NN radio|NN quoted|VBD Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON as|IN "
        + "saying|VBG the|DT dam|NN that|WDT failed|VBD was|VBD old|JJ +.|.");
    assertEquals(List.of("Anna Roe|anna roe|quoted|quote|the dam that failed was old"), rows(relative, "quoted-as"));
  }

  @Test
  void thePassiveSubjectIsThePersonQuoted() {
    // "Anna Roe, the deputy mayor, was quoted by the paper as saying the dam would hold."
    FakeParse p = FakeParse.of("Anna|NNP|2|compound|PERSON Roe|NNP|9|nsubj:pass|PERSON +,|,|2|punct the|DT|6|det "
        + "deputy|NN|6|compound mayor|NN|2|appos +,|,|2|punct was|VBD|9|aux:pass quoted|VBN|0|root by|IN|12|case "
        + "the|DT|12|det paper|NN|9|obl:agent as|IN|14|mark saying|VBG|9|advcl the|DT|16|det dam|NN|18|nsubj "
        + "would|MD|18|aux hold|VB|14|ccomp +.|.|9|punct");
    assertEquals(List.of("Anna Roe, the deputy mayor|anna roe|quoted|quote|the dam would hold"), rows(p, "quoted-as"));
    // "The mayor was quoted as saying": no medium named
    FakeParse bare = FakeParse.of("The|DT|2|det mayor|NN|4|nsubj:pass was|VBD|4|aux:pass quoted|VBN|0|root "
        + "as|IN|6|mark saying|VBG|4|advcl it|PRP|8|nsubj held|VBD|6|ccomp +.|.|4|punct");
    assertEquals(List.of("The mayor|null|quoted|quote|it held"), rows(bare, "quoted-as"));
  }

  @Test
  void theAddresseeOfTellingIsNotWhatWasSaid() {
    FakeParse p = FakeParse.of("The|DT paper|NN quoted|VBD Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON as|IN telling|VBG "
            + "reporters|NNS the|DT dam|NN would|MD hold|VB +.|.",
        "It|PRP quoted|VBD Peter|NNP|0|x|PERSON as|IN telling|VBG them|PRP that|IN it|PRP was|VBD over|RB +.|.");
    assertEquals(List.of("Anna Roe|anna roe|quoted|quote|the dam would hold", "Peter|peter|quoted|quote|it was over"),
        rows(p, "quoted-as"));
  }

  @Test
  void itReplacesARowThatGaveTheParticipleTheMediumAsSpeaker() {
    // "State radio quoted Anna Roe as saying the dam would hold.", parsed with "saying" as an adverbial clause of
    // "quoted", whose subject the participle rule would take
    FakeParse p = FakeParse.of("State|NN|2|compound radio|NN|3|nsubj quoted|VBD|0|root Anna|NNP|5|compound|PERSON "
        + "Roe|NNP|3|obj|PERSON as|IN|7|mark saying|VBG|3|advcl the|DT|9|det dam|NN|11|nsubj would|MD|11|aux "
        + "hold|VB|7|ccomp +.|.|3|punct");
    assertEquals(List.of("Anna Roe|anna roe|quoted|quote|the dam would hold"), rows(p, "cue-verb", "quoted-as"));
  }

  @Test
  void thePassiveAndQuotingWithoutAReportingParticipleAreLeftAlone() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON was|VBD quoted|VBN as|IN saying|VBG it|PRP "
            + "was|VBD over|RB +.|.",
        "The|DT paper|NN quoted|VBD Peter|NNP|0|x|PERSON as|IN an|DT expert|NN +.|.");
    assertEquals(List.of(), rows(p, "quoted-as"));
  }
}
