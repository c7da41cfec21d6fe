package org.newsgraph.entities;

import java.util.Locale;

/** The four entity types of the tables (CoreNLP's CoNLL classes), written to Parquet as their names. */
public enum EntityType {
  PERSON, LOCATION, ORGANIZATION, MISC;

  /** The type of a tagger's class or a table's string ("PERSON", "misc"); null for "O" and anything else. */
  public static EntityType of(String tag) {
    if (tag == null) {
      return null;
    }
    try {
      return valueOf(tag.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
