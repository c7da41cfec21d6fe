package org.newsgraph.entities;

import java.util.List;

/**
 * In a story, a one-word name is the only organisation whose name it opens: "Brightwater" is the story's
 * "Brightwater Semiconductor", "Harbourside" its "Harbourside United", "Northfield" its "Northfield Foods Inc" —
 * news names a company or club in full once and by its first word after that, whatever the tagger made of the
 * short form (a person, or a place when a town has that name).
 *
 * <p>Not when the longer name is a body ("Acme Council"), a place named after it ("Acme Stadium") or a family's
 * organisation ("Roe Organization"), where "Acme" or "Roe" may be something else; not for a given name, a body
 * noun ("Senate") or a word another name of the story opens or ends with ("House" beside "White House"); not for
 * a country, state or province ("Texas" is not "Texas Instruments", "China" not "China Southern Airlines"); and a
 * town of the gazetteer the tagger typed a place only for a company with a legal suffix ("Chicago" is not the
 * "Chicago Bulls").
 */
final class FirstWordOfOrganisation implements NameRule {
  private static final List<String> REGIONS = List.of("COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY");
  /**
   * Last words of names that are something other than the company or club itself: a place named after it
   * ("Acme Stadium"), or the body of a family or person ("Roe Foundation", "Roe Organization").
   */
  private static final List<String> OTHER_THINGS = List.of("stadium", "arena", "park", "hall", "centre", "center",
      "tower", "airport", "hotel", "bridge", "square", "building", "organization", "organisation", "family", "estate");
  /** At most this many words after the short form (legal suffix not counted): "Kestrel Power Systems". */
  private static final int MAX_REST = 3;

  private static boolean region(String fineType) {
    return fineType != null && REGIONS.contains(fineType);
  }

  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    String x = name.text();
    if (scope.kind() != NameScope.Kind.DOCUMENT || name.multiWord() || !NameScope.isCapitalised(x)
        || x.length() < 3 || x.equals(x.toUpperCase(java.util.Locale.ROOT)) || scope.isTitleOrStopword(x)
        || region(scope.gazetteer().fineType(x)) || scope.gazetteer().placeOfDemonym(x) != null) {
      return null;
    }
    if (scope.isGivenName(x) || scope.isBodyNoun(x) || !scope.endingWith(x).isEmpty()) {
      // "Laura" beside "Laura Roe Show", "Senate" beside "Senate Subcommittee", "House" beside "White House"
      return null;
    }
    NameScope.Name found = null;
    for (NameScope.Name l : scope.startingWith(x)) {
      if (!l.multiWord() || l.text().equals(x)) {
        continue;
      }
      if (l.type() != EntityType.ORGANIZATION) {
        return null; // "House Education" and "House Republicans": which one is it?
      }
      if (found != null && !CompanySuffix.withoutSuffix(found.text()).equals(CompanySuffix.withoutSuffix(l.text()))) {
        return null; // "Acme Bank" and "Acme Foods"
      }
      // ("Harbor Foods" and "Harbor Foods Inc" are one company: the full name)
      found = found == null || l.text().length() > found.text().length() ? l : found;
    }
    if (found == null) {
      return null;
    }
    List<String> rest = found.words().subList(1, found.words().size());
    boolean suffix = CompanySuffix.isSuffix(rest.get(rest.size() - 1).replaceAll(",$", ""));
    List<String> core = suffix ? rest.subList(0, rest.size() - 1) : rest;
    String last = core.isEmpty() ? "" : core.get(core.size() - 1).toLowerCase(java.util.Locale.ROOT);
    if (core.isEmpty() || core.size() > MAX_REST || !core.stream().allMatch(NameScope::isCapitalised)
        || OTHER_THINGS.contains(last) || scope.isBodyNoun(last)
        || name.type() == EntityType.LOCATION && !suffix && scope.gazetteer().fineType(x) != null) {
      return null;
    }
    return new Verdict(found.text(), EntityType.ORGANIZATION, Resolution.SHORT_FORM);
  }
}
