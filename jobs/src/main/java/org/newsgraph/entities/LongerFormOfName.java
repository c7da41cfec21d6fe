package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A name, not a person's, that is the only longer name of the scope it is a shorter form of: the longer
 * name without its head noun, when the short one holds a connector ("Trade and Transit" → Trade and Transit
 * Initiative); the initials of its capitalised words ("SCF" → Sylvania Cooperation Forum); or
 * without its numbers ("Bergen Winter Games" → Bergen 2030 Winter Games); in a story also an organisation
 * without its last word ("Bergen Appeals" → Bergen Appeals Court, "North Harbor" → North Harbor Bancorp).
 */
final class LongerFormOfName implements NameRule {
  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    if (name.type() == EntityType.PERSON) {
      return null;
    }
    String c = name.text();
    List<String> longer = new ArrayList<>();
    for (String other : scope.longerFormCandidates(c)) {
      if (!other.equals(c) && (withoutHead(other, c, scope) || CorpusResolver.initials(other, c)
          || CorpusResolver.withoutNumbers(other, c) || bodyWithoutLastWord(other, name, scope))) {
        longer.add(other);
      }
    }
    return longer.size() == 1 ? new Verdict(longer.get(0), null, Resolution.SHORT_FORM) : null;
  }

  /**
   * In a story, "Bergen Appeals" is the "Bergen Appeals Court" it also names, and "North Harbor" its "North Harbor
   * Bancorp": an organisation of two words or more and the same plus a body noun of {@code entities/body-nouns.txt}
   * or a company word of {@code entities/company-words.txt}, both organisations ("Acme Bank" and the "Acme Bank
   * Stadium" are two things).
   */
  private static boolean bodyWithoutLastWord(String longer, NameScope.Name name, NameScope scope) {
    NameScope.Name l = scope.get(longer);
    String c = name.text();
    if (scope.kind() != NameScope.Kind.DOCUMENT || !c.contains(" ") || name.type() != EntityType.ORGANIZATION
        || l == null || l.type() != EntityType.ORGANIZATION || !longer.startsWith(c + " ")
        || longer.indexOf(' ', c.length() + 1) >= 0) {
      return false;
    }
    String last = longer.substring(c.length() + 1);
    return scope.isBodyNoun(last) || scope.isCompanyWord(last);
  }

  /** "Trade and Transit" is "Trade and Transit Initiative" without its head noun (and holds a connector). */
  private static boolean withoutHead(String longer, String c, NameScope scope) {
    return c.contains(" ") && longer.startsWith(c + " ") && longer.indexOf(' ', c.length() + 1) < 0
        && scope.wordHeadType(longer.substring(c.length() + 1)) != null
        && CorpusNames.words(c).stream().anyMatch(EntityLexicons.CONNECTORS::contains);
  }
}
