package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.NameGender;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.ParsedSentence;

/**
 * Finds and resolves a document's entity mentions to canonical names. Requires sentences with NER
 * tags; adds {@link Mention}s whose canonical names follow these rules, in order: demonyms map to their
 * place ("Chinese" → China, "Central Asian" → Central Asia); a garbled given name that is one letter
 * away from a place word of the same document is dropped ("Freedonan Roe" → Roe, beside "Freedonian"); names seen
 * once are propagated to their untagged repeats and a person's first or last name alone is found
 * everywhere in the document; a short person name links to the nearest full name containing it
 * ("Roe" → Jane Roe); an acronym defined in parentheses links to its expansion; case variants take
 * the most frequent spelling; the user's alias file has the last word. Types are voted per canonical
 * name, with countries always LOCATION.
 */
public final class DocumentResolver {
  private final EntityLexicons lex;
  private final Gazetteer gazetteer;
  private final MentionFinder finder;
  private final AliasTable aliases;
  private final NameGender givenNames;
  private final NameRules nameRules;
  private final NationalBodies nationalBodies;

  public DocumentResolver(EntityLexicons lex, Gazetteer gazetteer, AliasTable aliases) {
    this(lex, gazetteer, aliases, NameGender.fromCoreNlpModels(), NameRules.defaults());
  }

  DocumentResolver(EntityLexicons lex, Gazetteer gazetteer, AliasTable aliases, NameGender givenNames,
                   NameRules nameRules) {
    this.lex = lex;
    this.gazetteer = gazetteer;
    this.finder = new MentionFinder(lex, gazetteer, givenNames);
    this.aliases = aliases;
    this.givenNames = givenNames;
    this.nameRules = nameRules;
    this.nationalBodies = new NationalBodies(gazetteer);
  }

  public DocumentEntities resolve(String docId, String body, List<ParsedSentence> sentences) {
    List<MentionDraft> drafts = new ArrayList<>();
    for (ParsedSentence s : sentences) {
      drafts.addAll(finder.find(s, body));
    }
    // the document's place and demonym words, each once, in first-seen order
    Set<String> docWords = new java.util.LinkedHashSet<>();
    for (ParsedSentence s : sentences) {
      s.analysis().tokens().forEach(t -> docWords.add(t.word()));
    }
    List<String> placeWords = docWords.stream().filter(w -> gazetteer.placeOfDemonym(w) != null).toList();
    // ("Laura Finn ... Finn said", "Finn's lawyers": the surname of a person named in full, tagged a person or
    // possessive, is no demonym; "Jane French ... French troops" still names France)
    Set<String> surnames = surnamesOfFullNames(drafts);
    Set<String> namedPlaces = new java.util.HashSet<>();
    drafts.stream().filter(d -> d.type == EntityType.LOCATION)
        .forEach(d -> namedPlaces.add(d.text.strip().replaceFirst("(?i)^the\\s+", "").toLowerCase(Locale.ROOT)));
    for (MentionDraft d : drafts) {
      boolean possessive = body.startsWith("'s", d.end) || body.startsWith("’s", d.end);
      if (surnames.contains(d.text.strip()) && (d.type == EntityType.PERSON || possessive)) {
        d.type = EntityType.PERSON;
      } else {
        demonym(d, namedPlaces);
      }
    }
    addNationalBodies(drafts, sentences, body);
    drafts.forEach(DocumentResolver::caseName);
    drafts.forEach(d -> dropGarbledGivenName(d, placeWords));
    Map<String, String> acronyms = acronyms(drafts, sentences, body);
    splitTrailingPersons(drafts, sentences, body);
    propagate(drafts, sentences, body);
    initialsOfBodies(drafts, sentences, body, acronyms);
    drafts.forEach(DocumentResolver::withoutKnighthood);
    canonicalPersons(drafts);
    drafts.forEach(d -> {
      if (d.canonical == null) {
        d.canonical = d.text.replaceAll("\\s+", " ");
        if (d.canonical.equals(d.canonical.toLowerCase(Locale.ROOT)) && gazetteer.isCountryOrDemonym(d.canonical)) {
          d.canonical = titleCase(d.canonical);
        } else if (d.type == EntityType.PERSON && ALL_CAPS_NAME.matcher(d.canonical).matches()) {
          // "JANE ROE" (a transcript's label, a headline) is named as people are written: "Jane Roe"
          d.canonical = titleCase(d.canonical.toLowerCase(Locale.ROOT));
        }
      }
    });
    linkAcronyms(drafts, acronyms);
    definedTerms(drafts, sentences);
    caseVariants(drafts);
    describedPersons(drafts, body);
    applyNameRules(drafts);
    applyAliases(drafts);
    voteTypes(drafts, body);
    List<Mention> out = new ArrayList<>();
    drafts.sort(Comparator.comparingInt((MentionDraft d) -> d.begin).thenComparingInt(d -> -d.end));
    int lastEnd = -1;
    for (MentionDraft d : drafts) {
      if (d.begin < lastEnd) {
        continue;
      }
      lastEnd = d.end;
      String fine = d.fineType != null ? d.fineType
          : d.type != EntityType.LOCATION ? null
          : isAdministrativeArea(d.canonical) ? "STATE_OR_PROVINCE" : gazetteer.fineType(d.canonical);
      out.add(new Mention(docId, d.sentenceIdx, d.begin, d.end, d.text, d.type.name(), fine, d.canonical,
          EntityIds.of(d.canonical, d.type.name()), d.resolution.label()));
    }
    return new DocumentEntities(out, acronyms);
  }

