package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.AnalyzerConfig;
import org.newsgraph.pipeline.DocumentAnalysis;
import org.newsgraph.pipeline.DocumentAnalyzer;

public class DumpStatementsManual {
  public static void main(String[] a) {
    DocumentAnalyzer an = new DocumentAnalyzer(new CoreNlpEngine(NlpConfig.full()), new AnalyzerConfig(NlpConfig.full(), List.of()));
    String body = String.join("\n\n", a);
    DocumentAnalysis r = an.analyze(new Article("d", "p", null, null, null, null, null, body, 0, body, List.of(), List.of()));
    r.statements().forEach(s -> System.out.println(s.sentenceIdx() + " [" + s.speakerText() + "/" + s.speakerResolution() + "/" + s.speakerEntityId() + "] " + s.cueLemma() + " (" + s.cueClass() + ") :: " + s.content() + " :: " + s.kind() + " " + s.targetEntityIds()));
  }
}
