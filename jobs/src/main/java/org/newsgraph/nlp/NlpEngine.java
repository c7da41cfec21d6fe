package org.newsgraph.nlp;

import java.util.List;
import java.util.function.Predicate;

/**
 * Tokenisation, sentence splitting, tagging, NER and (selective) dependency parsing of plain text.
 * Implementations are thread-safe and expensive to create: hold one per JVM.
 */
public interface NlpEngine {

  /**
   * Analyses {@code text}. Every sentence gets tokens (and NER tags when the engine runs NER); only the
   * sentences {@code parse} accepts get a dependency parse.
   */
  List<AnalyzedSentence> analyze(String text, Predicate<List<Token>> parse);
}
