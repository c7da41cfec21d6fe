package org.newsgraph.entities;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An acronym of three to eight capitals is the only longer name of the scope whose every word, connectors
 * included, it abbreviates ("DORA" → Department of Regional Affairs, "FNWC" → Forum of National
 * Water Councils).
 */
final class AllWordsAcronym implements NameRule {
  private static final Pattern ACRONYM_3_8 = Pattern.compile("\\p{Lu}{3,8}");

  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    if (name.multiWord() || !ACRONYM_3_8.matcher(name.text()).matches()) {
      return null;
    }
    List<NameScope.Name> expanded = scope.withAllInitials(name.text());
    return expanded.size() == 1 ? new Verdict(expanded.get(0).text(), null, Resolution.ACRONYM) : null;
  }
}
