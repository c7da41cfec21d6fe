package org.newsgraph.entities;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.util.Lexicon;

/** Word lists of the entity stages, read from resources so they can be extended without code changes. */
public final class EntityLexicons {
  final Set<String> titles;
  final Map<String, String> heads;
  final Set<String> stopwords;
  /** Words for groups of people by race or origin, no entity alone ({@code entities/group-words.txt}). */
  final Set<String> groupWords;
  final Set<String> bodyNouns;
  /** Appositive head nouns and the type they give a name ({@code appositive-heads.tsv}). */
  final Map<String, String> appositiveHeads;
  /** Those of them that type a name written right before it ("carmaker Acme Motoren"). */
  final Set<String> prefixHeads;
  final Set<String> companyWords;
  /** Last words of bodies named after two places joined by "and" ("Avon and Somerset Police"), lower case. */
  final Set<String> areaBodies;
  /** Particles inside surnames ("Le" of "Marine Le Pen"), lower case. */
  final Set<String> surnameParticles;
  static final Set<String> CONNECTORS = Set.of("and", "of", "for", "on", "the", "in", "with", "a", "an", "to");
  static final Set<String> RIGHT_CONNECTORS = Set.of("of", "for", "on", "with");
  static final Set<String> DIRECTIONS = Set.of("central", "north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
      "southeastern", "southwestern", "sub-saharan");

  public EntityLexicons() {
    titles = lowerSet("/org/newsgraph/entities/titles.txt");
    stopwords = lowerSet("/org/newsgraph/entities/stopwords.txt");
    bodyNouns = lowerSet("/org/newsgraph/entities/body-nouns.txt");
    Map<String, String> h = new HashMap<>();
    Lexicon.map("/org/newsgraph/entities/name-heads.tsv").forEach(h::put);
    heads = Map.copyOf(h);
    appositiveHeads = Map.copyOf(Lexicon.map("/org/newsgraph/entities/appositive-heads.tsv"));
    prefixHeads = Lexicon.lines("/org/newsgraph/entities/appositive-heads.tsv").stream().map(l -> l.split("\t"))
        .filter(f -> f.length > 2 && f[2].strip().equals("prefix")).map(f -> f[0].strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
    companyWords = Set.copyOf(Lexicon.lines("/org/newsgraph/entities/company-words.txt"));
    areaBodies = lowerSet("/org/newsgraph/entities/area-bodies.txt");
    surnameParticles = lowerSet("/org/newsgraph/entities/surname-particles.txt");
    groupWords = lowerSet("/org/newsgraph/entities/group-words.txt");
  }

  private static Set<String> lowerSet(String resource) {
    return Lexicon.lines(resource).stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  boolean isTitle(String word) {
    return titles.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Entity type of a head noun ("Initiative" → MISC), or null. Case-sensitive: heads are capitalised. */
  EntityType headType(String word) {
    return Character.isUpperCase(word.charAt(0)) ? EntityType.of(heads.get(word.toLowerCase(Locale.ROOT))) : null;
  }

  /**
   * The type a multi-word name's last word gives it: a head noun ("Belt and Road Initiative" → MISC) or a
   * company word, before a legal suffix or without one ("Crispin Brands", "Acme Foods Inc" → ORGANIZATION);
   * null otherwise.
   */
  EntityType nameEndType(String name) {
    EntityType head = nameHeadType(name);
    if (head != null) {
      return head;
    }
    String core = CompanySuffix.withoutSuffix(name);
    int space = core.lastIndexOf(' ');
    return space > 0 && companyWords.contains(core.substring(space + 1)) ? EntityType.ORGANIZATION : null;
  }

  /** Type given by the head noun ending a multi-word name ("Belt and Road Initiative" → MISC), or null. */
  EntityType nameHeadType(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0 ? null : headType(name.substring(space + 1));
  }

  /**
   * The type an appositive right after a name gives it: ", a Sylvania-based startup", ", an online retailer that
   * ...", ", a town of 4,000 people", ", a start-up spun out of a lab", ", a lender specialising in ..." (an
   * article, up to four words, then a head noun of the list and no more noun right after it), or a person's age
   * (", 24,"), or null.
   */
  EntityType appositiveType(String after) {
    java.util.regex.Matcher age = AGE.matcher(after);
    if (age.lookingAt() && Integer.parseInt(age.group(1)) <= 110) {
      // "Marin, 24, said ...": only people are given an age between commas
      return EntityType.PERSON;
    }
    java.util.regex.Matcher m = APPOSITIVE.matcher(after);
    if (!m.lookingAt()) {
      return null;
    }
    String head = m.group(1).toLowerCase(Locale.ROOT);
    String one = head.endsWith("s") && !appositiveHeads.containsKey(head) ? head.substring(0, head.length() - 1) : head;
    return EntityType.of(appositiveHeads.get(one));
  }

  /**
   * The type a noun right before a name gives it ("Carmaker Acme Motoren", "the retailer Shopwell", "its parent
   * company, Acme Holdings,"), or null: one of the appositive heads marked "prefix", directly before the name or
   * ending a determined noun phrase set off by a comma before it (not one a preposition governs).
   */
  EntityType prefixType(String before) {
    java.util.regex.Matcher m = PREFIX.matcher(before);
    if (!m.find()) {
      // (or set off by a comma after a determiner or possessor: "her record label, Northbeam,")
      m = APPOSED_PREFIX.matcher(before);
      if (!m.find()) {
        return null;
      }
    }
    return prefixHeadType(m.group(1));
  }

  // (not the object of a preposition: "the governor of the central bank, Elena Marsh," is the governor)
  private static final java.util.regex.Pattern APPOSED_PREFIX = java.util.regex.Pattern.compile(
      "(?i)(?:^|(?<!\\b(?:of|at|for|from|in|with|by))\\s)(?:the|its|his|her|their|our|\\p{L}+['’]s?)\\s+"
          + "(?:[\\p{L}-]+\\s+){0,2}(\\p{L}[\\p{L}-]*), $");

  /** The type a noun of the appositive heads marked "prefix" gives the name after it ("carmaker"), or null. */
  EntityType prefixHeadType(String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    return prefixHeads.contains(n) ? EntityType.of(appositiveHeads.get(n)) : null;
  }

  private static final java.util.regex.Pattern PREFIX = java.util.regex.Pattern.compile("(?:^|\\s)(\\p{L}[\\p{L}-]*) $");

  private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile(",\\s+(?:aged\\s+)?(\\d{1,3}),");

  private static final java.util.regex.Pattern APPOSITIVE = java.util.regex.Pattern.compile(
      ",\\s+(?:a|an)\\s+(?:[\\p{L}\\d][\\p{L}\\d.'’-]*\\s+){0,4}?(\\p{Ll}[\\p{Ll}-]+)(?=\\s*[,.;:)]|\\s+(?:that|which|based|in|of|for|from|with|whose|owned|run|founded|listed|backed|spun|set|built|made|led"
          + "|known|held|\\p{Ll}{2,}(?:ed|ing))\\b)");

  /** A last word of company names ("Holdings", "Bancorp"), as written. */
  boolean isCompanyWord(String word) {
    return companyWords.contains(word);
  }

  /** A noun that ends the name of a body ("Court", "Committee"), which a short form may leave out. */
  boolean isBodyNoun(String word) {
    return bodyNouns.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isStopword(String word) {
    return stopwords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** "Black", "Indigenous": a word for a group of people, which alone names nothing ("Black residents"). */
  boolean isGroupWord(String word) {
    return groupWords.contains(word.toLowerCase(Locale.ROOT));
  }
}
