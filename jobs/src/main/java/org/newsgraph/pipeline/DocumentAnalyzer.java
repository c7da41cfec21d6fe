package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.text.ParsedSentence;
import org.newsgraph.text.SentenceSplitter;

/**
 * Runs the per-document stages in order: sentence splitting (with NLP analysis), then extraction.
 * Thread-safe when the engine is; holds no per-document state.
 */
public final class DocumentAnalyzer {

  private final SentenceSplitter splitter;

  public DocumentAnalyzer(NlpEngine engine, AnalyzerConfig config) {
    this.splitter = new SentenceSplitter(engine);
  }

  public DocumentAnalysis analyze(Article article) {
    List<ParsedSentence> parsed = splitter.split(article.docId(), article.body(), tokens -> false);
    return new DocumentAnalysis(parsed.stream().map(ParsedSentence::sentence).toList());
  }
}
