package org.newsgraph.nlp;

/**
 * One token. Offsets are into the text given to {@link NlpEngine#analyze}; {@code index} is 1-based
 * within its sentence (0 is the dependency root).
 */
public record Token(int index, int begin, int end, String word, String lemma, String pos, String ner) {
}
