package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The fast forward pass gives CoreNLP's own parses (an integration test: it loads the parser model).
 * Sentences of our own, of the kinds the statement rules read: reported speech in several orders,
 * relative clauses, coordination, a passive, a question, a long list.
 */
class NeuralDependencyParserIT {

  private static final String TEXT = String.join(" ",
      "The finance minister of Freedonia said on Tuesday that the budget would be balanced by next year.",
      "\"We will not raise taxes,\" Anna Roe told reporters in Bergen, adding that the plan was fair.",
      "Critics, who have long opposed the plan, argued it would hurt pensioners and small firms.",
      "The report was published by the central bank, according to a spokesman who declined to be named.",
      "Will the talks resume before the elections in Sylvania?",
      "Peter Smith, 54, a former judge, warned that the court's ruling could be overturned, saying the law was unclear.",
      "Apples, pears, plums, cherries, grapes, melons, lemons, oranges, figs and dates were on sale at the market.");

  @Test
  void theFastForwardPassGivesCoreNlpsOwnParses() {
    CoreNlpEngine fast = new CoreNlpEngine(NlpConfig.full());
    CoreNlpEngine coreNlp = new CoreNlpEngine(NlpConfig.full().withCoreNlpParser());
    List<AnalyzedSentence> a = fast.analyze(TEXT, t -> true);
    List<AnalyzedSentence> b = coreNlp.analyze(TEXT, t -> true);
    assertEquals(7, b.size());
    for (int i = 0; i < b.size(); i++) {
      assertFalse(b.get(i).dependencies().isEmpty());
      assertEquals(b.get(i).dependencies(), a.get(i).dependencies(), "sentence " + i);
    }
    // and again, now that the table of feature contributions holds this text's features
    assertEquals(a.stream().map(AnalyzedSentence::dependencies).toList(),
        fast.analyze(TEXT, t -> true).stream().map(AnalyzedSentence::dependencies).toList());
  }

  @Test
  void aParseDoesNotDependOnWhatTheTableHolds() {
    NeuralDependencyParser noTable = new NeuralDependencyParser(DependencyParser.DEFAULT_MODEL, 0);
    NeuralDependencyParser table = new NeuralDependencyParser(DependencyParser.DEFAULT_MODEL, 1_000_000);
    List<String> first = parse(noTable);
    assertEquals(0, noTable.tableSize());
    assertEquals(first, parse(table));
    assertTrue(table.tableSize() > 100, "features were kept: " + table.tableSize());
    assertEquals(first, parse(table));
  }

  private static List<String> parse(NeuralDependencyParser parser) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    p.setProperty("tokenize.options", "quotes=latex");
    Annotation doc = new Annotation(TEXT);
    new StanfordCoreNLP(p).annotate(doc);
    List<String> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      parser.parse(s);
      out.add(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class).toList());
      out.add(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toList());
    }
    return out;
  }
}
