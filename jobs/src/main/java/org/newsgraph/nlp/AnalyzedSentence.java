package org.newsgraph.nlp;

import java.util.List;

/**
 * A sentence as the NLP engine saw it. {@code dependencies} is empty when the sentence was not parsed.
 */
public record AnalyzedSentence(int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
  public AnalyzedSentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public boolean parsed() {
    return !dependencies.isEmpty();
  }
}
