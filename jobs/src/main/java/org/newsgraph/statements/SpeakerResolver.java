package org.newsgraph.statements;

import org.newsgraph.nlp.NameGender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.util.JobTitles;

/**
 * Resolves a speaker phrase to an entity. Names resolve through the mention at their head, a role with a name
 * in apposition to that name ("Roe's coach, Peter Smith"); "he"/"she" to the salient person of that gender (a
 * recent speaker, else the last person named, a story's writer never); "it" and organisation nouns ("the
 * company", "the carmaker", "the statement") to the organisation named with the noun, else the last one not
 * only addressed; institutions ("the union", "the weather service") only to one the text names so; unnamed
 * sources ("officials", "a senior official at ...", "people familiar with the matter"), plural and indefinite
 * roles ("the authors", "regulators") to no entity, resolution {@code unnamed}; other definite role phrases
 * ("the minister", "the 52-year-old", "the Norwegian") to the person introduced so or given that age, else the
 * salient person; group phrases ("both sides") to the last two people; coordinated names to a group. Nouns come
 * from {@code statements/speaker-nouns.tsv}.
 */
final class SpeakerResolver {
  /** Sentences back within which a recent speaker is preferred to the last person named. */
  static final int SALIENT_SENTENCES = 3;
  /** "Frenchman", "Englishwoman": the nationality word inside a person noun. */
  private static final java.util.regex.Pattern DEMONYM_MAN = java.util.regex.Pattern.compile("([A-Z][a-z]+)(?:wo)?man");
  /** An honorific between an appositive's comma and the name ("the chief executive, Dr Jane Roe"). */
  private static final java.util.regex.Pattern HONORIFIC_END = java.util.regex.Pattern.compile(
      "\\s(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Judge|Justice)\\.?\\s*$");

  /**
   * Between a role's head and a name in apposition: words ending in a comma ("a spokeswoman for the agency, Jane
   * Roe"), then up to three lower-case words of a title ("Roe's coach, former player Peter Smith"), up to four
   * words of a capitalised one ("the state's top election official, Secretary of State Peter Smith"), or a
   * determiner or adjective and up to three words of a title with a nationality or party ("Roe's coach, the
   * former Argentine player Peter Smith").
   */
  private static final java.util.regex.Pattern TITLED_APPOSITIVE = java.util.regex.Pattern.compile(
      "(?s).*,\\s*(?:(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}|(?:\\p{Lu}[\\p{L}-]*\\s+(?:of\\s+|for\\s+|the\\s+)*){1,4}"
          + "|\\p{Ll}+\\s+(?:\\p{L}[\\p{L}-]*\\s+){1,3})");

  /** What may follow a name in apposition to the end of the speaker: punctuation, or an age ("..., Jane Roe, 54"). */
  private static final java.util.regex.Pattern AFTER_APPOSITIVE = java.util.regex.Pattern.compile(
      "[^\\p{L}\\p{N}]*(?:,\\s*\\d{1,3})?[^\\p{L}\\p{N}]*");

  /** A ranking that ends a role phrase: "number one", "No. 3", "No 1". */
  private static final java.util.regex.Pattern RANK = java.util.regex.Pattern.compile(
      "\\b(?:number|no\\.?)\\s+(?:one|two|three|four|five|\\d{1,3})$");

