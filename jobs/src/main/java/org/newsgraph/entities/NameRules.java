package org.newsgraph.entities;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.newsgraph.util.Lexicon;

/**
 * The {@link NameRule}s in their configured order, each with the scopes it runs in (lines
 * {@code rule-id TAB document,corpus} of {@code entities/name-rules.txt}). A document's resolver runs the
 * {@code document} rules over the document's names, the corpus resolver the {@code corpus} rules over the
 * corpus's. A name a rule merged is not looked at again by later rules; a merge into a name that is itself
 * merged follows on ("Courier" → "Bergen Courier" → ...), without cycles.
 */
final class NameRules {
  static final String RESOURCE = "/org/newsgraph/entities/name-rules.txt";

  static final Map<String, Supplier<NameRule>> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put("given-name-person", GivenNamePerson::new);
    KNOWN.put("name-part-of-person", NamePartOfPerson::new);
    KNOWN.put("all-words-acronym", AllWordsAcronym::new);
    KNOWN.put("middle-initial", MiddleInitial::new);
    KNOWN.put("longer-form-of-name", LongerFormOfName::new);
    KNOWN.put("company-suffix", CompanySuffix::new);
    KNOWN.put("first-word-of-organisation", FirstWordOfOrganisation::new);
    KNOWN.put("headed-name-short-form", HeadedNameShortForm::new);
    KNOWN.put("short-form-of-body", ShortFormOfBody::new);
    KNOWN.put("plural-party", PluralPartyName::new);
    KNOWN.put("directional-short-form", DirectionalShortForm::new);
    KNOWN.put("place-demonym", PlaceDemonym::new);
    KNOWN.put("misspelt-place", MisspeltPlace::new);
  }

  private record Entry(String id, NameRule rule, Set<NameScope.Kind> scopes) {
  }

  private final List<Entry> rules;

  private NameRules(List<Entry> rules) {
    this.rules = rules;
  }

  static NameRules defaults() {
    return parse(Lexicon.lines(RESOURCE));
  }

  /** Rules from configuration lines; an unknown rule or scope is an error, not a silent skip. */
  static NameRules parse(List<String> lines) {
    List<Entry> out = new java.util.ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\\s+", 2);
      Supplier<NameRule> rule = KNOWN.get(f[0]);
      if (rule == null) {
        throw new IllegalArgumentException("unknown name rule '" + f[0] + "'; known: " + KNOWN.keySet());
      }
      Set<NameScope.Kind> scopes = EnumSet.noneOf(NameScope.Kind.class);
      for (String s : (f.length > 1 ? f[1] : "document,corpus").split("[,\\s]+")) {
        try {
          scopes.add(NameScope.Kind.valueOf(s.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("name rule '" + f[0] + "': unknown scope '" + s
              + "' (document or corpus)", e);
        }
      }
      out.add(new Entry(f[0], rule.get(), scopes));
    }
    return new NameRules(List.copyOf(out));
  }

  int size() {
    return rules.size();
  }

  /**
   * Every name of the scope some rule decided on: the final name it stands for (chains followed), its type
   * (the target's type in the scope once retyped, or the one the rule gave) and the resolution.
   */
  Map<String, NameRule.Verdict> resolve(NameScope scope) {
    Map<String, NameRule.Verdict> verdicts = new TreeMap<>();
    for (Entry e : rules) {
      if (!e.scopes().contains(scope.kind())) {
        continue;
      }
      for (NameScope.Name n : scope.names()) {
        NameRule.Verdict prior = verdicts.get(n.text());
        if (prior != null && !prior.name().equals(n.text())) {
          continue;
        }
        NameRule.Verdict v = e.rule().apply(scope.get(n.text()), scope);
        if (v == null) {
          continue;
        }
        if (v.name().equals(n.text())) {
          if (v.type() != null) {
            scope.retype(n.text(), v.type());
          }
        }
        verdicts.put(n.text(), v);
      }
    }
    Map<String, NameRule.Verdict> out = new TreeMap<>();
    verdicts.forEach((name, v) -> {
      String target = v.name();
      for (int hops = 0; hops < 8; hops++) {
        NameRule.Verdict next = verdicts.get(target);
        if (next == null || next.name().equals(target) || next.name().equals(name)) {
          break;
        }
        target = next.name();
      }
      NameScope.Name t = scope.get(target);
      EntityType type = v.type() != null ? v.type() : t != null ? t.type() : null;
      out.put(name, new NameRule.Verdict(target, type, v.resolution()));
    });
    return out;
  }
}
