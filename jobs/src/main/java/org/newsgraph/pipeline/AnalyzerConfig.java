package org.newsgraph.pipeline;

import java.io.Serializable;
import java.util.List;
import org.newsgraph.nlp.NlpConfig;

/**
 * Immutable configuration of the per-document stages, built on the driver and shipped to executors.
 *
 * @param nlp          NLP stages and models
 * @param aliasLines   lines of the user's alias file (see the README), empty when none
 */
public record AnalyzerConfig(NlpConfig nlp, List<String> aliasLines) implements Serializable {
  public AnalyzerConfig {
    aliasLines = List.copyOf(aliasLines);
  }
}
