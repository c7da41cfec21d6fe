package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A demonym the gazetteer does not list, of a place the document names: "Sylvanians" → Sylvania,
 * "Freedonan" → Freedona, "Texan" → Texas, "Bergener" → Bergen. The gazetteer's own demonyms ("Danish")
 * are resolved before the rules run; this covers states, cities and regions. Document scope.
 */
final class PlaceDemonym implements NameRule {
  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    String t = name.text();
    if (name.multiWord() || name.type() == EntityType.PERSON || !NameScope.isCapitalised(t) || scope.isPlace(t)) {
      return null;
    }
    List<String> places = new ArrayList<>();
    for (String stem : stems(t)) {
      NameScope.Name p = scope.get(stem);
      if (p != null && p.type() == EntityType.LOCATION) {
        places.add(stem);
      }
    }
    return places.isEmpty() ? null : new Verdict(places.get(0), EntityType.LOCATION, Resolution.DEMONYM);
  }

  /** Places a demonym can be formed from, most likely first. */
  static Set<String> stems(String demonym) {
    String s = demonym.endsWith("s") ? demonym.substring(0, demonym.length() - 1) : demonym;
    Set<String> out = new LinkedHashSet<>();
    if (s.length() < 5) {
      return out;
    }
    if (s.endsWith("an")) {
      out.add(s.substring(0, s.length() - 1));          // Sylvania-n
      out.add(s.substring(0, s.length() - 2));          // Ohio-an
      out.add(s.substring(0, s.length() - 1) + "s");    // Texa-n for Texa-s
      if (s.endsWith("ian")) {
        out.add(s.substring(0, s.length() - 3));        // Egypt-ian
        out.add(s.substring(0, s.length() - 3) + "a");  // Canad(a)-ian
        out.add(s.substring(0, s.length() - 3) + "e");  // Lakeshir(e)-ian
      }
    }
    if (s.endsWith("er")) {
      out.add(s.substring(0, s.length() - 2));          // Bergen-er
    }
    out.removeIf(x -> x.length() < 3);
    return out;
  }
}