  /** "the Freedonian navy", "Sylvania's health ministry": see {@link NationalBodies}. */
  private void addNationalBodies(List<MentionDraft> drafts, List<ParsedSentence> sentences, String body) {
    List<MentionDraft> added = new ArrayList<>();
    // (every place draft's text, so a draft whose text is in it is a place or its name tagged otherwise)
    Set<String> places = new java.util.HashSet<>();
    drafts.stream().filter(d -> d.type == EntityType.LOCATION).forEach(d -> places.add(d.text));
    for (ParsedSentence s : sentences) {
      int idx = s.sentence().idx();
      List<MentionDraft> local = drafts.stream().filter(d -> d.sentenceIdx == idx).toList();
      if (local.stream().anyMatch(d -> places.contains(d.text))) {
        added.addAll(nationalBodies.find(local, s.analysis().tokens(), idx, body, places));
      }
    }
    drafts.addAll(added);
  }

  /**
   * A demonym is a mention of its place ("Danish" → Denmark). Of the countries the list gives for one demonym, the
   * one the document names wins ("Dutch" beside "the Netherlands" is the Netherlands, not Holland, the list's
   * first).
   */
  private void demonym(MentionDraft d, Set<String> namedPlaces) {
    String place = gazetteer.placeOfPersonNoun(d.text);
    if (place != null && !namedPlaces.contains(place.toLowerCase(Locale.ROOT))) {
      place = gazetteer.otherCountriesOfDemonym(d.text.strip()).stream()
          .filter(c -> namedPlaces.contains(c.toLowerCase(Locale.ROOT))).findFirst().orElse(place);
    }
    if (place == null) {
      String[] w = d.text.split("\\s+", 2);
      if (w.length == 2 && EntityLexicons.DIRECTIONS.contains(w[0].toLowerCase(Locale.ROOT))) {
        String p = gazetteer.placeOfDemonym(w[1]);
        place = p == null ? null : w[0] + " " + p;
      }
    }
    if (place != null && !place.equalsIgnoreCase(d.text)) {
      d.type = EntityType.LOCATION;
      d.fineType = "NATIONALITY";
      d.canonical = place;
      d.resolution = Resolution.DEMONYM;
    }
  }

  /** A name in capitals only: words of two letters or more, hyphens and apostrophes ("JANE ROE", "O'NEILL"). */
  private static final java.util.regex.Pattern ALL_CAPS_NAME = java.util.regex.Pattern.compile(
      "\\p{Lu}[\\p{Lu}'’-]+(?: \\p{Lu}[\\p{Lu}'’-]+)*");

  private static final java.util.regex.Pattern CASE_NAME = java.util.regex.Pattern.compile("\\S.*\\s(?:v|vs)\\.?\\s\\S.*");

  /** "Acme v. Roe" is a case, not a person: its parts are no given name and surname of anyone. */
  private static void caseName(MentionDraft d) {
    if (CASE_NAME.matcher(d.text).matches()) {
      d.type = EntityType.MISC;
    }
  }

  /**
   * "WHO" in a story that names the "World Heritage Office": an untagged all-capitals word that spells
   * the initials of a body the document names (three letters or more) is that body, like a defined acronym.
   */
  private void initialsOfBodies(List<MentionDraft> drafts, List<ParsedSentence> sentences, String body,
                                Map<String, String> acronyms) {
    Map<String, String> byInitials = new TreeMap<>();
    for (MentionDraft d : drafts) {
      String name = d.canonical != null ? d.canonical : d.text;
      if (d.type == EntityType.ORGANIZATION && name.contains(" ")) {
        for (boolean every : new boolean[] {true, false}) {
          String i = CorpusResolver.initialsOf(name, every);
          if (i.length() >= 3 && !byInitials.containsKey(i)) {
            byInitials.put(i, name);
          }
        }
      }
    }
    if (byInitials.isEmpty()) {
      return;
    }
    Map<Integer, List<MentionDraft>> bySentence = new HashMap<>();
    drafts.forEach(d -> bySentence.computeIfAbsent(d.sentenceIdx, k -> new ArrayList<>()).add(d));
    List<MentionDraft> added = new ArrayList<>();
    for (ParsedSentence s : sentences) {
      List<Token> tokens = s.analysis().tokens();
      int idx = s.sentence().idx();
      for (int t = 0; t < tokens.size(); t++) {
        final int at = t;
        String w = tokens.get(t).word();
        if (byInitials.containsKey(w) && bySentence.getOrDefault(idx, List.of()).stream()
            .noneMatch(d -> d.firstToken <= at && d.lastToken >= at)) {
          MentionDraft nd = MentionFinder.draft(tokens, idx, t, t, EntityType.ORGANIZATION, body);
          nd.resolution = Resolution.ACRONYM;
          added.add(nd);
        }
      }
    }
    for (MentionDraft d : added) {
      acronyms.putIfAbsent(d.text, byInitials.get(d.text));
    }
    drafts.addAll(added);
  }

