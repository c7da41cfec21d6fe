package org.newsgraph.text;

import org.newsgraph.model.Sentence;
import org.newsgraph.nlp.AnalyzedSentence;

/** A body sentence with its NLP analysis; all analysis offsets are into the document body. */
public record ParsedSentence(Sentence sentence, AnalyzedSentence analysis) {
}
