package org.newsgraph.entities;

/**
 * A party named by its members: "Reformists" is the scope's "Reformist Party", "Agrarians" its "Agrarian Party", when
 * the scope names that party.
 */
final class PluralPartyName implements NameRule {
  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    String t = name.text();
    if (name.multiWord() || t.length() < 4 || !t.endsWith("s") || !NameScope.isCapitalised(t)) {
      return null;
    }
    String stem = t.substring(0, t.length() - 1);
    for (String party : new String[] {stem + " Party", "The " + stem + " Party"}) {
      NameScope.Name p = scope.get(party);
      if (p != null && p.type() != EntityType.PERSON) {
        return new Verdict(party, p.type(), Resolution.SHORT_FORM);
      }
    }
    return null;
  }
}
