package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-letter misspelling of a place the gazetteer knows and the document names ("Sylvnia" beside
 * "Sylvania") is that place, whatever the tagger made of it. Only words of six letters or more, and never a
 * word that is itself a known place ("Austria" is no misspelling of anything). Document scope.
 */
final class MisspeltPlace implements NameRule {
  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    String t = name.text();
    if (name.multiWord() || t.length() < 6 || !NameScope.isCapitalised(t) || scope.isPlace(t)) {
      return null;
    }
    List<String> places = new ArrayList<>();
    for (NameScope.Name p : scope.names()) {
      if (!p.multiWord() && p.count() >= name.count() && p.type() == EntityType.LOCATION
          && scope.gazetteer().fineType(p.text()) != null && DocumentResolver.editDistanceOne(p.text(), t)) {
        places.add(p.text());
      }
    }
    return places.size() == 1 ? new Verdict(places.get(0), EntityType.LOCATION, Resolution.MISSPELLING) : null;
  }
}
