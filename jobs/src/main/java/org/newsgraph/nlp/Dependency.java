package org.newsgraph.nlp;

/** A typed dependency between 1-based token indexes; {@code governor} 0 is the root. */
public record Dependency(int governor, int dependent, String relation) {
}
