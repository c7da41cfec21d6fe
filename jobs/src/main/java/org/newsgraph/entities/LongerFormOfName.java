package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A name, not a person's, that is the only longer name of the scope it is a shorter form of: the longer
 * name without its head noun, when the short one holds a connector ("Belt and Road" → Belt and Road
 * Initiative); the initials of its capitalised words ("SCO" → Shanghai Cooperation Organization); or
 * without its numbers ("Beijing Winter Olympic Games" → Beijing 2022 Winter Olympic Games).
 */
final class LongerFormOfName implements NameRule {
  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    if (name.type().equals("PERSON")) {
      return null;
    }
    String c = name.text();
    List<String> longer = new ArrayList<>();
    for (String other : scope.longerFormCandidates(c)) {
      if (!other.equals(c) && (withoutHead(other, c, scope) || CorpusResolver.initials(other, c)
          || CorpusResolver.withoutNumbers(other, c))) {
        longer.add(other);
      }
    }
    return longer.size() == 1 ? new Verdict(longer.get(0), null, "short_form") : null;
  }

  /** "Belt and Road" is "Belt and Road Initiative" without its head noun (and holds a connector). */
  private static boolean withoutHead(String longer, String c, NameScope scope) {
    return c.contains(" ") && longer.startsWith(c + " ") && longer.indexOf(' ', c.length() + 1) < 0
        && scope.wordHeadType(longer.substring(c.length() + 1)) != null
        && CorpusNames.words(c).stream().anyMatch(EntityLexicons.CONNECTORS::contains);
  }
}
