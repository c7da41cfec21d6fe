package org.newsgraph.model;

/**
 * A body sentence. Offsets are 0-based, end-exclusive {@code String} indexes into the document body.
 */
public record Sentence(String docId, int idx, int begin, int end, String text) {
}
