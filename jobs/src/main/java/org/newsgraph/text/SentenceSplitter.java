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
    List<Span> units = chunks(body, Paragraphs.of(body));
    List<GlueNormalizer.Normalized> normalized = new ArrayList<>(units.size());
    for (Span para : units) {
      normalized.add(GlueNormalizer.normalize(body.substring(para.begin(), para.end())));
    }
    List<List<AnalyzedSentence>> analyses = analyze(normalized, parse, body.length());
    for (int u = 0; u < units.size(); u++) {
      Span para = units.get(u);
      GlueNormalizer.Normalized n = normalized.get(u);
      for (AnalyzedSentence s : analyses.get(u)) {
        List<Token> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
          int begin = para.begin() + n.original(t.begin());
          int end = para.begin() + n.original(t.end() - 1) + 1;
          tokens.add(new Token(t.index(), begin, end, body.substring(begin, end), t.lemma(), t.pos(), t.ner()));
        }
        List<Dependency> deps = s.dependencies();
        int size = tokens.size();
        if (size >= 2 && tokens.get(size - 1).word().equals(".") && tokens.get(size - 2).end() == tokens.get(size - 1).begin()
            && GlueNormalizer.SENTENCE_FINAL.contains(tokens.get(size - 2).word())) {
          // "... until 10 p.m" + "." split apart so the sentence ends there (GlueNormalizer): the abbreviation keeps
          // its period ("p.m.", "Acme Inc."), which ends the sentence too
          Token abbreviation = tokens.get(size - 2);
          Token period = tokens.remove(size - 1);
          tokens.set(size - 2, new Token(abbreviation.index(), abbreviation.begin(), period.end(),
              body.substring(abbreviation.begin(), period.end()), abbreviation.lemma(), abbreviation.pos(), abbreviation.ner()));
          int gone = period.index();
          deps = deps.stream().filter(d -> d.dependent() != gone && d.governor() != gone).toList();
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
        ParsedSentence prev = out.isEmpty() ? null : out.get(out.size() - 1);
        if (prev != null && prev.sentence().end() >= para.begin()) {
          // a closing quote the engine gave to the next sentence ("... they lost." | "’ The PM ...") ends the previous one
          int quoteEnd = begin;
          while (quoteEnd < end && CLOSING.indexOf(body.charAt(quoteEnd)) >= 0) {
            quoteEnd++;
          }
          if (quoteEnd > begin && SENTENCE_END.indexOf(body.charAt(prev.sentence().end() - 1)) >= 0
              && (quoteEnd == end || Character.isWhitespace(body.charAt(quoteEnd)))) {
            prev = withEnd(docId, body, prev, quoteEnd);
            out.set(out.size() - 1, prev);
            while (quoteEnd < end && Character.isWhitespace(body.charAt(quoteEnd))) {
              quoteEnd++;
            }
            if (quoteEnd >= end) {
              continue;
            }
            begin = quoteEnd;
          }
          if (Character.isLowerCase(body.charAt(begin))
              && body.substring(prev.sentence().begin(), prev.sentence().end()).matches("(?s).*[?!][\"”’']+")) {
            // '"Why not?" asked Roe.' is one sentence: the engine ends it at the question mark
            out.set(out.size() - 1, merged(docId, body, prev, end, tokens, deps));
            continue;
          }
        }
        Sentence sentence = new Sentence(docId, out.size(), begin, end, body.substring(begin, end));
        out.add(new ParsedSentence(sentence, new AnalyzedSentence(begin, end, tokens, deps)));
      }
    }
    return out;
  }

  /**
   * Documents longer than this (characters) have their paragraphs analysed in parallel: one long
   * document is one Spark task, and the other cores would otherwise idle while it is parsed. Results
   * do not depend on it (each paragraph is analysed on its own either way).
   */
  static final int PARALLEL_FROM = 200_000;

  private List<List<AnalyzedSentence>> analyze(List<GlueNormalizer.Normalized> units, Predicate<List<Token>> parse,
                                               int length) {
    if (length < PARALLEL_FROM || units.size() < 2) {
      List<List<AnalyzedSentence>> out = new ArrayList<>(units.size());
      for (GlueNormalizer.Normalized n : units) {
        out.add(engine.analyze(n.text(), parse));
      }
      return out;
    }
    return units.parallelStream().map(n -> engine.analyze(n.text(), parse)).toList();
  }

  /**
   * Longest text handed to the engine at once. Paragraphs are far shorter; a longer one (a file with no
   * line breaks, a pasted book) is cut at sentence ends so memory stays bounded and a run-on line with no
   * full stop is not tagged as one million-token sentence.
   */
  static final int MAX_CHUNK = 20_000;

  /** The paragraphs, each longer than {@link #MAX_CHUNK} cut at the last sentence end (else space) before it. */
  static List<Span> chunks(String body, List<Span> paragraphs) {
    List<Span> out = new ArrayList<>(paragraphs.size());
    for (Span p : paragraphs) {
      int begin = p.begin();
      while (p.end() - begin > MAX_CHUNK) {
        int cut = cutPoint(body, begin, begin + MAX_CHUNK);
        out.add(new Span(begin, cut));
        begin = cut;
        while (begin < p.end() && Character.isWhitespace(body.charAt(begin))) {
          begin++;
        }
      }
      if (begin < p.end()) {
        out.add(new Span(begin, p.end()));
      }
    }
    return out;
  }

  /** Where to cut [begin, limit): after the last sentence end followed by a space in its second half, else at the last space, else at the limit. */
  private static int cutPoint(String body, int begin, int limit) {
    int half = begin + (limit - begin) / 2;
    int space = -1;
    for (int i = limit - 1; i > half; i--) {
      if (!Character.isWhitespace(body.charAt(i))) {
        continue;
      }
      int j = i - 1;
      while (j > begin && CLOSING.indexOf(body.charAt(j)) >= 0) {
        j--;
      }
      if (SENTENCE_END.indexOf(body.charAt(j)) >= 0) {
        return i;
      }
      if (space < 0) {
        space = i;
      }
    }
    return space > 0 ? space : Character.isLowSurrogate(body.charAt(limit)) ? limit - 1 : limit;
  }

  private static final String CLOSING = "’”'\"";
  private static final String SENTENCE_END = ".!?…";

  private static ParsedSentence withEnd(String docId, String body, ParsedSentence p, int end) {
    Sentence s = p.sentence();
    return new ParsedSentence(new Sentence(docId, s.idx(), s.begin(), end, body.substring(s.begin(), end)),
        new AnalyzedSentence(s.begin(), end, p.analysis().tokens(), p.analysis().dependencies()));
  }

  /** The previous sentence and the next one as one sentence: tokens renumbered after the first's, arcs kept. */
  private static ParsedSentence merged(String docId, String body, ParsedSentence p, int end, List<Token> next,
      List<Dependency> nextDeps) {
    Sentence s = p.sentence();
    List<Token> tokens = new ArrayList<>(p.analysis().tokens());
    int offset = tokens.size();
    for (Token t : next) {
      tokens.add(new Token(t.index() + offset, t.begin(), t.end(), t.word(), t.lemma(), t.pos(), t.ner()));
    }
    List<Dependency> deps = new ArrayList<>(p.analysis().dependencies());
    for (Dependency d : nextDeps) {
      deps.add(new Dependency(d.governor() == 0 ? 0 : d.governor() + offset, d.dependent() + offset, d.relation()));
    }
    return new ParsedSentence(new Sentence(docId, s.idx(), s.begin(), end, body.substring(s.begin(), end)),
        new AnalyzedSentence(s.begin(), end, tokens, deps));
  }
}
