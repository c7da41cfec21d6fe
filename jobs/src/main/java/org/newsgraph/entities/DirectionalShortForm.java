package org.newsgraph.entities;

import java.util.List;
import java.util.Set;

/**
 * "the North" of a story about North Freedonia is North Freedonia: a bare compass word is the only place of
 * the document named with it. Document scope: across stories "the North" is many places.
 */
final class DirectionalShortForm implements NameRule {
  private static final Set<String> COMPASS = Set.of("North", "South", "East", "West");

  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    if (!COMPASS.contains(name.text())) {
      return null;
    }
    List<NameScope.Name> places = scope.startingWith(name.text()).stream()
        .filter(p -> p.type() == EntityType.LOCATION || scope.isPlace(p.text())).toList();
    return places.size() == 1 ? new Verdict(places.get(0).text(), EntityType.LOCATION, Resolution.SHORT_FORM) : null;
  }
}
