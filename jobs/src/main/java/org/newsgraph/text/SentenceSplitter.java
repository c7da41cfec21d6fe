package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnalyzedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.NlpEngine;
import org.newsgraph.nlp.Token;

/**
 * Splits a document body into sentences with the NLP engine, paragraph by paragraph, after separating
 * glued sentences; a transcript's speaker label is left out of the sentence it opens (its tokens stay in
 * the analysis, so the label's name is still a mention). Requires the body; adds {@link ParsedSentence}s whose token and sentence offsets
 * point into the body (not into the normalised text the engine saw).
 */
public final class SentenceSplitter {

  private final NlpEngine engine;

  public SentenceSplitter(NlpEngine engine) {
    this.engine = engine;
  }

  public List<ParsedSentence> split(String docId, String body, Predicate<List<Token>> parse) {
    List<ParsedSentence> out = new ArrayList<>();
    java.util.Map<Integer, Integer> labels = new java.util.HashMap<>();
    SpeakerLabels.find(body).forEach(l -> labels.put(l.lineBegin(), l.turnBegin()));
    for (Span para : Paragraphs.of(body)) {
      GlueNormalizer.Normalized n = GlueNormalizer.normalize(body.substring(para.begin(), para.end()));
      for (AnalyzedSentence s : engine.analyze(n.text(), parse)) {
        List<Token> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
          int begin = para.begin() + n.original(t.begin());
          int end = para.begin() + n.original(t.end() - 1) + 1;
          tokens.add(new Token(t.index(), begin, end, body.substring(begin, end), t.lemma(), t.pos(), t.ner()));
        }
        int begin = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        // a transcript's speaker label ("JANE ROE:") is furniture, not part of the sentence it opens
        Integer turn = labels.get(begin);
        if (turn != null) {
          if (turn >= end) {
            continue;
          }
          begin = turn;
        }
        List<Dependency> deps = s.dependencies();
        Sentence sentence = new Sentence(docId, out.size(), begin, end, body.substring(begin, end));
        out.add(new ParsedSentence(sentence, new AnalyzedSentence(begin, end, tokens, deps)));
      }
    }
    return out;
  }
}
