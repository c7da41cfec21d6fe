package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides the final entity of every document-level name across the corpus. In order: an acronym takes the
 * expansion most documents give it ("FWP" → Freedonian Workers Party); spellings that differ only in case
 * take the most frequent one; names equal once acronyms are expanded are one; then the {@link NameRules}
 * configured for the corpus scope ({@code entities/name-rules.txt}: a one-word person name joins the only
 * full name it belongs to, acronyms of every word, middle initials, names without their head noun or year,
 * bodies without their qualifier, parties named by their members); the alias file has the last word. The
 * type of a final name is the one most of its mentions have, countries being LOCATION.
 */
public final class CorpusResolver {
  private final EntityLexicons lex;
  private final Gazetteer gazetteer;
  private final AliasTable aliases;
  private final NameRules nameRules;

  public CorpusResolver(EntityLexicons lex, Gazetteer gazetteer, AliasTable aliases) {
    this(lex, gazetteer, aliases, NameRules.defaults());
  }

  CorpusResolver(EntityLexicons lex, Gazetteer gazetteer, AliasTable aliases, NameRules nameRules) {
    this.lex = lex;
    this.gazetteer = gazetteer;
    this.aliases = aliases;
    this.nameRules = nameRules;
  }

  public CorpusNames resolve(List<CorpusNames.NameCount> names, List<CorpusNames.AcronymCount> acronymCounts) {
    Map<String, String> acronyms = new HashMap<>();
    Map<String, Long> best = new HashMap<>();
    for (CorpusNames.AcronymCount a : acronymCounts) {
      if (a.count() > best.getOrDefault(a.acronym(), 0L)
          || a.count() == best.getOrDefault(a.acronym(), 0L) && a.expansion().compareTo(acronyms.get(a.acronym())) < 0) {
        best.put(a.acronym(), a.count());
        acronyms.put(a.acronym(), a.expansion());
      }
    }
    // step 1: acronyms, step 2: case variants
    Map<String, String> name = new TreeMap<>();
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    for (CorpusNames.NameCount n : names) {
      String c = acronyms.getOrDefault(n.canonical(), n.canonical());
      name.put(CorpusNames.key(n.canonical(), n.type()), c);
      forms.computeIfAbsent(c.toLowerCase(Locale.ROOT), k -> new TreeMap<>()).merge(c, (int) n.count(), Integer::sum);
    }
    name.replaceAll((k, c) -> DocumentResolver.bestForm(forms.get(c.toLowerCase(Locale.ROOT))));
    // counts of the intermediate names by type
    Map<String, Map<String, Integer>> votes = new TreeMap<>();
    for (CorpusNames.NameCount n : names) {
      votes.computeIfAbsent(name.get(CorpusNames.key(n.canonical(), n.type())), k -> new HashMap<>())
          .merge(n.type(), (int) n.count(), Integer::sum);
    }
    Map<String, String> merged = new HashMap<>();
    mergeExpandedAcronyms(votes, acronyms, merged);
    // the configured name rules over the corpus's names ("Roe" → the only Jane Roe, "DORA" → Department of
    // Regional Affairs, "Assembly" → the only "Sylvanian Assembly"); each pairs a name with the few names it can relate to through
    // an index of the scope (by first or last word, by initials, by the name less its last word or its
    // numbers), not by scanning all names: a corpus has tens of thousands of distinct names, and scans made
    // this step quadratic (40 s for 6,400)
    Map<String, String> majority = new HashMap<>();
    votes.forEach((c, v) -> majority.put(c, DocumentResolver.majority(v)));
    List<NameScope.Name> scopeNames = new ArrayList<>();
    votes.forEach((c, v) -> scopeNames.add(new NameScope.Name(c, EntityType.of(majority.get(c)),
        v.values().stream().mapToInt(Integer::intValue).sum())));
    nameRules.resolve(new NameScope(NameScope.Kind.CORPUS, scopeNames, gazetteer, lex,
        org.newsgraph.nlp.NameGender.fromCoreNlpModels())).forEach((c, v) -> {
      if (!v.name().equals(c) && !merged.containsKey(c)) {
        merged.put(c, merged.getOrDefault(v.name(), v.name()));
      }
    });
    // final names, alias file, and type vote over final names
    Map<String, String> finalName = new TreeMap<>();
    Map<String, Map<String, Integer>> finalVotes = new HashMap<>();
    Map<String, String> forcedType = new HashMap<>();
    for (CorpusNames.NameCount n : names) {
      String k = CorpusNames.key(n.canonical(), n.type());
      String c = merged.getOrDefault(name.get(k), name.get(k));
      AliasTable.Target t = aliases.lookup(c);
      if (t != null) {
        c = t.name();
        if (t.type() != null) {
          forcedType.put(c, t.type());
        }
      }
      finalName.put(k, c);
      finalVotes.computeIfAbsent(c, x -> new HashMap<>()).merge(n.type(), (int) n.count(), Integer::sum);
    }
    Map<String, CorpusNames.Entity> finals = new HashMap<>();
    for (CorpusNames.NameCount n : names) {
      String k = CorpusNames.key(n.canonical(), n.type());
      String c = finalName.get(k);
      EntityType head = lex.nameEndType(c);
      String type = forcedType.containsKey(c) ? forcedType.get(c)
          : "COUNTRY".equals(gazetteer.fineType(c)) ? EntityType.LOCATION.name()
          : head != null ? head.name() : DocumentResolver.majority(finalVotes.get(c));
      finals.put(k, new CorpusNames.Entity(c, type));
    }
    return new CorpusNames(finals, searches(names, finals));
  }

