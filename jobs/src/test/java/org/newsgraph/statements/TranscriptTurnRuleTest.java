package org.newsgraph.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTurnRuleTest {
  @Test
  void everySentenceOfATurnIsADirectStatementByTheLabelledSpeaker() {
    FakeParse p = FakeParse.of(
        "Q|NN +.|. How|WRB was|VBD the|DT final|NN +?|.",
        "¶ PETER|NNP|0|x|PERSON KRAUS|NNP|0|x|PERSON +:|: It|PRP was|VBD hard|JJ +.|.",
        "We|PRP won|VBD anyway|RB +.|.",
        "¶ I|PRP am|VBP tired|JJ now|RB +.|.",
        "¶ Q|NN +.|. Thanks|NNS +.|.");
    assertEquals(List.of(
            "0:null|say|How was the final|direct",
            "1:peter kraus|say|It was hard|direct",
            "2:peter kraus|say|We won anyway|direct",
            "3:peter kraus|say|I am tired now|direct",
            "4:null|say|Thanks|direct"),
        p.extract("transcript-turn"));
  }

  @Test
  void aLastParagraphAboutTheLabelledSpeakerInTheThirdPersonEndsTheTurn() {
    // "GOVERNOR ROE: We won. ¶ The governor then left. ¶": narration, not her words
    FakeParse p = FakeParse.of(
        "Q|NN +.|. Who|WP won|VBD +?|.",
        "¶ GOVERNOR|NNP ROE|NNP +:|: We|PRP won|VBD +.|.",
        "¶ The|DT governor|NN then|RB left|VBD +.|.");
    assertEquals(List.of("0:null|say|Who won|direct", "1:null|say|We won|direct"), p.extract("transcript-turn"));
    // "... ¶ The governor then said we had won.": her words about herself keep the turn going
    FakeParse own = FakeParse.of(
        "Q|NN +.|. Who|WP won|VBD +?|.",
        "¶ GOVERNOR|NNP ROE|NNP +:|: We|PRP won|VBD +.|.",
        "¶ The|DT governor|NN then|RB thanked|VBD us|PRP +.|.");
    assertEquals(3, own.extract("transcript-turn").size());
    // "Roe: ... ¶ Roe pauses, pours tea and smiles.": narration of any verb, between two of her turns
    FakeParse pause = FakeParse.of(
        "Q|NN +:|: Why|WRB +?|.",
        "¶ Roe|NNP +:|: It|PRP rained|VBD +.|.",
        "¶ Roe|NNP pauses|VBZ +,|, pours|VBZ tea|NN and|CC smiles|VBZ +.|.",
        "¶ Roe|NNP +:|: It|PRP still|RB does|VBZ +.|.");
    assertEquals(List.of("0:null|say|Why|direct", "1:null|say|It rained|direct", "3:null|say|It still does|direct"),
        pause.extract("transcript-turn"));
  }

  @Test
  void aSingleLabelledLineIsNoTranscript() {
    FakeParse p = FakeParse.of("UPDATE|NN +:|: The|DT road|NN is|VBZ open|JJ +.|.",
        "¶ Traffic|NN moves|VBZ again|RB +.|.");
    assertEquals(List.of(), p.extract("transcript-turn"));
  }

  @Test
  void aLabelResolvesToAPersonOfTheStoryByLastName() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Kraus|NNP|0|x|PERSON spoke|VBD to|IN us|PRP +.|.",
        "¶ KRAUS|NNP +:|: Prices|NNS will|MD fall|VB +.|.",
        "¶ REPORTER|NN +:|: When|WRB +?|.");
    assertEquals(List.of("1:anna kraus|say|Prices will fall|direct", "2:null|say|When|direct"),
        p.extract("transcript-turn"));
  }

  @Test
  void tallyLinesAndPlaceHeadingsAreNoTurns() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +:|: 1,769|CD +.|.",
        "¶ Peter|NNP|1|x|PERSON Smith|NNP|1|x|PERSON +:|: 1,501|CD +.|.",
        "¶ Freedonia|NNP|2|x|LOCATION +:|: Jan|NNP|3|x|PERSON Kraus|NNP|3|x|PERSON +,|, Ola|NNP|4|x|PERSON Berg|NNP|4|x|PERSON +.|.",
        "¶ Roe|NNP +:|: We|PRP will|MD win|VB +.|.");
    assertEquals(List.of("3:anna roe|say|We will win|direct"), p.extract("transcript-turn"));
    // "Roe: 1,769. ¶ Smith: 1,501. ¶ Roe: 2,316. ¶ Roe needs 67 more.": the tally's lines have no turns to continue
    FakeParse tally = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +:|: 1,769|CD +.|.",
        "¶ Peter|NNP|1|x|PERSON Smith|NNP|1|x|PERSON +:|: 1,501|CD +.|.",
        "¶ Roe|NNP +:|: 2,316|CD +.|.",
        "¶ Smith|NNP|3|x|PERSON needs|VBZ 67|CD more|JJR +.|.",
        "¶ The|DT count|NN goes|VBZ on|RP +.|.");
    assertEquals(List.of(), tally.extract("transcript-turn"));
  }

  @Test
  void answersAreByThePersonIntroducedBeforeTheInterviewWhichEndsAtAParagraphOfNarration() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Kraus|NNP|0|x|PERSON spoke|VBD to|IN us|PRP +.|.",
        "¶ Q|NN +:|: Will|MD prices|NNS fall|VB +?|.",
        "¶ A|DT +:|: No|UH +.|.",
        "¶ Kraus|NNP|2|nsubj|PERSON said|VBD|0|root she|PRP|4|nsubj erred|VBD|2|ccomp +.|.|2|punct");
    assertEquals(List.of("1:null|say|Will prices fall|direct", "2:anna kraus|say|No|direct",
        "3:kraus|say|she erred|indirect"), p.extract("cue-verb", "transcript-turn"));
  }

  @Test
  void aClosingParagraphAboutTheAnsweringPersonByNameEndsTheInterview() {
    // "Anna Kraus spoke to us. ¶ Q: Why pencil? ¶ A: I like it. ¶ Kraus's novel is out on Tuesday."
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Kraus|NNP|0|x|PERSON spoke|VBD to|IN us|PRP +.|.",
        "¶ Q|NN +:|: Why|WRB pencil|NN +?|.",
        "¶ A|DT +:|: I|PRP like|VBP it|PRP +.|.",
        "¶ Kraus|NNP|0|x|PERSON +'s|POS novel|NN is|VBZ out|RB on|IN Tuesday|NNP +.|.");
    assertEquals(List.of("1:null|say|Why pencil|direct", "2:anna kraus|say|I like it|direct"),
        p.extract("transcript-turn"));
  }

  @Test
  void anUnlabelledQuestionBetweenTwoTurnsOfOneSpeakerIsTheInterviewers() {
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Kraus|NNP|0|x|PERSON spoke|VBD to|IN us|PRP +.|.",
        "¶ Kraus|NNP +:|: Prices|NNS are|VBP high|JJ +.|.",
        "¶ They|PRP will|MD fall|VB +.|.",
        "¶ Will|MD rates|NNS rise|VB +?|.",
        "¶ Kraus|NNP +:|: Not|RB yet|RB +.|.",
        "¶ And|CC then|RB +?|.",
        "¶ Kraus|NNP +:|: We|PRP will|MD see|VB +.|.");
    assertEquals(List.of("1:anna kraus|say|Prices are high|direct", "2:anna kraus|say|They will fall|direct",
        "4:anna kraus|say|Not yet|direct", "6:anna kraus|say|We will see|direct"), p.extract("transcript-turn"));
  }

  @Test
  void aSpeakersOwnPerformativeInsideHerTurnIsNoStatementButAnotherSourceIsKept() {
    // 'As we said, ...' inside Kraus's turn is her own speech; 'critics say ...' in the question is theirs
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Kraus|NNP|0|x|PERSON spoke|VBD to|IN us|PRP +.|.",
        "¶ Q|NN|4|dep +:|:|4|punct Critics|NNS|4|nsubj say|VBP|0|root prices|NNS|6|nsubj rose|VBD|4|ccomp +.|.|4|punct",
        "¶ KRAUS|NNP|4|dep +:|:|4|punct We|PRP|4|nsubj said|VBD|0|root prices|NNS|7|nsubj would|MD|7|aux fall|VB|4|ccomp"
            + " +.|.|4|punct");
    assertEquals(List.of("1:null|say|Critics say prices rose|direct", "1:null|say|prices rose|indirect",
        "2:anna kraus|say|We said prices would fall|direct"),
        p.extract("cue-verb", "transcript-turn", "nested-cue-filter"));
  }
}
