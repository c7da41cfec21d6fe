package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * {@link NlpEngine} backed by Stanford CoreNLP. Runs {@code tokenize,ssplit[,pos,lemma,ner]} on the
 * whole text, then {@code depparse} only on the sentences the caller selects (statement candidates),
 * which is where most of the parsing cost is saved. NER is the single CoNLL 4-class CRF with the
 * fine-grained, SUTime and numeric rule engines off (see the README for the measurements).
 */
public final class CoreNlpEngine implements NlpEngine {

  /**
   * Longest sentence parsed, in tokens. News sentences are far shorter; a longer one is a list or a line
   * without full stops, whose parse costs much time and memory and yields no usable statement.
   */
  static final int MAX_PARSE_TOKENS = 250;

  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;
  private final NeuralDependencyParser neural;
  private final boolean ner;

  public CoreNlpEngine(NlpConfig config) {
    this.ner = config.ner();
    // the parser model loads on another thread while the tagger and NER models load here (~2 s less start-up)
    java.util.concurrent.CompletableFuture<NeuralDependencyParser> neuralLoad = config.parse() && !config.coreNlpParser()
        ? java.util.concurrent.CompletableFuture.supplyAsync(NeuralParsers::shared) : null;
    Properties p = baseProperties();
    p.setProperty("annotators", config.ner() ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit");
    p.setProperty("ner.model", config.nerModel());
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    this.tagger = new StanfordCoreNLP(p);
    if (config.parse() && config.coreNlpParser()) {
      Properties d = baseProperties();
      d.setProperty("annotators", "depparse");
      d.setProperty("depparse.extradependencies", "MAXIMAL");
      this.parser = new StanfordCoreNLP(d, false);
      this.neural = null;
    } else if (neuralLoad != null) {
      this.parser = null;
      try {
        this.neural = neuralLoad.join();
      } catch (java.util.concurrent.CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    } else {
      this.parser = null;
      this.neural = null;
    }
  }

  private static Properties baseProperties() {
    Properties p = new Properties();
    p.setProperty("tokenize.language", "en");
    // the tagger and parser were trained on ASCII quotes: with curly apostrophes "He’s" becomes He/PRP ’s/POS
    // and "he’ll" he/PRP ’ll/VB; token words are re-read from the body, so offsets and text are unchanged
    p.setProperty("tokenize.options", "quotes=latex");
    p.setProperty("ssplit.newlineIsSentenceBreak", "never");
    return p;
  }

  @Override
  public List<AnalyzedSentence> analyze(String text, Predicate<List<Token>> parse) {
    Annotation doc = new Annotation(text);
    tagger.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<Token>> tagged = new ArrayList<>();
    for (CoreMap s : sentences) {
      tagged.add(tokens(s));
    }
    List<List<Token>> tokens = ner ? ParticipleTagRepair.repair(AgeNounRepair.repair(TrailingPastTenseRepair.repair(
        InvertedSaidRepair.repair(RoleNounRepair.repair(NameTagRepair.repair(SpacedHyphenRepair.repair(tagged)))))))
        : tagged;
    List<CoreMap> toParse = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      List<Token> ts = tokens.get(i);
      if (ts != tagged.get(i)) {
        // the parser reads the tags of the CoreNLP tokens: give it the mended ones
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        for (int k = 0; k < ts.size(); k++) {
          if (ts.get(k) != tagged.get(i).get(k)) {
            labels.get(k).setWord(ts.get(k).word());
            labels.get(k).setValue(ts.get(k).word());
            labels.get(k).setTag(ts.get(k).pos());
            labels.get(k).setNER(ts.get(k).ner());
            labels.get(k).setLemma(ts.get(k).lemma());
          }
        }
      }
      if ((parser != null || neural != null) && ts.size() <= MAX_PARSE_TOKENS && parse.test(ts)) {
        toParse.add(s);
      }
    }
    if (neural != null) {
      for (CoreMap s : toParse) {
        neural.parse(s);
      }
    } else if (!toParse.isEmpty()) {
      Annotation sub = new Annotation(text);
      sub.set(CoreAnnotations.SentencesAnnotation.class, toParse);
      sub.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
      parser.annotate(sub);
    }
    List<AnalyzedSentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = sentences.get(i);
      List<Token> ts = tokens.get(i);
      out.add(new AnalyzedSentence(ts.get(0).begin(), ts.get(ts.size() - 1).end(), ts, dependencies(s)));
    }
    return out;
  }

  private List<Token> tokens(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String word = l.originalText() != null ? l.originalText() : l.word();
      out.add(new Token(i + 1, l.beginPosition(), l.endPosition(), word,
          ner ? l.lemma() : null, ner ? l.tag() : null, ner ? l.ner() : null));
    }
    return out;
  }

  private static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (g == null) {
      return List.of();
    }
    List<Dependency> out = new ArrayList<>();
    for (IndexedWord root : g.getRoots()) {
      out.add(new Dependency(0, root.index(), "root"));
    }
    for (SemanticGraphEdge e : g.edgeListSorted()) {
      out.add(new Dependency(e.getGovernor().index(), e.getDependent().index(), e.getRelation().toString()));
    }
    // the basic tree's arc of each word first (with its enhanced label): enhanced++ also makes a subject
    // the subject of its relative clause ("Roe, who ran in 1992, says ...": nsubj(ran, Roe)), and a
    // reader keeping one head per word must keep the tree's
    java.util.Map<Integer, Integer> basicHead = new java.util.HashMap<>();
    SemanticGraph basic = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (basic != null) {
      for (IndexedWord root : basic.getRoots()) {
        basicHead.put(root.index(), 0);
      }
      for (SemanticGraphEdge e : basic.edgeIterable()) {
        basicHead.put(e.getDependent().index(), e.getGovernor().index());
      }
    }
    out.sort(Comparator.comparingInt(Dependency::dependent)
        .thenComparingInt(d -> basicHead.getOrDefault(d.dependent(), -1) == d.governor() ? 0 : 1)
        .thenComparingInt(Dependency::governor).thenComparing(Dependency::relation));
    return out;
  }
}
