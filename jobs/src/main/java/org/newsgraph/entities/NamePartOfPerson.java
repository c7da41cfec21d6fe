package org.newsgraph.entities;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A one-word name ("Roe", or "Sir Jane" less its honorific; a person's name in capitals, "ROE", as the last
 * word in any case) that is the first or last word of exactly one person's full name of the scope is that
 * person ("Roe" → Anna-Maria Roe, while "Doe" beside Jane Doe and John Doe stays as it is). In a document the word may be one the tagger did not call a person ("Roe" typed
 * MISC) — not a place ("Jordan" beside "Anna Jordan"), title or stop word; across the corpus only person
 * names count, as the story is no longer there to tell, and a given name of CoreNLP's list is no one's first word
 * there unless an honorific styles it ("Dame Jane"). A surname with a particle ("van Dijk") is the one person
 * whose full name ends with it, particle in lower case ("Pia van Dijk").
 */
final class NamePartOfPerson implements NameRule {
  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    String bare = CorpusResolver.withoutHonorific(name.text());
    if (bare.contains(" ")) {
      return name.type() == EntityType.PERSON ? surnameWithParticle(name, bare, scope) : null;
    }
    if (name.type() != EntityType.PERSON && (scope.kind() != NameScope.Kind.DOCUMENT || !NameScope.isCapitalised(bare)
        || scope.isPlace(bare) || scope.isTitleOrStopword(bare))) {
      return null;
    }
    // "Eastern Freedonia" typed a person is no person ("Freedonia" stays Freedonia)
    Set<String> persons = new LinkedHashSet<>();
    if (scope.kind() == NameScope.Kind.DOCUMENT || !bare.equals(name.text()) || !scope.isGivenName(bare)) {
      // (across the corpus a given name alone is no one in particular: "Brian" of one story is not the only Brian
      // Kessler of another; with an honorific it is the person so styled, "Dame Jane")
      scope.startingWith(bare).stream().filter(p -> p.type() == EntityType.PERSON).forEach(p -> persons.add(p.text()));
    }
    scope.endingWith(bare).stream().filter(p -> p.type() == EntityType.PERSON).forEach(p -> persons.add(p.text()));
    if (persons.isEmpty() && name.type() == EntityType.PERSON && allCapitals(bare)) {
      // a transcript's speaker label or a byline in capitals ("RIVERA:") is the surname of the story's person
      scope.endingWithIgnoringCase(bare).stream().filter(p -> p.type() == EntityType.PERSON)
          .filter(p -> !allCapitals(p.lastWord())).forEach(p -> persons.add(p.text()));
    }
    persons.remove(name.text());
    persons.removeIf(p -> EntityLexicons.DIRECTIONS.contains(p.substring(0, p.indexOf(' ')).toLowerCase(java.util.Locale.ROOT)));
    return persons.size() == 1 ? new Verdict(persons.iterator().next(), EntityType.PERSON, Resolution.SHORT_FORM) : null;
  }

  /**
   * "van Dijk" (or "Van Dijk" opening a sentence) → the only person whose full name ends with it and writes
   * the particle in lower case ("Pia van Dijk", "Luis de la Cruz"): the surname of names with particles.
   */
  private static Verdict surnameWithParticle(NameScope.Name name, String bare, NameScope scope) {
    String last = bare.substring(bare.lastIndexOf(' ') + 1);
    String suffix = " " + bare.toLowerCase(java.util.Locale.ROOT);
    Set<String> persons = new LinkedHashSet<>();
    for (NameScope.Name p : scope.endingWith(last)) {
      String t = p.text();
      int at = t.length() - suffix.length();
      if (p.type() == EntityType.PERSON && at > 0 && t.toLowerCase(java.util.Locale.ROOT).endsWith(suffix)
          && Character.isLowerCase(t.charAt(at + 1)) && !t.equals(name.text())) {
        persons.add(t);
      }
    }
    return persons.size() == 1 ? new Verdict(persons.iterator().next(), EntityType.PERSON, Resolution.SHORT_FORM) : null;
  }

  /** A word of three letters or more, all of them capitals ("RIVERA", "O'NEILL"). */
  static boolean allCapitals(String word) {
    long letters = word.chars().filter(Character::isLetter).count();
    return letters >= 3 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
