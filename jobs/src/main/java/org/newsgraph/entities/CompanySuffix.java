package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A company named without its legal suffix: "Bergen Media" is the scope's "Bergen Media, Inc." or "Bergen Media
 * Corp.", whatever the tagger made of the short form (a company in a list of names is often typed a person).
 */
final class CompanySuffix implements NameRule {
  /**
   * Legal suffixes of company names as written, the one list of them: this rule, the mention finder (a suffix
   * alone is no name) and the linker (names are looked up without them) use it.
   */
  static final List<String> SUFFIXES = List.of("Inc.", "Inc", "Corp.", "Corp", "Corporation", "Co.", "Co", "Ltd.",
      "Ltd", "Limited", "LLC", "L.L.C.", "LLP", "LP", "PLC", "plc", "AG", "SA", "S.A.", "NV", "N.V.", "GmbH");

  /** A legal suffix, also with a period after it ("LLC."). */
  static boolean isSuffix(String word) {
    return SUFFIXES.contains(word) || word.endsWith(".") && SUFFIXES.contains(word.substring(0, word.length() - 1));
  }

  /** The name less one legal suffix at its end and the comma before it ("Acme Foods, Inc." → "Acme Foods"). */
  static String withoutSuffix(String name) {
    int space = name.lastIndexOf(' ');
    return space > 0 && isSuffix(name.substring(space + 1).replaceAll(",$", ""))
        ? name.substring(0, space).replaceAll(",$", "") : name;
  }

  /** The alternatives of a regular expression that matches any suffix as written. */
  static String pattern() {
    return String.join("|", SUFFIXES.stream().map(java.util.regex.Pattern::quote).toList());
  }

  @Override
  public Verdict apply(NameScope.Name name, NameScope scope) {
    List<String> longer = new ArrayList<>();
    for (String suffix : SUFFIXES) {
      for (String sep : new String[] {" ", ", "}) {
        NameScope.Name l = scope.get(name.text() + sep + suffix);
        if (l != null && l.type() != EntityType.PERSON) {
          longer.add(l.text());
        }
      }
    }
    return longer.size() == 1 ? new Verdict(longer.get(0), EntityType.ORGANIZATION, Resolution.SHORT_FORM) : null;
  }
}
