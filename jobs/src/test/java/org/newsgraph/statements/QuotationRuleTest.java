package org.newsgraph.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation attribution on token-only sentences (no parses): marks, cues and names decide. */
class QuotationRuleTest {
  private static final String NAMED = "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON coached|VBD the|DT team|NN +.|.";

  @Test
  void everySentenceOfAQuotationGetsTheSpeakerAndCueAfterIt() {
    FakeParse p = FakeParse.of(NAMED,
        "“|`` +We|PRP lost|VBD +.|.",
        "Nobody|NN gave|VBD us|PRP a|DT chance|NN +.|.",
        "We|PRP will|MD be|VB stronger|JJR +,|, +”|'' she|PRP said|VBD +.|.");
    assertEquals(List.of("1:anna roe|say|We lost|direct", "2:anna roe|say|Nobody gave us a chance|direct",
        "3:anna roe|say|We will be stronger|direct"), p.extract("quotation"));
  }

  @Test
  void aPartyAndStateAfterTheSpeakerAndAShowsTitleAfterTheCue() {
    // '“We are within reach,” Roe, D-Ore., told FNN's “Sunday Talk.”': the hyphen inside "D-Ore." does not end the
    // appositive, and the show's title after a possessive is no quotation of its own
    FakeParse p = FakeParse.of("“|`` +We|PRP are|VBP within|IN reach|NN +,|, +”|'' Roe|NNP|0|x|PERSON +,|, D|NNP "
        + "+-|HYPH +Ore.|NNP +,|, told|VBD FNN|NNP|0|x|ORGANIZATION +'s|POS “|`` +Sunday|NNP Talk|NNP +.|. +”|''");
    assertEquals(List.of("0:roe|tell|We are within reach|direct"), p.extract("quotation"));
    // 'Appearing on FNN's “Sunday Talk,” he called the plan “a giveaway.”'
    FakeParse title = FakeParse.of(NAMED, "Appearing|VBG on|IN FNN|NNP|0|x|ORGANIZATION +'s|POS “|`` +Sunday|NNP "
        + "Talk|NNP +,|, +”|'' he|PRP called|VBD the|DT plan|NN “|`` +a|DT giveaway|NN +.|. +”|''");
    assertTrue(title.extract("quotation").stream().noneMatch(r -> r.contains("Sunday Talk")),
        title.extract("quotation").toString());
  }

  @Test
  void aOneWordQuotationOpeningItsSentenceIsAttributed() {
    // '“Meh,” wrote a supporter who runs the account.': the one word is what was written; a scare-quoted word inside a
    // sentence is not ('The so-called “reform,” critics said, was a tax rise.')
    FakeParse p = FakeParse.of("“|`` +Meh|UH +,|, +”|'' wrote|VBD a|DT supporter|NN who|WP runs|VBZ the|DT "
        + "account|NN +.|.");
    assertEquals(List.of("0:null|write|Meh|direct"), p.extract("quotation"));
    FakeParse scare = FakeParse.of("The|DT so-called|JJ “|`` +reform|NN +,|, +”|'' critics|NNS said|VBD +,|, was|VBD "
        + "a|DT tax|NN rise|NN +.|.");
    assertEquals(List.of(), scare.extract("quotation"));
  }

  @Test
  void namesDefinedInBracketsAreNoQuotations() {
    // 'Acme Inc. (“Acme” or “the Company”) today announced a deal.': a press release's defined names
    FakeParse p = FakeParse.of("Acme|NNP|0|x|ORGANIZATION Inc.|NNP|0|x|ORGANIZATION (|-LRB- +“|`` +Acme|NNP +”|'' "
        + "or|CC “|`` +the|DT Company|NNP +”|'' +)|-RRB- today|NN announced|VBD a|DT deal|NN +.|.");
    assertEquals(List.of(), p.extract("quotation"));
  }

  @Test
  void aClauseOfTheStoryBetweenAQuotationAndACueIsNoSpeaker() {
    // 'Roe stars in videos he calls “Shop Smart TV,” pointing to bottles of cola and telling viewers that sugar is
    // “a poison.”'
    FakeParse p = FakeParse.of("Roe|NNP|0|x|PERSON stars|VBZ in|IN videos|NNS he|PRP calls|VBZ “|`` +Shop|NNP "
        + "Smart|NNP TV|NNP +,|, +”|'' pointing|VBG to|TO bottles|NNS of|IN cola|NN and|CC telling|VBG viewers|NNS "
        + "that|IN sugar|NN is|VBZ “|`` +a|DT poison|NN +.|. +”|''");
    List<String> rows = p.extract("quotation");
    assertTrue(rows.stream().noneMatch(r -> r.contains("Shop Smart TV")), rows.toString());
  }

  @Test
  void aQuotationInsideTheOpeningQuestionIsNotTheAnswer() {
    // 'Asked whether the mayor “has the integrity to serve,” 75 percent of voters said yes.'
    FakeParse p = FakeParse.of("Asked|VBN|17|nsubj whether|IN|6|mark the|DT|4|det mayor|NN|6|nsubj “|``|6|punct "
        + "+has|VBZ|1|ccomp the|DT|8|det integrity|NN|6|obj to|TO|10|mark serve|VB|6|ccomp +,|,|17|punct "
        + "+”|''|17|punct 75|CD|14|nummod percent|NN|17|nsubj of|IN|16|case voters|NNS|14|nmod:of said|VBD|0|root "
        + "yes|UH|17|discourse +.|.|17|punct");
    assertEquals(List.of("0:null|say|yes|indirect"), p.extract("cue-verb", "quotation"));
  }