  private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "his", "her", "their", "our");
  /**
   * Possessive determiners: a role they open is someone else's relation ("her deputy"), or a body's member
   * ("its administrator").
   */
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "our", "my", "your");
  /** A role of something named by a common noun: "the shop's owner", "the victim's mother". */
  private static final java.util.regex.Pattern COMMON_POSSESSOR = java.util.regex.Pattern.compile(
      "(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+['’]s?\\s+");

  /**
   * A role "of" a thing the text does not name: "the director general of the broadcaster", "a member of the board",
   * "the energy minister of one member state".
   */
  private static final java.util.regex.Pattern OF_COMMON = java.util.regex.Pattern.compile(
      "(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,3}of\\s+(?:the|a|an|its|his|her|their|one|another|some|several|each)"
          + "\\s+[\\p{Ll}\\s-]+");

  /** The words right before the author of data or a document: "compiled by (the) ", "from (the) ". */
  // (a descriptor of lower-case words may stand between: "figures compiled by research group Crest Advisory")
  private static final java.util.regex.Pattern BY_OR_FROM = java.util.regex.Pattern.compile(
      "\\b(?:[Bb]y|[Ff]rom)\\s+(?:the\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}$");
  private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s?\\s");
  /** Prepositions that follow the head of an unnamed source's phrase ("a spokeswoman for the city"). */
  private static final Set<String> ROLE_PREPOSITIONS = Set.of("for", "of", "at", "from", "with", "in", "on", "to",
      "outside", "inside", "near", "above");
  /** Words that open a modifier after a source's head noun ("a diplomat close to", "a person familiar with"). */
  private static final Set<String> POST_MODIFIERS = Set.of("close", "familiar", "knowledgeable", "briefed",
      "involved", "who", "that", "speaking", "based");
  /**
   * Between a role noun and the person it is of or for: "of", "for", "to" and lower-case words ("for former senator")
   * or a capitalised title ("to state Sen.", "for President").
   */
  private static final java.util.regex.Pattern ROLE_COMPLEMENT = java.util.regex.Pattern.compile(
      "\\s+(?:of|for|to)\\s+(?:[\\p{Ll}.-]+\\s+){0,3}(?:\\p{Lu}\\p{Ll}+\\.?\\s+)?");

  /** Words that may stand right before a person's name after "of" or "for" ("the son of the late Jane Roe"). */
  private static final Set<String> PERSON_EPITHETS = Set.of("late", "former", "then", "fellow", "the", "a");

  /**
   * Whether the words between a role's head and a name finish a compound title rather than pointing to another
   * person: "chief of staff Jane Roe", "minister of finance Jane Roe" end in a word that is no one's role, where
   * "a lawyer for former senator Jane Roe" and "the widow of activist Jane Roe" end in one (and "the mother of
   * Jane Roe" has none; nor do "the son of the late Jane Roe", "the lawyer of jailed Jane Roe").
   */
  private boolean compoundTitle(String between, int headBegin) {
    String[] w = between.strip().split("\\s+");
    if (w.length < 2) {
      return false;
    }
    String last = w[w.length - 1].toLowerCase(Locale.ROOT);
    if (Character.isUpperCase(w[w.length - 1].charAt(0))) {
      // a capitalised title of the name ("to state Sen. Jane Roe", "for President Jane Roe"), not the role's own;
      // but a head capitalised inside a sentence is itself a title before a name, its office in capitals too
      // ("..., Secretary of State Jane Roe said", "Minister for Housing and Urban Affairs Jane Roe")
      return capitalisedTitleBeforeName(w, headBegin);
    }
    String listed = ctx.lex.speakerNouns.get(last);
    return listed == null && !JobTitles.contains(last) && !last.matches(".{3,}(er|or|ist|ian|ant|ent|man|woman|ed)")
        && !PERSON_EPITHETS.contains(last);
  }

  /**
   * Whether the office words {@code w} after a role's head (its "of" or "for" and a capitalised portfolio: "of
   * State", "for Housing and Urban Affairs") belong to a head written with a capital inside the sentence, as a
   * title before a name is; an abbreviated title ending them ("for Sen.") is the name's own.
   */
  private boolean capitalisedTitleBeforeName(String[] w, int headBegin) {
    if (headBegin >= ctx.body.length() || !Character.isUpperCase(ctx.body.charAt(headBegin))
        || w[w.length - 1].endsWith(".")) {
      return false;
    }
    for (int i = 1; i < w.length; i++) {
      if (!Character.isUpperCase(w[i].charAt(0)) && !OFFICE_JOINERS.contains(w[i])) {
        return false;
      }
    }
    int b = headBegin - 1;
    while (b >= 0 && (Character.isWhitespace(ctx.body.charAt(b)) || "\"“‘'(".indexOf(ctx.body.charAt(b)) >= 0)) {
      b--;
    }
    // (opening a sentence every word is capitalised: "Spokesman for President Jane Roe" keeps its two people)
    return b >= 0 && ".!?\n".indexOf(ctx.body.charAt(b)) < 0;
  }

  /** Words that join the capitalised words of an office ("Secretary of Health and Human Services"). */
  private static final Set<String> OFFICE_JOINERS = Set.of("and", "&", "of", "the", "for");

  /** Two names joined in the object of a title: "Minister of Mines and Energy" is one office, no coordination. */
  private static final java.util.regex.Pattern TITLE_OBJECT_PAIR = java.util.regex.Pattern.compile(
      "\\b(?:of|for)\\s+\\p{Lu}\\p{L}*\\s+(?:and|&)\\s+(?=\\p{Lu})");

  /**
   * The phrase with each office of two names ("Minister of Mines and Energy") cut to one, so that its "and" is no
   * coordination; not when a name follows "and" ("the Department of Justice and Jane Roe", "the leaders of
   * Freedonia and Sylvania").
   */
  private static String withoutOfficePairs(String text, int begin, List<Mention> inside) {
    java.util.regex.Matcher m = TITLE_OBJECT_PAIR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int next = begin + m.end();
      boolean named = inside.stream().anyMatch(x -> x.begin() == next);
      m.appendReplacement(out, named ? java.util.regex.Matcher.quoteReplacement(m.group()) : "of ");
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * An "and" that joins two parties of a speaker phrase: before a name, a number or a determiner ("Roe and Smith",
   * "Roe and her lawyer", "Acme and two unions"), not inside a title ("shadow work and pensions secretary").
   */
  private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
      "\\band\\s+(?:\\p{Lu}|\\d|(?:the|a|an|his|her|their|its|our|other|another|several|many|some|both|fellow|two|three|"
          + "four|five)\\b)");

  /** Indefinite determiners: a phrase they open names someone the text does not identify ("One delegate"). */
  private static final Set<String> INDEFINITES = Set.of("a", "an", "one", "another");

  private final AttributionContext ctx;
  private final NameGender genders;
  private final Map<String, NameGender.Gender> entityGender = new HashMap<>();

  SpeakerResolver(AttributionContext ctx, NameGender genders) {
    this.ctx = ctx;
    this.genders = genders;
  }

  /**
   * @param begin     start of the speaker phrase in the body
   * @param end       end of the phrase
   * @param headBegin body offset of the phrase's head word
   * @param head      the head word
   */
  Speaker resolve(int begin, int end, int headBegin, String head) {
    String text = ctx.body.substring(begin, end);
    int possessed = possessedHead(text, headBegin - begin);
    // (not "the leader of Freedonia's largest rail union": a named possessor and a described institution make the
    // leader the head; "the mayor of Roeville's office" is the office)
    boolean namedPossessor = possessed >= 0 && !text.substring(0, possessed).matches("(?s).*['’]s\\s+$")
        && ctx.mentions.stream().anyMatch(m -> m.begin() >= begin && m.end() <= end);
    if (possessed >= 0 && !namedPossessor && isInstitution(text.substring(possessed).strip())
        && ctx.mentions.stream().noneMatch(m -> m.begin() >= begin && m.end() <= end && m.type().equals("PERSON"))) {
      // "the secretary of state's office": the possessed noun is the head, whatever the parser hung the phrase on
      head = text.substring(possessed).strip();
      headBegin = begin + possessed;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String h = head.toLowerCase(Locale.ROOT);
    if (text.equalsIgnoreCase(head)) {
      switch (h) {
        case "he", "she", "his", "her", "him" -> {
          // ("according to him", "according to her")
          boolean male = h.equals("he") || h.equals("his") || h.equals("him");
          String id = person(begin, male ? NameGender.Gender.MALE : NameGender.Gender.FEMALE);
          return id == null ? unresolved(text, begin, end) : Speaker.of(id, text, begin, end, "pronoun");
        }
        case "it" -> {
          // the issuer of a statement the text just mentioned ('Roe issued a statement. "...," it read.'), the
          // body that spoke just before ("Acme said Beta would pay. It added ..."), else the last one named
          Draft inDocument = latestDraft(begin, this::inADocument);
          if (inDocument != null && inDocument.speaker().entityId() == null
              && "unnamed".equals(inDocument.speaker().resolution()) && ctx.sentenceAt(begin) >= 0
              && ctx.sentenceAt(begin) - ctx.sentenceAt(inDocument.cueBegin()) <= 1) {
            // 'In a victim statement, the family said ... “...,” it said': the statement of an unnamed source
            return unnamed(text, begin, end);
          }
          String id = recentIssuer(begin);
          if (id == null && documentSubjectBefore(begin)) {
            // "The law in question requires ... It says nothing about ...": the document just described
            return unresolved(text, begin, end);
          }
          if (id == null) {
            id = organisationOpeningPreviousSentence(begin);
          }
          if (id == null) {
            id = last(begin, "ORGANIZATION");
          }
          return id == null ? unresolved(text, begin, end) : Speaker.of(id, text, begin, end, "pronoun");
        }
        case "they" -> {
          // "..., said the people, who asked not to be named. ..., they added": the group or the unnamed sources
          // that spoke last, in this sentence or the one before; else no one the text resolves
          Speaker group = lastPluralSpeaker(begin);
          return group == null ? unresolved(text, begin, end)
              : new Speaker(null, text, begin, end, group.resolution(), group.memberIds());
        }
        case "i", "we", "you" -> {
          return unresolved(text, begin, end);
        }
        case "one", "another" -> {
          // "One, who did not want to be named, said": one of people the text does not identify
          return unnamed(text, begin, end);
        }
        default -> {
        }
      }
    }
    if (ctx.lex.groups.contains(lower)) {
      List<String> members = lastPersons(begin, 2);
      return members.size() < 2 ? unresolved(text, begin, end) : new Speaker(null, text, begin, end, "group", members);
    }
    List<Mention> inside = ctx.mentions.stream().filter(m -> m.begin() >= begin && m.end() <= end).toList();
    List<String> joined = joinedPersons(inside);
    if (joined.size() > 1) {
      // "Brandl and Kovar said", "The chief executive, Jane Roe, and the chairman, Peter Smith, said": people joined
      // by "and" are a group, whichever word the parser made the phrase's head
      return new Speaker(null, text, begin, end, "group", joined);
    }
    boolean aged = AGE.matcher(lower).find();
    for (Mention m : inside) {
      boolean atHead = m.begin() <= headBegin && headBegin < m.end();
      Mention holder = atHead && !m.type().equals("PERSON") ? inside.stream()
          .filter(p -> p.type().equals("PERSON") && p.end() < m.begin() && m.end() == end
              && OF_OR_AT.matcher(ctx.body.substring(p.end(), m.begin())).matches()).findFirst().orElse(null) : null;
      if (holder != null) {
        // "Detective Sergeant Amy Cole of Avon and Somerset Police said", parsed with the body as the head: the
        // person of the body speaks
        return Speaker.of(holder.entityId(), text, begin, end, "name");
      }
      boolean demonym = atHead && personalDemonym(lower, head, m, end);
      if (!demonym && !aged && atHead && collectiveDemonym(lower, head, m, end)) {
        // "the Portuguese told reporters" after "Portuguese coach Luis Ramos": a nationality that may be a people is
        // the person the text introduced with it, when it did
        String id = introducedWith(Set.of(head), begin);
        id = id != null ? id : introducedFrom(m.entityId(), begin);
        if (id != null) {
          return Speaker.of(id, text, begin, end, "role");
        }
      }
      if (atHead && !(aged && demonym)) {
        // ("the 24-year-old Spaniard": a role with an age, resolved below like "the 24-year-old")
        if (demonym) {
          // "the Norwegian said": a person of that nationality, not the country
          String id = introducedWith(Set.of(head), begin);
          if (id == null) {
            id = introducedFrom(m.entityId(), begin);
          }
          // a bare "The Guardian", "The Tennessean" may be a newspaper: a person only when the text introduced
          // one so, or when a modifier makes it a description ("the Wisconsin Republican", "the lifelong Democrat")
          boolean described = "demonym".equals(m.resolution()) || lower.split("\\s+").length > 2;
          if (id == null && described) {
            id = person(begin, NameGender.Gender.UNKNOWN, Set.of(), true);
          }
          if (id != null || described) {
            return id == null ? unresolved(text, begin, end) : Speaker.of(id, text, begin, end, "role");
          }
        }
        return Speaker.of(m.entityId(), text, begin, end, m.resolution().equals("name") ? "name" : "alias");
      }
    }
    String listed = ctx.lex.speakerNouns.get(singular(h));
    boolean institution = isInstitution(h);
    String nounClass = institution ? "organization" : listed;
    // the phrase ends in a person's name ("a spokeswoman, Jane Roe", "agency spokesman Jane Roe"), not a
    // possessor or modifier ("Roe's aides", "Roe supporters")
    int headEnd = headBegin + head.length();
    // (a body or place only right after the noun and a comma: "the warehouse's owner, Acme Storage", not "the
    // head of the agency, the FDA")
    Mention appositive = inside.stream().filter(m -> m.begin() >= headEnd
        && (m.type().equals("PERSON") ? ctx.body.substring(headEnd, m.begin()).isBlank()
            || TITLED_APPOSITIVE.matcher(HONORIFIC_END.matcher(ctx.body.substring(headEnd, m.begin())).replaceFirst(" "))
            .matches()
            : ctx.body.substring(headEnd, m.begin()).strip().equals(","))
        && AFTER_APPOSITIVE.matcher(ctx.body.substring(m.end(), end)).matches()).findFirst().orElse(null);
    // ("Jane Roe and Peter Smith", "Roe and her lawyer": a coordination; not "the work and pensions secretary")
    boolean and = COORDINATION.matcher(withoutOfficePairs(text, begin, inside)).find();
    if (appositive != null && "PERSON".equals(appositive.type()) && KIN_GROUPS.contains(h)) {
      // "The family of the man who died, Jamal Roe, 19, said": one person's name is in apposition to the man, not to
      // the family, whose words these are
      appositive = null;
    }
    if (appositive != null && !and) {
      // a role with its name in apposition or after it: "a spokeswoman for the agency, Jane Roe", "Roe's coach,
      // Peter Smith", "agency spokesman Peter Smith", "the building's owner, Acme Storage"
      return Speaker.of(appositive.entityId(), text, begin, end, "name");
    }
    if ("document".equals(nounClass)) {
      // "data compiled by Datafirm", "figures from the ministry": whoever the data or document is by or from
      Mention by = inside.stream().filter(m -> BY_OR_FROM.matcher(ctx.body.substring(begin, m.begin())).find())
          .findFirst().orElse(null);
      if (by != null) {
        return Speaker.of(by.entityId(), text, begin, end, "role");
      }
    }
    if ("document".equals(nounClass) && lower.equals("the " + h.toLowerCase(Locale.ROOT))) {
      // "The CDC said in a report released Thursday that ... Nearly one in five was hospitalized, the report said":
      // the one who spoke in that report issued it
      String issuer = issuerOf(singular(h.toLowerCase(Locale.ROOT)), begin);
      if (issuer != null) {
        return Speaker.of(issuer, text, begin, end, "role");
      }
    }
    java.util.regex.Matcher from = "document".equals(nounClass) || DOCUMENTS.contains(singular(h))
        ? FROM_ROLE.matcher(text) : null;
    if (from != null && from.find()
        && (ctx.lex.speakerNouns.containsKey(singular(from.group(2))) || isInstitution(from.group(2)))) {
      // "a statement from the agency", "figures from the ministry": whoever the role after "from" or "by" is
      Speaker source = resolve(begin + from.start(1), end, begin + from.start(2), from.group(2));
      return source.entityId() == null ? new Speaker(null, text, begin, end, source.resolution(), source.memberIds())
          : Speaker.of(source.entityId(), text, begin, end, "role");
    }
    java.util.regex.Matcher fromBody = DOCUMENTS.contains(singular(h)) && inside.isEmpty()
        ? FROM_DESCRIPTION.matcher(text) : null;
    if (fromBody != null && fromBody.find()) {
      // "a statement from the rebel alliance": a body the text describes and does not name (not the organisation the
      // story is about); the one it named with that noun, if any
      String named = organisationNamedWith(fromBody.group(1), begin);
      return named != null ? Speaker.of(named, text, begin, end, "role") : unresolved(text, begin, end);
    }
    // ("the 58-year-old economist": an age is given to a person of the story, whatever the noun)
    if (("unnamed".equals(nounClass) || "unnamed".equals(ctx.lex.speakerNouns.get(h)))
        && !(aged && lower.startsWith("the "))) {
      String next = ledeRoleOfBody(lower, h, begin, end);
      if (next == null) {
        next = namedWithTitle(text, lower, h, begin);
      }
      return next != null ? Speaker.of(next, text, begin, end, "role") : unnamed(text, begin, end);
    }
    Set<String> persons = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    for (Mention m : inside) {
      (m.type().equals("PERSON") ? persons : others).add(m.entityId());
    }
    boolean endsWithPerson = inside.stream().anyMatch(m -> m.type().equals("PERSON") && m.end() == end);
    int headAt = headBegin;
    boolean possessorOnly = persons.size() == 1 && inside.stream().anyMatch(m -> m.type().equals("PERSON")
        && possessor(m, headAt, end));
    // ("Roe's legal team": people of hers, as a team of a person is no organisation of the story)
    if (possessorOnly && !and && (isRolePhrase(lower, head) || !institution && "organization".equals(listed))) {
      // "Roe's lawyer", "Roe's running mate": someone of Roe's, not Roe; the person the text introduced with
      // that role, else one it does not name
      String id = introducedAs(text, head, begin);
      if (id == null) {
        id = titled(text, head, begin);
      }
      return id == null ? unnamed(text, begin, end) : Speaker.of(id, text, begin, end, "role");
    }
    Mention complement = persons.size() == 1 && (nounClass == null || "person".equals(nounClass))
        ? inside.stream().filter(m -> m.type().equals("PERSON") && m.begin() >= headEnd
            && ROLE_COMPLEMENT.matcher(ctx.body.substring(headEnd, m.begin())).matches()
            && !compoundTitle(ctx.body.substring(headEnd, m.begin()), headAt)).findFirst().orElse(null)
        : null;
    if (complement != null && persons.size() == 1 && !and) {
      // "the mother of Jane Roe", "a lawyer for Jane Roe", "the former mayor of Roeville" (a place the tagger took
      // for a person): someone of that person's, not the person; in a lede that names no one yet, the person it
      // names next, else one the text does not name
      String title = ctx.body.substring(begin, headEnd);
      boolean role = isRolePhrase(title.toLowerCase(Locale.ROOT), head);
      String id = role ? titled(title, head, begin) : null;
      if (id == null && role && !personNamedBefore(begin)) {
        id = nextPerson(end);
      }
      return id == null || id.equals(complement.entityId()) ? unnamed(text, begin, end)
          : Speaker.of(id, text, begin, end, "role");
    }
    if (persons.size() == 1 && !and && ownersPeopleLast(inside, end)) {
      // "a statement from Roe's lawyers": people of hers the text does not name, not Roe
      return unnamed(text, begin, end);
    }
    if (persons.size() == 1 && (!and || others.isEmpty() && endsWithPerson)) {
      // "Jane Roe", "COO and CFO Jane Roe" (titles joined by "and" before one name)
      return Speaker.of(persons.iterator().next(), text, begin, end, "name");
    }
    if (persons.size() + others.size() > 1 && and) {
      List<String> members = new ArrayList<>(persons);
      members.addAll(others);
      return new Speaker(null, text, begin, end, "group", members);
    }
    if ("place".equals(nounClass) && others.size() == 1) {
      // "the Freedonian government", "the Chinese side": the country
      return Speaker.of(others.iterator().next(), text, begin, end, "role");
    }
    // ("a statement from the aviation authority" is the authority's, as "the statement" is its issuer's)
    boolean indefinite = (lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("one ")
        || lower.startsWith("another ")) && !DOCUMENTS.contains(singular(h));
    // (true too when the phrase names nothing)
    boolean placesOnly = others.stream().allMatch(id -> "LOCATION".equals(ctx.typeOf(id)));
    boolean plural = !singular(h).equals(h);
    if ("organization".equals(nounClass) && persons.isEmpty() && (indefinite || plural && placesOnly)
        || "place".equals(nounClass) && plural && persons.isEmpty() && others.isEmpty()) {
      // "regulators", "cement makers", "a policy maker": bodies or people the phrase does not name; "a Chinese
      // company", "a union representing workers in Ohio", "grid operators in Freedonia": ones the text does not
      // identify, whatever place it names; "some governments": countries it does not name
      return unnamed(text, begin, end);
    }
    if ("organization".equals(nounClass) || "place".equals(nounClass)) {
      // ("the Copenhagen-based company", "the Danish drugmaker": a company of that place, not the place)
      boolean placeModifier = !institution && !others.isEmpty() && placesOnly && inside.stream()
          .filter(m -> !m.type().equals("PERSON")).allMatch(m -> m.end() <= headAt);
      if (others.size() == 1 && !"place".equals(nounClass) && !placeModifier) {
        return Speaker.of(others.iterator().next(), text, begin, end, "role");
      }
      if ("government".equals(singular(h)) && others.isEmpty()) {
        // "The government said": a government named as such ("the Scottish Government"), else the country the
        // story names most, as a country can speak; never another body of the story (an institute, a company)
        String government = organisationNamedWith(h, begin);
        government = government != null ? government : mainCountry(begin);
        return government == null ? unresolved(text, begin, end) : Speaker.of(government, text, begin, end, "role");
      }
      if (institution && (lower.startsWith("his ") || lower.startsWith("her "))) {
        // "her office said", "his campaign said": a person's own staff, no body the text names (not the last
        // organisation named, a company she opposes)
        return unnamed(text, begin, end);
      }
      String id = DOCUMENTS.contains(h) ? recentIssuer(begin) : null;
      if (id == null && "institution".equals(listed) && bare(lower, h) && organisationNamedWith(h, begin) == null) {
        // "the agency" after "the regional health agency": the body the text described, not the last one named
        String described = describedWith(h, begin);
        if (described != null) {
          return described.isEmpty() ? unresolved(text, begin, end) : Speaker.of(described, text, begin, end, "role");
        }
      }
      if (id == null) {
        id = institution && unnamedInstitution(lower, h, begin) ? null
            : organisation(h, begin, "named-institution".equals(listed));
      }
      if (id == null && institution) {
        // "the ministry" right after "Freedonia's foreign ministry said": the body that just spoke with that noun
        id = recentSpeakerWithNoun(h, begin);
      }
      return id == null ? unresolved(text, begin, end) : Speaker.of(id, text, begin, end, "role");
    }
    if (isRolePhrase(lower, head)) {
      if (!singular(h).equals(h) && !h.endsWith("ss")) {
        // "the authors", "his lawyers": several people the phrase does not name
        return unnamed(text, begin, end);
      }
      java.util.regex.Matcher age = AGE.matcher(lower);
      Map<String, String> ages = age.find() ? ages(begin) : Map.of();
      String years = ages.isEmpty() ? null : age.group(1);
      // "the 29-year-old": the person the text gave that age; never one it gave another age
      String id = years == null ? null : aged(ages, years, begin);
      Set<String> otherAge = new java.util.HashSet<>();
      ages.forEach((entity, a) -> {
        if (!a.equals(years)) {
          otherAge.add(entity);
        }
      });
      if (id == null) {
        // "the Freedonian leader", "the Frenchman": the person the text introduced with that word
        id = introducedAs(text, head, begin);
      }
      // ("the prime minister" is no one the text introduced as another minister: "the transport minister, Jane Roe";
      // read only when the phrase has not found its person yet, as every use below is)
      Set<String> otherOffice = id == null ? otherOffice(text, head) : Set.of();
      // (also a body after "of" or "at": "the headteacher of Acme School", "the chief executive of Acme")
      Mention owner = inside.stream().filter(m -> !m.type().equals("PERSON") && possessor(m, headAt, end)
          || m.type().equals("ORGANIZATION") && m.begin() >= headEnd
          && OF_OR_AT.matcher(ctx.body.substring(headEnd, m.begin())).matches()).findFirst().orElse(null);
      if (id == null) {
        id = titled(text, head, begin);
        // ("Freedonia's ambassador" is not the person introduced as "Sylvania's U.N. ambassador, Jane Roe")
        id = id != null && (otherOffice.contains(id) || owner != null && !introducedBeside(id, owner.entityId(), begin))
            ? null : id;
      }
      if (id == null && years == null && owner != null) {
        // "Freedonia's envoy", "Acme's chief executive": the person the text introduced from that place or body
        // ("Freedonia's envoy Jane Roe", "Acme's finance chief Jane Roe") or, in a lede, names next; else one it
        // does not name, never the last person who spoke (who may be another country's envoy)
        id = introducedFrom(owner.entityId(), begin);
        if (id == null && !personNamedBefore(begin)) {
          // a lede that names the person only afterwards: "Acme's chief minister called on ... Roe also urged"
          id = nextPerson(end);
        }
        if (id == null) {
          return unnamed(text, begin, end);
        }
      }
      if (id == null && years == null && (POSSESSIVE_PRONOUNS.contains(lower.split("\\s+")[0])
          || (COMMON_POSSESSOR.matcher(lower).lookingAt() || OF_COMMON.matcher(lower).matches()) && owner == null)) {
        // "her deputy", "his race engineer", "its administrator": someone of hers (or of a body) the text does
        // not name, never she herself nor the last person who spoke; "the shop's owner", "the victim's mother",
        // "the director general of the broadcaster": someone of a thing or person the text does not name
        String next = ledeRoleOfBody(lower, h, begin, end);
        if (next == null && LEADERSHIP.contains(h) && NAMED_POSSESSOR.matcher(text).find()
            && !personNamedBefore(begin)) {
          // "The head of Britain's biggest union warned ... general secretary Jane Roe said": in a lede, whoever
          // leads a named body is the person named next, whatever the office is called
          next = nextPerson(end);
        }
        return next != null ? Speaker.of(next, text, begin, end, "role") : unnamed(text, begin, end);
      }
      Mention nationality = id == null && years == null && owner == null ? inside.stream()
          .filter(m -> "demonym".equals(m.resolution()) && m.end() <= headAt && m.entityId() != null).findFirst()
          .orElse(null) : null;
      if (nationality != null && personNamedBefore(begin) && !RANK.matcher(lower).find() && ctx.mentions.stream()
          .noneMatch(m -> m.begin() < nationality.begin() && nationality.entityId().equals(m.entityId()))) {
        // "the visiting Turkish foreign minister" in a story that has not named that country before: a person it
        // introduces here without a name, not the last person named (who is of another country or of none); a
        // ranked player ("the Chinese world number two") is the player of the story, as an aged role is
        return unnamed(text, begin, end);
      }
      if (id == null && ANONYMOUS_AFTER.matcher(ctx.body.substring(end, Math.min(ctx.body.length(), end + 80)))
          .lookingAt()) {
        // "The doctor, who cannot be named for legal reasons, denies ...": one the text does not name, by its own
        // account, not the last person named
        return unnamed(text, begin, end);
      }
      if (id == null && years == null && unnamedSpeakerWithHead(singular(h), begin)) {
        // "A senior diplomat, who spoke on condition of anonymity, said ... “...,” the diplomat said": that source
        return unnamed(text, begin, end);
      }
      boolean officeOfNoOne = false;
      if (id == null) {
        Set<String> excluded = new java.util.HashSet<>(otherAge);
        excluded.addAll(otherOffice);
        id = person(begin, NameGender.Gender.UNKNOWN, excluded, true);
        // ("Opposition leader Tom Hardy said ... The Prime Minister hit back": an office written with capitals, or an
        // office of the titles list ("the economist Jane Roe said ... The mayor has promised"), is no person the text
        // introduced with another role; "The Chancellor defended ... Rachel Grant said ... the
        // Chancellor replied" is the story's subject; "Jane Roe, an economist at Acme, said ... The economy
        // minister said": nor is an office with its portfolio; "Press Secretary Jane Roe ... the governor of
        // Texas said": nor an office of a place)
        if (id != null && ((capitalisedOffice(text, head) || portfolioOffice(lower, headAt, head)
            || officeOfAPlace(inside, headEnd, end)) && introducedWithOtherRole(id, head)
            || ctx.lex.offices.contains(singular(h)) && introducedWithProfession(id, head))) {
          id = null;
          officeOfNoOne = true;
        }
      }
      if (id == null) {
        // a lede that names the person only afterwards: "The unification minister called on ... Roe also urged"
        // (not one the text introduces with another role: "the chancellor ... Opposition leader Jane Roe")
        id = nextPerson(end);
        id = id != null && (otherOffice.contains(id) || introducedWithOtherRole(id, head)) ? null : id;
      }
      if (id == null && officeOfNoOne) {
        // an office the person the story is about does not hold: someone the text does not name (whom "he" or "she"
        // right after stands for)
        return unnamed(text, begin, end);
      }
      return id == null ? unresolved(text, begin, end) : Speaker.of(id, text, begin, end, "role");
    }
    if (barePluralRole(lower, head) && persons.isEmpty()) {
      // "Prosecutors said", "Defence lawyers argued": people of a role the text does not name
      return unnamed(text, begin, end);
    }
    if (INDEFINITES.contains(lower.split("\\s+")[0]) && persons.isEmpty() && !h.equals(lower)) {
      // "One delegate", "a reviewer", "an Acme engineer": someone the text does not identify, unless a lede
      // introduces someone by role and names them with that title later ("A judge on Tuesday refused ...
      // Judge Jane Roe agreed")
      String named = !personNamedBefore(begin) && lower.split("\\s+").length == 2 ? titled(text, head, begin) : null;
      return named != null ? Speaker.of(named, text, begin, end, "role") : unnamed(text, begin, end);
    }
    return unresolved(text, begin, end);
  }

  /** A plural role or agent noun with no determiner or possessor: "Prosecutors", "Local farmers". */
  private boolean barePluralRole(String lower, String head) {
    String h = head.toLowerCase(Locale.ROOT);
    String first = lower.split("\\s+")[0];
    if (DETERMINERS.contains(first) || lower.matches(".*['’]s .*") || singular(h).equals(h) || h.endsWith("ss")
        || !h.chars().allMatch(Character::isLetter) || !lower.endsWith(h)) {
      return false;
    }
    if (Character.isUpperCase(head.charAt(0)) && (lower.contains(" ")
        || ctx.mentions.stream().anyMatch(m -> m.text().contains(head)))) {
      // "Bernie Sanders" untagged in a headline, "Sanders said": a name, not a role
      return false;
    }
    String one = singular(h);
    return "person".equals(ctx.lex.speakerNouns.get(one)) || one.matches(".{3,}(er|or|ist|ian|ant|ent)");
  }

  /**
   * Offset in {@code text} of a lower-case noun ending the phrase after a possessive that follows the head
   * ("the secretary of state's office", "the ministry's press service" → "service"), or -1.
   */
  static int possessedHead(String text, int headAt) {
    java.util.regex.Matcher m = POSSESSED.matcher(text);
    return m.find() && m.start(1) > headAt ? m.start(1) : -1;
  }

  /** "the secretary of state's office": a definite role of something whose possession ends the phrase. */
  private static final java.util.regex.Pattern POSSESSED = java.util.regex.Pattern.compile(
      "^(?i:the)\\s+(?:[a-z-]+\\s+){0,2}[a-z-]+\\s+of\\s+\\S+(?:\\s+\\S+)?['’]s\\s+(?:[a-z]+\\s+){0,2}([a-z]+)$");

  /**
   * The text names the body with an institution's noun other than {@code noun} right after it ("a spokesperson
   * for the Beta union": no "company"), so a company noun does not refer back to it.
   */
  private boolean calledOtherInstitution(Mention m, String noun) {
    String word = wordAfter(m);
    return word != null && !singular(word).equals(singular(noun)) && isInstitution(word);
  }

  /** The country named most often before {@code offset} outside quotations (the latest of equals), or null. */
  private String mainCountry(int offset) {
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (Mention m : ctx.mentions) {
      if (m.begin() < offset && "COUNTRY".equals(m.fineType()) && ctx.quotationAt(m.begin()) == null) {
        int n = counts.merge(m.entityId(), 1, Integer::sum);
        if (best == null || n >= counts.get(best)) {
          best = m.entityId();
        }
      }
    }
    return best;
  }

  /** "an analyst at Calder Securities": the body a commentator of the lexicon works at, named in passing. */
  private boolean commentatorsBody(Mention m) {
    java.util.regex.Matcher before = COMMENTATOR_AT.matcher(ctx.body.substring(Math.max(0, m.begin() - 40), m.begin()));
    return before.find() && ctx.lex.commentators.contains(singular(before.group(1).toLowerCase(Locale.ROOT)));
  }

  private static final java.util.regex.Pattern COMMENTATOR_AT = java.util.regex.Pattern.compile(
      "(\\p{L}+)\\s+(?:at|with|from)\\s+(?:the\\s+)?$");

  /** The lower-case word right after the mention ("union" after "the Beta union"), or null. */
  private String wordAfter(Mention m) {
    java.util.regex.Matcher after = NEXT_WORD.matcher(ctx.body).region(m.end(), Math.min(ctx.body.length(), m.end() + 30));
    return after.lookingAt() ? after.group(1) : null;
  }

  private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("\\s+(\\p{Ll}+)\\b");

  private boolean isInstitution(String noun) {
    String listed = ctx.lex.speakerNouns.get(singular(noun));
    return "institution".equals(listed) || "named-institution".equals(listed);
  }

  /**
   * "the minister", "The 45-year-old French president", "his spokeswoman", "the Frenchman", "the actress": a
   * definite phrase whose head is a person role of the noun list, an agent noun (-er, -or, -ist, -ian, -man,
   * -woman), a job title of CoreNLP's gazetteer ({@link JobTitles}) or an age.
   */
  private boolean isRolePhrase(String lower, String head) {
    if (lower.matches(".*\\b\\d+-year-old\\b.*")) {
      return true;
    }
    String first = lower.split("\\s+")[0];
    if (DETERMINERS.contains(first) && RANK.matcher(lower).find()) {
      // "the world number one", "the new No. 3": a ranked player
      return true;
    }
    // "the minister", or a possessed role: "the country's foreign minister", "the company's founder"
    boolean possessed = lower.matches(".*['’]s .*");
    if (!DETERMINERS.contains(first) && !possessed || head.isEmpty() || !head.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
      return false;
    }
    String h = head.toLowerCase(Locale.ROOT);
    String one = singular(h);
    String listed = ctx.lex.speakerNouns.get(one);
    // (an "-er" noun the list gives another class is no person: "the letter", "the poster")
    return "person".equals(listed) || listed == null && h.matches(".{3,}(er|or|ist|ian|man|woman)")
        || listed == null && JobTitles.contains(one);
  }

  static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("people")) {
      return w;
    }
    return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  /** Whether mention {@code m} ends before the phrase's head with a possessive: "Roe's lawyer", "Freedonia's envoy". */
  private boolean possessor(Mention m, int headBegin, int phraseEnd) {
    return m.end() < headBegin
        && POSSESSIVE.matcher(ctx.body.substring(m.end(), Math.min(phraseEnd, m.end() + 3))).lookingAt();
  }

  /**
   * "..., its chief executive said" in a lede that names no one yet: the person the text names next, as it is for
   * "Acme's chief executive"; null for any other phrase ("his deputy", "its executives") or when someone was named.
   */
  private String ledeRoleOfBody(String lower, String head, int begin, int end) {
    return lower.startsWith("its ") && singular(head).equals(head) && !personNamedBefore(begin) ? nextPerson(end) : null;
  }

  /**
   * "the spokesman stressed" after "Kremlin Spokesman Jane Roe told reporters": a definite singular phrase whose noun
   * is one of unnamed sources stands for the person the text named with that title; "the Kremlin official stressed"
   * right after Roe spoke, for her (every office holder is an official). Not when the text brought in an unnamed one
   * just before ("A senior official, who asked not to be named, ... The official added": no one).
   */
  private String namedWithTitle(String text, String lower, String head, int begin) {
    if (!lower.startsWith("the ") || !singular(head).equals(head) || unnamedSpeakerWithHead(head, begin)) {
      return null;
    }
    String id = titled(text, head, begin);
    return id != null || !head.equals("official") ? id
        : recentSpeaker(begin, d -> "PERSON".equals(ctx.typeOf(d.speaker().entityId())));
  }

  /** Whether a person is named before {@code offset}; if not, the phrase is in the story's lede. */
  private boolean personNamedBefore(int offset) {
    return ctx.mentions.stream().anyMatch(m -> m.begin() < offset && m.type().equals("PERSON"));
  }

  /** A source the text does not identify ("officials", "her deputy"): no entity, resolution {@code unnamed}. */
  private static Speaker unnamed(String text, int begin, int end) {
    return new Speaker(null, text, begin, end, "unnamed", List.of());
  }

  static Speaker unresolved(String text, int begin, int end) {
    return new Speaker(null, text, begin, end, "unresolved", List.of());
  }

  /** A person a role phrase stands for, and where the phrase begins. */
  private record RoleSubject(String id, int begin) {
  }

  /**
   * The sentence of {@code offset}, or, right after a quotation of several sentences that closes in it, the sentence
   * the quotation opens in ("Asked about it, the Pole smiled. “We know each other. It will be a battle,” she
   * said.": the sentence before "she" is the one before the quotation, not its first sentence).
   */
  private int quotationStart(int offset) {
    int here = ctx.sentenceAt(offset);
    int first = here;
    for (Quotations.Quotation q : ctx.quotations) {
      if (here >= 0 && q.close() < offset && ctx.sentenceAt(q.close()) == here && ctx.sentenceAt(q.open()) >= 0) {
        first = Math.min(first, ctx.sentenceAt(q.open()));
      }
    }
    return first;
  }

  /**
   * The subject of a sentence from the one before {@code from} ({@link #quotationStart}) to this one, before
   * {@code offset}, when it is a role phrase that resolves to a person of the gender: "the" and up to four nouns or
   * adjectives ("the Czech", "the 24-year-old striker") before the verb, after an opening participle or prepositional
   * phrase and its comma. Null when none.
   */
  private RoleSubject roleSubject(int offset, int from, NameGender.Gender gender) {
    int here = ctx.sentenceAt(offset);
    RoleSubject found = null;
    for (int si = Math.max(0, from - 1); here >= 0 && si <= here; si++) {
      List<org.newsgraph.nlp.Token> t = ctx.sentences.get(si).analysis().tokens();
      int k = 0;
      if (!t.isEmpty() && t.get(0).pos() != null && t.get(0).pos().matches("VBN|VBG|IN")) {
        while (k < t.size() && !t.get(k).word().equals(",")) {
          k++;
        }
        k++;
      }
      if (k + 2 >= t.size() || !t.get(k).word().equalsIgnoreCase("the")) {
        continue;
      }
      int e = k + 1;
      // (up to four words; "22-year-old", split at its hyphens, is one)
      int words = 0;
      while (e < t.size() && t.get(e).pos() != null && t.get(e).pos().matches("NN.*|JJ.*|CD|HYPH")
          && (words += t.get(e).begin() > t.get(e - 1).end() ? 1 : 0) <= 4) {
        e++;
      }
      if (e == k + 1 || e >= t.size() || t.get(e).pos() == null || !t.get(e).pos().startsWith("VB")
          || t.get(e).begin() >= offset) {
        continue;
      }
      org.newsgraph.nlp.Token head = t.get(e - 1);
      Speaker s = resolve(t.get(k).begin(), head.end(), head.begin(), head.word());
      if ("role".equals(s.resolution()) && s.entityId() != null && "PERSON".equals(ctx.typeOf(s.entityId()))
          && compatible(s.entityId(), gender)) {
        found = new RoleSubject(s.entityId(), t.get(k).begin());
      }
    }
    return found;
  }

  /**
   * The salient person of a gender at {@code offset}: the last speaker of the last few sentences who
   * is a person of that gender, else the last person of that gender named before it.
   */
  private String person(int offset, NameGender.Gender gender) {
    return person(offset, gender, Set.of(), false);
  }

  /**
   * {@link #person(int, NameGender.Gender)} among people not in {@code excluded}. With {@code role} (a role
   * phrase, "the 22-year-old"), the person opening the previous sentence outranks the others named in it
   * ("Roe beat Smith in the final. ... the 22-year-old said"); a pronoun keeps the last person named ("Roe
   * received Smith. He conveyed greetings ...": the visitor), unless that person opens the sentence.
   */
  private String person(int offset, NameGender.Gender gender, Set<String> excluded, boolean role) {
    int here = ctx.sentenceAt(offset);
    Draft speaker = null;
    // the writer or reporter of a story ("writes Dave Roe of the Courier") is not who the story is about
    Set<String> reporters = new java.util.HashSet<>();
    Set<String> others = new java.util.HashSet<>();
    Draft unnamed = null;
    for (Draft d : ctx.drafts) {
      String id = d.speaker().entityId();
      // (not one who asked, whom the next "he said" answers, nor a speaker inside someone's quotation)
      if (!role && id == null && d.cueBegin() < offset && unnamedPerson(d.speaker(), gender)
          && !"ask".equals(d.cueClass()) && ctx.quotationAt(d.cueBegin()) == null
          && (unnamed == null || d.cueBegin() > unnamed.cueBegin())) {
        unnamed = d;
      }
      if (d.cueBegin() >= offset || id == null || !"PERSON".equals(ctx.typeOf(id)) || excluded.contains(id)) {
        continue;
      }
      boolean reporter = reporter(d);
      (reporter ? reporters : others).add(id);
      // the latest cue (then content) wins; on a tie the draft found later
      boolean later = speaker == null || d.cueBegin() > speaker.cueBegin()
          || d.cueBegin() == speaker.cueBegin() && d.contentBegin() >= speaker.contentBegin();
      if (later && compatible(id, gender) && !reporter) {
        speaker = d;
      }
    }
    reporters.removeAll(others);
    // the last person named before the phrase, and the last one opening its sentence in this or the previous one
    Mention lastMention = null;
    Mention subject = null;
    int from = quotationStart(offset);
    for (Mention m : ctx.mentions) {
      if (m.begin() < offset && m.type().equals("PERSON") && compatible(m.entityId(), gender)
          && ctx.quotationAt(m.begin()) == null && !reporters.contains(m.entityId()) && !excluded.contains(m.entityId())) {
        lastMention = m;
        if (here >= 0 && from - ctx.sentenceAt(m.begin()) <= 1 && opensSentence(m)) {
          subject = m;
        }
      }
    }
    if (!role && subject != lastMention && !inRelativeClauseOf(subject, lastMention)) {
      subject = null;
    }
    RoleSubject moved = role ? null : roleSubject(offset, from, gender);
    if (moved != null && (speaker == null || moved.begin() > speaker.cueBegin())
        && (lastMention == null || moved.begin() > lastMention.begin())) {
      // "Asked whom he would rather play, the Czech smiled. “...,” he said": the person the story has just moved to
      // by a role phrase, after the last speaker and the last name
      return moved.id();
    }
    if (subject != null && (speaker == null || subject.begin() > speaker.cueBegin())) {
      // "Roe, 51, had been in charge for a year. Speaking after the match, he ...", "Roe beat Smith in the final.
      // ... the 22-year-old said": the subject the story has just moved to outranks an earlier speaker and the
      // other people of its sentence
      return subject.entityId();
    }
    if (unnamed != null && (speaker == null || unnamed.cueBegin() > speaker.cueBegin()) && here >= 0
        && here - ctx.sentenceAt(unnamed.cueBegin()) <= 1 && (lastMention == null || lastMention.begin() < unnamed.cueBegin())) {
      // "A rebel commander told reporters ... “...,” he said": the unnamed source just quoted, not an earlier name
      return null;
    }
    if (!role && speaker != null && lastMention != null && lastMention.begin() > speaker.cueBegin()
        && gender != NameGender.Gender.UNKNOWN && knownGender(lastMention.entityId()) == gender
        && knownGender(speaker.speaker().entityId()) == NameGender.Gender.UNKNOWN
        && spoke(lastMention.entityId(), speaker.cueBegin())) {
      // "Roe testified ... “...,” Roe said. His spokesperson, Jordan Ellis, said ... The lawyer pressed Roe ... “...,”
      // she replied": a woman who spoke before and is named again since, not a later speaker of unknown gender
      return lastMention.entityId();
    }
    if (speaker != null && (here < 0 || here - ctx.sentenceAt(speaker.cueBegin()) <= SALIENT_SENTENCES
        || lastMention == null || lastMention.begin() < speaker.cueBegin())) {
      return speaker.speaker().entityId();
    }
    return lastMention == null ? null : lastMention.entityId();
  }

  /**
   * Whether {@code inner} is named in a relative clause set off after {@code subject} in its sentence ("Roe, 22, who
   * joined from Smith's club in May, was modest"): the clause's people are less salient than the subject it describes.
   */
  private boolean inRelativeClauseOf(Mention subject, Mention inner) {
    if (subject == null || inner == null || inner.begin() < subject.end()) {
      return false;
    }
    int si = ctx.sentenceAt(subject.begin());
    if (si < 0 || si != ctx.sentenceAt(inner.begin())) {
      return false;
    }
    String after = ctx.body.substring(inner.end(), ctx.sentences.get(si).sentence().end());
    return RELATIVE_BETWEEN.matcher(ctx.body.substring(subject.end(), inner.begin())).matches() && after.contains(",");
  }

  /** From a name to a person in its relative clause: a comma, an age or appositive, "who"/"whose"/"whom", no comma. */
  private static final java.util.regex.Pattern RELATIVE_BETWEEN = java.util.regex.Pattern.compile(
      ",(?:\\s*\\d{1,3}\\s*,)?[^,;]*?\\b(?:who|whose|whom)\\b[^,;]*");

  /**
   * The people of a speaker phrase when "and" joins them ("Roe and Smith", "the chief executive, Jane Roe, and the
   * chairman, Peter Smith"): two or more, none of them only the possessor of what follows ("Roe's lawyer and
   * Smith" names one of them only), with an "and" between each and the next; else fewer.
   */
  private List<String> joinedPersons(List<Mention> inside) {
    List<Mention> people = inside.stream().filter(m -> m.type().equals("PERSON")).toList();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      Mention m = people.get(i);
      if (ctx.body.startsWith("'s", m.end()) || ctx.body.startsWith("’s", m.end())) {
        return List.of();
      }
      if (i > 0 && !ctx.body.substring(people.get(i - 1).end(), m.begin()).matches("(?s).*\\band\\b.*")) {
        return List.of();
      }
      if (!ids.contains(m.entityId())) {
        ids.add(m.entityId());
      }
    }
    return ids;
  }

  /**
   * The head of a source's phrase: the word before a preposition or a post-modifier that follows it ("A
   * spokeswoman for the city", "a diplomat close to the talks", "an official who asked not to be named"), else the
   * last.
   */
  static int headOf(String[] words) {
    for (int i = 1; i < words.length; i++) {
      if (ROLE_PREPOSITIONS.contains(words[i]) || POST_MODIFIERS.contains(words[i])) {
        return i - 1;
      }
    }
    return words.length - 1;
  }

  /**
   * A source the text does not name spoke in this or the two sentences before {@code offset} with a phrase headed
   * by {@code head} ("A senior European diplomat" for "the diplomat").
   */
  private boolean unnamedSpeakerWithHead(String head, int offset) {
    int here = ctx.sentenceAt(offset);
    for (Draft d : ctx.drafts) {
      Speaker s = d.speaker();
      if (d.cueBegin() >= offset || s.entityId() != null || s.text() == null || !s.memberIds().isEmpty()
          || here < 0 || here - ctx.sentenceAt(d.cueBegin()) > 2) {
        continue;
      }
      String[] w = s.text().toLowerCase(Locale.ROOT).strip().split("[\\s,]+");
      if (w.length < 2 || !INDEFINITES.contains(w[0])) {
        continue;
      }
      if (singular(w[headOf(w)]).equals(head)) {
        return true;
      }
    }
    return introducedUnnamed(head, offset, here);
  }

  /**
   * The text introduced someone unnamed with {@code head} in this or the two sentences before {@code offset}, as
   * the source of a row a later rule finds ("According to a senior European diplomat, ... The diplomat said") or
   * not: an indefinite phrase ending in the noun ("a senior European diplomat"), not followed by a name in
   * apposition ("a diplomat, Jane Roe,") nor saying what someone is ("Roe, a diplomat,", "Roe was a diplomat").
   */
  private boolean introducedUnnamed(String head, int offset, int here) {
    for (int si = Math.max(0, here - 2); si >= 0 && si <= here; si++) {
      List<org.newsgraph.nlp.Token> t = ctx.sentences.get(si).analysis().tokens();
      for (int k = 1; k < t.size() && t.get(k).end() <= offset; k++) {
        String pos = t.get(k).pos() == null ? "" : t.get(k).pos();
        if (!pos.equals("NN") || !t.get(k).word().toLowerCase(Locale.ROOT).equals(head)) {
          continue;
        }
        int d = k - 1;
        while (d > 0 && k - d < 5 && t.get(d).pos() != null && t.get(d).pos().matches("JJ.?|NNP?|VBN|HYPH")) {
          d--;
        }
        boolean named = k + 2 < t.size() && t.get(k + 1).word().equals(",")
            && ctx.mentionAt(t.get(k + 2).begin()) != null;
        // (nor what a named person is: "Roe, a senior diplomat,", "Roe is a diplomat", "Roe, who was a diplomat")
        String before = d > 0 ? t.get(d - 1).word().toLowerCase(Locale.ROOT) : "";
        boolean describes = before.equals(",") || before.equals("as") || d > 0 && "be".equals(t.get(d - 1).lemma())
            || Set.of("is", "was", "are", "were", "been", "became", "becomes").contains(before);
        if (INDEFINITES.contains(t.get(d).word().toLowerCase(Locale.ROOT)) && !named && !describes) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An unnamed single person introduced as such, of a compatible gender: "A rebel commander", "a senior official",
   * "one aide" (not "officials", "a ministry", "the spokeswoman", whom the text may have named).
   */
  private boolean unnamedPerson(Speaker s, NameGender.Gender gender) {
    if (s.text() == null || !s.memberIds().isEmpty()) {
      return false;
    }
    String lower = s.text().toLowerCase(Locale.ROOT).strip();
    String[] w = lower.split("[\\s,]+");
    int headAt = headOf(w);
    String h = w[headAt];
    w = java.util.Arrays.copyOf(w, headAt + 1);
    // ("A rebel commander", or a definite phrase already found to name no one: "The prime minister's official
    // spokesman")
    if (w.length < 2 || !INDEFINITES.contains(w[0]) && !"unnamed".equals(s.resolution()) || s.text().contains(",")
        || !singular(h).equals(h)
        || !h.chars().allMatch(Character::isLetter)) {
      return false;
    }
    String listed = ctx.lex.speakerNouns.get(h);
    boolean person = "person".equals(listed) || "unnamed".equals(listed) && !h.equals("authority")
        || h.matches(".{3,}(er|or|ist|ian|man|woman|person)");
    if (!person || "organization".equals(listed) || isInstitution(h) || "place".equals(listed)) {
      return false;
    }
    NameGender.Gender g = h.endsWith("woman") ? NameGender.Gender.FEMALE
        : h.endsWith("man") ? NameGender.Gender.MALE : NameGender.Gender.UNKNOWN;
    return gender == NameGender.Gender.UNKNOWN || g == NameGender.Gender.UNKNOWN || g == gender;
  }

  /**
   * The latest person named before {@code offset} whose introduction ("Freedonian President Jane Roe", "the
   * French striker Jane Roe") holds a capitalised word of the role phrase ("the Freedonian leader"; "the
   * Frenchman" → French), or null.
   */
  private String introducedAs(String phrase, String head, int offset) {
    return introducedWith(introductionWords(phrase, head), offset);
  }

  private static Set<String> introductionWords(String phrase, String head) {
    Set<String> words = new LinkedHashSet<>();
    for (String w : phrase.split("[\\s’']+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equalsIgnoreCase(head)
          && !DETERMINERS.contains(w.toLowerCase(Locale.ROOT))) {
        words.add(w);
      }
    }
    java.util.regex.Matcher man = DEMONYM_MAN.matcher(head);
    if (man.matches()) {
      words.add(man.group(1));
      words.add(man.group(1) + "ch");
    }
    return words;
  }

  /**
   * The latest person named before {@code offset} whose name follows a mention of {@code placeId} and at most
   * three lower-case words ("Freedonia's Jane Roe", "Freedonian striker Jane Roe"; "the Freedonian" is her), or null.
   */
  private String introducedFrom(String placeId, int offset) {
    String found = null;
    Mention place = null;
    for (Mention m : ctx.mentions) {
      if (m.begin() >= offset) {
        break;
      }
      if (placeId.equals(m.entityId())) {
        place = m;
      } else if (m.type().equals("PERSON") && place != null && place.end() <= m.begin()
          && INTRODUCED_FROM.matcher(ctx.body.substring(place.end(), m.begin())).matches()) {
        found = m.entityId();
      }
    }
    return found;
  }

  /**
   * Whether a mention of the person {@code personId} before {@code offset} has a mention of {@code ownerId} (a
   * place or body) close beside it in its sentence, no other person between: "Freedonia's U.N. ambassador, Jane
   * Roe", "Jane Roe, Freedonia's ambassador", "Acme chief executive Jane Roe".
   */
  private boolean introducedBeside(String personId, String ownerId, int offset) {
    for (Mention p : ctx.mentions) {
      if (p.begin() >= offset) {
        break;
      }
      if (!personId.equals(p.entityId())) {
        continue;
      }
      for (Mention o : ctx.mentions) {
        if (!ownerId.equals(o.entityId()) || ctx.sentenceAt(o.begin()) != ctx.sentenceAt(p.begin())) {
          continue;
        }
        int from = Math.min(o.end(), p.end());
        int to = Math.max(o.begin(), p.begin());
        boolean personBetween = ctx.mentions.stream()
            .anyMatch(m -> m.begin() >= from && m.end() <= to && "PERSON".equals(m.type()));
        if (to - from <= 40 && !personBetween) {
          return true;
        }
      }
    }
    return false;
  }

  /** Between a place and the person it introduces: a possessive, then up to three lower-case words of a title. */
  private static final java.util.regex.Pattern INTRODUCED_FROM = java.util.regex.Pattern.compile(
      "(?:['’]s)?(?:\\s+[\\p{Ll}.-]+){0,3}\\s+");

  /** The latest person named before {@code offset} whose noun phrase opens with one of {@code words}, or null. */
  private String introducedWith(Set<String> words, int offset) {
    if (words.isEmpty()) {
      return null;
    }
    String alternatives = String.join("|", words.stream().map(java.util.regex.Pattern::quote).toList());
    // one of the words opens the mention's own noun phrase: at most three words (titles, roles) between
    java.util.regex.Pattern introduction = java.util.regex.Pattern.compile("\\b(?:" + alternatives
        + ")(\\s+[\\w.’'-]+){0,3}\\s*$");
    // or an appositive after the name ends with it: "Jane Roe, a Democrat,", "Roe, the veteran Norwegian." (not
    // "Roe, the Freedonian government said")
    java.util.regex.Pattern appositive = java.util.regex.Pattern.compile("^,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}(?:"
        + alternatives + ")\\s*(?:[,.;:)]|$)");
    String found = null;
    for (Mention m : ctx.mentions) {
      if (m.begin() >= offset) {
        break;
      }
      if (!m.type().equals("PERSON")) {
        continue;
      }
      String before = ctx.body.substring(Math.max(0, m.begin() - 40), m.begin());
      int cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'));
      String after = ctx.body.substring(m.end(), Math.min(offset, Math.min(ctx.body.length(), m.end() + 50)));
      if (introduction.matcher(before.substring(cut + 1)).find() || appositive.matcher(after).find()) {
        found = m.entityId();
      }
    }
    return found;
  }

  /**
   * The byline-like attribution of a story's writer: an inverted press cue ("..., writes Dave Roe of the
   * Courier"). A judge or a leader who "wrote" or "posted" something is a speaker like any other.
   */
  private static boolean reporter(Draft d) {
    return "source".equals(d.cueClass()) && d.speaker().begin() != null && d.speaker().begin() > d.cueBegin()
        && Set.of("write", "report").contains(d.cueLemma());
  }

  /**
   * Tags of the words a sentence may open with before its subject's name ("Rovers captain Jane Roe", "Sylvania's
   * Jane Roe").
   */
  private static final Set<String> NAME_PREFIX_TAGS = Set.of("NNP", "NNPS", "NN", "DT", "JJ", "``", "POS");

  /** The mention heads the noun phrase that opens its sentence: its subject, in news style. */
  private boolean opensSentence(Mention m) {
    int si = ctx.sentenceAt(m.begin());
    if (si < 0) {
      return false;
    }
    List<org.newsgraph.nlp.Token> t = ctx.sentences.get(si).analysis().tokens();
    int start = openingPhraseEnd(t, m);
    for (int k = start; k < t.size(); k++) {
      org.newsgraph.nlp.Token tok = t.get(k);
      if (tok.begin() >= m.end()) {
        return !"POS".equals(tok.pos());
      }
      if (tok.end() <= m.begin() && !NAME_PREFIX_TAGS.contains(tok.pos())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where the sentence's subject may start: after an opening phrase and its comma with no verb (unless a
   * participle opens it), quotation or person in it ("In a 2015 interview, Roe reflected ...", "Asked about the
   * final, Roe was modest"), else 0. A person who only owns the role the name
   * after the comma stands in apposition to ("Smith's captain, Roe, struck a calmer tone") leaves Roe the subject.
   */
  private int openingPhraseEnd(List<org.newsgraph.nlp.Token> t, Mention m) {
    int comma = -1;
    // (a participle may open it, with verbs of its own: "Asked about her performance, Roe was modest")
    boolean participle = !t.isEmpty() && t.get(0).pos() != null && t.get(0).pos().matches("VBN|VBG");
    for (int k = 0; k < t.size() && t.get(k).end() <= m.begin(); k++) {
      org.newsgraph.nlp.Token tok = t.get(k);
      String pos = tok.pos() == null ? "" : tok.pos();
      if ((pos.startsWith("VB") || pos.equals("MD")) && !participle || DepGraph.isQuote(tok)) {
        return 0;
      }
      Mention other = ctx.mentionAt(tok.begin());
      if (other != null && other.type().equals("PERSON") && !possessor(t, other)) {
        return 0;
      }
      if (tok.word().equals(",")) {
        comma = k;
      }
    }
    return comma > 0 ? comma + 1 : 0;
  }

  /** Whether a possessive "'s" follows the mention ("Smith's captain"). */
  static boolean possessor(List<org.newsgraph.nlp.Token> t, Mention m) {
    for (org.newsgraph.nlp.Token tok : t) {
      if (tok.begin() >= m.end()) {
        return "POS".equals(tok.pos());
      }
    }
    return false;
  }

  /** "the Norwegian", "the Kenyan": a definite singular nationality noun, which stands for a person. */
  private static boolean personalDemonym(String lower, String head, Mention m, int end) {
    if (m.end() != end || !lower.startsWith("the ") || !head.matches("[A-Z][a-z]+")) {
      return false;
    }
    // a one-word name after "the" and its modifiers ("the 24-year-old Spaniard", "the Wisconsin Republican")
    if (m.text().strip().contains(" ")) {
      return false;
    }
    // a nationality ("the Norwegian", "the Spaniard", "the Swede", "the Czech") or, of a singular other name, a
    // party or faith ("the Democrat"); collective nationalities ("the Chinese", "the British", "the French", "the
    // Dutch", "the Swiss") are no one person
    return "demonym".equals(m.resolution()) && !head.matches(".*(s|ese|ish|nch|tch)")
        || "MISC".equals(m.type()) && !head.matches(".*(s|ese|ish|ch)");
  }

  /** "the Portuguese", "the Chinese", "the Dutch": a one-word nationality after "the" that may name a people. */
  private static boolean collectiveDemonym(String lower, String head, Mention m, int end) {
    return m.end() == end && lower.equals("the " + head.toLowerCase(Locale.ROOT)) && "demonym".equals(m.resolution())
        && head.matches("[A-Z][a-z]+(ese|ish|nch|tch|ss)");
  }

  /** What stands between a role and the body it holds it in ("the headteacher of Acme School", "chief at Acme"). */
  private static final java.util.regex.Pattern OF_OR_AT = java.util.regex.Pattern.compile("\\s+(of|at)\\s+(the\\s+)?");

  private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\b(\\d{1,3})-year-old\\b");
  private static final java.util.regex.Pattern AGE_AFTER = java.util.regex.Pattern.compile("^(?:,\\s*|\\s*\\()(\\d{1,3})\\s*[,)]");
  private static final java.util.regex.Pattern AGE_BEFORE = java.util.regex.Pattern.compile(
      "\\b(\\d{1,3})-year-old\\s+(?:[\\w.’'-]+\\s+){0,3}$");

  /** The age the body gives each person before {@code offset} ("Jane Roe, 29,", "Roe (29)", "the 29-year-old Roe"). */
  private Map<String, String> ages(int offset) {
    Map<String, String> out = new HashMap<>();
    for (Mention m : ctx.mentions) {
      if (m.begin() >= offset) {
        break;
      }
      if (!m.type().equals("PERSON")) {
        continue;
      }
      java.util.regex.Matcher a = AGE_AFTER.matcher(ctx.body.substring(m.end(), Math.min(ctx.body.length(), m.end() + 8)));
      java.util.regex.Matcher b = AGE_BEFORE.matcher(ctx.body.substring(Math.max(0, m.begin() - 50), m.begin()));
      if (a.find()) {
        out.put(m.entityId(), a.group(1));
      } else if (b.find()) {
        out.put(m.entityId(), b.group(1));
      }
    }
    return out;
  }

  /** The latest person before {@code offset} given the age {@code years}, or null. */
  private String aged(Map<String, String> ages, String years, int offset) {
    String found = null;
    for (Mention m : ctx.mentions) {
      if (m.begin() < offset && years.equals(ages.get(m.entityId()))) {
        found = m.entityId();
      }
    }
    return found;
  }

  /**
   * "the weather service", "the health ministry" (institution nouns of the speaker nouns): an institution named
   * by its modifier, when no organisation of the text holds that word; it is not the last organisation named
   * (the Red Cross of the sentence before).
   */
  private boolean unnamedInstitution(String lower, String head, int offset) {
    String[] w = lower.split("\\s+");
    if (w.length < 3 || !w[w.length - 1].equals(head) || !DETERMINERS.contains(w[0])) {
      return false;
    }
    for (int i = 1; i < w.length - 1; i++) {
      if (organisationNamedWith(w[i], offset) != null) {
        return false;
      }
    }
    return true;
  }

  /** "the agency", "The agency": a determiner and the noun alone. */
  private static boolean bare(String lower, String head) {
    String[] w = lower.trim().split("\\s+");
    return w.length == 2 && w[1].equals(head) && DETERMINERS.contains(w[0]);
  }

  /**
   * How the text last described a body with {@code noun} before {@code offset}, in lower case outside any name:
   * the organisation named right before it ("the Xinhua news agency" → Xinhua), or "" for a body it never names
   * ("the regional health agency"); null when the noun appears nowhere before.
   */
  private String describedWith(String noun, int offset) {
    java.util.regex.Matcher w = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(noun) + "\\b")
        .matcher(ctx.body);
    String found = null;
    while (w.find() && w.start() < offset) {
      int at = w.start();
      java.util.regex.Matcher prev = java.util.regex.Pattern.compile("(\\S+)\\s+$")
          .matcher(ctx.body.substring(Math.max(0, at - 30), at));
      if (ctx.mentions.stream().anyMatch(m -> m.begin() <= at && at < m.end())
          || !prev.find() || DETERMINERS.contains(prev.group(1).toLowerCase(Locale.ROOT))) {
        // (a name, or "the agency" again, which only points back)
        continue;
      }
      // the organisation whose name ends the lower-case words before the noun ("Xinhua news agency")
      Mention before = null;
      for (Mention m : ctx.mentions) {
        if (m.end() <= at && m.type().equals("ORGANIZATION")
            && ctx.body.substring(m.end(), at).matches("(\\s+[a-z]+)*\\s+")) {
          before = m;
        }
      }
      found = before != null ? before.entityId() : "";
    }
    return found;
  }

  /** Nouns for what a body issued ("the statement said"). */
  private static final Set<String> DOCUMENTS = Set.of("statement", "release");

  /**
   * The body that issued "the statement": whoever put out the statement the text just mentioned
   * ({@link #documentIssuer}), else the organisation or country that spoke last in this or the previous sentence
   * ('The council condemned the launch. "...," the statement said.'), or null.
   */
  private String recentIssuer(int offset) {
    String issuer = documentIssuer(offset);
    issuer = issuer != null ? issuer : recentSpeaker(offset, this::saidInADocument);
    return issuer != null ? issuer : recentSpeaker(offset, d -> {
      String type = ctx.typeOf(d.speaker().entityId());
      return "ORGANIZATION".equals(type) || "LOCATION".equals(type);
    });
  }

  /** A determiner or possessive and the one to three words after it ("a statement", "an emailed statement"). */
  private static final String DOCUMENT_PHRASE = "\\s+(?:a|an|the|his|her|its|their)((?:\\s+[\\p{L}-]+){1,3})";

  /** "in a statement", "in an emailed statement": a document named in a short phrase right after a cue. */
  private static final java.util.regex.Pattern IN_A_DOCUMENT = java.util.regex.Pattern.compile(
      "^\\s+(?:\\p{L}+\\s+){0,2}?in" + DOCUMENT_PHRASE);

  /**
   * "Roe's son said in a statement that ... “...,” the statement said": a person or body that spoke in a document
   * (a lead-in noun of {@code lead-in-nouns.tsv} in an "in" phrase right after the cue) issued it.
   */
  private boolean saidInADocument(Draft d) {
    return d.speaker().entityId() != null && inADocument(d);
  }

  /** "In a statement, the family said ...": a document named in a phrase opening the sentence. */
  private static final java.util.regex.Pattern OPENING_DOCUMENT = java.util.regex.Pattern.compile(
      "^\\s*(?i:in)" + DOCUMENT_PHRASE);

  /**
   * The draft's words were given in a document: a lead-in noun ({@code lead-in-nouns.tsv}) in an "in" phrase right
   * after the cue ("said in an emailed statement") or opening the sentence before the speaker ("In a victim
   * statement read to the court, the family said").
   */
  private boolean inADocument(Draft d) {
    String document = documentAfterCue(d);
    if (document != null && leadInWord(document)) {
      return true;
    }
    int si = ctx.sentenceAt(d.cueBegin());
    Integer speakerBegin = d.speaker().begin();
    if (si < 0 || speakerBegin == null) {
      return false;
    }
    int from = ctx.sentences.get(si).sentence().begin();
    java.util.regex.Matcher opening = OPENING_DOCUMENT.matcher(ctx.body.substring(from, Math.max(from, speakerBegin)));
    return opening.find() && leadInWord(opening.group(1));
  }

  /**
   * The speaker of the latest report in this or the three sentences before {@code offset} given in a document named
   * with {@code noun} right after its cue ("said in a report released Thursday"), or null.
   */
  private String issuerOf(String noun, int offset) {
    int here = ctx.sentenceAt(offset);
    Draft d = latestSpeaking(offset, x -> {
      String document = documentAfterCue(x);
      return document != null && java.util.Arrays.stream(document.strip().toLowerCase(Locale.ROOT).split("\\s+"))
          .anyMatch(w -> singular(w).equals(noun));
    });
    return d != null && here >= 0 && here - ctx.sentenceAt(d.cueBegin()) <= 3 ? d.speaker().entityId() : null;
  }

  /** The one to three words of a document phrase right after the draft's cue ("in an emailed statement"), or null. */
  private String documentAfterCue(Draft d) {
    java.util.regex.Matcher after = IN_A_DOCUMENT.matcher(ctx.body.substring(d.cueEnd(),
        Math.min(ctx.body.length(), d.cueEnd() + 80)));
    return after.find() ? after.group(1) : null;
  }

  private boolean leadInWord(String words) {
    return java.util.Arrays.stream(words.strip().split("\\s+"))
        .anyMatch(w -> ctx.lex.leadInNouns.containsKey(w.toLowerCase(Locale.ROOT)));
  }

  /**
   * "Acme filed for bankruptcy, the company said in a filing with the court. The company listed debts of ... It
   * said ...": the organisation the previous sentence opens with, by its name or "the" and a noun for a body
   * ("the company", "the ministry"), before a verb; else null.
   */
  private String organisationOpeningPreviousSentence(int offset) {
    int here = ctx.sentenceAt(offset);
    if (here < 1) {
      return null;
    }
    List<org.newsgraph.nlp.Token> t = ctx.sentences.get(here - 1).analysis().tokens();
    if (t.size() < 3) {
      return null;
    }
    Mention m = ctx.mentionAt(t.get(0).begin());
    if (m != null) {
      return m.type().equals("ORGANIZATION") ? m.entityId() : null;
    }
    org.newsgraph.nlp.Token noun = t.get(1);
    String cls = ctx.lex.speakerNouns.get(noun.word().toLowerCase(Locale.ROOT));
    if (!t.get(0).word().equalsIgnoreCase("the") || t.get(2).pos() == null || !t.get(2).pos().startsWith("VB")
        || !("organization".equals(cls) || isInstitution(noun.word().toLowerCase(Locale.ROOT)))) {
      return null;
    }
    Speaker s = resolve(t.get(0).begin(), noun.end(), noun.begin(), noun.word());
    return s.entityId() != null && "ORGANIZATION".equals(ctx.typeOf(s.entityId())) ? s.entityId() : null;
  }

  /**
   * Who put out the document that "it" or "the statement" stands for: a person or organisation named right before
   * an issuing verb (issuing-verbs.txt) whose object is a lead-in noun ("Club chairman Jane Roe later issued a
   * statement backing ...") in this sentence before {@code offset} or in the previous one; the latest such, or null.
   */
  private String documentIssuer(int offset) {
    int here = ctx.sentenceAt(offset);
    String found = null;
    for (int si = Math.max(0, here - 1); si <= here && si >= 0; si++) {
      List<org.newsgraph.nlp.Token> t = ctx.sentences.get(si).analysis().tokens();
      for (int k = 0; k < t.size() && t.get(k).begin() < offset; k++) {
        String lemma = t.get(k).lemma() == null ? "" : t.get(k).lemma().toLowerCase(Locale.ROOT);
        if (!t.get(k).pos().startsWith("VB") || !ctx.lex.issuingVerbs.contains(lemma)) {
          continue;
        }
        int noun = k + 1;
        while (noun < t.size() && noun <= k + 4 && t.get(noun).pos().matches("DT|JJ|RP|PRP\\$|CD|RB")) {
          noun++;
        }
        if (noun >= t.size() || !ctx.lex.leadInNouns.containsKey(t.get(noun).word().toLowerCase(Locale.ROOT))) {
          continue;
        }
        // the issuer: the name that ends right before the verb, an adverb or auxiliary aside
        int s = k - 1;
        while (s >= 0 && (t.get(s).pos().matches("RB|MD") || t.get(s).pos().startsWith("VB")
            && Set.of("have", "be").contains(String.valueOf(t.get(s).lemma()).toLowerCase(Locale.ROOT)))) {
          s--;
        }
        Mention m = s < 0 ? null : ctx.mentionAt(t.get(s).begin());
        if (m != null && m.entityId() != null && ("PERSON".equals(m.type()) || "ORGANIZATION".equals(m.type()))) {
          found = m.entityId();
        }
      }
    }
    return found;
  }

  /** The speaker of the latest draft in this or the previous sentence whose phrase holds the noun, or null. */
  private String recentSpeakerWithNoun(String noun, int offset) {
    java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(noun) + "\\b");
    return recentSpeaker(offset, d -> d.speaker().text() != null && p.matcher(d.speaker().text()).find());
  }

  /** The entity of the latest draft before {@code offset}, in this or the previous sentence, that {@code test} accepts. */
  private String recentSpeaker(int offset, java.util.function.Predicate<Draft> test) {
    int here = ctx.sentenceAt(offset);
    Draft latest = latestSpeaking(offset, test);
    return latest != null && here >= 0 && here - ctx.sentenceAt(latest.cueBegin()) <= 1 ? latest.speaker().entityId() : null;
  }

  /**
   * The speaker of the latest report before {@code offset}, when it lies in this sentence or the one before and is
   * a group of named people ("the two leaders") or unnamed sources in the plural ("the people", "analysts"); else
   * null.
   */
  private Speaker lastPluralSpeaker(int offset) {
    Draft latest = latestDraft(offset, d -> true);
    int here = ctx.sentenceAt(offset);
    if (latest == null || here < 0 || here - ctx.sentenceAt(latest.cueBegin()) > 1) {
      return null;
    }
    Speaker s = latest.speaker();
    String last = s.text() == null ? "" : s.text().toLowerCase(Locale.ROOT).replaceAll(".*\\s", "");
    boolean plural = "group".equals(s.resolution()) && !s.memberIds().isEmpty()
        || "unnamed".equals(s.resolution()) && (last.endsWith("s") || last.equals("people"));
    return plural ? s : null;
  }

  /** The draft with the latest cue before {@code offset} whose speaker is an entity that {@code test} accepts, or null. */
  Draft latestSpeaking(int offset, java.util.function.Predicate<Draft> test) {
    return latestDraft(offset, d -> d.speaker().entityId() != null && test.test(d));
  }

  /** The draft with the latest cue before {@code offset} that {@code test} accepts, or null. */
  private Draft latestDraft(int offset, java.util.function.Predicate<Draft> test) {
    Draft latest = null;
    for (Draft d : ctx.drafts) {
      if (d.cueBegin() < offset && test.test(d) && (latest == null || d.cueBegin() > latest.cueBegin())) {
        latest = d;
      }
    }
    return latest;
  }

  /** The latest organisation named before {@code offset} whose name holds {@code word} ("Weather Service"), or null. */
  private String organisationNamedWith(String word, int offset) {
    // the noun in the name in either number: "the airline" → "Skyway Airlines", "the banks" → "Acme Bank"; or a
    // word the noun list gives for it: "the force" → "Avon Police"
    String one = singular(word.toLowerCase(Locale.ROOT));
    List<String> words = new ArrayList<>(List.of(one));
    words.addAll(ctx.lex.speakerNounNames.getOrDefault(one, List.of()));
    java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?i)\\b(?:" + String.join("|",
        words.stream().map(java.util.regex.Pattern::quote).toList()) + ")s?\\b");
    String found = null;
    for (Mention m : ctx.mentions) {
      // (or written right after it: "the Beta union")
      if (m.begin() < offset && m.type().equals("ORGANIZATION")
          && (p.matcher(m.text()).find() || words.contains(singular(String.valueOf(wordAfter(m)))))) {
        found = m.entityId();
      }
    }
    return found;
  }

  /**
   * The organisation an organisation noun stands for ("the club", "the council"): the latest one named before
   * {@code offset} whose name holds the noun ("the council" → "National Coffee Council"), else the latest one
   * that is not only the addressee of a "told" or a medium that reported, else the latest one; for an institution
   * that {@code mustBeNamed} ("the union"), only one named with the noun, else null.
   */
  private String organisation(String noun, int offset, boolean mustBeNamed) {
    String named = organisationNamedWith(noun, offset);
    if (named != null || mustBeNamed) {
      // ("the union said" where only a company and a news agency are named: no one of the text)
      return named;
    }
    Set<String> media = new java.util.HashSet<>();
    for (Draft d : ctx.drafts) {
      if ("source".equals(d.cueClass()) && d.speaker().entityId() != null) {
        media.add(d.speaker().entityId());
      }
    }
    Set<String> institutions = new java.util.HashSet<>();
    if (BUSINESS_NOUNS.contains(singular(noun))) {
      // "the company" is no association, council or agency of the story ("The Hearing Professionals Association
      // argues ... The company denies the claims": the company sued, which the text does not name)
      ctx.mentions.stream().filter(m -> m.begin() < offset && m.type().equals("ORGANIZATION") && institutionNamed(m))
          .forEach(m -> institutions.add(m.entityId()));
      media.addAll(institutions);
    }
    String subject = subjectOrganisation(offset, media);
    if (subject != null) {
      return subject;
    }
    // organisations named at least once otherwise than as the addressee of "told" ("told FNN", "to the paper")
    Set<String> other = new java.util.HashSet<>();
    for (Mention m : ctx.mentions) {
      if (m.begin() < offset && m.type().equals("ORGANIZATION") && !addressed(m)) {
        other.add(m.entityId());
      }
    }
    String latest = null;
    for (Mention m : ctx.mentions) {
      if (m.begin() < offset && m.type().equals("ORGANIZATION") && other.contains(m.entityId())
          && !media.contains(m.entityId()) && !calledOtherInstitution(m, noun) && !commentatorsBody(m)) {
        latest = m.entityId();
      }
    }
    if (latest != null && !spoke(latest, offset)) {
      // "Acme said ... The food maker, whose brands include Sunny Oats, ... The company said": a body named in
      // passing, once and never speaking, is not "the company" when a body of the story has spoken (a name in
      // someone's quoted words is no naming of the story's: "Acme launched Zed ... “Zed helps us,” said Roe")
      final String passing = latest;
      long times = ctx.mentions.stream().filter(m -> m.begin() < offset && m.entityId().equals(passing)
          && ctx.quotationAt(m.begin()) == null).count();
      String speaker = lastSpeakingOrganisation(offset);
      if (times == 1 && speaker != null) {
        return speaker;
      }
    }
    String before = latest != null ? latest : last(offset, "ORGANIZATION");
    final String lastNamed = before;
    if (before != null && (institutions.contains(before) || ctx.mentions.stream()
        .filter(m -> m.begin() < offset && m.entityId().equals(lastNamed)).allMatch(this::publication))) {
      // (nor a journal the story names only as where something appeared: "the team wrote in the journal Medica")
      return null;
    }
    // "A lander built by a private company touched down, the company said. Acme Space confirmed ...": a lede
    // that names the body only in the next sentence
    return before != null ? before : nextOrganisation(offset);
  }

  /** Nouns for a business, which no association, council, agency or other institution is. */
  private static final Set<String> BUSINESS_NOUNS = Set.of("company", "firm", "maker", "carmaker", "automaker",
      "chipmaker", "drugmaker", "retailer", "lender", "insurer", "airline", "manufacturer", "conglomerate", "startup",
      "supplier");

  /**
   * An organisation whose name ends in a noun of institutions ("... Association", "... Council", "... Agency") or opens
   * with one before "of" ("University of ...").
   */
  private boolean institutionNamed(Mention m) {
    String[] w = m.canonical().split("\\s+");
    // (or opening it before "of": "University of Westfield", "Ministry of Health")
    return w.length > 1 && (isInstitution(w[w.length - 1].toLowerCase(Locale.ROOT))
        || w[1].equalsIgnoreCase("of") && isInstitution(w[0].toLowerCase(Locale.ROOT)));
  }

  /**
   * The organisation that opens this or the previous sentence as its subject when no other body is named after
   * that sentence ("Acme have signed Roe from Beta for a record fee, the club confirmed": Acme, not Beta, which
   * the sentence names later), or null.
   */
  private String subjectOrganisation(int offset, Set<String> media) {
    int here = ctx.sentenceAt(offset);
    if (here < 0) {
      return null;
    }
    Mention subject = null;
    for (Mention m : ctx.mentions) {
      int si = ctx.sentenceAt(m.begin());
      if (m.begin() >= offset || si < here - 1 || !m.type().equals("ORGANIZATION") || ctx.quotationAt(m.begin()) != null) {
        continue;
      }
      if (!media.contains(m.entityId()) && !addressed(m) && opensSentence(m)) {
        subject = m;
      } else if (subject != null && si > ctx.sentenceAt(subject.begin()) && !m.entityId().equals(subject.entityId())) {
        // the story moved on to another body
        subject = null;
      }
    }
    return subject == null ? null : subject.entityId();
  }

  /**
   * The first organisation named, outside quotations, in the sentence after the one holding {@code offset}
   * (not as an addressee: "told Acme"), or null.
   */
  private String nextOrganisation(int offset) {
    Mention m = nextNamed(offset, "ORGANIZATION", 1);
    return m == null || addressed(m) ? null : m.entityId();
  }

  private static final java.util.regex.Pattern ADDRESSED = java.util.regex.Pattern.compile(
      ".*\\b(?:(?:told|tells|telling|with|to)|(?:wrote|writes|written|posted|posts|tweeted|shared|said|says|commented"
          + "|announced)\\s+(?:on|via))\\s+(the\\s+)?$");

  /** A publication named by what it is: "in the journal Medica", "the newspaper Gazeta". */
  private static final java.util.regex.Pattern PUBLICATION = java.util.regex.Pattern.compile(
      ".*\\b(?:journal|magazine|newspaper|broadcaster)\\s+$");

  /**
   * The mention is only the addressee of the words before it ("told FNN", "to the paper", "with Acme"), the
   * platform they went out on ("wrote on Linkbook", "posted on Chirper") or a publication ("in the journal Medica").
   */
  private boolean addressed(Mention m) {
    String before = wordsBefore(m);
    return ADDRESSED.matcher(before).matches() || PUBLICATION.matcher(before).matches();
  }

  private boolean publication(Mention m) {
    return PUBLICATION.matcher(wordsBefore(m)).matches();
  }

  /** The 20 characters before the mention, in lower case: what {@link #ADDRESSED} and {@link #PUBLICATION} read. */
  private String wordsBefore(Mention m) {
    return ctx.body.substring(Math.max(0, m.begin() - 20), m.begin()).toLowerCase(Locale.ROOT);
  }

  private boolean spoke(String entityId, int offset) {
    return ctx.drafts.stream().anyMatch(d -> d.cueBegin() < offset && entityId.equals(d.speaker().entityId()));
  }

  /** The organisation that spoke last before {@code offset}, or null. */
  private String lastSpeakingOrganisation(int offset) {
    Draft latest = latestSpeaking(offset, d -> "ORGANIZATION".equals(ctx.typeOf(d.speaker().entityId())));
    return latest == null ? null : latest.speaker().entityId();
  }

  /**
   * The person the body names with the role phrase's title ("the Prime Minister" → "Prime Minister Jane
   * Roe", "Roe, the prime minister,", "Roe, Freedonia's envoy," or "Roe became prime minister"; "the author" →
   * "author Jane Roe"): the latest before {@code offset}, else the first after it when only one person carries
   * that title; null otherwise.
   */
  private String titled(String phrase, String head, int offset) {
    String[] words = phrase.split("\\s+");
    int last = words.length - 1;
    if (last < 1 || !words[last].equalsIgnoreCase(head)) {
      return null;
    }
    // the title is the head with the capitalised words right before it ("the new Prime Minister" → "Prime
    // Minister", "the Freedonian leader" → "Freedonian leader", "the author" → "author")
    int first = last;
    while (first > 1 && !words[first - 1].isEmpty() && Character.isUpperCase(words[first - 1].charAt(0))) {
      first--;
    }
    String title = java.util.regex.Pattern.quote(String.join(" ", java.util.Arrays.copyOfRange(words, first, last + 1)));
    // ("Roe's deputy, Tom Smith,": the title in apposition before the name)
    // (not another office of that name: "the deputy mayor" is no "mayor")
    // (or with its office in capitals between: "Minister for Housing and Urban Affairs Jane Roe" is "the minister")
    // (nor a former holder: "Former England captain Michael Vaughan" is not "the England captain")
    java.util.regex.Pattern before = java.util.regex.Pattern.compile("(?i)(?<!" + SECOND_IN_RANK + "\\s)"
        + "(?<!(?:former|ex|then|late)[\\s-])\\b" + title + CAPITALISED_OFFICE + ",?\\s+$");
    java.util.regex.Pattern after = java.util.regex.Pattern.compile(
        "(?i)^(?:,\\s+(?:the|a|\\p{Lu}[\\p{L}.-]*['’]s)\\s+|\\s+(?:is|was|became|becomes|has become)\\s+(?:the\\s+)?)"
            + "(?:(?!" + SECOND_IN_RANK + "\\b)\\w+\\s+){0,2}" + title + "\\b");
    String latestBefore = null;
    String firstAfter = null;
    Set<String> people = new LinkedHashSet<>();
    for (Mention m : ctx.mentions) {
      if (!m.type().equals("PERSON") || ctx.quotationAt(m.begin()) != null) {
        continue;
      }
      String left = ctx.body.substring(Math.max(0, m.begin() - 80), m.begin());
      String right = ctx.body.substring(m.end(), Math.min(ctx.body.length(), m.end() + 60));
      java.util.regex.Matcher appositive = after.matcher(right);
      // (not the phrase being resolved itself: in "Responding to Jane Roe, the minister said" the minister is not Roe,
      // or the parser would have made the two one phrase)
      if (before.matcher(left).find() || appositive.find() && !(m.begin() < offset && m.end() + appositive.end() > offset)) {
        people.add(m.entityId());
        if (m.begin() < offset) {
          latestBefore = m.entityId();
        } else if (firstAfter == null) {
          firstAfter = m.entityId();
        }
      }
    }
    if (people.size() != 1 && latestBefore == null) {
      return null;
    }
    return latestBefore != null ? latestBefore : firstAfter;
  }

  /** Groups of people related to someone, whom one person's name never names ("the family", "his relatives"). */
  private static final Set<String> KIN_GROUPS = Set.of("family", "relatives", "parents", "friends");

  /** A role after "from" or "by" ending a phrase: "a statement from the agency" (group 1 the role, 2 its noun). */
  private static final java.util.regex.Pattern FROM_ROLE = java.util.regex.Pattern.compile(
      "\\b(?:by|from)\\s+((?:the\\s+)?(\\p{Ll}[\\p{Ll}-]*))$");

  /** A description after "from" or "by" ending a phrase: "a statement from the rebel alliance" (group 1 its noun). */
  private static final java.util.regex.Pattern FROM_DESCRIPTION = java.util.regex.Pattern.compile(
      "\\b(?:by|from)\\s+the\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,2}(\\p{Ll}[\\p{Ll}-]*)$");

  /** Nouns for whoever leads a body, whatever the office is called ("head", "leader", "chief", "boss"). */
  private static final Set<String> LEADERSHIP = Set.of("head", "leader", "chief", "boss");
  /** A possessor written as a name: "of Britain's", "Acme’s". */
  private static final java.util.regex.Pattern NAMED_POSSESSOR = java.util.regex.Pattern.compile(
      "\\b\\p{Lu}[\\p{L}.-]*['’]s?\\s");

  /** A relative clause after a role saying the person is not named ("..., who cannot be named for legal reasons"). */
  private static final java.util.regex.Pattern ANONYMOUS_AFTER = java.util.regex.Pattern.compile(
      "(?i),?\\s+who\\s+(?:(?:cannot|can't|can’t|could\\s+not|couldn't|couldn’t|may\\s+not|must\\s+not)\\s+be"
          + "|(?:asked|requested)\\s+not\\s+to\\s+be|(?:declined|refused)\\s+to\\s+be"
          + "|(?:did\\s+not|didn't|didn’t)\\s+want\\s+to\\s+be)\\s+(?:named|identified)\\b"
          + "|,?\\s+who\\s+spoke\\s+on\\s+(?:the\\s+)?condition\\s+of\\s+anonymity");

  /**
   * An office in capitals after a title: " of State", " for Health and Human Services", " of the Exchequer" (its
   * capitalised words joined by the {@link #OFFICE_JOINERS}).
   */
  private static final String CAPITALISED_OFFICE = "(?:\\s+(?:of|for)(?:\\s+(?:"
      + String.join("|", new java.util.TreeSet<>(OFFICE_JOINERS)) + "|(?-i:\\p{Lu})[\\p{L}'’-]*))+)?";

  /**
   * The people the text introduced with the phrase's head noun after another word than the phrase's own ("the
   * transport minister, Jane Roe," or "Transport Minister Jane Roe" for "the prime minister"; "Finance director Tom
   * Smith" for "the sales director"): holders of another office of that name. Empty when the phrase has no word
   * before its head but a determiner or a word of time ("the minister", "the new minister").
   */
  private Set<String> otherOffice(String phrase, String head) {
    String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
    int last = words.length - 1;
    if (last < 1 || !words[last].equals(head.toLowerCase(Locale.ROOT)) || !words[last - 1].matches("\\p{L}+")
        || DETERMINERS.contains(words[last - 1]) || POSSESSIVE_PRONOUNS.contains(words[last - 1])
        || OFFICE_TIMES.contains(words[last - 1])) {
      return Set.of();
    }
    String own = words[last - 1];
    // (a nationality or place is no office: "the Freedonian minister" may be "Foreign Minister Jane Roe")
    Set<String> named = new java.util.HashSet<>();
    ctx.mentions.forEach(m -> named.add(m.text().toLowerCase(Locale.ROOT)));
    if (named.contains(own)) {
      return Set.of();
    }
    String h = java.util.regex.Pattern.quote(words[last]);
    java.util.regex.Pattern before = java.util.regex.Pattern.compile("(?i)\\b(\\p{L}+)\\s+" + h + ",?\\s+$");
    // (the office may be a body's: "Jane Roe, the union's general secretary")
    java.util.regex.Pattern after = java.util.regex.Pattern.compile(
        "(?i)^,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+['’]s?\\s+)?(?:\\p{L}+\\s+)?(\\p{L}+)\\s+" + h + "\\b");
    Set<String> other = new java.util.HashSet<>();
    for (Mention m : ctx.mentions) {
      if (!m.type().equals("PERSON")) {
        continue;
      }
      java.util.regex.Matcher l = before.matcher(ctx.body.substring(Math.max(0, m.begin() - 40), m.begin()));
      java.util.regex.Matcher r = after.matcher(ctx.body.substring(m.end(), Math.min(ctx.body.length(), m.end() + 60)));
      String office = l.find() ? l.group(1) : r.find() ? r.group(1) : null;
      String o = office == null ? null : office.toLowerCase(Locale.ROOT);
      if (o != null && !o.equals(own) && !DETERMINERS.contains(o) && !OFFICE_TIMES.contains(o) && !named.contains(o)) {
        other.add(m.entityId());
      }
    }
    return other;
  }

  /**
   * Whether the text first names the person with a role word other than {@code head} right before the name or in
   * an appositive after it ("Opposition leader Jane Roe", "Jane Roe, the opposition leader," for "the chancellor").
   */
  private boolean introducedWithOtherRole(String id, String head) {
    return otherRole(introducedRole(id), head);
  }

  /** Whether {@code role} (the word a person was introduced with, or null) is a role other than {@code head}. */
  private boolean otherRole(String role, String head) {
    return role != null && isRole(role) && !roleWord(role).equals(singular(head.toLowerCase(Locale.ROOT)));
  }

  /**
   * The person was introduced with a role that is no office ("the economist Jane Roe", "Roe, an analyst at ..."), so
   * an office ("the mayor") is someone else; an office of another name may be hers ("Prime Minister Roe" is "the
   * premier").
   */
  private boolean introducedWithProfession(String id, String head) {
    String role = introducedRole(id);
    return otherRole(role, head) && !ctx.lex.offices.contains(roleWord(role));
  }

  /** The role word the person's first mention carries, the title before the name or an appositive's role after it. */
  private String introducedRole(String id) {
    Mention first = ctx.mentions.stream().filter(m -> id.equals(m.entityId())).findFirst().orElse(null);
    if (first == null) {
      return null;
    }
    java.util.regex.Matcher l = WORD_BEFORE.matcher(ctx.body.substring(Math.max(0, first.begin() - 40), first.begin()));
    java.util.regex.Matcher r = ROLE_AFTER.matcher(ctx.body.substring(first.end(), Math.min(ctx.body.length(), first.end() + 60)));
    // (the title before the name, else the role of an appositive after it: '“...,” said Jane Roe, an economist at
    // Acme')
    String before = l.find() ? l.group(1) : null;
    return before != null && isRole(before) ? before : r.find() ? r.group(1) : before;
  }

  /** A role word in lower case and singular, an abbreviated honorific of a profession spelt out. */
  private String roleWord(String role) {
    String w = singular(role.toLowerCase(Locale.ROOT));
    // (an abbreviated honorific of a profession: "Dr. Jane Roe" is a doctor, "Prof. Jane Roe" a professor)
    return PROFESSION_HONORIFICS.getOrDefault(w, w);
  }

  /** Whether a word names a role: a job title, a person noun of the speaker nouns, or an agent noun. */
  private boolean isRole(String role) {
    String w = roleWord(role);
    return JobTitles.contains(w) || "person".equals(ctx.lex.speakerNouns.get(w))
        || w.matches(".{3,}(er|or|ist|ian)") && Character.isLowerCase(role.charAt(0));
  }

  private static final java.util.regex.Pattern WORD_BEFORE = java.util.regex.Pattern.compile("(\\p{L}+)\\.?\\s+$");

  /**
   * The phrase ends in people of the one person it names ("a statement from Roe's lawyers", "Roe's aides"): her
   * possessive, then a plural noun of people (a role or agent noun) that ends the phrase.
   */
  private boolean ownersPeopleLast(List<Mention> inside, int end) {
    Mention owner = inside.stream().filter(m -> m.type().equals("PERSON")).findFirst().orElse(null);
    if (owner == null || !(ctx.body.startsWith("'s ", owner.end()) || ctx.body.startsWith("’s ", owner.end()))) {
      return false;
    }
    String[] rest = ctx.body.substring(owner.end() + 3, end).strip().toLowerCase(Locale.ROOT).split("\\s+");
    String last = rest[rest.length - 1];
    String one = singular(last);
    return !one.equals(last) && (JobTitles.contains(one) || "person".equals(ctx.lex.speakerNouns.get(one))
        || "unnamed".equals(ctx.lex.speakerNouns.get(one)) || one.matches(".{3,}(er|or|ist|ian)"));
  }

  /**
   * A definite office named with its portfolio or field, a common noun right before the title ("the economy
   * minister", "the health secretary", "the club captain").
   */
  private boolean portfolioOffice(String lower, int headBegin, String head) {
    if (!lower.startsWith("the ") || !JobTitles.contains(singular(head.toLowerCase(Locale.ROOT)))) {
      return false;
    }
    int w = headBegin - 1;
    while (w > 0 && Character.isWhitespace(ctx.body.charAt(w))) {
      w--;
    }
    while (w > 0 && Character.isLetter(ctx.body.charAt(w - 1))) {
      w--;
    }
    String pos = ctx.posAt(w);
    return pos != null && pos.matches("NNS?");
  }

  /** "The Prime Minister", "the President": a definite office title written with capitals. */
  /** "the governor of Texas", "the mayor of Roeville": an office of the place that ends the phrase. */
  private boolean officeOfAPlace(List<Mention> inside, int headEnd, int end) {
    return inside.stream().anyMatch(m -> "LOCATION".equals(m.type()) && m.end() == end && m.begin() > headEnd
        && ctx.body.substring(headEnd, m.begin()).matches("\\s+of\\s+(?:the\\s+)?"));
  }

  private static boolean capitalisedOffice(String text, String head) {
    String[] w = text.strip().split("\\s+");
    if (w.length < 2 || !w[0].equalsIgnoreCase("the") || !JobTitles.contains(head.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 1; i < w.length; i++) {
      if (!Character.isUpperCase(w[i].charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Abbreviated honorifics that name a profession. */
  private static final Map<String, String> PROFESSION_HONORIFICS = Map.of("dr", "doctor", "prof", "professor");
  private static final java.util.regex.Pattern ROLE_AFTER = java.util.regex.Pattern.compile(
      "^,\\s+(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(\\p{L}+)(?=\\s*[,.]|\\s+(?:at|of|for|with|from)\\s)");

  /**
   * Whether the sentence before the one at {@code offset} has as its subject a document noun of the list that names
   * no entity ("The law in question, passed in March, requires ...", "The report found ..."), which an "It" opening
   * the next sentence refers back to.
   */
  private boolean documentSubjectBefore(int offset) {
    int si = ctx.sentenceAt(offset);
    DepGraph g = si > 0 ? ctx.graph(si - 1) : null;
    if (g == null || g.root() < 0) {
      return false;
    }
    int subject = g.child(g.root(), Set.of("nsubj", "nsubj:pass"));
    if (subject < 0 || !g.pos(subject).matches("NNS?") || ctx.mentionAt(g.tokens.get(subject).begin()) != null) {
      return false;
    }
    org.newsgraph.nlp.Token t = g.tokens.get(subject);
    String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    return "document".equals(ctx.lex.speakerNouns.get(lemma));
  }

  /** Words of time before a title, which make it no other office ("the new minister", "the former coach"). */
  private static final Set<String> OFFICE_TIMES = Set.of("new", "former", "then", "late", "outgoing", "incoming",
      "acting", "interim", "current", "previous", "caretaker", "newly", "first", "last");

  /** Words that make a title another office: "deputy mayor", "vice president", "assistant coach". */
  private static final String SECOND_IN_RANK = "(?:deputy|vice|assistant|associate|under|junior|shadow)";

  /** The first person named in the two sentences after the one at {@code offset}, outside quotations, or null. */
  private String nextPerson(int offset) {
    Mention m = nextNamed(offset, "PERSON", 2);
    return m == null ? null : m.entityId();
  }

  /**
   * The first mention of this type, outside quotations, in a sentence after the one holding {@code offset}, when
   * that sentence is at most {@code sentences} on; else null.
   */
  private Mention nextNamed(int offset, String type, int sentences) {
    int here = ctx.sentenceAt(offset);
    for (Mention m : ctx.mentions) {
      int at = ctx.sentenceAt(m.begin());
      if (m.begin() >= offset && at > here && m.type().equals(type) && ctx.quotationAt(m.begin()) == null) {
        return here >= 0 && at - here <= sentences ? m : null;
      }
    }
    return null;
  }

  private boolean compatible(String entityId, NameGender.Gender gender) {
    if (gender == NameGender.Gender.UNKNOWN) {
      return true;
    }
    NameGender.Gender g = knownGender(entityId);
    return g == NameGender.Gender.UNKNOWN || g == gender;
  }

  /** The entity's gender by its title or given name, UNKNOWN when neither tells. */
  private NameGender.Gender knownGender(String entityId) {
    return entityGender.computeIfAbsent(entityId, this::genderOf);
  }

  private NameGender.Gender genderOf(String entityId) {
    for (Mention m : ctx.mentions) {
      if (m.entityId().equals(entityId)) {
        String before = ctx.body.substring(Math.max(0, m.begin() - 16), m.begin()).strip();
        String[] words = before.isEmpty() ? new String[] {""} : before.split("\\s+");
        // a title just before the mention ("Mrs Roe"); any other word there ("said Roe") says nothing
        NameGender.Gender byTitle = genders.title(words[words.length - 1]);
        if (byTitle != NameGender.Gender.UNKNOWN) {
          return byTitle;
        }
        NameGender.Gender byName = genders.of(m.canonical());
        if (byName != NameGender.Gender.UNKNOWN) {
          return byName;
        }
      }
    }
    return NameGender.Gender.UNKNOWN;
  }

  /** The last entity of a type that spoke or was named before {@code offset}. */
  private String last(int offset, String type) {
    String id = null;
    int at = -1;
    for (Mention m : ctx.mentions) {
      if (m.begin() < offset && type.equals(m.type()) && m.begin() > at) {
        id = m.entityId();
        at = m.begin();
      }
    }
    return id;
  }

  private List<String> lastPersons(int offset, int n) {
    List<String> out = new ArrayList<>();
    for (int i = ctx.mentions.size() - 1; i >= 0 && out.size() < n; i--) {
      Mention m = ctx.mentions.get(i);
      if (m.begin() < offset && m.type().equals("PERSON") && !out.contains(m.entityId())) {
        out.add(0, m.entityId());
      }
    }
    return out;
  }
}
