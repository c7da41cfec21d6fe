package org.newsgraph.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.nlp.CoreNlpEngine;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.DocumentAnalyzer;

/**
 * The one static cache: a {@link DocumentAnalyzer} (CoreNLP models included) per configuration per
 * executor JVM, created on first use and shared by all tasks and partitions of that JVM.
 */
public final class NlpHolder {
  private static final Map<AnalyzerConfig, DocumentAnalyzer> ANALYZERS = new ConcurrentHashMap<>();

  private NlpHolder() {
  }

  public static DocumentAnalyzer analyzer(AnalyzerConfig config) {
    return ANALYZERS.computeIfAbsent(config, c -> new DocumentAnalyzer(new CoreNlpEngine(c.nlp()), c, NlpGazetteer.get()));
  }
}
