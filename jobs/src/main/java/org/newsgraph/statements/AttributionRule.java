package org.newsgraph.statements;

/**
 * One attribution construction (a sieve). Rules run in the order of {@code statements/sieves.txt} over a
 * document's {@link AttributionContext}; each adds, changes or removes drafts, and sees what earlier
 * rules found.
 */
interface AttributionRule {
  void apply(AttributionContext ctx);
}
