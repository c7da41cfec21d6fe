package org.newsgraph.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;

/** One {@link NeuralDependencyParser} per JVM, loaded on first use and shared by every engine and thread. */
final class NeuralParsers {

  private static volatile NeuralDependencyParser shared;

  private NeuralParsers() {
  }

  static NeuralDependencyParser shared() {
    NeuralDependencyParser p = shared;
    if (p == null) {
      synchronized (NeuralParsers.class) {
        p = shared;
        if (p == null) {
          p = new NeuralDependencyParser(DependencyParser.DEFAULT_MODEL, NeuralDependencyParser.DEFAULT_TABLE_ENTRIES);
          shared = p;
        }
      }
    }
    return p;
  }
}