  private static final java.util.regex.Pattern KNIGHTHOOD = java.util.regex.Pattern.compile(
      "(?:Sir|Dame)\\s+(\\p{Lu}\\S*(?:\\s+\\S+)+)");

  /**
   * "Sir Jane Roe", "Dame Jane Roe": the person is named without the honorific, as "Jane Roe" ("Sir Jane" alone
   * is left to the short-name rules, which find the full name it stands for).
   */
  private static void withoutKnighthood(MentionDraft d) {
    if (d.type != EntityType.PERSON || d.canonical != null) {
      return;
    }
    java.util.regex.Matcher m = KNIGHTHOOD.matcher(d.text.replaceAll("\\s+", " "));
    if (m.matches()) {
      d.canonical = m.group(1);
    }
  }

  private void dropGarbledGivenName(MentionDraft d, List<String> placeWords) {
    if (d.type != EntityType.PERSON) {
      return;
    }
    String[] w = d.text.split("\\s+");
    if (w.length < 2 || w[0].length() < 4) {
      return;
    }
    for (String word : placeWords) {
      if (editDistanceOne(word, w[0])) {
        d.canonical = String.join(" ", java.util.Arrays.copyOfRange(w, 1, w.length));
        d.resolution = Resolution.MISSPELLING;
        return;
      }
    }
  }

  static boolean editDistanceOne(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
  }

