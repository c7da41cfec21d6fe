package org.newsgraph.entities;

import java.util.Locale;

/**
 * How a mention's surface was linked to its canonical name; written to {@code mentions.resolution} as the
 * lower-case label ({@code short_form}, ...). {@link #PHRASE} marks a head-noun phrase while mentions are found
 * and is written as {@code name}.
 */
public enum Resolution {
  NAME, SHORT_FORM, PROPAGATED, DEMONYM, ACRONYM, CASE_VARIANT, MISSPELLING, CORPUS_LINK, ALIAS_FILE, NATIONAL_BODY, PHRASE;

  /** The label in the tables. */
  public String label() {
    return this == PHRASE ? "name" : name().toLowerCase(Locale.ROOT);
  }
}
