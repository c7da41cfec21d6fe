package org.newsgraph.entities;

/**
 * One rule that relates a name to the other names of its scope (a document or the corpus): "Courier" is the
 * "Bergen Courier" of the same scope, "Reformists" its "Reformist Party", "Anna Roe" a mis-typed person. Rules run
 * in the order of {@code entities/name-rules.txt}, each for the scopes that file gives it; see
 * {@link NameRules}. A rule is plain Java over a {@link NameScope}: no Spark, no NLP models.
 */
interface NameRule {
  /**
   * What {@code name} is: another name of the scope it stands for (with the resolution to record), or itself
   * with another type; null when the rule does not apply.
   */
  Verdict apply(NameScope.Name name, NameScope scope);

  /** The name a name stands for, the type it gets (null: the scope's vote decides) and why. */
  record Verdict(String name, EntityType type, Resolution resolution) {
  }
}
