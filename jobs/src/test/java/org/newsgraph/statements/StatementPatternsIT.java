package org.newsgraph.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.CoreNlpEngine;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.DocumentAnalyzer;
import org.newsgraph.spark.NlpGazetteer;

/**
 * Each reported-speech pattern on sentences about other people and places than the seeds, with the real
 * CoreNLP parser (an integration test: it loads the models once for the class).
 */
class StatementPatternsIT {
  private static DocumentAnalyzer analyzer;

  @BeforeAll
  static void load() {
    AnalyzerConfig config = new AnalyzerConfig(NlpConfig.full(), List.of());
    analyzer = new DocumentAnalyzer(new CoreNlpEngine(config.nlp()), config, NlpGazetteer.get());
  }

  private static List<Statement> extract(String... paragraphs) {
    String body = String.join("\n\n", paragraphs);
    return analyzer.analyze(new Article("t", "t.txt", null, null, null, null, null, body, 0, body, List.of(), List.of()))
        .statements();
  }

  /** "speaker|cue lemma|content" per statement; the speaker is the surface of its subject. */
  private static List<String> summary(List<Statement> s) {
    return s.stream().map(x -> x.speakerText() + "|" + x.cueLemma() + "|" + x.content()).collect(Collectors.toList());
  }

  @Test
  void subjectVerbComplement() {
    List<Statement> s = extract("German Chancellor Olaf Scholz said Germany would increase its aid to Ukraine.");
    assertEquals(List.of("German Chancellor Olaf Scholz|say|Germany would increase its aid to Ukraine"), summary(s));
    assertEquals("name", s.get(0).speakerResolution());
    assertEquals("assert", s.get(0).cueClass());
    assertEquals(2, s.get(0).targetEntityIds().size(), "Germany and Ukraine");
  }

  @Test
  void trailingAndInvertedAttribution() {
    assertEquals(List.of("Macron|say|The talks were useful"),
        summary(extract("French President Emmanuel Macron visited Berlin.", "The talks were useful, Macron said on Friday.")));
    assertEquals(List.of("Lula|say|Brazil will host the summit next year"),
        summary(extract("Brazil will host the summit next year, said Lula.")));
  }

  @Test
  void participialContinuationsKeepTheSpeaker() {
    List<Statement> s = extract("Trade between the two countries grew fast, Modi said, adding that India wants more investment.");
    assertEquals(List.of("Modi|say|Trade between the two countries grew fast",
        "Modi|add|India wants more investment"), summary(s));
    List<Statement> noting = extract("Noting that the region faces drought, Ruto called for more irrigation projects.");
    assertEquals(2, noting.size(), summary(noting).toString());
    assertTrue(noting.stream().allMatch(x -> x.speakerText().equals("Ruto")), summary(noting).toString());
    assertEquals("call for", noting.get(1).cueLemma());
  }

  @Test
  void pronounsResolveToTheLastSpeaker() {
    List<Statement> s = extract("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.",
        "Ruto said Kenya supports regional integration.", "He urged neighbours to cut tariffs.");
    assertEquals(2, s.size(), summary(s).toString());
    assertEquals("pronoun", s.get(1).speakerResolution());
    assertEquals(s.get(0).speakerEntityId(), s.get(1).speakerEntityId());
    assertEquals("urge", s.get(1).cueClass());
  }

  @Test
  void groupsRolesAndAccordingTo() {
    List<Statement> group = extract("Spanish Prime Minister Pedro Sanchez met Portuguese Prime Minister Antonio Costa.",
        "Both sides expressed concern about the drought.");
    assertEquals("group", group.get(0).speakerResolution());
    assertEquals(2, group.get(0).speakerMemberIds().size());
    List<Statement> role = extract("The Japanese side stressed that the agreement must be respected.");
    assertEquals("role", role.get(0).speakerResolution());
    List<Statement> source = extract("According to Reuters, the ministers will meet again in May.");
    assertEquals("according to", source.get(0).cueLemma());
    assertEquals("the ministers will meet again in May", source.get(0).content());
  }

  @Test
  void quotedSpeechIsDirect() {
    List<Statement> s = extract("\u201cWe will not give up,\u201d Zelensky said.");
    assertEquals(1, s.size(), summary(s).toString());
    assertEquals("direct", s.get(0).kind());
  }

  @Test
  void actionsAreNotStatements() {
    assertEquals(List.of(), extract("Putin met Erdogan in Sochi and signed three agreements.",
        "The ministers attended a ceremony in Ankara."));
  }
}
