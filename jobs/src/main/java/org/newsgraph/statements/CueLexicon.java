package org.newsgraph.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.nlp.Token;
import org.newsgraph.util.Lexicon;

/**
 * Reporting cues ({@code statements/cues.tsv}): verb lemma, words that must follow it ("point out",
 * "look forward to"), cue class, and the {@link Condition} under which the verb reports speech; the group
 * phrases of {@code statements/speaker-groups.txt}; and the
 * speaker nouns of {@code statements/speaker-nouns.tsv} (unnamed sources, organisation and place nouns).
 */
public final class CueLexicon {
  /** One cue: the verb lemma, the particles after it, its class, and when it reports speech. */
  public record Cue(String verb, List<String> particles, String cueClass, Condition condition) {
    public String lemma() {
      return particles.isEmpty() ? verb : verb + " " + String.join(" ", particles);
    }

    public boolean predicative() {
      return condition == Condition.PREDICATE;
    }
  }

  /** When a verb of the lexicon reports speech (the third column of {@code cues.tsv}). */
  public enum Condition {
    /** Always ("said", "urged"). */
    ALWAYS,
    /** Only with quoted words or a reported clause ("“...,” he continued"; but "prices continued to rise"). */
    QUOTE,
    /** Only with an object and its predicate ("called the plan a disgrace"; but "called the meeting"). */
    PREDICATE,
    /**
     * Only with quoted words, a reported clause, the grounds of the criticism, a medium of speech, or a named
     * person or organisation against another ("attacked Roe for her vote", "blasted the plan as a giveaway",
     * "slammed the ruling in a tweet", "Roe attacked Smith"; but "attacked the convoy", "slammed the door",
     * "defended his title").
     */
    REASON,
    /**
     * Only when what it takes is no person, unless it gives the grounds ("dismissed the claims", "rejected the
     * offer", "dismissed Roe as a liar"; but "dismissed the manager", "rejected the nominee": actions).
     */
    THING,
    /**
     * Only with a "to"-clause, a reported clause or quoted words ("encouraged voters to turn out"; but "low rates
     * encouraged borrowing", "encouraging violence": causes, not calls).
     */
    CALL,
    /**
     * Only with quoted words or a clause: a finite verb in what it reports, or words before the cue ("“...,” he
     * added", "added that the plan would work", "added the plan would work"; but "adding ten days to voyages",
     * "added a second goal").
     */
    CLAUSE,
    /**
     * Only with an object and no clause: a greeting ("wished him luck", "wished the team well"; but "wished he had
     * stayed", "wishes to run": a desire, no speech).
     */
    OBJECT,
    /**
     * Unless it takes a "to"-infinitive or what was settled ("agreed that the plan failed", "agreed with Roe"; but
     * "agreed to reopen talks", "agreed to a debate", "agreed on a deal": decisions, no speech).
     */
    DECISION;

    static Condition of(String flag) {
      return switch (flag) {
        case "" -> ALWAYS;
        case "thing" -> THING;
        case "call" -> CALL;
        case "clause" -> CLAUSE;
        case "quote" -> QUOTE;
        case "predicate" -> PREDICATE;
        case "reason" -> REASON;
        case "object" -> OBJECT;
        case "decision" -> DECISION;
        default -> throw new IllegalStateException("cues.tsv: unknown condition '" + flag
            + "' (known: quote, predicate, reason, thing, call, clause, object, decision)");
      };
    }
  }

  /** A cue found at a token: the cue and the index of its last token (0-based in the sentence). */
  public record Match(Cue cue, int lastToken) {
  }

  private final Map<String, List<Cue>> byVerb = new HashMap<>();
  final Set<String> groups;
  /** noun (lower case, singular) → unnamed, organization or place. */
  final Map<String, String> speakerNouns;
  /** noun (lower case, singular) → other words a body's name holds that the noun stands for ("force" → police). */
  final Map<String, List<String>> speakerNounNames;
  /** noun (lower case) introducing printed words after a colon ("his remarks:") → cue lemma. */
  final Map<String, String> leadInNouns;
  /** Nouns of commentators from a body they do not speak for ("an analyst at ..."), lower case, singular. */
  final Set<String> commentators;
  /** Verbs whose subject wrote the statement or letter they take as object ("released a statement"), lemmas. */
  final Set<String> issuingVerbs;
  /** Titles of offices that precede names ("minister", "mayor", "coach"; the entities' titles.txt), lower case. */
  final Set<String> offices;

