package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's neural transition parser (Chen and Manning 2014, the {@code english_UD} model), with the
 * network's forward pass computed here instead of by CoreNLP's {@code Classifier}.
 *
 * <p>Why: profiling the job on real news (JFR, README "How parsing works") put ~75% of the parse time
 * in {@code Classifier.computeScores}: its hidden layer has 1,000 units and 85 outputs, and its loops
 * are dot products over {@code double} sums that the JIT cannot vectorise; features outside the
 * model's 20,000 precomputed ones go through a 5,000-entry cache behind one lock shared by all task
 * threads. Here the weights are laid out so that every inner loop is an element-wise
 * multiply-add over contiguous floats (vectorised by the JIT), and each (word, position) feature's
 * hidden-layer contribution is computed once per JVM and kept in a lock-free table. The model, the
 * feature extraction, the transition system and the conversion to Universal Dependencies (basic and
 * enhanced++) are CoreNLP's, called through its public API; only the arithmetic differs (float sums,
 * so a near tie between two transitions can rarely resolve differently than in CoreNLP).
 *
 * <p>Deterministic: a contribution is the same float vector whether it comes from the table or is
 * computed afresh, so the parse of a sentence does not depend on what was parsed before it.
 *
 * <p>Thread-safe after construction.
 */
final class NeuralDependencyParser {

  /** Feature contributions kept per JVM (1,000 floats each, about 4 KB): 40,000 is about 160 MB. */
  static final int DEFAULT_TABLE_ENTRIES = 40_000;

  private final DependencyParser parser;
  private final ParsingSystem system;
  private final String[] transitions;
  private final int hidden;
  private final int embedding;
  private final int features;
  private final int outputs;
  /** Row length of {@link #w2t}: the outputs rounded up to a multiple of 16 floats, zero-padded. */
  private final int stride;
  /** W1 transposed: row (position * embedding + k) holds that input's weight on every hidden unit. */
  private final float[][] w1t;
  private final float[][] embeddings;
  private final float[] b1;
  /**
   * W2 transposed: row j holds hidden unit j's weights on the outputs (padded to {@code stride}). One array
   * per row, not one flat array with offsets: the JIT vectorises the loop over a whole row, and not the
   * same loop over an offset range of a flat array (measured: ~4x on the output layer).
   */
  private final float[][] w2t;
  private final AtomicReferenceArray<float[]> table;
  private final AtomicInteger tableSize = new AtomicInteger();
  private final int tableEntries;

  NeuralDependencyParser(String model, int tableEntries) {
    Properties p = new Properties();
    // CoreNLP's own precomputation (20,000 features as doubles, 160 MB) is not used here
    p.setProperty("numPreComputed", "0");
    this.parser = DependencyParser.loadFromModelFile(model, p);
    this.system = field(DependencyParser.class, parser, "system", ParsingSystem.class);
    Classifier classifier = field(DependencyParser.class, parser, "classifier", Classifier.class);
    List<?> ts = field(ParsingSystem.class, system, "transitions", List.class);
    this.transitions = ts.stream().map(String.class::cast).toArray(String[]::new);
    float[][] w1 = classifier.getW1();
    float[][] w2 = classifier.getW2();
    this.embeddings = classifier.getE();
    this.b1 = classifier.getb1();
    this.hidden = w1.length;
    this.embedding = embeddings[0].length;
    this.features = w1[0].length / embedding;
    this.outputs = w2.length;
    if (outputs != transitions.length) {
      throw new IllegalStateException("parser model has " + outputs + " outputs for " + transitions.length + " transitions");
    }
    this.w1t = new float[w1[0].length][hidden];
    for (int i = 0; i < hidden; i++) {
      for (int c = 0; c < w1[i].length; c++) {
        w1t[c][i] = w1[i][c];
      }
    }
    this.stride = (outputs + 15) / 16 * 16;
    this.w2t = new float[hidden][stride];
    for (int o = 0; o < outputs; o++) {
      for (int j = 0; j < hidden; j++) {
        w2t[j][o] = w2[o][j];
      }
    }
    this.tableEntries = tableEntries;
    this.table = new AtomicReferenceArray<>(embeddings.length * features);
  }

  /** A private field of a CoreNLP object, read once at construction (declared on {@code declaring}). */
  private static <T> T field(Class<?> declaring, Object owner, String name, Class<T> type) {
    try {
      Field f = declaring.getDeclaredField(name);
      f.setAccessible(true);
      return type.cast(f.get(owner));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("this CoreNLP version's " + declaring.getSimpleName() + " has no field " + name, e);
    }
  }

