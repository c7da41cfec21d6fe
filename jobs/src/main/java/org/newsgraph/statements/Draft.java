package org.newsgraph.statements;

/**
 * A statement being built by the attribution rules: body offsets of its cue and content, its sentence,
 * its speaker, and the rule that found it. Becomes a {@link org.newsgraph.model.Statement} at the end.
 *
 * @param sentenceIdx the sentence holding the content
 * @param cueBegin    cue span (may lie in another sentence for quotation continuations)
 * @param kind        direct, indirect or mixed; null to compute it from the quotations
 * @param rule        name of the rule that produced it
 */
record Draft(int sentenceIdx, Speaker speaker, int cueBegin, int cueEnd, String cueLemma, String cueClass,
             int contentBegin, int contentEnd, String kind, String rule) {

  int overlap(int begin, int end) {
    return Math.max(0, Math.min(end, contentEnd) - Math.max(begin, contentBegin));
  }
}
