package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A body named without its qualifier: "Assembly" is the scope's "S.R. Assembly", "Courier" its "Bergen
 * Courier", "Budget Council" its "FNN Budget Council", "Delegates" its "Chamber of Delegates". The longer name must be
 * the only one of the scope that is the short name qualified by a place or an acronym ("S.R.", "Bergen",
 * "FNN") or "X of" the short name; an adjective does not qualify, so "Hall" is not the "Grand Hall"
 * ("S.R. Assembly" and "Sylvanian Republic Assembly" count as one). Not
 * for persons and not for names that are places themselves.
 */
final class ShortFormOfBody implements NameRule {
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}(?:\\.?\\p{Lu}){1,4}\\.?");

  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    if (name.type() == EntityType.PERSON || !Character.isUpperCase(name.text().charAt(0))
        || scope.isPlace(name.text()) || ACRONYM.matcher(name.text()).matches()
        || !name.multiWord() && scope.isTitleOrStopword(name.text())) {
      return null;
    }
    List<String> longer = new ArrayList<>();
    for (NameScope.Name l : scope.endingWith(name.lastWord())) {
      if (l.type() == EntityType.PERSON || l.text().equals(name.text()) || !l.text().endsWith(" " + name.text())) {
        continue;
      }
      String qualifier = l.text().substring(0, l.text().length() - name.text().length() - 1);
      if (qualifies(qualifier, scope)) {
        longer.add(l.text());
      }
    }
    // "S.R. Assembly" and "Sylvanian Republic Assembly" are one candidate: an acronym qualifier spelling another's initials
    longer.removeIf(a -> longer.stream().anyMatch(b -> b != a && sameQualifier(a, b, name.text())));
    return longer.size() == 1 ? new Verdict(longer.get(0), null, Resolution.SHORT_FORM) : null;
  }

  private static boolean sameQualifier(String acronymForm, String fullForm, String shortName) {
    String a = acronymForm.substring(0, acronymForm.length() - shortName.length() - 1).replace(".", "");
    return CorpusResolver.initials(fullForm.substring(0, fullForm.length() - shortName.length() - 1), a);
  }

  private static boolean qualifies(String qualifier, NameScope scope) {
    if (qualifier.startsWith("The ")) {
      qualifier = qualifier.substring(4);
    }
    if (ACRONYM.matcher(qualifier).matches() || scope.isPlace(qualifier)) {
      return true;
    }
    // "Chamber of" Delegates: one capitalised word and "of"
    String[] w = qualifier.split(" ");
    return w.length == 2 && w[1].equals("of") && NameScope.isCapitalised(w[0]);
  }
}
