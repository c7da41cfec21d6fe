package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.nlp.NameGender;

/**
 * The names of one scope — a document, or the whole corpus — each with its type (the majority of its
 * mentions) and its mention count, indexed by first and last word, for the {@link NameRule}s. The same
 * rules run over both scopes: in a document "Assembly" is the "Sylvanian Assembly" of the same story;
 * across the corpus it is the only longer "... Assembly" any document names.
 */
final class NameScope {
  /** Where the names come from. */
  enum Kind { DOCUMENT, CORPUS }

  /** A name of the scope. */
  record Name(String text, EntityType type, long count) {
    List<String> words() {
      return List.of(text.split("\\s+"));
    }

    String firstWord() {
      int space = text.indexOf(' ');
      return space < 0 ? text : text.substring(0, space);
    }

    String lastWord() {
      return text.substring(text.lastIndexOf(' ') + 1);
    }

    boolean multiWord() {
      return text.indexOf(' ') > 0;
    }
  }

  private final Kind kind;
  private final Map<String, Name> names = new TreeMap<>();
  private final Map<String, List<String>> byFirstWord = new HashMap<>();
  private final Map<String, List<String>> byLastWord = new HashMap<>();
  private final Map<String, List<String>> byLastWordLowerCase = new HashMap<>();
  private final Gazetteer gazetteer;
  private final EntityLexicons lex;
  private final NameGender givenNames;

  NameScope(Kind kind, Collection<Name> names, Gazetteer gazetteer, EntityLexicons lex, NameGender givenNames) {
    this.kind = kind;
    this.gazetteer = gazetteer;
    this.lex = lex;
    this.givenNames = givenNames;
    for (Name n : names) {
      this.names.merge(n.text(), n, (a, b) -> new Name(a.text(), a.count() >= b.count() ? a.type() : b.type(),
          a.count() + b.count()));
    }
    for (Name n : this.names.values()) {
      if (n.multiWord()) {
        byFirstWord.computeIfAbsent(n.firstWord(), k -> new ArrayList<>()).add(n.text());
        byLastWord.computeIfAbsent(n.lastWord(), k -> new ArrayList<>()).add(n.text());
        byLastWordLowerCase.computeIfAbsent(n.lastWord().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(n.text());
      }
    }
  }

  Kind kind() {
    return kind;
  }

  /** The names, in alphabetical order (a copy: rules may retype names while it is walked). */
  List<Name> names() {
    return new ArrayList<>(names.values());
  }

  /** The name of the scope spelt exactly so, or null. */
  Name get(String text) {
    return names.get(text);
  }

  /** Names of two words or more that start with this word. */
  List<Name> startingWith(String word) {
    return byFirstWord.getOrDefault(word, List.of()).stream().map(names::get).toList();
  }

  /** Names of two words or more that end with this word. */
  List<Name> endingWith(String word) {
    return byLastWord.getOrDefault(word, List.of()).stream().map(names::get).toList();
  }

  /** Names of two words or more that end with this word in any case ("RIVERA" → "Ana Rivera"). */
  List<Name> endingWithIgnoringCase(String word) {
    return byLastWordLowerCase.getOrDefault(word.toLowerCase(Locale.ROOT), List.of()).stream().map(names::get).toList();
  }

  private Map<String, List<String>> byAllInitials;
  private Map<String, java.util.TreeSet<String>> longerForms;

  /**
   * Names of two words or more, not persons, whose words' initials are these ("DORA" → Department of
   * Regional Affairs: every word, connectors too).
   */
  List<Name> withAllInitials(String initials) {
    if (byAllInitials == null) {
      byAllInitials = new HashMap<>();
      for (Name n : names.values()) {
        if (n.multiWord() && n.type() != EntityType.PERSON) {
          byAllInitials.computeIfAbsent(CorpusResolver.initialsOf(n.text(), true), k -> new ArrayList<>()).add(n.text());
        }
      }
    }
    return byAllInitials.getOrDefault(initials, List.of()).stream().map(names::get).toList();
  }

  /**
   * Names, not persons, that {@code text} can be a shorter form of: those that are {@code text} plus one last
   * word, whose capitalised words' initials are {@code text}, or that are {@code text} with numbers.
   */
  java.util.SortedSet<String> longerFormCandidates(String text) {
    if (longerForms == null) {
      longerForms = new HashMap<>();
      for (Name n : names.values()) {
        if (!n.multiWord() || n.type() == EntityType.PERSON) {
          continue;
        }
        String c = n.text();
        longerForms.computeIfAbsent(c.substring(0, c.lastIndexOf(' ')), k -> new java.util.TreeSet<>()).add(c);
        longerForms.computeIfAbsent(CorpusResolver.initialsOf(c, false), k -> new java.util.TreeSet<>()).add(c);
        String stripped = CorpusResolver.stripNumbers(c);
        if (!stripped.equals(c)) {
          longerForms.computeIfAbsent(stripped, k -> new java.util.TreeSet<>()).add(c);
        }
      }
    }
    return longerForms.getOrDefault(text, new java.util.TreeSet<>());
  }

  /** Gives a name another type; later rules see it. */
  void retype(String text, EntityType type) {
    Name n = names.get(text);
    if (n != null) {
      names.put(text, new Name(text, type, n.count()));
      byAllInitials = null;
      longerForms = null;
    }
  }

  /** The type the lexicon's head nouns give a name's last word ("Initiative" → MISC), or null. */
  EntityType wordHeadType(String word) {
    return lex.headType(word);
  }

  /** A place of CoreNLP's gazetteer (country, state, city) or a demonym of one. */
  boolean isPlace(String text) {
    return gazetteer.fineType(text) != null || gazetteer.placeOfDemonym(text) != null;
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /** A title, role or stop word ("President", "The"), never a name on its own. */
  boolean isTitleOrStopword(String word) {
    return lex.isTitle(word) || lex.isStopword(word);
  }

  /** The type the name's head noun gives it ("... Space Telescope" → MISC), or null. */
  EntityType headType(String text) {
    return lex.nameHeadType(text);
  }

  /** A last word of company names that a story's short form may drop ("Holdings", "Bancorp"). */
  boolean isCompanyWord(String word) {
    return lex.isCompanyWord(word);
  }

  /** A noun ending a body's name that its short form may drop ("Court", "Committee"). */
  boolean isBodyNoun(String word) {
    return lex.isBodyNoun(word);
  }

  /** A given name of CoreNLP's name list (never, when the scope has no list: the corpus scope). */
  boolean isGivenName(String word) {
    return givenNames != null && givenNames.isGivenName(word);
  }

  static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        && !word.equals(word.toUpperCase(Locale.ROOT));
  }
}