  public CueLexicon() {
    for (String line : Lexicon.lines("/org/newsgraph/statements/cues.tsv")) {
      String[] f = line.split("\t");
      if (f.length < 2) {
        throw new IllegalStateException("cues.tsv: expected cue<TAB>class[<TAB>condition]: " + line);
      }
      String[] w = f[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
      String flag = f.length > 2 ? f[2].strip() : "";
      Cue cue = new Cue(w[0], List.of(w).subList(1, w.length), f[1].strip(), Condition.of(flag));
      byVerb.computeIfAbsent(w[0], k -> new ArrayList<>()).add(cue);
    }
    byVerb.values().forEach(l -> l.sort((a, b) -> b.particles().size() - a.particles().size()));
    offices = Lexicon.lines("/org/newsgraph/entities/titles.txt").stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    groups = Lexicon.lines("/org/newsgraph/statements/speaker-groups.txt").stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    // (one read of speaker-nouns.tsv for both columns: noun → class, and the optional words a body's name may hold)
    Map<String, String> nouns = new java.util.LinkedHashMap<>();
    Map<String, List<String>> names = new HashMap<>();
    for (String line : Lexicon.lines("/org/newsgraph/statements/speaker-nouns.tsv")) {
      String[] f = line.split("\t");
      if (f.length < 2) {
        throw new IllegalStateException("speaker-nouns.tsv: expected noun<TAB>class[<TAB>words]: " + line);
      }
      String noun = f[0].strip().toLowerCase(Locale.ROOT);
      nouns.put(noun, f[1].strip());
      if (f.length > 2) {
        names.put(noun, List.of(f[2].strip().toLowerCase(Locale.ROOT).split("\\s+")));
      }
    }
    speakerNouns = Map.copyOf(nouns);
    speakerNounNames = Map.copyOf(names);
    leadInNouns = Map.copyOf(Lexicon.map("/org/newsgraph/statements/lead-in-nouns.tsv"));
    commentators = Lexicon.lines("/org/newsgraph/statements/commentators.txt").stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    issuingVerbs = Lexicon.lines("/org/newsgraph/statements/issuing-verbs.txt").stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Particles that make a cue verb another verb when the lexicon lists no entry with them ("add up", "write off",
   * "call off", "laugh off", "note down"); "out" and "back" do not ("read out", "wrote back").
   */
  private static final Set<String> OTHER_SENSE_PARTICLES = Set.of("up", "off", "down", "away");

  /**
   * The cue whose verb is the token at {@code i} (a verb by its tag), longest particle match first; none for a
   * verb whose particle makes it another verb.
   */
  public Match at(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.pos() == null || !t.pos().startsWith("VB") || t.lemma() == null) {
      return null;
    }
    List<Cue> cues = byVerb.get(t.lemma().toLowerCase(Locale.ROOT));
    if (cues == null) {
      return null;
    }
    for (Cue c : cues) {
      if (c.particles().isEmpty() && i + 1 < tokens.size() && "RP".equals(tokens.get(i + 1).pos())
          && OTHER_SENSE_PARTICLES.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
        continue; // "the numbers do not add up", "wrote off the debt", "called off the strike": another verb
      }
      int j = i;
      boolean ok = true;
      for (String p : c.particles()) {
        j++;
        // adverbs and a time word may come between ("spoke emotionally of", "spoke out Tuesday about")
        while (j < tokens.size() && !p.equals(tokens.get(j).word().toLowerCase(Locale.ROOT))
            && ("RB".equals(tokens.get(j).pos())
            || TrailingAttribution.TIME_WORDS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT)))) {
          j++;
        }
        if (j >= tokens.size() || !tokens.get(j).word().equalsIgnoreCase(p)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        return new Match(c, j);
      }
    }
    return null;
  }

  /** True when a sentence may hold a statement: a cue verb lemma, "according to", or a quotation mark. */
  public boolean mayHoldStatement(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.word();
      if (DepGraph.isQuote(w) || w.equalsIgnoreCase("according") || w.equalsIgnoreCase("per") || at(tokens, i) != null) {
        return true;
      }
    }
    return false;
  }
}
