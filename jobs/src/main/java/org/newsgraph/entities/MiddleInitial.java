package org.newsgraph.entities;

import java.util.regex.Pattern;

/** "Jane Q. Roe" is the scope's "Jane Roe" with a middle initial. */
final class MiddleInitial implements NameRule {
  private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\s+\\p{Lu}\\.(?=\\s)");

  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    if (name.type() != EntityType.PERSON || !name.multiWord()) {
      return null;
    }
    String plain = MIDDLE_INITIAL.matcher(name.text()).replaceAll("");
    return !plain.equals(name.text()) && scope.get(plain) != null ? new Verdict(plain, null, Resolution.SHORT_FORM) : null;
  }
}