  /**
   * Names whose content words agree once acronyms are expanded are one name: "5th FWP National Congress"
   * and "20th National Congress of the Communist Party of China". The most frequent spelling wins.
   */
  private static void mergeExpandedAcronyms(Map<String, Map<String, Integer>> votes, Map<String, String> acronyms,
                                            Map<String, String> merged) {
    Map<String, List<String>> byBag = new TreeMap<>();
    for (String c : votes.keySet()) {
      if (c.contains(" ")) {
        byBag.computeIfAbsent(bag(c, acronyms), k -> new ArrayList<>()).add(c);
      }
    }
    for (List<String> group : byBag.values()) {
      if (group.size() < 2) {
        continue;
      }
      String winner = group.stream().max(Comparator.comparingInt((String c) -> votes.get(c).values().stream()
          .mapToInt(Integer::intValue).sum()).thenComparingInt(String::length).thenComparing(Comparator.reverseOrder()))
          .orElseThrow();
      group.stream().filter(c -> !c.equals(winner)).forEach(c -> merged.put(c, winner));
    }
  }

  private static String bag(String name, Map<String, String> acronyms) {
    List<String> words = new ArrayList<>();
    for (String w : name.split("\\s+")) {
      String exp = acronyms.get(w);
      for (String x : (exp != null ? exp : w).split("\\s+")) {
        if (!EntityLexicons.CONNECTORS.contains(x.toLowerCase(Locale.ROOT))) {
          words.add(x.toLowerCase(Locale.ROOT));
        }
      }
    }
    words.sort(String::compareTo);
    return String.join(" ", words);
  }

  private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile(
      "^(?:Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Dr)\\.?\\s+");

  /** "Sir John" → "John": an honorific before a name is not part of it. */
  static String withoutHonorific(String c) {
    return HONORIFIC.matcher(c).replaceFirst("");
  }

  private static final java.util.regex.Pattern ACRONYM_2_8 = java.util.regex.Pattern.compile("\\p{Lu}{2,8}");
  private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile("\\s+\\d+(st|nd|rd|th)?\\b");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** "SCO" is the initials of the capitalised words of "Shanghai Cooperation Organization". */
  static boolean initials(String longer, String c) {
    if (!ACRONYM_2_8.matcher(c).matches() || !longer.contains(" ")) {
      return false;
    }
    return initialsOf(longer, false).equals(c);
  }

  /** First letters of the name's words (all of them, upper-cased, or only the capitalised ones). */
  static String initialsOf(String name, boolean everyWord) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && (everyWord || Character.isUpperCase(w.charAt(0)))) {
        sb.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return sb.toString();
  }

  /** "Beijing Winter Olympic Games" is "Beijing 2022 Winter Olympic Games" without its number. */
  static String stripNumbers(String longer) {
    return SPACES.matcher(NUMBER_WORD.matcher(longer).replaceAll("")).replaceAll(" ").strip();
  }

  static boolean withoutNumbers(String longer, String c) {
    String stripped = stripNumbers(longer);
    return c.contains(" ") && !stripped.equals(longer) && stripped.equals(c);
  }

  /**
   * Multi-word names searched case-insensitively in every document: each final name with a head
   * noun or of three words or more, plus, for names ending in a head noun, the name without it when
   * that still holds a connector ("Belt and Road").
   */
  private Map<String, CorpusNames.Entity> searches(List<CorpusNames.NameCount> names,
                                                   Map<String, CorpusNames.Entity> finals) {
    Map<String, CorpusNames.Entity> out = new TreeMap<>();
    List<CorpusNames.Entity> entities = new ArrayList<>(new java.util.LinkedHashSet<>(finals.values()));
    entities.sort(Comparator.comparing(CorpusNames.Entity::name));
    for (CorpusNames.Entity e : entities) {
      if (EntityType.PERSON.name().equals(e.type())) {
        continue;
      }
      List<String> w = CorpusNames.words(e.name());
      if (w.size() < 2) {
        continue;
      }
      boolean head = lex.nameHeadType(e.name()) != null;
      if (head || w.size() >= 3) {
        out.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
      }
      if (head && w.size() >= 4) {
        List<String> rest = w.subList(0, w.size() - 1);
        if (rest.stream().anyMatch(x -> EntityLexicons.CONNECTORS.contains(x))) {
          out.putIfAbsent(String.join(" ", rest).toLowerCase(Locale.ROOT), e);
        }
      }
    }
    return out;
  }
}
