package org.newsgraph.eval.polnear;

/**
 * One attribution relation of one article: who (source), the words that attribute (cue) and what is
 * attributed (content). The source is empty for PolNeAR's {@code Attribution-no-source} and for rows
 * without a speaker span.
 */
public record Attribution(String docId, Spans source, Spans cue, Spans content) {
}
