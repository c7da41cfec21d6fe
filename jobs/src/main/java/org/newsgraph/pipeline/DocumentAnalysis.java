package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.model.Sentence;

/** Everything extracted from one document. */
public record DocumentAnalysis(List<Sentence> sentences) {
  public DocumentAnalysis {
    sentences = List.copyOf(sentences);
  }
}
