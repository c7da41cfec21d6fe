package org.newsgraph.entities;

import java.util.Locale;
import org.newsgraph.util.Ids;

/** Entity ids: stable across runs and documents, derived from the canonical name and type. */
public final class EntityIds {
  private EntityIds() {
  }

  public static String of(String canonical, String type) {
    return type.toLowerCase(Locale.ROOT).charAt(0) + "_" + Ids.hash(canonical, type);
  }
}