  @Test
  void aSpeakersLabelBeforeAColonAndAQuotationIsTheSpeaker() {
    // 'Jane Roe, Acme Bank: “Prices will fall. Rates will follow.”' in a round-up of reactions
    FakeParse p = FakeParse.of(NAMED,
        "¶ Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, Acme|NNP|0|x|ORGANIZATION Bank|NNP|0|x|ORGANIZATION +:|: "
            + "“|`` +Prices|NNS will|MD fall|VB +.|.",
        "Rates|NNS will|MD follow|VB +.|. +”|''");
    assertEquals(List.of("1:jane roe|say|Prices will fall|direct", "2:jane roe|say|Rates will follow|direct"),
        p.extract("quotation"));
    // not a label that is hers ("Roe's verdict:") or has a verb ("Acme was right:")
    FakeParse hers = FakeParse.of(NAMED,
        "¶ Roe|NNP|0|x|PERSON +'s|POS verdict|NN +:|: “|`` +Prices|NNS will|MD fall|VB +.|. +”|''");
    assertEquals(List.of(), hers.extract("quotation"));
    FakeParse verb = FakeParse.of(NAMED,
        "¶ Acme|NNP|0|x|ORGANIZATION was|VBD right|JJ +:|: “|`` +Prices|NNS will|MD fall|VB +.|. +”|''");
    assertEquals(List.of(), verb.extract("quotation"));
    // nor a newsletter's heading that quotes a title ('FAREWELL — “Acme to close,” by Jane Roe: “...”')
    FakeParse heading = FakeParse.of(NAMED, "¶ FAREWELL|NN —|: “|`` +Acme|NNP|0|x|ORGANIZATION to|TO "
        + "close|VB +,|, "
        + "+”|'' by|IN Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +:|: “|`` +Prices|NNS will|MD fall|VB +.|. +”|''");
    assertTrue(heading.extract("quotation").stream().noneMatch(r -> r.contains("Prices will fall")),
        heading.extract("quotation").toString());
  }

  @Test
  void theWordsAfterAPossessedLeadInNounAndAColonAreThePossessors() {
    // "Roe's message was blunt: “Prices will fall.”", "His answer was simple: ..."
    FakeParse p = FakeParse.of(NAMED, "Roe|NNP|3|nmod:poss|PERSON +'s|POS|1|case message|NN|5|nsubj was|VBD|5|cop "
        + "blunt|JJ|0|root +:|:|5|punct “|``|10|punct +Prices|NNS|10|nsubj will|MD|10|aux fall|VB|5|parataxis "
        + "+.|.|10|punct +”|''|10|punct");
    assertEquals(List.of("1:roe|say|Prices will fall|direct"), p.extract("quotation"));
    // not a lead-in noun ("Roe's mood was grim: ...") nor a possessor who is no source ("The plan's message ...")
    FakeParse mood = FakeParse.of(NAMED, "Roe|NNP|3|nmod:poss|PERSON +'s|POS|1|case mood|NN|5|nsubj was|VBD|5|cop "
        + "grim|JJ|0|root +:|:|5|punct “|``|10|punct +Prices|NNS|10|nsubj will|MD|10|aux fall|VB|5|parataxis "
        + "+.|.|10|punct +”|''|10|punct");
    assertEquals(List.of(), mood.extract("quotation"));
  }

  @Test
  void theWordsAfterALeadInNounFromSomeoneAndAColonAreTheirs() {
    // "The message from the mayor, Anna Roe, was blunt: “Prices will fall.”"
    FakeParse p = FakeParse.of(NAMED, "The|DT|2|det message|NN|11|nsubj from|IN|5|case the|DT|5|det "
        + "mayor|NN|2|nmod:from +,|,|5|punct Anna|NNP|8|compound|PERSON Roe|NNP|5|appos|PERSON +,|,|5|punct "
        + "was|VBD|11|cop blunt|JJ|0|root +:|:|11|punct “|``|15|punct +Prices|NNS|15|nsubj will|MD|15|aux "
        + "fall|VB|11|parataxis +.|.|15|punct +”|''|15|punct");
    assertEquals(List.of("1:anna roe|say|Prices will fall|direct"), p.extract("quotation"));
    // "The response from the market was swift: ...": no source the text names
    FakeParse market = FakeParse.of(NAMED, "The|DT|2|det response|NN|6|nsubj from|IN|5|case the|DT|5|det "
        + "market|NN|2|nmod:from was|VBD|7|cop swift|JJ|0|root +:|:|7|punct “|``|11|punct +Prices|NNS|11|nsubj "
        + "will|MD|11|aux fall|VB|7|parataxis +.|.|11|punct +”|''|11|punct");
    assertTrue(market.extract("quotation").stream().noneMatch(r -> r.contains("|respond|")),
        market.extract("quotation").toString());
  }

  @Test
  void aVerdictOrReplyAfterTheQuotationNamesItsSource() {
    // '“He is brilliant,” was Roe's verdict.', '“Not now,” came the reply from Acme.', '“We will appeal,” was his
    // response.', '“We stay” — that was the message from Acme on Monday.'; not '“A great night,” was the message
    // on the scoreboard.'
    FakeParse p = FakeParse.of(NAMED,
        "“|`` +He|PRP is|VBZ brilliant|JJ +,|, +”|'' was|VBD Roe|NNP|0|x|PERSON +'s|POS verdict|NN +.|.",
        "“|`` +Not|RB now|RB +,|, +”|'' came|VBD the|DT reply|NN from|IN Acme|NNP|0|x|ORGANIZATION +.|.",
        "“|`` +We|PRP will|MD appeal|VB +,|, +”|'' was|VBD his|PRP$ response|NN +.|.",
        "“|`` +We|PRP stay|VBP +”|'' —|: that|DT was|VBD the|DT message|NN from|IN Acme|NNP|0|x|ORGANIZATION "
            + "on|IN Monday|NNP +.|.",
        "“|`` +A|DT great|JJ night|NN +,|, +”|'' was|VBD the|DT message|NN on|IN the|DT scoreboard|NN +.|.");
    List<String> rows = p.extract("quotation");
    assertEquals(List.of("1:roe|say|He is brilliant|direct", "2:acme|say|Not now|direct",
        "3:roe|say|We will appeal|direct", "4:acme|say|We stay|direct"), rows);
  }

  @Test
  void aQuotationParagraphWithoutCueCarriesThePreviousSpeaker() {
    FakeParse p = FakeParse.of(NAMED,
        "“|`` +We|PRP lost|VBD +,|, +”|'' she|PRP said|VBD +.|.",
        "¶ “|`` +It|PRP was|VBD very|RB hard|JJ today|NN +.|. +”|''");
    assertEquals(List.of("1:anna roe|say|We lost|direct", "2:anna roe|say|It was very hard today|direct"),
        p.extract("quotation"));
  }

