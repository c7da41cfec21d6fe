package org.newsgraph.entities;

import java.util.List;

/**
 * A thing named after someone, called by that name alone: "Roe" is the story's "Anna Roe Space Telescope"
 * when the longer name ends in a head noun of {@code entities/name-heads.tsv} (a telescope, a programme,
 * a doctrine), it is the only such name holding the word, and no person of the story is called so. Not for
 * places ("Bergen" stays Bergen beside a "Bergen Agreement"). Document scope.
 */
final class HeadedNameShortForm implements NameRule {
  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    String w = name.text();
    if (name.multiWord() || !NameScope.isCapitalised(w) || scope.isPlace(w) || scope.isTitleOrStopword(w)) {
      return null;
    }
    if (scope.startingWith(w).stream().anyMatch(p -> p.type() == EntityType.PERSON && scope.headType(p.text()) == null)
        || scope.endingWith(w).stream().anyMatch(p -> p.type() == EntityType.PERSON)) {
      return null;
    }
    List<NameScope.Name> named = scope.names().stream().filter(n -> n.multiWord() && scope.headType(n.text()) != null
        && n.words().subList(0, n.words().size() - 1).contains(w)).toList();
    return named.size() == 1 ? new Verdict(named.get(0).text(), scope.headType(named.get(0).text()), Resolution.SHORT_FORM)
        : null;
  }
}
