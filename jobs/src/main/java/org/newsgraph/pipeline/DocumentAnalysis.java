package org.newsgraph.pipeline;

import java.util.List;
import java.util.Map;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Statement;

/**
 * Everything extracted from one document.
 *
 * @param acronyms acronyms the document defines, acronym → expansion
 */
public record DocumentAnalysis(List<Sentence> sentences, List<Mention> mentions, List<Statement> statements,
                               Map<String, String> acronyms) {
  public DocumentAnalysis {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    statements = List.copyOf(statements);
    acronyms = Map.copyOf(acronyms);
  }
}