  @Test
  void aQuotationAfterOneSentenceOfWhatTheSpeakerDidCarriesTheSpeaker() {
    // '“We lost,” she said. Asked about the future, she shrugged. “I do not know.”'
    String shrugged = "Asked|VBN|7|advcl about|IN|4|case the|DT|4|det future|NN|1|obl +,|,|7|punct she|PRP|7|nsubj "
        + "shrugged|VBD|0|root +.|.|7|punct";
    FakeParse p = FakeParse.of(NAMED, "“|`` +We|PRP lost|VBD +,|, +”|'' she|PRP said|VBD +.|.", shrugged,
        "“|`` +I|PRP do|VBP not|RB know|VB +.|. +”|''");
    assertEquals(List.of("1:anna roe|say|We lost|direct", "3:anna roe|say|I do not know|direct"), p.extract("quotation"));
    // not when someone else is the subject of the sentence between ("Asked about the future, he shrugged.")
    FakeParse other = FakeParse.of(NAMED, "“|`` +We|PRP lost|VBD +,|, +”|'' she|PRP said|VBD +.|.",
        shrugged.replace("she|PRP", "he|PRP"), "“|`` +I|PRP do|VBP not|RB know|VB +.|. +”|''");
    assertEquals(List.of("1:anna roe|say|We lost|direct"), other.extract("quotation"));
  }

  @Test
  void aQuotationWithoutCueRightAfterAReportIsThatSourcesWithItsCue() {
    String urged = "Peter|NNP|2|compound|PERSON Smith|NNP|3|nsubj|PERSON urged|VBD|0|root residents|NNS|3|obj "
        + "to|TO|6|mark leave|VB|3|xcomp +.|.|3|punct";
    FakeParse p = FakeParse.of(urged, "“|`` +Please|UH go|VB +.|.", "Homes|NNS can|MD be|VB replaced|VBN +.|. +”|''");
    assertEquals(List.of("0:peter smith|urge|residents to leave|indirect", "1:peter smith|urge|Please go|direct",
        "2:peter smith|urge|Homes can be replaced|direct"), p.extract());
    // a quoted slogan inside a sentence is not a quotation of whole sentences
    FakeParse slogan = FakeParse.of(urged, "“|`` +Go|VB home|NN +”|'' was|VBD painted|VBN on|IN walls|NNS +.|.");
    assertEquals(List.of("0:peter smith|urge|residents to leave|indirect"), slogan.extract());
    // nor is a quotation after a sentence with two sources ("Peter Smith urged residents to leave as Anna said ...")
    FakeParse two = FakeParse.of("Peter|NNP|2|compound|PERSON Smith|NNP|3|nsubj|PERSON urged|VBD|0|root "
        + "residents|NNS|3|obj to|TO|6|mark leave|VB|3|xcomp as|IN|9|mark Anna|NNP|9|nsubj|PERSON said|VBD|3|advcl "
        + "homes|NNS|12|nsubj were|VBD|12|cop unsafe|JJ|9|ccomp +.|.|3|punct", "“|`` +Please|UH go|VB +.|. +”|''");
    assertEquals(List.of("0:peter smith|urge|residents to leave|indirect", "0:anna|say|homes were unsafe|indirect"),
        two.extract());
  }

  @Test
  void aQuotationRightAfterAReportThatTheSpeakerContinuesIsThatSources() {
    // 'Peter Smith raced. Team boss Anna Roe said that the row was over. “It was nothing. ¶ “He is competitive,”
    // he continued.': "he continued" goes on with Roe's words, though the pronoun alone would point to Smith
    String raced = "Peter|NNP|2|compound|PERSON Smith|NNP|3|nsubj|PERSON raced|VBD|0|root +.|.|3|punct";
    String said = "Team|NNP|4|compound boss|NNP|4|compound Anna|NNP|4|compound|PERSON Roe|NNP|5|nsubj|PERSON "
        + "said|VBD|0|root that|IN|10|mark the|DT|8|det row|NN|10|nsubj was|VBD|10|cop over|RB|5|ccomp +.|.|5|punct";
    FakeParse p = FakeParse.of(raced, said, "“|`` +It|PRP was|VBD nothing|NN +.|.",
        "¶ “|`` +He|PRP is|VBZ competitive|JJ +,|, +”|'' he|PRP continued|VBD +.|.");
    List<String> rows = p.extract();
    assertTrue(rows.contains("2:anna roe|continue|It was nothing|direct"), rows.toString());
    assertTrue(rows.contains("3:anna roe|continue|He is competitive|direct"), rows.toString());
    // after a paragraph break the pronoun decides: "he" is Smith
    FakeParse apart = FakeParse.of(raced, said, "¶ “|`` +He|PRP is|VBZ competitive|JJ +,|, +”|'' he|PRP "
        + "continued|VBD +.|.");
    assertTrue(apart.extract().contains("2:peter smith|continue|He is competitive|direct"), apart.extract().toString());
  }

  @Test
  void aWithPhraseBeforeAGerundCueSpeaksTheQuotation() {
    // "Fans rallied behind her, with one saying: “Leave her alone!”", parsed with "saying" as a modifier of "one"
    FakeParse p = FakeParse.of("Fans|NNS|2|nsubj rallied|VBD|0|root behind|IN|4|case her|PRP|2|obl +,|,|2|punct "
        + "with|IN|7|case one|CD|2|obl saying|VBG|7|amod +:|:|7|punct “|``|7|punct +Leave|VB|7|dep her|PRP|11|obj "
        + "alone|RB|11|advmod +!|.|2|punct +”|''|2|punct");
    assertEquals(List.of("0:null|say|Leave her alone|direct"), p.extract("quotation"));
    List<org.newsgraph.model.Statement> rows = p.extractStatements("quotation");
    assertEquals("one", rows.get(0).speakerText());
  }