  /**
   * "Expansion (ACR)": acronym → expansion, when the initials agree. "X in Y (ACR)" where only X starts
   * like the acronym ("Council on ... Trade in Sylvania (CTS)") joins X and Y into one mention first.
   */
  private Map<String, String> acronyms(List<MentionDraft> drafts, List<ParsedSentence> sentences, String body) {
    Map<String, String> out = new TreeMap<>();
    drafts.sort(Comparator.comparingInt((MentionDraft d) -> d.sentenceIdx).thenComparingInt(d -> d.begin));
    for (int i = 0; i < drafts.size(); i++) {
      MentionDraft d = drafts.get(i);
      List<Token> tokens = sentences.get(d.sentenceIdx).analysis().tokens();
      int p = d.lastToken + 1;
      List<String> tickers = tickers(tokens, p);
      if (!tickers.isEmpty() && d.type == EntityType.ORGANIZATION) {
        tickers.forEach(t -> out.putIfAbsent(t, d.canonical != null ? d.canonical : d.text));
        continue;
      }
      if (p + 2 >= tokens.size() || !tokens.get(p).word().equals("(") || !tokens.get(p + 2).word().equals(")")) {
        continue;
      }
      String acr = tokens.get(p + 1).word();
      if (!acr.matches("\\p{Lu}[\\p{Lu}\\d&]{1,9}")) {
        continue;
      }
      MentionDraft expansion = d;
      if (Character.toUpperCase(d.text.charAt(0)) != acr.charAt(0) && i > 0) {
        MentionDraft prev = drafts.get(i - 1);
        if (prev.sentenceIdx == d.sentenceIdx && prev.lastToken + 2 == d.firstToken
            && EntityLexicons.CONNECTORS.contains(tokens.get(prev.lastToken + 1).word())
            && Character.toUpperCase(prev.text.charAt(0)) == acr.charAt(0) && prev.type != EntityType.PERSON) {
          prev.lastToken = d.lastToken;
          prev.end = d.end;
          prev.text = body.substring(prev.begin, prev.end);
          drafts.remove(i);
          i--;
          expansion = prev;
        }
      }
      if (expansion.text.split("\\s+").length > 1 && Character.toUpperCase(expansion.text.charAt(0)) == acr.charAt(0)) {
        out.putIfAbsent(acr, expansion.canonical != null ? expansion.canonical : expansion.text);
      } else {
        // "5th Congress of the Freedonian Workers Party (FWP)": the acronym names the tail.
        String[] w = expansion.text.split("\\s+");
        for (int k = 1; k < w.length - 1; k++) {
          String tail = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
          if (Character.isUpperCase(tail.charAt(0)) && CorpusResolver.initials(tail, acr)) {
            out.putIfAbsent(acr, tail);
            break;
          }
        }
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern EXCHANGE = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}]{1,11}");
  private static final java.util.regex.Pattern TICKER = java.util.regex.Pattern.compile(
      "\\p{Lu}{1,5}(?:[.-]\\p{Lu}{1,2})?");

  /**
   * "Acme Inc. (NYSE: ACM)", "(FSE: ACM; NYSE: ACMY)": the tickers after exchange codes in the parentheses that
   * open at {@code p}; empty when the parentheses hold anything else.
   */
  static List<String> tickers(List<Token> tokens, int p) {
    List<String> out = new ArrayList<>();
    if (p >= tokens.size() || !tokens.get(p).word().equals("(")) {
      return out;
    }
    int i = p + 1;
    while (i + 2 < tokens.size() && EXCHANGE.matcher(tokens.get(i).word()).matches()
        && tokens.get(i + 1).word().equals(":") && TICKER.matcher(tokens.get(i + 2).word()).matches()) {
      out.add(tokens.get(i + 2).word());
      i += 3;
      if (i < tokens.size() && (tokens.get(i).word().equals(";") || tokens.get(i).word().equals(","))) {
        i++;
      } else {
        break;
      }
    }
    return i < tokens.size() && tokens.get(i).word().equals(")") ? out : new ArrayList<>();
  }

  /** "FWP Central Committee Jane Roe" tagged as one organisation: the person's full name is cut off. */
  private void splitTrailingPersons(List<MentionDraft> drafts, List<ParsedSentence> sentences, String body) {
    List<String> persons = drafts.stream().filter(d -> d.type == EntityType.PERSON && d.text.contains(" "))
        .map(d -> d.text).distinct().toList();
    Map<String, Integer> personIndex = new HashMap<>();
    for (int i = 0; i < persons.size(); i++) {
      personIndex.put(persons.get(i), i);
    }
    List<MentionDraft> added = new ArrayList<>();
    for (MentionDraft d : drafts) {
      if (d.type == EntityType.PERSON) {
        continue;
      }
      String person = firstSuffix(d.text, personIndex);
      if (person != null) {
        List<Token> tokens = sentences.get(d.sentenceIdx).analysis().tokens();
        int cut = d.end - person.length();
        int first = d.firstToken;
        while (first <= d.lastToken && tokens.get(first).begin() < cut) {
          first++;
        }
        MentionDraft p = MentionFinder.draft(tokens, d.sentenceIdx, first, d.lastToken, EntityType.PERSON, body);
        added.add(p);
        d.endAt(first - 1, tokens, body);
      }
    }
    drafts.addAll(added);
  }

  /**
   * The last word of a name of two or three plain capitalised words tagged an organisation that opens with a given
   * name of CoreNLP's list ("Hannah Price"), when it is no company word, title, stopword or demonym; else null.
   */
  private String givenNameOrganisationSurname(MentionDraft d) {
    String[] w = d.text.split("\\s+");
    if (d.type != EntityType.ORGANIZATION || givenNames == null || w.length < 2 || w.length > 3
        || !givenNames.isGivenName(w[0])
        || !java.util.Arrays.stream(w).allMatch(x -> x.length() >= 2 && Character.isUpperCase(x.charAt(0))
        && x.chars().allMatch(Character::isLetter))) {
      return null;
    }
    String last = w[w.length - 1];
    return lex.isStopword(last) || lex.isTitle(last) || lex.companyWords.contains(last)
        || gazetteer.placeOfDemonym(last) != null || lex.isBodyNoun(last) ? null : last;
  }

  /**
   * An organisation's mention of three or four capitalised words that opens with a given name of CoreNLP's list and
   * holds a surname particle between its first and last word (surname-particles.txt): "Marine Le Pen", "Ursula
   * von der Leyen".
   */
  private boolean particledPersonName(MentionDraft d) {
    String[] w = d.text.split("\\s+");
    if (d.type != EntityType.ORGANIZATION || givenNames == null || w.length < 3 || w.length > 4
        || !givenNames.isGivenName(w[0]) || !Character.isUpperCase(w[w.length - 1].charAt(0))
        || !w[w.length - 1].chars().allMatch(Character::isLetter) || lex.nameEndType(d.text) != null
        || lex.isBodyNoun(w[w.length - 1])) {
      return false;
    }
    for (int k = 1; k < w.length - 1; k++) {
      if (lex.surnameParticles.contains(w[k].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Adds untagged repeats of known names and of persons' first/last names; retypes mis-tagged repeats. */
  private void propagate(List<MentionDraft> drafts, List<ParsedSentence> sentences, String body) {
    Map<String, EntityType> known = new LinkedHashMap<>();
    // surnames that are also titles ("Anna Bishop"): found alone only where no name follows ("Bishop said", not
    // "Bishop Peter") and no article or name precedes ("the Bishop", "Bergen Bishop")
    Set<String> titleSurnames = new java.util.HashSet<>();
    for (MentionDraft d : drafts) {
      if (d.type == EntityType.PERSON) {
        String[] w = d.text.split("\\s+");
        if (w.length >= 2) {
          for (String part : new String[] {w[0], w[w.length - 1]}) {
            if (part.length() >= 2 && Character.isUpperCase(part.charAt(0)) && !lex.isStopword(part)
                && gazetteer.placeOfDemonym(part) == null) {
              if (!lex.isTitle(part)) {
                known.put(part, EntityType.PERSON);
              } else if (part.equals(w[w.length - 1]) && !lex.isTitle(w[0]) && part.chars().allMatch(Character::isLetter)) {
                known.put(part, EntityType.PERSON);
                titleSurnames.add(part);
              }
            }
          }
        }
      }
    }
    for (MentionDraft d : drafts) {
      if (particledPersonName(d)) {
        // "Marine Le Pen told supporters ...", tagged an organisation: a given name, a surname particle, a surname
        d.type = EntityType.PERSON;
      }
      String last = givenNameOrganisationSurname(d);
      if (last != null) {
        // "doctors told Hannah Price she ...", with the name tagged a body, then "Price, 24, ..." untagged: the
        // surname of a given name is found alone as a person's, which makes the full name a person's too
        known.putIfAbsent(last, EntityType.PERSON);
      }
    }
    for (MentionDraft d : drafts) {
      if (d.resolution != Resolution.NATIONAL_BODY) {
        // ("the navy" alone elsewhere is a generic phrase, not a mention of the "Freedonian navy")
        known.putIfAbsent(d.text, d.type);
      }
    }
    for (MentionDraft d : drafts) {
      if (d.type != EntityType.PERSON && EntityType.PERSON == known.get(d.text) && d.canonical == null) {
        d.type = EntityType.PERSON;
      }
    }
    // surfaces by their first character, longest first, so each token is tried against few of them
    // (a scan of every surface at every token is quadratic in a long document)
    List<String> surfaces = new ArrayList<>(known.keySet());
    surfaces.sort(Comparator.comparingInt(String::length).reversed());
    Map<Character, List<String>> byFirstChar = new HashMap<>();
    for (String s : surfaces) {
      if (!s.isEmpty()) {
        byFirstChar.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(s);
      }
    }
    Map<Integer, List<MentionDraft>> bySentence = new HashMap<>();
    for (MentionDraft d : drafts) {
      bySentence.computeIfAbsent(d.sentenceIdx, k -> new ArrayList<>()).add(d);
    }
    Set<MentionDraft> removed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<MentionDraft> added = new ArrayList<>();
    for (ParsedSentence s : sentences) {
      List<Token> tokens = s.analysis().tokens();
      int idx = s.sentence().idx();
      List<MentionDraft> local = bySentence.computeIfAbsent(idx, k -> new ArrayList<>());
      for (int t = 0; t < tokens.size(); t++) {
        String word = tokens.get(t).word();
        List<String> candidates = word.isEmpty() ? null : byFirstChar.get(word.charAt(0));
        if (candidates == null) {
          continue;
        }
        for (String surface : candidates) {
          int last = match(tokens, t, surface, body);
          if (last < 0 || titleSurnames.contains(surface) && !aloneAsSurname(tokens, t)) {
            continue;
          }
          MentionDraft nd = MentionFinder.draft(tokens, idx, t, last, known.get(surface), body);
          boolean crossing = local.stream().anyMatch(d -> d.overlaps(nd) && (d.begin < nd.begin || d.end > nd.end));
          boolean same = local.stream().anyMatch(d -> d.begin == nd.begin && d.end == nd.end);
          MentionDraft surname = crossing || same ? null : surnameAfterGivenName(nd, local, tokens);
          if (surname != null) {
            // "Hunter Biden said", tagged "Biden" alone, after "his son Hunter": the given name opens the name
            surname.startAt(t, tokens, body);
          } else if (!crossing && !same) {
            local.removeIf(d -> {
              boolean gone = d.overlaps(nd);
              if (gone) {
                removed.add(d);
              }
              return gone;
            });
            nd.resolution = Resolution.PROPAGATED;
            local.add(nd);
            added.add(nd);
          }
          t = last;
          break;
        }
      }
    }
    drafts.removeIf(removed::contains);
    added.removeIf(removed::contains);
    drafts.addAll(added);
  }

  /**
   * The person's mention right after {@code given}, a one-word given name of CoreNLP's list found again as a person
   * ("his son Hunter ... Hunter Biden said", with only "Biden" tagged): the two are one name. Else null.
   */
  private MentionDraft surnameAfterGivenName(MentionDraft given, List<MentionDraft> local, List<Token> tokens) {
    if (given.type != EntityType.PERSON || given.firstToken != given.lastToken || givenNames == null
        || !givenNames.isGivenName(given.text)) {
      return null;
    }
    return local.stream().filter(d -> d.type == EntityType.PERSON && d.firstToken == given.lastToken + 1
        && d.begin == tokens.get(given.lastToken).end() + 1).findFirst().orElse(null);
  }

  private static boolean aloneAsSurname(List<Token> tokens, int t) {
    if (t + 1 < tokens.size() && Character.isUpperCase(tokens.get(t + 1).word().charAt(0))) {
      return false;
    }
    if (t == 0) {
      return true;
    }
    String prev = tokens.get(t - 1).word();
    return !Character.isUpperCase(prev.charAt(0)) && !Set.of("the", "a", "an").contains(prev.toLowerCase(Locale.ROOT));
  }

  /** Index of the last token when the tokens from {@code t} spell {@code surface} exactly, else -1. */
  private static int match(List<Token> tokens, int t, String surface, String body) {
    Token first = tokens.get(t);
    if (!surface.startsWith(first.word())) {
      return -1;
    }
    for (int u = t; u < tokens.size(); u++) {
      int len = tokens.get(u).end() - first.begin();
      if (len > surface.length()) {
        return -1;
      }
      if (len == surface.length()) {
        return body.substring(first.begin(), tokens.get(u).end()).equals(surface) ? u : -1;
      }
    }
    return -1;
  }

  /** Of the person names {@code text} ends with (after a space), the one first in the list. */
  private static String firstSuffix(String text, Map<String, Integer> personIndex) {
    String best = null;
    for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
      String tail = text.substring(i + 1);
      Integer at = personIndex.get(tail);
      if (at != null && (best == null || at < personIndex.get(best))) {
        best = tail;
      }
    }
    return best;
  }

  /**
   * Single-word person names link to the full name of the document that starts or ends with them; when two people
   * share the word, to the one introduced first.
   */
  private void canonicalPersons(List<MentionDraft> drafts) {
    // full names by their first and by their last word, in document list order
    Map<String, List<MentionDraft>> fullByEnd = new HashMap<>();
    for (MentionDraft f : drafts) {
      String fn = f.canonical != null ? f.canonical : f.text;
      if (f.type == EntityType.PERSON && fn.contains(" ")) {
        String[] w = fn.split("\\s+");
        fullByEnd.computeIfAbsent(w[0], k -> new ArrayList<>()).add(f);
        if (!w[w.length - 1].equals(w[0])) {
          fullByEnd.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>()).add(f);
        }
      }
    }
    for (MentionDraft d : drafts) {
      if (d.type != EntityType.PERSON) {
        continue;
      }
      String name = d.canonical != null ? d.canonical : d.text;
      if (name.contains(" ")) {
        continue;
      }
      MentionDraft best = null;
      List<MentionDraft> full = fullByEnd.getOrDefault(name, List.of());
      long people = full.stream().map(f -> f.canonical != null ? f.canonical : f.text.replaceAll("\\s+", " ")).distinct()
          .count();
      for (MentionDraft f : full) {
        boolean before = f.begin <= d.begin;
        if (people > 1) {
          // two people of one family ("Elena Varga ... her son, Mateo Varga ... Varga studied"): news style calls
          // the story's principal, introduced first, by the surname alone, and the relative by full or given name
          if (best == null || f.begin < best.begin) {
            best = f;
          }
        } else if (best == null || before && (best.begin > d.begin || f.begin > best.begin)) {
          best = f;
        }
      }
      if (best != null) {
        d.canonical = best.canonical != null ? best.canonical : best.text.replaceAll("\\s+", " ");
        if (d.resolution != Resolution.PROPAGATED) {
          d.resolution = Resolution.SHORT_FORM;
        }
      }
    }
  }

  private void linkAcronyms(List<MentionDraft> drafts, Map<String, String> acronyms) {
    Map<String, MentionDraft> expansions = new HashMap<>();
    for (MentionDraft d : drafts) {
      if (acronyms.containsValue(d.text)) {
        expansions.putIfAbsent(d.text, d);
      }
    }
    for (MentionDraft d : drafts) {
      String exp = acronyms.get(d.text);
      if (exp != null) {
        MentionDraft e = expansions.get(exp);
        d.canonical = e != null ? e.canonical : exp;
        if (e != null) {
          d.type = e.type;
        }
        d.resolution = Resolution.ACRONYM;
      }
    }
  }

  /**
   * 'Acme Holdings Inc. (NYSE: ACM) (“Acme” or “the Company”)': the names a document defines in quotation marks in
   * the brackets right after an organisation's name (after its tickers, if any) stand for that organisation in the
   * document ("the Company said" is Acme's). Only in the document: another one's "Company" is not Acme.
   */
  private static void definedTerms(List<MentionDraft> drafts, List<ParsedSentence> sentences) {
    Map<String, MentionDraft> defined = new HashMap<>();
    for (MentionDraft d : drafts) {
      if (d.type != EntityType.ORGANIZATION) {
        continue;
      }
      List<Token> tokens = sentences.get(d.sentenceIdx).analysis().tokens();
      int p = d.lastToken + 1;
      if (!tickers(tokens, p).isEmpty()) {
        while (!tokens.get(p).word().equals(")")) {
          p++;
        }
        p++;
      }
      if (p >= tokens.size() || !tokens.get(p).word().equals("(")) {
        continue;
      }
      List<String> term = null;
      for (int k = p + 1; k < tokens.size() && !tokens.get(k).word().equals(")"); k++) {
        boolean quote = "``".equals(tokens.get(k).pos()) || "''".equals(tokens.get(k).pos());
        if (quote && term == null) {
          term = new ArrayList<>();
        } else if (quote) {
          if (!term.isEmpty() && term.get(0).equalsIgnoreCase("the")) {
            term.remove(0);
          }
          if (!term.isEmpty() && term.size() <= 3 && Character.isUpperCase(term.get(0).charAt(0))) {
            defined.putIfAbsent(String.join(" ", term), d);
          }
          term = null;
        } else if (term != null) {
          term.add(tokens.get(k).word());
        }
      }
    }
    for (MentionDraft d : drafts) {
      MentionDraft owner = defined.get(d.text);
      if (owner != null && owner != d && owner.canonical != null && !owner.canonical.equals(d.canonical)
          && owner.begin < d.begin) {
        d.canonical = owner.canonical;
        d.type = owner.type;
        d.resolution = Resolution.SHORT_FORM;
      }
    }
  }

  private void caseVariants(List<MentionDraft> drafts) {
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    for (MentionDraft d : drafts) {
      forms.computeIfAbsent(d.canonical.toLowerCase(Locale.ROOT), k -> new TreeMap<>()).merge(d.canonical, 1, Integer::sum);
    }
    for (MentionDraft d : drafts) {
      String best = bestForm(forms.get(d.canonical.toLowerCase(Locale.ROOT)));
      if (!best.equals(d.canonical)) {
        d.canonical = best;
        d.resolution = Resolution.CASE_VARIANT;
      }
    }
  }

  /** The most frequent spelling; ties go to the one with more capitals. */
  static String bestForm(Map<String, Integer> forms) {
    return forms.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
        .thenComparingLong(e -> e.getKey().chars().filter(Character::isUpperCase).count())
        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
  }

  /** The configured {@link NameRules} over the document's names, each with its majority type and count. */
  private void applyNameRules(List<MentionDraft> drafts) {
    Map<String, Map<EntityType, Integer>> votes = new TreeMap<>(typeVotes(drafts));
    List<NameScope.Name> names = votes.entrySet().stream().map(e -> new NameScope.Name(e.getKey(),
        majorityType(e.getValue()), e.getValue().values().stream().mapToInt(Integer::intValue).sum())).toList();
    Map<String, NameRule.Verdict> verdicts = nameRules.resolve(
        new NameScope(NameScope.Kind.DOCUMENT, names, gazetteer, lex, givenNames));
    for (MentionDraft d : drafts) {
      NameRule.Verdict v = verdicts.get(d.canonical);
      if (v == null) {
        continue;
      }
      if (!v.name().equals(d.canonical)) {
        d.canonical = v.name();
        d.resolution = v.resolution();
      }
      if (v.type() != null) {
        d.type = v.type();
      }
      if (Resolution.DEMONYM == v.resolution()) {
        d.fineType = "NATIONALITY";
      }
    }
  }

  private void applyAliases(List<MentionDraft> drafts) {
    for (MentionDraft d : drafts) {
      AliasTable.Target t = aliases.lookup(d.text);
      if (t == null) {
        t = aliases.lookup(d.canonical);
      }
      if (t != null) {
        d.canonical = t.name();
        if (t.type() != null) {
          d.type = EntityType.of(t.type());
        }
        d.resolution = Resolution.ALIAS_FILE;
      }
    }
  }

  /** How many mentions of each canonical name have each type. */
  private static Map<String, Map<EntityType, Integer>> typeVotes(List<MentionDraft> drafts) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (MentionDraft d : drafts) {
      votes.computeIfAbsent(d.canonical, k -> new java.util.EnumMap<>(EntityType.class)).merge(d.type, 1, Integer::sum);
    }
    return votes;
  }

  /** The last words of the person mentions of two or more words, as the drafts are typed now. */
  private static Set<String> surnamesOfFullNames(List<MentionDraft> drafts) {
    Set<String> surnames = new java.util.HashSet<>();
    drafts.stream().filter(d -> d.type == EntityType.PERSON).map(d -> d.text.strip().split("\\s+"))
        .filter(w -> w.length > 1).forEach(w -> surnames.add(w[w.length - 1]));
    return surnames;
  }

  /**
   * A person's mention whose first word is no given name of the list: of two or more words, or of one word that is
   * no surname of a person named in full in the story ({@code surnames}).
   */
  private boolean unknownPerson(MentionDraft d, Set<String> surnames) {
    String[] w = d.text.strip().split("\\s+");
    return givenNames != null && givenNames.size() > 0 && !givenNames.isGivenName(w[0])
        && (w.length > 1 || !surnames.contains(w[0]));
  }

  /**
   * "Pop star Lila Vale", "Mira Stone, a singer from Leeds,": a name the tagger took for an organisation's that a
   * calling describes is a person's before the name rules run, so that "Vale" alone is her surname.
   */
  private void describedPersons(List<MentionDraft> drafts, String body) {
    Map<String, EntityType> described = describedTypes(drafts, body);
    for (MentionDraft d : drafts) {
      if (described.get(d.canonical) == EntityType.PERSON) {
        d.type = EntityType.PERSON;
      }
    }
  }

  private void voteTypes(List<MentionDraft> drafts, String body) {
    Map<String, Map<EntityType, Integer>> votes = typeVotes(drafts);
    Map<String, EntityType> described = describedTypes(drafts, body);
    for (MentionDraft d : drafts) {
      String fine = gazetteer.fineType(d.canonical);
      if (("COUNTRY".equals(fine) || isAdministrativeArea(d.canonical)) && d.resolution != Resolution.ALIAS_FILE) {
        d.type = EntityType.LOCATION;
      } else if (d.resolution != Resolution.ALIAS_FILE) {
        EntityType head = lex.nameEndType(d.canonical);
        d.type = head != null ? head : described.getOrDefault(d.canonical, majorityType(votes.get(d.canonical)));
      }
    }
  }

  /** "Cargowatt, a Sylvania-based startup, ...": the type an appositive or a noun before a name gives all its mentions. */
  private Map<String, EntityType> describedTypes(List<MentionDraft> drafts, String body) {
    Map<String, EntityType> described = new HashMap<>();
    Set<String> surnames = surnamesOfFullNames(drafts);
    for (MentionDraft d : drafts) {
      // (a person stays one, "Jane Roe, a one-woman company"; a name the tagger took for a person's and that
      // opens with no given name may be a company's: "Helix Fusion, a start-up spun out of a lab", "Voltix, a
      // battery start-up based in Leeds", unless it is the surname of someone named in full)
      EntityType t = d.type == EntityType.PERSON && !unknownPerson(d, surnames) ? null
          : lex.appositiveType(body.substring(d.end, Math.min(body.length(), d.end + 120)));
      if (t == null) {
        // "Carmaker Acme Motoren will cut 4,000 jobs": a company noun right before the name, whatever its tag
        t = lex.prefixType(body.substring(Math.max(0, d.begin - 30), d.begin));
      }
      if (t == null && d.type != EntityType.ORGANIZATION && !d.canonical.contains(" ") && givenNames != null
          && gazetteer.fineType(d.canonical) == null
          && !givenNames.isGivenName(d.canonical) && !body.startsWith("'s", d.end) && !body.startsWith("’s", d.end)
          && POSTED_ON.matcher(body.substring(Math.max(0, d.begin - 80), d.begin)).find()) {
        // "shared screenshots of the abuse on Instagram": a one-word name, no place, that words were posted on
        // is a platform, the company that runs it, whatever the tagger made of it
        t = EntityType.ORGANIZATION;
      }
      if (t == null && body.startsWith("-based", d.end) && gazetteer.fineType(d.canonical) != null) {
        // "the Leeds-based confectioner": a place the tagger took for a club or a company
        t = EntityType.LOCATION;
      }
      if (t != null) {
        described.putIfAbsent(d.canonical, t);
      }
    }
    return described;
  }

  /** A verb of posting or saying, then "on" or "via" right before a name: the name is where it was posted. */
  private static final java.util.regex.Pattern POSTED_ON = java.util.regex.Pattern.compile(
      "\\b(?:post|posts|posted|posting|share|shares|shared|sharing|wrote|writes|written|said|says|published|tweeted"
          + "|uploaded|announced|streamed|live-streamed)\\b[^.;:!?\"“”]{0,60}\\s(?:on|via)\\s+$");

  private static final java.util.Set<String> AREA_WORDS = java.util.Set.of("Province", "Region", "Prefecture",
      "County", "State", "District", "Oblast", "Governorate", "Autonomous Region");

  /** "Lakeside Province", "Portville Region": a known place followed by an administrative-area word. */
  private boolean isAdministrativeArea(String name) {
    int space = name.lastIndexOf(' ');
    return space > 0 && AREA_WORDS.contains(name.substring(space + 1))
        && gazetteer.fineType(name.substring(0, space)) != null;
  }

  static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : c);
      start = Character.isWhitespace(c) || c == '-';
    }
    return sb.toString();
  }

  /** {@link #majorityType} of votes keyed by the types' names, as the corpus's name counts hold them. */
  static String majority(Map<String, Integer> votes) {
    Map<EntityType, Integer> typed = new java.util.EnumMap<>(EntityType.class);
    votes.forEach((t, n) -> typed.merge(EntityType.valueOf(t), n, Integer::sum));
    return majorityType(typed).name();
  }

  /** The type most votes name; ties go to the first in PERSON, LOCATION, ORGANIZATION, MISC. */
  static EntityType majorityType(Map<EntityType, Integer> votes) {
    return votes.entrySet().stream().max(Comparator.comparingInt((Map.Entry<EntityType, Integer> e) -> e.getValue())
        .thenComparingInt(e -> -e.getKey().ordinal())).orElseThrow().getKey();
  }
}
