package org.newsgraph.entities;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A one-word name the tagger did not call a person ("Roe" typed MISC) that is the first or last word of
 * exactly one person's full name of the scope is that person. Not for places ("Jordan" beside "Anna
 * Jordan"), titles or stop words.
 */
final class NamePartOfPerson implements NameRule {
  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    if (name.multiWord() || name.type().equals("PERSON") || !NameScope.isCapitalised(name.text())
        || scope.isPlace(name.text()) || scope.isTitleOrStopword(name.text())) {
      return null;
    }
    Set<String> persons = new LinkedHashSet<>();
    scope.startingWith(name.text()).stream().filter(p -> p.type().equals("PERSON")).forEach(p -> persons.add(p.text()));
    scope.endingWith(name.text()).stream().filter(p -> p.type().equals("PERSON")).forEach(p -> persons.add(p.text()));
    return persons.size() == 1 ? new Verdict(persons.iterator().next(), "PERSON", "short_form") : null;
  }
}