  /** Parses one tagged sentence (tokens with words and POS tags) into its basic and enhanced++ graphs. */
  void parse(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    float[] h = new float[hidden];
    float[] scores = new float[stride];
    int[] feats = new int[features];
    while (!(c.getStackSize() == 1 && c.getBufferSize() == 0)) {
      String only = c.getStackSize() <= 2 ? onlyTransition(c) : null;
      if (only != null) {
        // the argmax over valid transitions when only one is valid is that one: no need to score it
        system.apply(c, only);
        continue;
      }
      List<Integer> fs = parser.getFeatures(c);
      for (int j = 0; j < features; j++) {
        feats[j] = fs.get(j);
      }
      score(feats, h, scores);
      float best = Float.NEGATIVE_INFINITY;
      String chosen = null;
      for (int t = 0; t < outputs; t++) {
        if (scores[t] > best && system.canApply(c, transitions[t])) {
          best = scores[t];
          chosen = transitions[t];
        }
      }
      if (chosen == null) {
        break;
      }
      system.apply(c, chosen);
    }
    GrammaticalStructure gs = structure(sentence, c);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.MAXIMAL, null));
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
        SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
            GrammaticalStructure.Extras.MAXIMAL, null));
  }

  /**
   * The one transition that can apply, or null when several can. With ROOT and at most one word on the stack
   * and words left in the buffer, arc-standard parsing can only shift (a word never attaches to ROOT before
   * the buffer is empty); with one word and an empty buffer it can only attach that word to ROOT. Each such
   * step would otherwise cost a full forward pass (~2% of the parse time of PolNeAR's dev articles).
   */
  private String onlyTransition(Configuration c) {
    String only = null;
    for (String t : transitions) {
      if (system.canApply(c, t)) {
        if (only != null) {
          return null;
        }
        only = t;
      }
    }
    return only;
  }

  /** The network's output scores for one feature vector: cube(b1 + sum of contributions) times W2. */
  void score(int[] feats, float[] h, float[] scores) {
    System.arraycopy(b1, 0, h, 0, hidden);
    int f = 0;
    // four contributions per pass over h, added in the same order as one at a time
    for (; f + 3 < feats.length; f += 4) {
      float[] a0 = contribution(feats[f], f), a1 = contribution(feats[f + 1], f + 1);
      float[] a2 = contribution(feats[f + 2], f + 2), a3 = contribution(feats[f + 3], f + 3);
      for (int i = 0; i < h.length; i++) {
        h[i] = h[i] + a0[i] + a1[i] + a2[i] + a3[i];
      }
    }
    for (; f < feats.length; f++) {
      float[] add = contribution(feats[f], f);
      for (int i = 0; i < h.length; i++) {
        h[i] += add[i];
      }
    }
    java.util.Arrays.fill(scores, 0f);
    for (int j = 0; j < hidden; j++) {
      float x = h[j];
      h[j] = x * x * x;
    }
    int j = 0;
    for (; j + 3 < hidden; j += 4) {
      float c0 = h[j], c1 = h[j + 1], c2 = h[j + 2], c3 = h[j + 3];
      float[] w0 = w2t[j], w1 = w2t[j + 1], w2 = w2t[j + 2], w3 = w2t[j + 3];
      for (int o = 0; o < scores.length; o++) {
        scores[o] += w0[o] * c0 + w1[o] * c1 + w2[o] * c2 + w3[o] * c3;
      }
    }
    for (; j < hidden; j++) {
      float c = h[j];
      float[] w = w2t[j];
      for (int o = 0; o < scores.length; o++) {
        scores[o] += w[o] * c;
      }
    }
  }

  private float[] contribution(int token, int position) {
    int key = token * features + position;
    float[] v = table.get(key);
    if (v != null) {
      return v;
    }
    v = new float[hidden];
    float[] e = embeddings[token];
    int offset = position * embedding;
    for (int k = 0; k < embedding; k++) {
      float ek = e[k];
      float[] w = w1t[offset + k];
      for (int i = 0; i < hidden; i++) {
        v[i] += w[i] * ek;
      }
    }
    if (tableSize.get() < tableEntries && table.compareAndSet(key, null, v)) {
      tableSize.incrementAndGet();
    }
    return v;
  }

  /** As CoreNLP's {@code DependencyParser.predict}: the arcs as typed dependencies of UD English. */
  private static GrammaticalStructure structure(CoreMap sentence, Configuration c) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> deps = new ArrayList<>(tokens.size());
    for (int i = 1; i <= tokens.size(); i++) {
      int head = c.getHead(i);
      String label = c.getLabel(i);
      IndexedWord word = new IndexedWord(tokens.get(i - 1));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(label);
      deps.add(new TypedDependency(relation, governor, word));
    }
    return new UniversalEnglishGrammaticalStructure(deps, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation r = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return r != null ? r : new GrammaticalRelation(edu.stanford.nlp.international.Language.UniversalEnglish, label,
        null, GrammaticalRelation.DEPENDENT);
  }

  int tableSize() {
    return tableSize.get();
  }
}
