package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.entities.AliasTable;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.DocumentResolver;
import org.newsgraph.entities.EntityLexicons;
import org.newsgraph.entities.Gazetteer;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.statements.CueLexicon;
import org.newsgraph.statements.StatementExtractor;
import org.newsgraph.text.ParsedSentence;
import org.newsgraph.text.SentenceSplitter;

/**
 * Runs the per-document stages in order: sentence splitting with NLP analysis, entity mentions and
 * their document-level resolution, statements. Thread-safe; holds no per-document state.
 */
public final class DocumentAnalyzer {

  private final SentenceSplitter splitter;
  private final DocumentResolver entities;
  private final CueLexicon cues = new CueLexicon();
  private final StatementExtractor statements = new StatementExtractor(cues);

  public DocumentAnalyzer(NlpEngine engine, AnalyzerConfig config) {
    this(engine, config, Gazetteer.fromCoreNlpModels());
  }

  public DocumentAnalyzer(NlpEngine engine, AnalyzerConfig config, Gazetteer gazetteer) {
    this.splitter = new SentenceSplitter(engine);
    this.entities = new DocumentResolver(new EntityLexicons(), gazetteer, new AliasTable(config.aliasLines()));
  }

  public DocumentAnalysis analyze(Article article) {
    List<ParsedSentence> parsed = splitter.split(article.docId(), article.body(), cues::mayHoldStatement);
    DocumentEntities found = entities.resolve(article.docId(), article.body(), parsed);
    return new DocumentAnalysis(parsed.stream().map(ParsedSentence::sentence).toList(), found.mentions(),
        statements.extract(article.docId(), article.body(), parsed, found.mentions()), found.acronyms());
  }
}
