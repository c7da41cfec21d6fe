package org.newsgraph.spark;

import org.newsgraph.entities.Gazetteer;

/** The per-JVM gazetteer (CoreNLP's place data), loaded once on first use. */
public final class NlpGazetteer {
  private NlpGazetteer() {
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = Gazetteer.fromCoreNlpModels();
  }

  public static Gazetteer get() {
    return Holder.INSTANCE;
  }
}
