package org.newsgraph.entities;

/**
 * A name of two or three capitalised words typed a place or MISC, and no place of the gazetteer, is a person
 * when the scope uses its first word alone ("ahead of Anselm Roe ... get past Anselm": places are not called
 * by their first word), or when it starts with a given name of CoreNLP's name list ("Anna") and the scope uses
 * its last word alone ("Anna Roe ... Roe said"), as stories do with people. A name typed an organisation is a
 * person only on the second evidence with the last word alone typed a person ("Sofia Roe" tagged as a body, then
 * "Roe said"); so is a name whose given name is also a place, also when the surname alone is tagged a place too
 * ("Sofia Roe-Diaz ... Roe-Diaz will face"). Document scope: the evidence is the story's own.
 */
final class GivenNamePerson implements NameRule {
  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    boolean organisation = name.type() == EntityType.ORGANIZATION;
    if (!(name.type() == EntityType.LOCATION || name.type() == EntityType.MISC || organisation)
        || scope.isPlace(name.text())) {
      return null;
    }
    var words = name.words();
    if (words.size() < 2 || words.size() > 3 || !words.stream().allMatch(w -> NameScope.isCapitalised(w)
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '.'))) {
      return null;
    }
    String last = name.lastWord();
    String first = name.firstWord();
    // the surname alone is a person of the story: a given name or surname that is also a place ("Sofia",
    // "Florence", "Marin") does not make the name a place, nor a tag of organisation a body ("defending champion
    // Sofia Roe ... Roe said")
    NameScope.Name alone = scope.get(last);
    boolean surnamePerson = scope.isGivenName(first) && alone != null && alone.type() == EntityType.PERSON;
    // ("Sofia Roe-Diaz" tagged a place and "Roe-Diaz" a place or a body: a given name that is a place, then a
    // surname that is none, used alone as stories call people)
    boolean surnameAloneNoPlace = scope.isGivenName(first) && alone != null && !scope.isPlace(last);
    if (scope.isPlace(last) && !surnamePerson || scope.isPlace(first) && !surnamePerson && !surnameAloneNoPlace
        || scope.isTitleOrStopword(first)) {
      return null;
    }
    if (organisation) {
      return surnamePerson ? new Verdict(name.text(), EntityType.PERSON, Resolution.NAME) : null;
    }
    boolean firstAlone = scope.get(first) != null && !scope.get(first).type().equals(EntityType.ORGANIZATION);
    boolean surnameAlone = scope.isGivenName(first) && scope.get(last) != null;
    if (!firstAlone && !surnameAlone) {
      return null;
    }
    return new Verdict(name.text(), EntityType.PERSON, Resolution.NAME);
  }
}
