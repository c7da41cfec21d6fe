package org.newsgraph.nlp;

import java.io.Serializable;

/**
 * Which NLP stages run. Immutable and serialisable: parsed on the driver, used as the key of the per-JVM
 * engine holder.
 *
 * @param ner           run part-of-speech tagging, lemmas and the NER tagger
 * @param parse         dependency-parse sentences selected by the caller
 * @param nerModel      CRF model path on the classpath
 * @param coreNlpParser parse with CoreNLP's {@code depparse} annotator instead of {@link NeuralDependencyParser}
 *                      (same model, CoreNLP's slower arithmetic; kept to compare the two)
 */
public record NlpConfig(boolean ner, boolean parse, String nerModel, boolean coreNlpParser) implements Serializable {

  public NlpConfig(boolean ner, boolean parse, String nerModel) {
    this(ner, parse, nerModel, false);
  }

  /** This configuration, parsing with CoreNLP's own {@code depparse} annotator. */
  public NlpConfig withCoreNlpParser() {
    return new NlpConfig(ner, parse, nerModel, true);
  }

  /** Key {@code nlp.ner.model}: the CRF NER model. */
  public static final String NER_MODEL = "nlp.ner.model";
  /** Default of {@link #NER_MODEL}: CoNLL 4-class (PERSON, LOCATION, ORGANIZATION, MISC), measured best value. */
  public static final String NER_MODEL_DEFAULT = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** Everything newsgraph needs: tokens, NER and parses of candidate statement sentences. */
  public static NlpConfig full() {
    return new NlpConfig(true, true, NER_MODEL_DEFAULT);
  }

  /** Tokenisation and sentence splitting only. */
  public static NlpConfig sentencesOnly() {
    return new NlpConfig(false, false, NER_MODEL_DEFAULT);
  }
}