  @Test
  void anInterruptedQuotationIsOneRow() {
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON arrived|VBD +.|.",
        "“|`` +We|PRP will|MD +,|, +”|'' he|PRP said|VBD +,|, “|`` +win|VB the|DT cup|NN +.|. +”|''");
    assertEquals(List.of("1:peter smith|say|We will,” he said, “win the cup|direct"), p.extract("quotation"));
  }

  @Test
  void aQuotationBeforeItsCueReplacesTheUnquotedClauseTheParserHungOnTheCue() {
    // "which did not address it" is a relative clause on "statement", parsed as the complement of "said"
    FakeParse p = FakeParse.of("“|``|3|punct +There|EX|3|expl are|VBP|0|root signs|NNS|3|nsubj of|IN|6|case "
        + "life|NN|4|nmod +,|,|3|punct +”|''|3|punct the|DT|10|det ministry|NN|11|nsubj said|VBD|3|parataxis "
        + "in|IN|14|case a|DT|14|det statement|NN|11|obl +,|,|11|punct which|WDT|19|nsubj did|VBD|19|aux "
        + "not|RB|19|advmod address|VB|11|ccomp it|PRP|19|obj +.|.|3|punct");
    assertEquals(List.of("0:null|say|which did not address it|indirect"), p.extract("cue-verb"));
    assertEquals(List.of("0:null|say|There are signs of life|direct"), p.extract());
  }

  @Test
  void howSomeonePutItIsWhatTheySaidInQuotationMarks() {
    // "One voter put it simply: “I want change.” She put it on the table."
    FakeParse p = FakeParse.of(
        "One|CD|2|nummod voter|NN|3|nsubj put|VBD|0|root it|PRP|3|obj simply|RB|3|advmod +:|:|3|punct “|``|9|punct "
            + "+I|PRP|9|nsubj want|VBP|3|parataxis change|NN|9|obj +.|.|9|punct +”|''|9|punct",
        "She|PRP|2|nsubj put|VBD|0|root it|PRP|2|obj on|IN|6|case the|DT|6|det table|NN|2|obl +.|.|2|punct");
    assertEquals(List.of("0:null|put it|I want change|direct"), p.extract());
  }

  @Test
  void anInvertedSpeakerKeepsTheHyphensOfItsWords() {
    // "Anna Roe, 29, batted all day. “It was hard,” said the 29-year-old."
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, 29|CD +,|, batted|VBD all|DT day|NN +.|.",
        "“|`` +It|PRP was|VBD hard|JJ +,|, +”|'' said|VBD the|DT 29|CD +-|HYPH +year|NN +-|HYPH +old|NN +.|.");
    assertEquals(List.of("1:anna roe|say|It was hard|direct"), p.extract("quotation"));
    // "“It was hard,” explained Sylvania-based lawyer Jane Roe.": a verb after such a hyphen is a modifier's
    FakeParse based = FakeParse.of("“|`` +It|PRP was|VBD hard|JJ +,|, +”|'' explained|VBD Sylvania|NNP|0|x|LOCATION "
        + "+-|HYPH +based|VBN lawyer|NN Jane|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +.|.");
    assertEquals(List.of("0:jane roe|explain|It was hard|direct"), based.extract("quotation"));
  }

  @Test
  void aTitleOpeningWithAHyphenatedPrepositionIsNoSubordinateClause() {
    // "“It will pass,” Under-Secretary-General Anna Roe told the council.": "Under" opens her title
    FakeParse p = FakeParse.of("“|`` +It|PRP will|MD pass|VB +,|, +”|'' Under|IN +-|HYPH +Secretary|NNP +-|HYPH "
        + "+General|NNP Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON told|VBD the|DT council|NN +.|.");
    assertEquals(List.of("0:anna roe|tell|It will pass|direct"), p.extract("quotation"));
    // "“It will pass,” under pressure Anna Roe told the council." keeps reading a clause before the name
    FakeParse under = FakeParse.of("“|`` +It|PRP will|MD pass|VB +,|, +”|'' under|IN pressure|NN "
        + "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON told|VBD the|DT council|NN +.|.");
    assertEquals(List.of(), under.extract("quotation"));
  }

  @Test
  void aParaphraseOpenedByTheCueThenAQuotationIsMixed() {
    // "A senior aide, who asked not to be named, said the city hoped for a deal but that “nobody is naive”.",
    // parsed with "said" as a relative clause and the quotation hung on "hoped"
    FakeParse p = FakeParse.of("A|DT|3|det senior|JJ|3|amod aide|NN|15|nsubj +,|,|3|punct who|WP|3|ref asked|VBD|12|nsubj "
        + "not|RB|10|advmod to|TO|10|mark be|VB|10|aux:pass named|VBN|6|xcomp +,|,|12|punct said|VBD|3|acl:relcl "
        + "the|DT|14|det city|NN|12|obj hoped|VBD|0|root for|IN|18|case a|DT|18|det deal|NN|15|obl but|CC|24|cc "
        + "that|IN|24|mark “|``|24|punct +nobody|NN|24|nsubj is|VBZ|24|cop naive|JJ|15|conj +”|''|24|punct +.|.|15|punct");
    assertEquals(List.of("0:null|say|the city hoped for a deal but that “nobody is naive|mixed"), p.extract());
  }

  @Test
  void aTitleBeforeACueThatOpensAParaphraseIsNoPartOfIt() {
    // "After Acme released “Star Run,” Anna Roe acknowledged that sales had fallen."
    FakeParse p = FakeParse.of("After|IN|3|mark Acme|NNP|3|nsubj|ORGANIZATION released|VBD|11|advcl “|``|6|punct "
        + "+Star|NNP|6|compound Run|NNP|3|obj +,|,|3|punct +”|''|3|punct Anna|NNP|10|compound|PERSON "
        + "Roe|NNP|11|nsubj|PERSON acknowledged|VBD|0|root that|IN|15|mark sales|NNS|15|nsubj had|VBD|15|aux "
        + "fallen|VBN|11|ccomp +.|.|11|punct");
    assertEquals(List.of("0:anna roe|acknowledge|sales had fallen|indirect"), p.extract());
  }

  @Test
  void aCueBeforeAColonOrAnInvertedCueAfterTheQuotation() {
    FakeParse p = FakeParse.of(
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON said|VBD +:|: “|`` +The|DT plan|NN is|VBZ dead|JJ +.|. +”|''",
        "“|`` +It|PRP will|MD pass|VB +,|, +”|'' said|VBD Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, a|DT historian|NN +.|.");
    assertEquals(List.of("0:peter smith|say|The plan is dead|direct", "1:anna roe|say|It will pass|direct"),
        p.extract("quotation"));
  }

  @Test
  void aNameOrAPairOfNamesBeforeAColonAfterARunInHeadingAndADash() {
    FakeParse p = FakeParse.of(
        "POLLS|NNP CLOSE|VBP EARLY|RB -|: Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON and|CC Peter|NNP|0|x|PERSON "
            + "Smith|NNP|0|x|PERSON +:|: “|`` +The|DT count|NN was|VBD early|JJ +.|. +”|''",
        "Voters|NNS backed|VBD Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +:|: “|`` +She|PRP won|VBD +.|. +”|''");
    assertEquals(List.of("0:null|say|The count was early|direct"), p.extract("quotation"));
    assertEquals("group", p.extractStatements("quotation").get(0).speakerResolution());
  }

  @Test
  void aPersonPresentedOrIntroducedByRoleBeforeAColon() {
    FakeParse p = FakeParse.of(
        "The|DT surge|NN surprised|VBD analyst|NN Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +:|: "
            + "“|`` +Leaders|NNS often|RB fade|VBP +.|. +”|''",
        "Here|RB +’s|VBZ Mayor|NNP Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON at|IN a|DT rally|NN last|JJ "
            + "year|NN +:|: “|`` +We|PRP must|MD change|VB +.|. +”|''",
        "More|JJR from|IN Roe|NNP|0|x|PERSON +:|: “|`` +The|DT count|NN was|VBD early|JJ +.|. +”|''",
        "Rep.|NNP|0|x|PERSON Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON (|-LRB- +R-Ohio|NNP +)|-RRB- +:|: "
            + "+“|`` +Nobody|NN asked|VBD me|PRP +.|. +”|''",
        // a person a letter went to is not who wrote what follows
        "The|DT letter|NN went|VBD to|TO Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +:|: “|`` +Dear|JJ madam|NN +,|, "
            + "we|PRP regret|VBP the|DT delay|NN +.|. +”|''");
    assertEquals(List.of("0:anna roe|say|Leaders often fade|direct", "1:peter smith|say|We must change|direct",
        "2:roe|say|The count was early|direct", "3:rep. peter smith|say|Nobody asked me|direct"),
        p.extract("quotation"));
  }

  @Test
  void aDocumentPresentedBeforeAColonIsTheSource() {
    FakeParse p = FakeParse.of("From|IN the|DT report|NN +:|: “|`` +Samples|NNS were|VBD small|JJ +.|. +”|''");
    assertEquals(List.of("0:null|say|Samples were small|direct"), p.extract("quotation"));
    assertEquals("the report", p.extractStatements("quotation").get(0).speakerText());
  }

  @Test
  void aNameWithAnAppositiveBetweenCommasBeforeTheCue() {
    FakeParse p = FakeParse.of("“|`` +We|PRP are|VBP friends|NNS +,|, +”|'' Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON "
            + "+,|, 57|CD +,|, told|VBD a|DT voter|NN +.|.",
        "“|`` +It|PRP will|MD pass|VB +,|, +”|'' Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, a|DT historian|NN "
            + "+,|, said|VBD +.|.",
        // a clause between the commas is no appositive of a speaker, unless it is a relative clause
        "“|`` +It|PRP will|MD fail|VB +,|, +”|'' Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, she|PRP left|VBD "
            + "+,|, said|VBD +.|.");
    assertEquals(List.of("0:peter smith|tell|We are friends|direct", "1:anna roe|say|It will pass|direct"),
        p.extract("quotation"));
  }

  @Test
  void aRoleWithAnAppositiveNameOrRelativeClauseBeforeTheCue() {
    FakeParse p = FakeParse.of("“|`` +We|PRP are|VBP friends|NNS +,|, +”|'' the|DT mayor|NN +'s|POS deputy|NN +,|, "
            + "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON +,|, told|VBD a|DT voter|NN +.|.",
        "“|`` +It|PRP will|MD pass|VB +,|, +”|'' one|CD voter|NN +,|, who|WP gave|VBD only|RB her|PRP$ name|NN "
            + "+,|, told|VBD Peter|NNP|0|x|PERSON +.|.");
    assertEquals(List.of("0:peter smith|tell|We are friends|direct", "1:null|tell|It will pass|direct"),
        p.extract("quotation"));
    assertEquals("one voter", p.extractStatements("quotation").get(1).speakerText());
  }

  @Test
  void aPersonWhoseClauseEndsInAColonIsTheEvidentSpeaker() {
    FakeParse p = FakeParse.of("Anna|NNP|3|nsubj|PERSON was|VBD|3|cop blunt|JJ|0|root +:|:|3|punct “|``|7|punct "
            + "+We|PRP|7|nsubj lost|VBD|3|parataxis +.|.|3|punct +”|''|3|punct",
        "The|DT|2|det result|NN|4|nsubj was|VBD|4|cop clear|JJ|0|root +:|:|4|punct “|``|8|punct "
            + "+We|PRP|8|nsubj won|VBD|4|parataxis +.|.|4|punct +”|''|4|punct");
    assertEquals(List.of("0:anna|say|We lost|direct"), p.extract("quotation"));
  }

  @Test
  void whoeverIssuedTheStatementOrMessageBeforeAColonSaidTheQuotation() {
    // "Acme, the maker, issued a short statement: “We regret the delay.”", the colon hung on the noun
    FakeParse issued = FakeParse.of("Acme|NNP|6|nsubj|ORGANIZATION +,|,|1|punct the|DT|4|det maker|NN|1|appos +,|,|1|punct "
        + "issued|VBD|0|root a|DT|9|det short|JJ|9|amod statement|NN|6|obj +:|:|9|punct “|``|9|punct +We|PRP|13|nsubj "
        + "regret|VBP|9|dep the|DT|15|det delay|NN|13|obj +.|.|6|punct +”|''|6|punct");
    assertEquals(List.of("0:acme|statement|We regret the delay|direct"), issued.extract());
  }

  @Test
  void aMessagePostedBeforeAColonIsTheQuotationNotTheNoun() {
    // "The mayor posted a message on Smalltalk: “Thank you.”": one row, the quotation, not "a message on ..."
    FakeParse posted = FakeParse.of("The|DT|2|det mayor|NN|3|nsubj posted|VBD|0|root a|DT|5|det message|NN|3|obj "
        + "on|IN|7|case Smalltalk|NNP|3|obl:on|ORGANIZATION +:|:|5|punct “|``|10|punct +Thank|VB|3|parataxis "
        + "you|PRP|10|obj +.|.|3|punct +”|''|3|punct");
    assertEquals(List.of("0:null|post|Thank you|direct"), posted.extract());
  }

  @Test
  void aClosedQuotationIsNotAttributedByTheNextParagraph() {
    // '“We lost.”' ending its paragraph, then 'Anna agreed. ...': she agrees, she did not say it
    FakeParse p = FakeParse.of("“|`` +We|PRP lost|VBD +.|. +”|''", "¶Anna|NNP|0|x|PERSON agreed|VBD +.|.");
    assertEquals(List.of(), p.extract("quotation"));
  }

  @Test
  void aCueInsideTheNextQuotationDoesNotStandForIt() {
    // "we can't conclude that ..." is the quoted speaker's own verb: the quotation still takes her as speaker
    FakeParse p = FakeParse.of("“|`` +It|PRP will|MD fail|VB +,|, +”|'' said|VBD Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +.|.",
        "“|``|6|punct +But|CC|6|cc we|PRP|6|nsubj can|MD|6|aux not|RB|6|advmod conclude|VB|0|root that|IN|15|mark "
            + "the|DT|9|det result|NN|15|nsubj of|IN|13|case one|CD|13|nummod small|JJ|13|amod study|NN|9|nmod "
            + "is|VBZ|15|cop true|JJ|6|ccomp +.|.|6|punct +”|''|6|punct");
    assertEquals(List.of("0:anna roe|say|It will fail|direct",
        "1:anna roe|say|But we can not conclude that the result of one small study is true|direct"), p.extract());
  }

  @Test
  void quotedAsTellingAndAuxiliariesStayOutOfTheSpeaker() {
    FakeParse p = FakeParse.of("“|`` +We|PRP will|MD help|VB +,|, +”|'' Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON was|VBD "
            + "quoted|VBN as|IN telling|VBG Peter|NNP|0|x|PERSON +.|.",
        "“|`` +It|PRP will|MD pass|VB +,|, +”|'' Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON has|VBZ said|VBN +.|.");
    assertEquals(List.of("Anna Roe|tell|We will help", "Peter Smith|say|It will pass"), speakerCueContent(p));
  }

  @Test
  void aLeadInSpeakerStartsAfterASubordinator() {
    // "As Anna Roe said last week, “...”"
    FakeParse p = FakeParse.of("As|IN Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON said|VBD last|JJ week|NN +,|, "
        + "“|`` +It|PRP will|MD pass|VB +.|. +”|''");
    assertEquals(List.of("Anna Roe|say|It will pass"), speakerCueContent(p));
  }

  @Test
  void aRetortNotTheClauseBeforeItIntroducesTheQuotation() {
    // "After Peter criticized her, Anna shot back, “...”"
    FakeParse p = FakeParse.of("After|IN Peter|NNP|0|x|PERSON criticized|VBD her|PRP +,|, Anna|NNP|0|x|PERSON "
        + "shot|VBD back|RP +,|, “|`` +It|PRP will|MD pass|VB +.|. +”|''");
    assertEquals(List.of("Anna|shoot back|It will pass"), speakerCueContent(p));
  }

  @Test
  void aLeadInCueCoordinatedWithAnotherVerbTakesThatVerbsSubject() {
    // "Asked whether he would win, he smiled and said: “...”": not "and"
    FakeParse pair = FakeParse.of("Asked|VBN whether|IN he|PRP would|MD win|VB +,|, he|PRP smiled|VBD and|CC "
        + "said|VBD +:|: “|`` +We|PRP will|MD see|VB +.|. +”|''");
    assertEquals(List.of("he|say|We will see"), speakerCueContent(pair));
    // "Anna backs the raise and recalled: “...”"
    FakeParse opens = FakeParse.of("Anna|NNP|0|x|PERSON backs|VBZ the|DT raise|NN and|CC recalled|VBD +:|: "
        + "“|`` +It|PRP was|VBD hard|JJ +.|. +”|''");
    assertEquals(List.of("Anna|recall|It was hard"), speakerCueContent(opens));
  }

  @Test
  void aVerbOfMannerAfterAQuotationAttributesIt() {
    // "“...,” she laughs." (a feature's style)
    FakeParse p = FakeParse.of("“|`` +It|PRP was|VBD quiet|JJ +,|, +”|'' Anna|NNP|0|x|PERSON laughs|VBZ +.|.");
    assertEquals(List.of("Anna|laugh|It was quiet"), speakerCueContent(p));
  }

  /** "speaker text|cue lemma|content" of the rows the quotation rule extracts. */
  private static List<String> speakerCueContent(FakeParse p) {
    return p.extractStatements("quotation").stream()
        .map(r -> r.speakerText() + "|" + r.cueLemma() + "|" + r.content()).toList();
  }

  @Test
  void aSentenceOfOnlySpeakerAndCueAfterAQuestionMarkAttributesTheQuotation() {
    FakeParse p = FakeParse.of("“|`` +Are|VBP they|PRP small|JJ hands|NNS +?|. +”|''",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON said|VBD +.|.",
        "“|`` +Who|WP knows|VBZ +?|. +”|''",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON said|VBD nothing|NN more|JJR +.|.");
    assertEquals(List.of("0:peter smith|say|Are they small hands|direct"), p.extract("quotation"));
  }

  @Test
  void aSentenceOfSpeakerCueAndPrepositionalAdjunctsAfterAQuestionMarkAttributesTheQuotation() {
    FakeParse p = FakeParse.of("“|`` +Is|VBZ it|PRP fair|JJ +?|. +”|''",
        "Peter|NNP|0|x|PERSON Smith|NNP|0|x|PERSON said|VBD at|IN a|DT rally|NN +,|, according|VBG to|IN "
            + "the|DT Bergen|NNP|0|x|ORGANIZATION Post|NNP|0|x|ORGANIZATION +.|.");
    assertEquals(List.of("0:peter smith|say|Is it fair|direct"), p.extract("quotation"));
  }

  @Test
  void aCueAfterAQuotationWithNoSpeakerBetweenIsNoAttribution() {
    // the mayor branded Roe a “weathervane” and attacked ...: the quotation is the mayor's, not "and"'s
    FakeParse p = FakeParse.of("The|DT mayor|NN branded|VBD Peter|NNP|0|x|PERSON a|DT “|`` +weathervane|NN who|WP "
        + "turns|VBZ with|IN every|DT wind|NN +”|'' and|CC criticized|VBD his|PRP$ record|NN +.|.");
    assertEquals(List.of(), p.extract("quotation"));
  }

  @Test
  void aCueAfterAQuotationFollowedByAClauseIsNoInvertedAttribution() {
    // 'Peter, calling it “a menu of bad choices,” said the plan was weak': not "the plan" said the quotation
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON +,|, calling|VBG it|PRP “|`` +a|DT menu|NN of|IN bad|JJ "
        + "choices|NNS +,|, +”|'' said|VBD the|DT plan|NN was|VBD weak|JJ +.|.");
    assertEquals(List.of(), p.extract("quotation"));
  }

  @Test
  void aTitledNameWithALongAppositiveOrARelativeClauseBeforeTheCue() {
    FakeParse p = FakeParse.of("“|`` +We|PRP will|MD win|VB +,|, +”|'' Senator|NNP Peter|NNP|0|x|PERSON Roe|NNP|0|x|PERSON "
            + "+,|, a|DT close|JJ adviser|NN to|TO the|DT governor|NN +,|, told|VBD FNN|NNP|0|x|ORGANIZATION +.|.",
        "“|`` +It|PRP is|VBZ over|RB +,|, +”|'' Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, who|WP served|VBD as|IN "
            + "his|PRP$ chief|NN of|IN staff|NN +,|, told|VBD FNN|NNP|0|x|ORGANIZATION +.|.");
    assertEquals(List.of("0:peter roe|tell|We will win|direct", "1:anna roe|tell|It is over|direct"),
        p.extract("quotation"));
  }

  @Test
  void afterAQuestionMarkTheNextSentenceMayAttributeTheQuotationWithAdjunctsAfterItsCue() {
    FakeParse p = FakeParse.of(NAMED,
        "“|`` +Who|WP knows|VBZ +?|. +”|''",
        "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON told|VBD a|DT radio|NN station|NN in|IN an|DT interview|NN "
            + "aired|VBN Monday|NNP when|WRB asked|VBN about|IN it|PRP +.|.",
        "“|`` +We|PRP won|VBD +.|. +”|''",
        "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON told|VBD the|DT crowd|NN she|PRP was|VBD happy|JJ +.|.");
    assertEquals(List.of("1:anna roe|tell|Who knows|direct"), p.extract("quotation").subList(0, 1));
    assertEquals(false, p.extract("quotation").stream().anyMatch(r -> r.startsWith("3:anna roe|tell")));
  }

  @Test
  void afterAQuestionMarkWhomTheQuestionWasPutToMayFollowTheCue() {
    // '“Why now?” Anna Roe asked the minister.' (but not '... asked the minister whether it was tested.')
    FakeParse p = FakeParse.of(NAMED,
        "“|`` +Why|WRB now|RB +?|. +”|''",
        "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON asked|VBD the|DT minister|NN +.|.",
        "“|`` +Why|WRB now|RB +?|. +”|''",
        "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON asked|VBD the|DT minister|NN whether|IN it|PRP was|VBD "
            + "tested|VBN +.|.");
    assertEquals(List.of("1:anna roe|ask|Why now|direct"), p.extract("quotation"));
  }

  @Test
  void aCueOpeningTheSentenceHasItsSpeakerAfterIt() {
    // 'Said Anna Roe, who grew up there, “We won.”' and 'Added the coach: “We won.”' (the salient person)
    FakeParse p = FakeParse.of("Said|VBD Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, who|WP grew|VBD up|RP "
            + "there|RB +,|, "
            + "“|`` +We|PRP won|VBD +.|. +”|''",
        "Added|VBD the|DT coach|NN +:|: “|`` +We|PRP won|VBD +.|. +”|''",
        "Said|VBD in|IN a|DT statement|NN +:|: “|`` +We|PRP won|VBD +.|. +”|''");
    assertEquals(List.of("0:anna roe|say|We won|direct", "1:anna roe|add|We won|direct"), p.extract("quotation"));
  }

  @Test
  void aParticipleLeadInWithNoReportInItsSentenceTakesTheOpeningSubject() {
    // 'Anna Roe took a risk, telling the crowd, “We won.”'; not after an opening adverbial ('In May, ...')
    FakeParse p = FakeParse.of("Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON took|VBD a|DT risk|NN +,|, telling|VBG the|DT "
            + "crowd|NN +,|, “|`` +We|PRP won|VBD +.|. +”|''",
        "In|IN May|NNP +,|, Peter|NNP|0|x|PERSON left|VBD +,|, telling|VBG the|DT crowd|NN +,|, “|`` +We|PRP "
            + "lost|VBD +.|. +”|''");
    assertEquals(List.of("0:anna roe|tell|We won|direct"), p.extract("quotation"));
  }

  @Test
  void afterAnExclamationMarkAParticipleAboutTheSayingMayFollowTheCue() {
    // '“Not fit!” Anna Roe tweeted, quoting the report.'
    FakeParse p = FakeParse.of(NAMED,
        "“|`` +Not|RB fit|JJ +!|. +”|''",
        "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON tweeted|VBD +,|, quoting|VBG the|DT report|NN +.|.");
    assertEquals(List.of("1:anna roe|tweet|Not fit|direct"), p.extract("quotation"));
  }

  @Test
  void scareQuotesWithoutACueMakeNoRow() {
    FakeParse p = FakeParse.of("The|DT “|`` +traffic|NN light|NN +”|'' coalition|NN met|VBD +.|.");
    assertEquals(List.of(), p.extract("quotation"));
  }
  @Test
  void printedRemarksAfterAPossessedLeadInNounAreThePossessors() {
    FakeParse p = FakeParse.of("Peter|NNP|0|x|PERSON Roe|NNP|0|x|PERSON spoke|VBD +.|.",
        "Below|RB are|VBP his|PRP$ remarks|NNS +:|:",
        "¶ “|`` +We|PRP did|VBD our|PRP$ job|NN +.|.",
        "They|PRP did|VBD not|RB +.|.",
        "¶ “|`` +Why|WRB +?|.");
    assertEquals(List.of("2:peter roe|remark|We did our job|direct", "3:peter roe|remark|They did not|direct",
        "4:peter roe|remark|Why|direct"), p.extract("quotation"));
  }

  @Test
  void aCueAfterAQuestionMarkMayStartTheNextSentence() {
    FakeParse p = FakeParse.of(NAMED,
        "“|`` +Why|WRB now|RB +?|. +”|''",
        "said|VBD Roe|NNP|0|x|PERSON +.|.");
    assertEquals(List.of("1:roe|say|Why now|direct"), p.extract("quotation"));
  }

  @Test
  void aLeadInCueInsideWhenAskedIsSkippedAndWhoStandsForTheNameBeforeIt() {
    FakeParse p = FakeParse.of("It|PRP involves|VBZ Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +,|, who|WP told|VBD "
        + "Congress|NNP|0|x|ORGANIZATION when|WRB asked|VBN about|IN it|PRP +:|: “|`` +We|PRP follow|VBP the|DT "
        + "evidence|NN +.|. +”|''");
    assertEquals(List.of("0:anna roe|tell|We follow the evidence|direct"), p.extract("quotation"));
  }

  @Test
  void aQuotedTitleAfterAPrepositionIsNotAttributedByTheCueAfterIt() {
    FakeParse p = FakeParse.of("During|IN an|DT appearance|NN on|IN “|`` +Meet|VB the|DT Press|NNP +,|, +”|'' "
        + "Peter|NNP|0|x|PERSON Roe|NNP|0|x|PERSON said|VBD he|PRP would|MD run|VB +.|.");
    assertEquals(List.of(), p.extract("quotation"));
  }

  @Test
  void aShortWholeSentenceQuotationAfterAnAttributedOneCarriesItsSpeaker() {
    FakeParse p = FakeParse.of(NAMED,
        "“|`` +We|PRP lost|VBD +,|, +”|'' she|PRP said|VBD +.|.",
        "“|`` +That|DT ends|VBZ now|RB +.|. +”|''",
        "¶ It|PRP was|VBD a|DT “|`` +new|JJ start|NN +”|'' +.|.");
    assertEquals(List.of("1:anna roe|say|We lost|direct", "2:anna roe|say|That ends now|direct"),
        p.extract("quotation"));
  }

  @Test
  void anInvertedSpeakerEndsBeforeItsRelativeClause() {
    // '“...,” said a data expert who has worked for ...': the speaker is the noun phrase, not a clause's subject
    FakeParse p = FakeParse.of("“|`` +We|PRP saw|VBD water|NN +,|, +”|'' said|VBD a|DT data|NNS expert|NN "
        + "who|WP has|VBZ worked|VBN for|IN rivals|NNS +.|.");
    assertEquals(List.of("0:null|say|We saw water|direct"), p.extract("quotation"));
  }

  @Test
  void anInvertedSpeakerMayOpenWithAModifierTaggedAsAVerb() {
    FakeParse p = FakeParse.of("“|`` +We|PRP saw|VBD water|NN +,|, +”|'' said|VBD lead|VB author|NN "
        + "Anna|NNP|0|x|PERSON Roe|NNP|0|x|PERSON +.|.");
    assertEquals(List.of("0:anna roe|say|We saw water|direct"), p.extract("quotation"));
  }

  @Test
  void anUnquotedSubjectBeforeTheInterruptionAndAQuotedPredicateAfterItAreOneMixedStatement() {
    // 'The new rule, he said, “was never agreed to by our side.”'
    FakeParse p = FakeParse.of("The|DT|3|det new|JJ|3|amod rule|NN|11|nsubj:pass +,|,|6|punct he|PRP|6|nsubj "
        + "said|VBD|11|parataxis +,|,|6|punct “|``|11|punct +was|VBD|11|aux:pass never|RB|11|advmod agreed|VBN|0|root "
        + "to|TO|15|case by|IN|15|case our|PRP$|15|nmod:poss side|NN|11|obl:agent +.|.|11|punct +”|''|11|punct");
    assertEquals(List.of("0:null|say|The new rule, he said, “was never agreed to by our side|mixed"), p.extract());
    // 'Pressed on the rule, he said, “We never signed.”': the words before are about the saying
    FakeParse q = FakeParse.of("Pressed|VBN|6|advcl on|IN|4|case the|DT|4|det rule|NN|1|obl +,|,|1|punct he|PRP|6|nsubj "
        + "said|VBD|0|root +,|,|6|punct “|``|11|punct +We|PRP|11|nsubj never|RB|11|advmod signed|VBD|6|ccomp "
        + "+.|.|6|punct +”|''|6|punct");
    assertEquals(List.of("0:null|say|We never signed|direct"), q.extract());
    // 'It was, he said, “the best deal” for both.', parsed with the cue on "was": subject and verb before, the
    // quoted complement after
    FakeParse r = FakeParse.of("It|PRP|2|nsubj was|VBD|0|root +,|,|5|punct he|PRP|5|nsubj said|VBD|2|ccomp "
        + "+,|,|5|punct “|``|5|punct +the|DT|10|det best|JJS|10|amod deal|NN|5|obj +”|''|10|punct for|IN|13|case "
        + "both|DT|10|nmod:for +.|.|2|punct");
    assertEquals(List.of("0:null|say|It was, he said, “the best deal” for both|mixed"), r.extract());
  }

  @Test
  void aTopicHeadingBeforeAQuotationTakesTheSpeakerTheStoryJustReported() {
    // "Anna Roe said she was back. ¶ On the injury: “It hurt.” ¶ On her team: “They were great.”"
    FakeParse p = FakeParse.of("Anna|NNP|2|nsubj|PERSON Roe|NNP|3|nsubj|PERSON said|VBD|0|root she|PRP|5|nsubj "
            + "was|VBD|3|ccomp back|RB|5|advmod +.|.|3|punct",
        "¶ On|IN|3|case the|DT|3|det injury|NN|0|root +:|:|3|punct “|``|7|punct +It|PRP|7|nsubj hurt|VBD|3|parataxis "
            + "+.|.|7|punct +”|''|7|punct",
        "¶ On|IN|3|case her|PRP$|3|nmod:poss team|NN|0|root +:|:|3|punct “|``|9|punct +They|PRP|9|nsubj "
            + "were|VBD|9|cop great|JJ|3|parataxis +.|.|9|punct +”|''|9|punct");
    assertEquals(List.of("0:anna roe|say|she was back|indirect", "1:anna roe|say|It hurt|direct",
        "2:anna roe|say|They were great|direct"), p.extract());
    // with no one reported before, the heading gives no speaker
    FakeParse alone = FakeParse.of("On|IN|3|case the|DT|3|det injury|NN|0|root +:|:|3|punct “|``|7|punct "
        + "+It|PRP|7|nsubj hurt|VBD|3|parataxis +.|.|7|punct +”|''|7|punct");
    assertEquals(List.of(), alone.extract());
  }
}
