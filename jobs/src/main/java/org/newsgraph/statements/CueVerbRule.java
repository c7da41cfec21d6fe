package org.newsgraph.statements;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.ParsedSentence;

/**
 * Reporting verbs in dependency-parsed sentences: the subject of a cue verb with its complement ("Roe
 * said China is ..."); trailing attributions whose content precedes the cue ("..., Han said on
 * Wednesday.", "..., Roe told reporters."); inverted ("..., said Han."); parenthetical ("Third, he
 * said, ..."); participial continuations that take the speaker of the verb they hang on ("adding that
 * ...", "Noting that ..., Roe said"); coordinated cues sharing a subject ("asked ... and appreciated
 * ..."); noun-object cues ("conveyed greetings to ...", "called for ..."). A cue inside another
 * statement's content of the same sentence is left to that statement.
 */
final class CueVerbRule implements AttributionRule {
  private static final Set<String> CONTINUATIONS = Set.of("advcl", "conj", "parataxis", "dep", "xcomp");
  private static final Set<String> SUBJECT = Set.of("nsubj");
  /** Markers of a participle clause that dates an action rather than reporting speech ("after reporting"). */
  private static final Set<String> TIME_CLAUSE_MARKS = Set.of("after", "before", "since", "until", "without");
  /** Those of them that date a saying rather than deny it ("after telling", not "without saying"). */
  private static final Set<String> TIMES_OF_SAYING = Set.of("after", "before", "since");

  /** Determiners that stand for people when they are a cue's subject ("Those close to him say", "Some argue"). */
  private static final Set<String> PEOPLE_DETERMINERS = Set.of("those", "some", "many", "others", "several", "both",
      "all", "few", "most", "each", "another");

  private CueLexicon lex;
  private AttributionContext ctx;

  @Override
  public void apply(AttributionContext context) {
    this.ctx = context;
    this.lex = context.lex;
    for (int si = 0; si < ctx.sentences.size(); si++) {
      ParsedSentence ps = ctx.sentences.get(si);
      DepGraph g = ctx.graph(si);
      if (g == null) {
        continue;
      }
      List<Found> found = new ArrayList<>();
      List<Integer> deferred = new ArrayList<>();
      int questionEnd = -1;
      for (int i = 0; i < g.tokens.size(); i++) {
        CueLexicon.Match match = lex.at(g.tokens, i);
        if (match == null || i <= questionEnd) {
          // (a cue inside the question of a reduced passive: "Asked whether he would ask Smith to ...")
          continue;
        }
        if (thankYou(g, i)) {
          // "Thank you for joining us": a formula inside someone's own words, not a report of thanks
          i = match.lastToken();
          continue;
        }
        if (strandedPreposition(g.tokens, match.lastToken()) || objectGapRelative(g, i, match.lastToken())
            || participleOfANoun(g, i) || countedParticiple(g, i) || pluralNounReadAsVerb(g, i)
            || countedPlural(g, i) || relativeAfterIndefinitePronoun(g, i) || selfNaming(g, i) || allTold(g, i)
            || targetGapRelative(g, i, match) || pluralNounOfACompound(g, i) || withoutSaying(g, i)
            || openOrConditional(g, i)) {
          // "the phone they asked for.", "the monster the prosecution describes.", "a truce agreed on Friday":
          // the cue's object is the noun or question the clause hangs on, so nothing is reported
          i = match.lastToken();
          continue;
        }
        if (agentlessPassive(g, i)) {
          // "Asked about the vote, Roe said ...", "..., Roe told Congress when asked": the subject was asked
          questionEnd = reducedClauseEnd(g, i);
          i = match.lastToken();
          continue;
        }
        int appositiveEnd = appositivePassiveEnd(g, i);
        if (appositiveEnd > i) {
          // "The press secretary, asked about the post at a briefing, said ...": she was asked
          questionEnd = appositiveEnd;
          i = match.lastToken();
          continue;
        }
        if (i > 0 && "VBG".equals(g.tokens.get(i).pos()) && g.tokens.get(i - 1).word().equalsIgnoreCase("as")
            && g.child(i, Set.of("obj", "ccomp", "xcomp", "obl")) < 0) {
          // "remembered her as demanding but kind", "seen as encouraging": a participle used as an adjective
          i = match.lastToken();
          continue;
        }
        int asker = reducedPassiveAgent(g, i, match.lastToken());
        if (asker >= 0) {
          // "Asked by Roe to respond, Smith said ...": Roe asked
          Found f = fromSubject(ps, g, i, match, asker);
          if (f != null) {
            found.add(f);
          }
          i = match.lastToken();
          continue;
        }
        if (passiveWithAgent(g, i, match.lastToken())) {
          Found reported = asClauseReport(ps, g, i, match);
          if (reported != null) {
            found.add(reported); // "As reported by the Daily Post, ..."
          }
          i = match.lastToken();
          continue;
        }
        Found f = asClauseReport(ps, g, i, match);
        if (f == null) {
          f = fromCue(ps, g, i, match, null);
        }
        if (f == null) {
          f = relativeClauseReport(ps, g, i, match);
        }
        if (f == null) {
          f = gappedRelativeReport(ps, g, i, match);
        }
        if (f != null) {
          found.add(f);
        } else if (continuation(g, i)) {
          deferred.add(i);
        }
        i = match.lastToken();
      }
      // participles and conjuncts without a subject of their own take the nearest speaker of the sentence
      for (int i : deferred) {
        Found near = null;
        for (Found f : found) {
          if (f.cue < i && (near == null || f.cue > near.cue)) {
            near = f;
          }
        }
        int hostSubject = hostSubject(g, i);
        if (near != null && semicolonBetween(g, near.cue, i) && hostSubject >= 0) {
          // "Roe asked for more; Lee sought probation, citing his age": the clause after the semicolon is the
          // writer's next sentence, and its subject speaks
          near = null;
        }
        if (near == null && !controlled(g, i) && hostSubject < 0) {
          // (a later report's speaker, unless the participle follows a clause with its own subject: "The senator gave
          // Roe credit, saying ..., but he suggested ...")
          for (Found f : found) {
            if (f.cue > i && (near == null || f.cue < near.cue)) {
              near = f;
            }
          }
        }
        Found f = null;
        int agent = prepositionalGerundAgent(g, i);
        int owner = statementOwner(g, i);
        int shown = shownSpeaking(g, i);
        if (agent >= 0) {
          // "Roe thanked Smith for saying ...": Smith said it, whoever else speaks in the sentence
          f = fromSubject(ps, g, i, lex.at(g.tokens, i), agent);
        } else if (owner >= 0) {
          // "Voters read Roe's statement saying ...": hers, whoever else is the subject of the sentence
          f = fromSubject(ps, g, i, lex.at(g.tokens, i), owner);
        } else if (shown >= 0) {
          // "The ad concludes with footage of Roe saying ...": the one the footage shows, whoever else speaks
          f = fromSubject(ps, g, i, lex.at(g.tokens, i), shown);
        } else if (near != null) {
          f = fromCue(ps, g, i, lex.at(g.tokens, i), near);
        } else {
          // no speech verb in the sentence: "The minister defended the plan, saying ..." takes the
          // subject of the clause the participle hangs on
          int host = hostSubject;
          if (host < 0) {
            host = rootSubjectBeforeParticiple(g, i);
          }
          if (host < 0 && lex.at(g.tokens, i).cue().predicative() && modifierOfTheNounItCalls(g, i)
              && g.root() >= 0 && g.root() < i) {
            // "Roe paid tribute, calling Smith “the toughest rival”", parsed with the participle on the quoted noun
            host = g.nsubjBefore(g.root());
          }
          if (host < 0) {
            host = rootSubjectBeforeConjunct(g, i);
          }
          if (host < 0 && g.rel[i].startsWith("conj")
              && predicateOverCue(g, i, g.children.get(i).stream().filter(c -> g.rel[c].equals("obj")).toList()) >= 0) {
            // "Roe launched an ad and said it would seek a recount", parsed with "launched" as the clausal subject
            // of "seek": the subject of the verb the cue is conjoined to
            host = g.nsubjBefore(g.head[i]);
          }
          int speaking = host >= 0 && !speakerLike(g, host) ? nearestSpeakingSubject(g, host, i) : -1;
          if (speaking >= 0) {
            host = speaking;
          }
          if (host >= 0) {
            f = fromSubject(ps, g, i, lex.at(g.tokens, i), host);
            if (f != null && f.draft.contentBegin() < g.tokens.get(i).begin()) {
              f = null;
            }
          }
        }
        if (f != null) {
          found.add(f);
        }
      }
      // a verb that reports speech only with quoted words or a reported clause ("went on", "continued") and
      // has neither is no cue, and does not hide the cues inside its would-be content either
      found.removeIf(f -> !reportsSpeech(g, f));
      found.sort(java.util.Comparator.comparingInt((Found f) -> f.draft.cueBegin()));
      for (int k = 0; k < found.size(); k++) {
        found.set(k, withinParentheses(g, endBeforeNextSpeaker(g, found.get(k), found)));
      }
      splitAtEarlierReport(g, found);
      for (Found f : found) {
        // (two cues each inside the other's would-be content: "The council did not complain when ..., an official
        // said": the later one, which the words before it are attributed to, frames the earlier)
        // (a named person inside a report that trails it is a statement of its own: "Roe discussed the plan, saying
        // it would work, an official said"; not an infinitive, a purpose or a request: "called on Roe to apologise,
        // Lee said", nor words inside a quotation: '“Roe says he will win,” said Lee' is Lee's view of Roe. A report
        // that opens the sentence, "Lee said Roe had long called for ...", most often tells what the person did or
        // does, and keeps it)
        boolean nested = found.stream().anyMatch(o -> o != f && inside(f, o) && !(inside(o, f) && o.cue < f.cue)
            && !(o.cue > f.cue && anotherNamedSource(f, o) && !infinitive(g, f.cue)
            && ctx.quotationAt(f.draft.cueBegin()) == null));
        if (!nested) {
          ctx.drafts.add(endBeforeOuterSpeaker(g, f, found).draft);
        }
      }
    }
  }

  /**
   * A report kept inside another ends before the other's speaker when that speaker trails it ("Lee said he
   * appreciated the offer, the official said": Lee said "he appreciated the offer").
   */
  private static Found endBeforeOuterSpeaker(DepGraph g, Found f, List<Found> all) {
    for (Found o : all) {
      Integer sb = o.draft.speaker().begin();
      if (o == f || o.cue < f.cue || !inside(f, o) || sb == null || sb <= f.draft.contentBegin()
          || sb >= f.draft.contentEnd()) {
        continue;
      }
      int last = AttributionContext.tokenStartingAt(g.tokens, sb) - 1;
      while (last >= 0 && (g.isPunct(last) || DepGraph.isQuote(g.tokens.get(last)))) {
        last--;
      }
      if (last >= 0 && g.tokens.get(last).end() > f.draft.contentBegin()) {
        return withContent(f, f.draft.contentBegin(), g.tokens.get(last).end());
      }
    }
    return f;
  }

  /** "All told, the groups spent $2.5 million": the idiom for "in total", no telling. */
  private static boolean allTold(DepGraph g, int cue) {
    return cue > 0 && cue + 1 < g.tokens.size() && g.tokens.get(cue).word().equalsIgnoreCase("told")
        && g.tokens.get(cue - 1).word().equalsIgnoreCase("all") && g.tokens.get(cue + 1).word().equals(",")
        && (cue == 1 || g.isPunct(cue - 2));
  }

  /**
   * "won 20 pledged delegates", "475 pledged delegates are at stake": a participle between a number and the plural
   * noun it describes, which the parser may read as a verb with the number as subject and the noun as object.
   */
  private static boolean countedParticiple(DepGraph g, int cue) {
    return cue > 0 && cue + 1 < g.tokens.size() && "CD".equals(g.pos(cue - 1)) && g.pos(cue).matches("VBN|VBD")
        && "NNS".equals(g.pos(cue + 1)) && g.child(cue, Set.of("aux", "aux:pass")) < 0
        && (g.child(cue, Set.of("obj")) == cue + 1 || g.head[cue] == cue + 1);
  }

  /**
   * "Asked by Roe to respond, Smith said ...", "Pressed by reporters whether ..., Smith said": a past participle
   * opening the sentence or a clause after a comma, with no auxiliary or subject of its own, "by" and a speaker
   * after it, and a clause or infinitive of what was asked: that speaker, the agent; -1 otherwise.
   */
  private int reducedPassiveAgent(DepGraph g, int cue, int last) {
    int first = firstWord(g, cue);
    if (cue != first && !",".equals(g.tokens.get(cue - 1).word())
        || g.child(cue, Set.of("aux", "aux:pass", "nsubj", "nsubj:pass")) >= 0
        || g.child(cue, Set.of("xcomp", "ccomp")) < 0) {
      return -1;
    }
    return byAgent(g, cue, last);
  }

  /**
   * The speaker after a past participle cue and the "by" right after it or its adverbs ("asked by Roe", "described
   * by the president", "asked once by a student"): the cue's oblique whose preposition is that "by", when it is
   * someone who speaks; -1 otherwise.
   */
  private int byAgent(DepGraph g, int cue, int last) {
    // (adverbs of the participle may come first: "asked once by a student")
    int by = last + 1;
    while (by < g.tokens.size() && "RB".equals(g.pos(by)) && g.head[by] == cue) {
      by++;
    }
    if (!"VBN".equals(g.pos(cue)) || by + 1 >= g.tokens.size() || !"by".equalsIgnoreCase(g.tokens.get(by).word())) {
      return -1;
    }
    for (int c : g.children.get(cue)) {
      if (c > by && g.rel[c].startsWith("obl") && g.child(c, Set.of("case")) == by) {
        return speakerLike(g, c) ? c : -1;
      }
    }
    return -1;
  }

  /** Words that count a plural noun after them ("a dozen states", "several states"). */
  private static final Set<String> COUNT_WORDS = Set.of("dozen", "dozens", "several", "many", "few", "both", "hundreds",
      "thousands", "millions", "various", "numerous");

  /**
   * "Strong showings in the dozen states that held primaries", tagged with "states" as the verb: a third-person
   * singular verb is never counted, so one right after a number above one or a counting word is a plural noun;
   * so is one followed by another finite verb or a modal ("member states trump everything else").
   */
  private static boolean countedPlural(DepGraph g, int cue) {
    if (cue == 0 || !"VBZ".equals(g.pos(cue))) {
      return false;
    }
    String before = g.tokens.get(cue - 1).word().toLowerCase(Locale.ROOT);
    // ("says" is no noun: "a change the government says will cut demand")
    boolean verbAfter = cue + 1 < g.tokens.size() && g.pos(cue + 1).matches("VBP|VBD|MD")
        && !NEVER_NOUNS.contains(g.tokens.get(cue).word().toLowerCase(Locale.ROOT));
    return "CD".equals(g.pos(cue - 1)) && !before.equals("one") && !before.equals("1") || COUNT_WORDS.contains(before)
        || verbAfter;
  }

  /** Third-person verbs of saying that are never plural nouns. */
  private static final Set<String> NEVER_NOUNS = Set.of("says", "tells", "insists", "argues", "adds", "warns");

  /** Indefinite pronouns a relative clause without "that" may follow ("everything Roe says is a lie"). */
  private static final Set<String> INDEFINITE_PRONOUNS = Set.of("everything", "anything", "nothing", "something");

  /**
   * "problems in the region that he blamed on the policies of his rival": a criticism in a relative clause of the
   * noun that is its target, with no target of its own. Nothing is reported.
   */
  private static boolean targetGapRelative(DepGraph g, int cue, CueLexicon.Match match) {
    CueLexicon.Condition c = match.cue().condition();
    boolean targeted = "criticize".equals(match.cue().cueClass()) || c == CueLexicon.Condition.REASON
        || c == CueLexicon.Condition.THING || c == CueLexicon.Condition.PREDICATE;
    int noun = g.head[cue];
    return targeted && noun >= 0 && noun < cue && g.pos(noun).startsWith("NN")
        && DepGraph.matches(g.rel[cue], Set.of("ccomp", "acl:relcl", "acl")) && g.child(cue, SUBJECT) >= 0
        && g.child(cue, Set.of("obj", "iobj", "ccomp", "xcomp")) < 0 && !quoteWithin(g, cue);
  }

  /**
   * "Everything Roe says is a lie unless proven otherwise": the cue's subject follows an indefinite pronoun (or
   * the parser made the pronoun part of it), so the cue opens a relative clause without "that", whose object
   * is the pronoun; nothing is reported.
   */
  private static boolean relativeAfterIndefinitePronoun(DepGraph g, int cue) {
    int subject = g.nsubjBefore(cue);
    if (subject < 0) {
      return false;
    }
    List<Integer> phrase = g.subtree(subject, Set.of());
    int first = phrase.get(0);
    if (phrase.get(phrase.size() - 1) + 1 != cue) {
      return false;
    }
    boolean inside = phrase.size() > 1 && INDEFINITE_PRONOUNS.contains(g.tokens.get(first).word().toLowerCase(Locale.ROOT));
    boolean before = first > 0 && INDEFINITE_PRONOUNS.contains(g.tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
    return inside || before;
  }

  /**
   * "who was nominated by the mayor and confirmed by the council", "The country described by the president
   * is ...": a past participle with no auxiliary of its own, followed by "by" and a speaker, is passive; its
   * subject did not say anything ("said by phone" is not: a medium is no speaker).
   */
  private boolean passiveWithAgent(DepGraph g, int cue, int last) {
    // ("Asked by Roe to respond, Smith said ...", "Asked by Roe whether ...": the agent's question, a report of the
    // agent's, has a clause of its own)
    return !"quote".equals(lemma(g, cue)) && g.child(cue, Set.of("aux", "aux:pass", "xcomp", "ccomp")) < 0
        && byAgent(g, cue, last) >= 0;
  }

  /**
   * "Cycling advocates in the audience cheered the result", tagged with "advocates" as the verb: a present-tense
   * cue with no clause, object or quotation of its own, followed by a finite verb without a subject that the
   * parser hung on it, is the plural noun that verb's subject.
   */
  private static boolean pluralNounReadAsVerb(DepGraph g, int cue) {
    if (!g.pos(cue).matches("VBZ|VBP") || g.child(cue, Set.of("ccomp", "obj", "xcomp", "parataxis")) >= 0) {
      return false;
    }
    for (int c : g.children.get(cue)) {
      if (c > cue + 1 && DepGraph.matches(g.rel[c], Set.of("dep")) && g.pos(c).matches("VBD|VBZ|VBP")
          && g.child(c, Set.of("nsubj", "nsubj:pass")) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a shift in the battleground states would ...", "the interests of member states trump ...", tagged with "states" as
   * the verb: a present-tense cue right after a singular noun that is not its subject, whose subject the parser found
   * further back and which has no clause of its own, is the plural noun of a compound ("The report states that ..."
   * has its subject right before it).
   */
  private static boolean pluralNounOfACompound(DepGraph g, int cue) {
    int before = cue - 1;
    int subject = g.child(cue, SUBJECT);
    return "VBZ".equals(g.pos(cue)) && before > 0 && "NN".equals(g.pos(before)) && subject >= 0 && subject < before
        && g.head[before] != cue && g.child(cue, Set.of("ccomp", "xcomp", "parataxis")) < 0 && !quoteWithin(g, cue)
        && (cue + 1 >= g.tokens.size() || !"that".equalsIgnoreCase(g.tokens.get(cue + 1).word()));
  }

  /**
   * "..., without saying whether it backed the plan", "without naming the company": a participle after "without"
   * says that nothing was said.
   */
  private static boolean withoutSaying(DepGraph g, int cue) {
    return "VBG".equals(g.pos(cue)) && cue > 0 && g.tokens.get(cue - 1).word().equalsIgnoreCase("without")
        && g.head[cue - 1] == cue;
  }

  /**
   * "If the board says no, ...", "unclear whether he can comment": a cue whose own clause opens with "whether" or
   * "if" is a question or a condition, not a report; so is a cue with a modal inside such a clause ("It was unclear
   * whether he had a lawyer who could comment"), while a report of what was done stays one ("the battle over whether
   * it is what former employees have called a scheme").
   */
  private static boolean openOrConditional(DepGraph g, int cue) {
    boolean modal = g.children.get(cue).stream().anyMatch(c -> c < cue && "MD".equals(g.pos(c)));
    // (not across a comma or a loosely attached clause: "Asked whether ..., 75 percent said yes", with "said" hung
    // on the question)
    for (int h = cue, steps = 0; h >= 0 && steps < (modal ? 6 : 1); h = g.head[h], steps++) {
      for (int c : g.children.get(h)) {
        if (c < h && c < cue && g.rel[c].equals("mark") && g.tokens.get(c).word().matches("(?i)whether|if")
            && range(c + 1, cue - 1).stream().noneMatch(t -> ",".equals(g.tokens.get(t).word()))) {
          return true;
        }
      }
      if (DepGraph.matches(g.rel[h], Set.of("parataxis", "dep"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The inner report's speaker is a person named in the text (in full or short), and not the outer's. (A country or
   * body inside a report is most often the voice of the one reporting: "Roe said Freedonia appreciates the offer".)
   */
  private boolean anotherNamedSource(Found inner, Found outer) {
    Speaker s = inner.draft.speaker();
    return s.entityId() != null && Set.of("name", "alias").contains(s.resolution())
        && "PERSON".equals(ctx.typeOf(s.entityId())) && !s.entityId().equals(outer.draft.speaker().entityId());
  }

  /** Whether {@code inner}'s cue lies in {@code outer}'s content. */
  private static boolean inside(Found inner, Found outer) {
    return outer.draft.contentBegin() <= inner.draft.cueBegin() && inner.draft.cueBegin() < outer.draft.contentEnd();
  }

  /**
   * "Two officials involved in the talks, speaking on condition of anonymity, said ...", parsed with the reduced
   * relative "involved" as a clause hanging on the cue and "officials" as its subject: a sentence-opening noun
   * whose participle has no finite verb around it, before a comma that the cue follows, is the cue's subject.
   */
  private static int reducedRelativeSubject(DepGraph g, int cue) {
    if (cue < 3 || !",".equals(g.tokens.get(cue - 1).word())) {
      return -1;
    }
    for (int c : g.children.get(cue)) {
      String pos = g.pos(c);
      if (c >= cue - 1 || !DepGraph.matches(g.rel[c], Set.of("dep", "advcl")) || !(pos.equals("VBN") || pos.equals("VBG"))
          || g.child(c, Set.of("mark", "aux", "aux:pass", "cop")) >= 0) {
        continue;
      }
      int s = g.child(c, Set.of("nsubj"));
      List<Integer> phrase = g.subtree(c, Set.of());
      int after = phrase.get(phrase.size() - 1) + 1;
      // the participle's phrase ends at a comma: "officials involved in the talks, ..."
      if (s < 0 || s > c || !nounOrPronoun(g, s) || after >= cue || !",".equals(g.tokens.get(after).word())) {
        continue;
      }
      for (int t = 0; t < s; t++) {
        if (g.pos(t).startsWith("VB") || g.pos(t).equals("MD") || g.isPunct(t) && !g.pos(t).equals("``")) {
          return -1;
        }
      }
      return s;
    }
    return -1;
  }

  /**
   * "Emails obtained by the paper suggest that ...", parsed with the participle as the main verb and the cue as a bare
   * dependent of it: the participle's subject, when the participle has no auxiliary and its phrase runs up to the
   * cue; -1 otherwise.
   */
  private static int reducedRelativeHead(DepGraph g, int cue) {
    int h = g.head[cue];
    if (h > cue && DepGraph.matches(g.rel[h], Set.of("ccomp")) && g.head[h] >= 0 && g.head[h] < cue) {
      // ("One person briefed on the talks said the unit could be sold", with the cue a bare dependent of the clause
      // it reports, which the participle takes as its own complement)
      h = g.head[h];
    }
    if (h < 0 || h > cue || !"VBN".equals(g.pos(h)) || !g.pos(cue).matches("VBP|VBZ|VBD")
        || !DepGraph.matches(g.rel[cue], Set.of("dep", "parataxis"))
        || g.child(h, Set.of("mark", "aux", "aux:pass", "cop")) >= 0) {
      return -1;
    }
    int s = g.child(h, SUBJECT);
    if (s < 0 || s > h || !g.pos(s).startsWith("NN")) {
      return -1;
    }
    for (int t = h + 1; t < cue; t++) {
      if (g.isPunct(t) || g.pos(t).startsWith("VB") || g.pos(t).equals("MD")) {
        return -1;
      }
    }
    for (int t = 0; t < s; t++) {
      if (g.pos(t).startsWith("VB") || g.pos(t).equals("MD")) {
        return -1;
      }
    }
    return s;
  }

  /**
   * Between the noun {@code s} and the cue {@code t}: a comma, "who" or "which", a finite verb of its own and a
   * comma right before the cue ("the group, which represents operators, said"): the relative clause closed before
   * the cue, which is not part of it.
   */
  private static boolean relativeClosedBefore(DepGraph g, int s, int t) {
    if (s + 2 >= t - 1 || !",".equals(g.tokens.get(t - 1).word()) || !",".equals(g.tokens.get(s + 1).word())
        || !g.tokens.get(s + 2).word().matches("(?i)who|which")) {
      return false;
    }
    for (int k = s + 3; k < t - 1; k++) {
      if (TrailingAttribution.finiteVerb(g.tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "A spokesman for the Acme Group, ...": the common noun that opens the sentence before the preposition
   * whose object is the name starting at {@code name}, with nothing but its determiners and modifiers before
   * it; or -1.
   */
  private static int nounBeforeNamedObject(DepGraph g, int name) {
    int prep = name - 1;
    while (prep > 0 && g.pos(prep).matches("DT|PRP\\$")) {
      prep--;
    }
    if (prep < 2 || !g.pos(prep).equals("IN") || !Set.of("for", "of", "at", "from", "with")
        .contains(g.tokens.get(prep).word().toLowerCase(Locale.ROOT)) || !g.pos(prep - 1).matches("NNS?")) {
      return -1;
    }
    for (int k = 0; k < prep - 1; k++) {
      if (!g.pos(k).matches("DT|JJ|NNS?|CD|PRP\\$")) {
        return -1;
      }
    }
    return prep - 1;
  }

  /**
   * "Florida delegate Jane Roe, wearing a T-shirt covered in buttons, said ...": when the parser loses the
   * subject across an interruption between commas, a name that opens the sentence right before the
   * interruption is it. The name's last token, or -1 (no comma before the cue, a verb before the name,
   * or no person or organisation mention there).
   */
  private int interruptedSubject(DepGraph g, int cue) {
    if (cue < 3 || !",".equals(g.tokens.get(cue - 1).word()) || !"VBD".equals(g.tokens.get(cue).pos())
        && !"VBZ".equals(g.tokens.get(cue).pos())) {
      return -1;
    }
    int open = -1;
    for (int t = cue - 2; t > 0 && cue - t <= 25; t--) {
      if (",".equals(g.tokens.get(t).word())) {
        open = t;
        break;
      }
    }
    if (open < 1) {
      return -1;
    }
    if (!endsName(g, open - 1)) {
      return openingNameBeforeInterruption(g, cue);
    }
    int first = nameStart(g, open - 1);
    int spokesman = nounBeforeNamedObject(g, first);
    if (spokesman >= 0) {
      // "A spokesman for the Acme Group, which ..., said": the spokesman speaks, not the group
      return spokesman;
    }
    if (first >= 2 && TrailingAttribution.AFFILIATION.contains(g.tokens.get(first - 1).word())) {
      org.newsgraph.model.Mention person = ctx.mentionAt(g.tokens.get(first - 2).begin());
      if (person != null && "PERSON".equals(person.type()) && person.end() == g.tokens.get(first - 2).end()) {
        // "Professor Jane Roe of Acme University, who was not involved, said": Roe speaks, not her university
        return first - 2;
      }
    }
    // the name opens the sentence, or follows an opening phrase and its comma ("Speaking at the rally Monday,
    // Jane Roe, 70, said ..."): no finite verb before it, so it cannot be another clause's object
    boolean opening = first == 0 || ",".equals(g.tokens.get(first - 1).word());
    for (int t = 0; t < first; t++) {
      String pos = g.pos(t);
      if (TrailingAttribution.finiteVerb(g.tokens.get(t))
          || !opening && (pos.startsWith("VB") || g.isPunct(t) && !"``".equals(pos))) {
        return openingNameBeforeInterruption(g, cue);
      }
    }
    return open - 1;
  }

  /**
   * "Roe, who was speaking to a group of mayors, did not name her rival, but told them that ...", "Roe, who
   * founded the firm and said last week that ...": a cue coordinated with the verb of a relative clause on a
   * person or organisation ("who", "which") reports that antecedent's words. Its token, or -1.
   */
  private int relativeConjunctAntecedent(DepGraph g, int cue) {
    int h = g.head[cue];
    if (h < 0 || !g.rel[cue].startsWith("conj") || !g.rel[h].equals("acl:relcl") || g.child(cue, SUBJECT) >= 0
        || negated(g, cue)) {
      return -1; // ("did not mention Smith by name" reports nothing)
    }
    int antecedent = g.head[h];
    if (antecedent < 0 || antecedent > h || !relativePronounBetween(g, antecedent, h) || !endsName(g, antecedent)) {
      return -1;
    }
    return antecedent;
  }

  /**
   * "The last man to run a third-party campaign says he doubts ...", parsed with the infinitive as the clause and
   * the cue hanging on it: a cue with no subject right after the infinitive's phrase, whose head is a "to"-infinitive
   * with a nominal subject and no auxiliary, takes that subject. Its token, or -1.
   */
  private static int infinitiveModifiedSubject(DepGraph g, int cue) {
    int h = g.head[cue];
    if (h < 0 || h > cue || !DepGraph.matches(g.rel[cue], Set.of("dep", "parataxis")) || g.child(cue, SUBJECT) >= 0
        || g.child(h, Set.of("aux", "aux:pass", "cop")) >= 0) {
      return -1;
    }
    int to = g.child(h, Set.of("mark"));
    int subject = g.child(h, SUBJECT);
    if (to < 0 || to != h - 1 || !"TO".equals(g.pos(to)) || subject < 0 || subject > to || !nounOrPronoun(g, subject)
        || Set.of("PRP", "WP", "WDT").contains(g.pos(subject))) {
      return -1;
    }
    for (int k = h + 1; k < cue; k++) {
      int up = k;
      while (up >= 0 && up != h) {
        up = g.head[up];
      }
      if (up != h || g.isPunct(k) && !"HYPH".equals(g.pos(k))) {
        return -1; // the words between belong to the infinitive's phrase, with no comma or clause break
      }
    }
    return subject;
  }

  /**
   * "In a memo to staff seen by the Post, cloud chief Raj Patel wrote that ...", parsed with the name as an
   * appositive of "Post": a name set off by a comma right before a cue that has no subject, hung on a phrase of that
   * cue or on the phrase that opens the sentence, is its subject; so is a speaker noun ("In a statement defending
   * Roe, Acme's board said ...", "..., the ministry said"). Its head, or -1.
   */
  private int nameInAppositionBeforeCue(DepGraph g, int cue) {
    int t = cue - 1;
    if (t < 2 || !g.rel[t].equals("appos") || !g.pos(t).startsWith("NNP") && !speakerNoun(g, t)
        || g.child(cue, Set.of("nsubj", "nsubj:pass", "csubj")) >= 0) {
      return -1;
    }
    List<Integer> phrase = g.subtree(t, Set.of());
    int first = phrase.get(0);
    if (phrase.get(phrase.size() - 1) != t || first < 1 || !",".equals(g.tokens.get(first - 1).word())) {
      return -1;
    }
    // (or on the opening participle the cue itself hangs on: "Speaking to the BBC's Sunday programme, Jane Roe said
    // ...", parsed with the name as an appositive of "programme" and "said" as a bare dependent of "Speaking")
    int opening = g.head[cue] >= 0 && g.head[cue] < first && DepGraph.matches(g.rel[cue], Set.of("dep", "parataxis"))
        ? g.head[cue] : -1;
    for (int up = g.head[t]; up >= 0; up = g.head[up]) {
      if (up == cue || up == opening) {
        return t;
      }
    }
    return -1;
  }

  /**
   * "Jane Roe, who ran the campaign in 2008, said ...", "Jane Roe, a rival whom Smith fired last year, said that
   * ...": a name opening the sentence and set off by a relative clause or an appositive that closes with the comma
   * right before the cue. The parser often hangs the cue inside that aside, leaving it no subject or one of the
   * aside's nouns; the name speaks. Returns the name's head, else {@code subject} unchanged.
   */
  private int nameBeforeAside(DepGraph g, int cue, int subject) {
    List<Token> t = g.tokens;
    if (cue < 4 || !",".equals(t.get(cue - 1).word())) {
      return subject;
    }
    int start = 0;
    while (start < cue && DepGraph.isQuote(t.get(start))) {
      start++;
    }
    int open = start;
    while (open < cue - 1 && !",".equals(t.get(open).word())) {
      open++;
    }
    if (open == start || open + 2 >= cue || subject >= 0 && (subject < open || subject > cue)) {
      return subject;
    }
    Mention name = ctx.mentionAt(t.get(start).begin());
    if (name == null || name.end() != t.get(open - 1).end()) {
      return subject;
    }
    String opener = g.pos(open + 1);
    if (!opener.matches("WP|WP\\$|DT|PRP\\$")) {
      return subject;
    }
    for (int k = open + 1; k < cue - 1; k++) {
      if (DepGraph.isQuote(t.get(k)) || t.get(k).word().equals(";")) {
        return subject;
      }
    }
    return AttributionContext.nounPhraseHead(t, start, open);
  }

  /**
   * "Just under a third of fans, 31 percent, said they would travel", parsed with "said" as a parenthetical of
   * the reported clause and the figure as an adjunct: a short noun phrase between two commas right before the
   * cue, after words with no verb, is the cue's subject. Its head, or -1.
   */
  private static int setOffFigure(DepGraph g, int cue) {
    if (cue < 4 || !",".equals(g.tokens.get(cue - 1).word())) {
      return -1;
    }
    int open = cue - 2;
    while (open > 0 && cue - open <= 6 && !",".equals(g.tokens.get(open).word())) {
      open--;
    }
    if (open < 1 || !",".equals(g.tokens.get(open).word()) || open + 1 >= cue - 1) {
      return -1;
    }
    for (int t = 0; t < open; t++) {
      if (g.pos(t).startsWith("VB") || g.pos(t).equals("MD")) {
        return -1;
      }
    }
    if (open + 1 == cue - 2 && "CD".equals(g.pos(open + 1)) && "NNP".equals(g.pos(open - 1))) {
      // "resident Olga Marenko, 58, said ...": a bare number after a name is the person's age; the name speaks
      return open - 1;
    }
    int head = -1;
    for (int t = open + 1; t < cue - 1; t++) {
      String pos = g.pos(t);
      if (!pos.matches("CD|NNS?|DT|JJ|PRP\\$")) {
        return -1;
      }
      head = pos.startsWith("NN") || pos.equals("CD") && head < 0 ? t : head;
    }
    return head;
  }

  /**
   * "Economists, like their rivals, say taxing consumption encourages savings", "A copy of the memo seen by
   * Reuters said investigators were unable to ...", parsed with the reporting verb as an auxiliary of the
   * reported clause: the subject is the nearest nominal subject before the cue among the clauses above it, and
   * what was said runs from the cue to the end of the sentence. Null when there is no such subject.
   */
  private Found auxiliaryCue(ParsedSentence ps, DepGraph g, int cue, CueLexicon.Match match) {
    int subject = -1;
    int host = -1;
    for (int up = g.head[cue]; up >= 0 && subject < 0; up = g.head[up]) {
      for (int c : g.children.get(up)) {
        if (c < cue && DepGraph.matches(g.rel[c], Set.of("nsubj")) && nounOrPronoun(g, c)) {
          subject = c;
          host = up;
        }
      }
    }
    if (subject < 0) {
      // "Jane Roe, who was to travel to ..., said they ...": the name opening the sentence before the interruption
      subject = openingNameBeforeInterruption(g, cue);
    }
    if (subject < 0) {
      return null;
    }
    List<Integer> content = restOfSentence(g, match.lastToken());
    if (host > match.lastToken() && relativePronounBetween(g, subject, cue)) {
      // "Roe, who says the polls have tightened, said voters ...", parsed with "says" as an auxiliary of the
      // relative clause: the subject is that of the main verb after it, where the relative clause has ended
      int end = host;
      content.removeIf(k -> k >= end);
    }
    if (content.isEmpty()) {
      return null;
    }
    List<Integer> subj = subjectTokens(g, subject, cue);
    subj.removeIf(t -> t >= cue);
    if (subj.isEmpty()) {
      return null;
    }
    Speaker speaker = speakerOf(g, subj, subject);
    trim(g, content);
    return build(ps, g, cue, match, content, speaker, subj.get(0));
  }

  /** A "who" or "which" between the subject {@code subject} and the cue: the cue opens a relative clause. */
  private static boolean relativePronounBetween(DepGraph g, int subject, int cue) {
    for (int k = subject + 1; k < cue; k++) {
      if (g.tokens.get(k).word().matches("(?i)who|which")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The agency contends it is on track, and Jane Roe, its adviser, said ...": what one speaker says ends before
   * the speaker of a later report in the sentence whose cue lies after it (and before the comma and conjunction
   * that join the two), however the parser joined the clauses. So does an indirect report that would hold a
   * whole later report, its speaker and then its cue, after such a join ("His advisers say no one can win
   * outright, and they say that would leave ...", parsed with the second "say" inside the first's clause): a
   * second report of the sentence, not words the first speaker said.
   */
  private static Found endBeforeNextSpeaker(DepGraph g, Found f, List<Found> all) {
    Draft d = f.draft;
    for (Found o : all) {
      Integer sb = o.draft.speaker().begin();
      if (o == f || sb == null || sb <= d.contentBegin() || sb >= d.contentEnd()
          || o.draft.cueBegin() < d.contentEnd() && !(o.draft.cueBegin() > sb && unquoted(g, sb))) {
        continue;
      }
      int t = 0;
      while (t < g.tokens.size() && g.tokens.get(t).begin() < sb) {
        t++;
      }
      // only a clause joined by ", and" / ", but" / ";" is another report, or the main clause after the comma that
      // closes an opening subordinate clause ("While Roe has condemned the plan, the groups say ...")
      boolean joined = t >= 2 && Set.of("and", "but").contains(g.tokens.get(t - 1).word().toLowerCase(Locale.ROOT))
          && ",".equals(g.tokens.get(t - 2).word()) || t >= 1 && ";".equals(g.tokens.get(t - 1).word())
          || t >= 1 && ",".equals(g.tokens.get(t - 1).word()) && openingClauseHolds(g, f.cue, t - 1)
          || t >= 1 && dashBeforeClosingReport(g, t - 1, o.cue);
      int last = t - 1;
      while (last >= 0 && (g.isPunct(last) || Set.of("and", "but").contains(g.tokens.get(last).word().toLowerCase(Locale.ROOT)))) {
        last--;
      }
      if (!joined || last < 0 || g.tokens.get(last).end() <= d.contentBegin()) {
        return f;
      }
      return withContent(f, d.contentBegin(), g.tokens.get(last).end());
    }
    return f;
  }

  /**
   * A dash at token {@code dash} before the speaker of a report whose cue {@code cue} no dash follows: "While some
   * say the plan will fail -- an old worry -- others say it is sound" ends the sentence with a report of its own (in
   * "said the plan -- which others say is flawed -- will pass" the aside closes before the sentence goes on).
   */
  private static boolean dashBeforeClosingReport(DepGraph g, int dash, int cue) {
    if (!CLAUSE_BREAKS.contains(g.tokens.get(dash).word()) || ";".equals(g.tokens.get(dash).word())) {
      return false;
    }
    for (int k = cue + 1; k < g.tokens.size(); k++) {
      if (CLAUSE_BREAKS.contains(g.tokens.get(k).word())) {
        return false;
      }
    }
    return true;
  }

  /** Words that open a subordinate clause before the main one ("While ..., ", "Although ..., "). */
  private static final Set<String> OPENING_SUBORDINATORS = Set.of("while", "although", "though", "whereas", "as",
      "after", "when", "because", "since", "once", "before", "until", "if");

  /**
   * The sentence opens with a subordinate clause that holds the cue and that the comma at token {@code comma} closes:
   * the cue's head is the verb of the main clause after the comma.
   */
  private static boolean openingClauseHolds(DepGraph g, int cue, int comma) {
    int first = firstWord(g, cue);
    return OPENING_SUBORDINATORS.contains(g.tokens.get(first).word().toLowerCase(Locale.ROOT)) && first < cue
        && cue < comma && g.rel[cue].startsWith("advcl") && g.head[cue] > comma;
  }

  /** Whether no quotation mark opens the sentence up to the character offset (the words there are no quotation). */
  private static boolean unquoted(DepGraph g, int end) {
    return g.tokens.stream().noneMatch(t -> t.end() <= end && DepGraph.isQuote(t));
  }

  /** Pronouns that take up a speaker already named ("..., but they would not, they said"). */
  private static final Set<String> ANAPHORIC_SPEAKERS = Set.of("he", "she", "they", "we");

  /** Whether the speaker phrase is one of {@link #ANAPHORIC_SPEAKERS}. */
  private static boolean anaphoric(Speaker s) {
    return s.text() != null && ANAPHORIC_SPEAKERS.contains(s.text().toLowerCase(Locale.ROOT));
  }

  /**
   * "Other candidates said they back the bill, but they would not vote for it, they said" and "“It is too
   * high,” she said, but despite the tone, “we will win,” said Roe": a trailing report whose would-be content
   * holds an earlier, affirmative report with a speaker of its own is only the clause after the ", but", ", and"
   * or ";" that follows the earlier report (or the quotation after its colon or dash: "Roe said the plan was
   * unserious - “we need details,” she said"), which ends before it, so both are kept. The trailing speaker must
   * take up a speaker named before (a pronoun) or the clause must hold quoted words: "Roe said the plan was
   * sound, and the council agreed, officials said" may report both clauses, and stays one report. Cues and joins
   * inside quotations are the quoted speaker's words, not reports of their own.
   */
  private void splitAtEarlierReport(DepGraph g, List<Found> found) {
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      Draft d = f.draft;
      if (d.contentEnd() > d.cueBegin() || d.speaker().begin() == null) {
        continue; // only a trailing report, its words before its cue
      }
      for (int i = 0; i < found.size(); i++) {
        Found o = found.get(i);
        if (o == f || o.cue >= f.cue || !inside(o, f) || inside(f, o) || o.draft.speaker().begin() == null
            || o.draft.speaker().begin() >= d.cueBegin() || negated(g, o.cue)
            || ctx.quotationAt(o.draft.cueBegin()) != null) {
          continue; // (a cue inside a quotation is the quoted speaker's own words: "I'm speaking now about ...")
        }
        int join = -1;
        for (int t = o.cue + 1; t < f.cue && join < 0; t++) {
          String w = g.tokens.get(t).word().toLowerCase(Locale.ROOT);
          boolean quotationOpens = Set.of(":", "-", "—", "–", "--").contains(w) && "``".equals(g.pos(t + 1));
          boolean conjunction = Set.of("and", "but").contains(w) && ",".equals(g.tokens.get(t - 1).word());
          if ((";".equals(w) || quotationOpens || conjunction) && ctx.quotationAt(g.tokens.get(t).begin()) == null) {
            join = t;
          }
        }
        if (join < 0) {
          if (restatedByPronoun(g, f, o)) {
            // "Roe said she felt the law was worth a look because “...,” she said.": one report, told twice
            found.set(i, endBefore(g, o, d.speaker().begin()));
            found.remove(k);
            k--;
            break;
          }
          continue;
        }
        int first = join + 1;
        int last = Math.min(f.cue, lastTokenBefore(g, d.speaker().begin()) + 1) - 1;
        while (last > first && g.isPunct(last) && !DepGraph.isQuote(g.tokens.get(last))) {
          last--;
        }
        boolean quoted = false;
        for (int t = first; t <= last; t++) {
          quoted |= DepGraph.isQuote(g.tokens.get(t));
        }
        if (last > first && "''".equals(g.pos(last))) {
          // (a quotation that closes right before the trailing cue is what was said: "..., “we will win,” said Roe")
          int open = last - 1;
          while (open > first && !"``".equals(g.pos(open))) {
            open--;
          }
          if ("``".equals(g.pos(open))) {
            first = open + 1;
            last--;
          }
        }
        if (last - first < 2 || !quoted && !anaphoric(d.speaker())) {
          continue;
        }
        List<Integer> content = range(first, last);
        trim(g, content);
        if (content.isEmpty()) {
          continue;
        }
        Draft od = o.draft;
        if (od.contentEnd() > g.tokens.get(join).begin()) {
          // the earlier report ends before the join, or before its own speaker when its words precede it
          // (a content that is all after the join, the quotation a colon opens, becomes the words before it: "Roe
          // declared the need for drive: “Change the world,” she said"; with no words there, "Roe said: “...,” she
          // added", the sentence is one report)
          int from = od.contentBegin() >= g.tokens.get(join).begin() ? lastTokenBefore(g, od.cueEnd()) + 1
              : lastTokenBefore(g, od.contentBegin()) + 1;
          int to = od.contentBegin() < od.cueBegin()
              ? lastTokenBefore(g, Math.min(od.cueBegin(), od.speaker().begin())) : join - 1;
          List<Integer> kept = range(from, to);
          trim(g, kept);
          if (kept.isEmpty()) {
            continue;
          }
          found.set(i, withContent(o, g, kept));
        }
        found.set(k, withContent(f, g, content));
        break;
      }
    }
  }

  /**
   * Whether trailing report {@code f} ("..., she said") only repeats earlier report {@code o} of the same sentence:
   * its speaker takes up a speaker with a pronoun, and {@code o} reports forward ("Roe said she felt ...") up to
   * {@code f}'s speaker, with nothing but punctuation between.
   */
  private static boolean restatedByPronoun(DepGraph g, Found f, Found o) {
    Draft d = f.draft;
    if (!anaphoric(d.speaker()) || o.draft.contentBegin() < o.draft.cueEnd()
        || o.draft.speaker().begin() > o.draft.cueBegin()) {
      return false;
    }
    int speaker = lastTokenBefore(g, d.speaker().begin()) + 1;
    int t = lastTokenBefore(g, o.draft.contentEnd()) + 1;
    while (t < speaker && (g.isPunct(t) || DepGraph.isQuote(g.tokens.get(t)))) {
      t++;
    }
    return t >= speaker;
  }

  /** {@code f} with its content ending before body offset {@code end} (unchanged when it already does). */
  private static Found endBefore(DepGraph g, Found f, int end) {
    Draft d = f.draft;
    if (d.contentEnd() <= end) {
      return f;
    }
    List<Integer> kept = range(lastTokenBefore(g, d.contentBegin()) + 1, lastTokenBefore(g, end));
    trim(g, kept);
    if (kept.isEmpty()) {
      return f;
    }
    return withContent(f, g, kept);
  }

  /** {@code f} with its content from the first to the last of the (non-empty, ordered) tokens {@code content}. */
  private static Found withContent(Found f, DepGraph g, List<Integer> content) {
    return withContent(f, g.tokens.get(content.get(0)).begin(), g.tokens.get(content.get(content.size() - 1)).end());
  }

  /**
   * An attribution inside parentheses reports only words inside them: "her low ratings (at one point 19%, Roe says)
   * hurt him", "the server (the existence of which, many critics say, is a liability)". The content is cut to the
   * parentheses; when nothing of it is left and the attribution trails, it is the words before the speaker there.
   */
  private static Found withinParentheses(DepGraph g, Found f) {
    int open = -1;
    for (int t = f.cue - 1; t >= 0 && open < 0; t--) {
      String w = g.tokens.get(t).word();
      if (w.equals(")")) {
        return f;
      }
      open = w.equals("(") ? t : -1;
    }
    if (open < 0) {
      return openParenthesisCut(g, f);
    }
    int close = -1;
    for (int t = f.cue + 1; t < g.tokens.size() && close < 0; t++) {
      String w = g.tokens.get(t).word();
      if (w.equals("(")) {
        return f;
      }
      close = w.equals(")") ? t : -1;
    }
    if (close < 0) {
      return f;
    }
    int begin = Math.max(f.draft.contentBegin(), g.tokens.get(open).end());
    int end = Math.min(f.draft.contentEnd(), g.tokens.get(close).begin());
    List<Integer> inner = new ArrayList<>();
    for (int t = open + 1; t < close; t++) {
      Token tok = g.tokens.get(t);
      if (tok.begin() >= begin && tok.end() <= end) {
        inner.add(t);
      }
    }
    if (inner.isEmpty()) {
      // a trailing attribution in the parentheses: the words there before its speaker
      Integer speakerBegin = f.draft.speaker().begin();
      if (speakerBegin == null || f.draft.contentEnd() > f.draft.cueBegin() || speakerBegin < g.tokens.get(open).end()
          || g.tokens.get(open + 1).begin() >= speakerBegin) {
        return f;
      }
      int last = open + 1;
      while (last + 1 < close && g.tokens.get(last + 1).begin() < speakerBegin) {
        last++;
      }
      inner = range(open + 1, last);
    }
    while (!inner.isEmpty() && g.isPunct(inner.get(inner.size() - 1))) {
      inner.remove(inner.size() - 1);
    }
    while (!inner.isEmpty() && g.isPunct(inner.get(0))) {
      inner.remove(0);
    }
    return inner.isEmpty() ? f : withContent(f, g, inner);
  }

  /**
   * A content that ends inside parentheses it opened, where another attribution was cut away ("... her server (the
   * existence of which, many critics say, ...)"), ends before the opening parenthesis.
   */
  private static Found openParenthesisCut(DepGraph g, Found f) {
    Draft d = f.draft;
    int open = -1;
    for (int t = 0; t < g.tokens.size(); t++) {
      Token tok = g.tokens.get(t);
      if (tok.begin() >= d.contentBegin() && tok.end() <= d.contentEnd()) {
        open = tok.word().equals("(") ? t : tok.word().equals(")") ? -1 : open;
      }
    }
    int after = open;
    while (after + 1 < g.tokens.size() && g.tokens.get(after + 1).end() <= d.contentEnd()) {
      after++;
    }
    if (open < 0 || after + 1 < g.tokens.size() && g.tokens.get(after + 1).word().equals(")")) {
      return f; // "the vote was close (51 to 49)": the parentheses close where the content ends
    }
    int last = open - 1;
    while (last >= 0 && g.isPunct(last)) {
      last--;
    }
    if (last < 0 || g.tokens.get(last).end() <= d.contentBegin()) {
      return f;
    }
    return withContent(f, d.contentBegin(), g.tokens.get(last).end());
  }

  /** {@code f} with its content at body offsets [{@code begin}, {@code end}). */
  private static Found withContent(Found f, int begin, int end) {
    Draft d = f.draft;
    return new Found(new Draft(d.sentenceIdx(), d.speaker(), d.cueBegin(), d.cueEnd(), d.cueLemma(), d.cueClass(),
        begin, end, d.kind(), d.rule()), f.cue, f.speaker, f.subjectFirst, f.condition);
  }

  /**
   * The opening mark of the quotation that the closing quotation mark {@code close} ends, when that quotation opens
   * the sentence and closes with a comma ('“Very good reporter, this guy,” Roe ... said'): quoted words, not a quoted
   * title inside the speaker's phrase ('A book, “Going Viral,” about ..., said'); -1 otherwise.
   */
  private static int openingQuote(DepGraph g, int close) {
    int first = 0;
    while (first < close && g.isPunct(first) && !"``".equals(g.pos(first))) {
      first++;
    }
    if (first >= close || !"``".equals(g.pos(first)) || !",".equals(g.tokens.get(close - 1).word())) {
      return -1;
    }
    for (int k = first + 1; k < close; k++) {
      if ("``".equals(g.pos(k)) || "''".equals(g.pos(k))) {
        return -1;
      }
    }
    return first;
  }

  /** The sentence's first token after its opening quotation marks, looking no further than token {@code limit}. */
  private static int firstWord(DepGraph g, int limit) {
    int first = 0;
    while (first < limit && DepGraph.isQuote(g.tokens.get(first))) {
      first++;
    }
    return first;
  }

  /** The last token that ends at or before body offset {@code end}. */
  private static int lastTokenBefore(DepGraph g, int end) {
    int t = -1;
    while (t + 1 < g.tokens.size() && g.tokens.get(t + 1).end() <= end) {
      t++;
    }
    return t;
  }

  /** A cue verb with "not" or "never" on it ("did not complain", "never said"). */
  private static boolean negated(DepGraph g, int cue) {
    for (int c : g.children.get(cue)) {
      if (c < cue && g.rel[c].startsWith("advmod")
          && Set.of("not", "n't", "never").contains(g.tokens.get(c).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Marks after which a new clause may open: dashes and a semicolon. */
  private static final Set<String> CLAUSE_BREAKS = Set.of("—", "–", "--", ";");

  /**
   * "Jane Roe, a farmer from Sylvania, Ohio, who is a member of the union, said ...": a person or organisation
   * named first in the sentence or in a clause after ", and", a dash or a semicolon (title words such as "Vice
   * President" may stand before the name, "Jr." after it),
   * or a short common noun phrase that "who"/"which" follows ("One engineer, who ..."), then a comma, then
   * appositives and relative clauses up to the comma before the cue (every finite verb in between follows a
   * relative pronoun). The phrase's last token, or -1.
   */
  private int openingNameBeforeInterruption(DepGraph g, int cue) {
    int first = firstWord(g, cue);
    // or the name opens a clause coordinated after a comma, or one after a dash or semicolon: "..., and Jane Roe, the
    // mayor's adviser, said ...", "It was no accident — Jane Roe, a spokeswoman, told reporters ..."
    for (int k = cue - 3; k > 1; k--) {
      boolean coordinated = k > 2 && Set.of("and", "but").contains(g.tokens.get(k - 1).word().toLowerCase(Locale.ROOT))
          && ",".equals(g.tokens.get(k - 2).word());
      if ((coordinated || CLAUSE_BREAKS.contains(g.tokens.get(k - 1).word())) && ctx.mentionAt(g.tokens.get(k).begin()) != null
          && ctx.mentionAt(g.tokens.get(k).begin()).begin() == g.tokens.get(k).begin()) {
        first = k;
        break;
      }
    }
    // "Vice President Jane Roe, who ...": title words before the name
    for (int k = first; k < first + 4 && k < cue && ctx.mentionAt(g.tokens.get(k).begin()) == null
        && g.pos(k).matches("NNP|NN|JJ") && Character.isUpperCase(g.tokens.get(k).word().codePointAt(0)); k++) {
      org.newsgraph.model.Mention named = ctx.mentionAt(g.tokens.get(k + 1).begin());
      if (named != null && "PERSON".equals(named.type()) && named.begin() == g.tokens.get(k + 1).begin()) {
        first = k + 1;
        break;
      }
    }
    org.newsgraph.model.Mention m = ctx.mentionAt(g.tokens.get(first).begin());
    if (cue > 45) {
      return -1;
    }
    // ("Roe's campaign, which ...": a name that owns the noun phrase is no speaker of its own)
    boolean named = personOrOrganisation(m) && !SpeakerResolver.possessor(g.tokens, m);
    int last = first;
    if (!named) {
      // "One engineer, who asked not to be named, said ...": a short noun phrase with a relative clause
      last = nounPhraseBeforeRelative(g, first, cue);
      if (last < 0) {
        return -1;
      }
    }
    while (named && last + 1 < cue && g.tokens.get(last + 1).end() <= m.end()) {
      last++;
    }
    // "Joseph R. Roe Jr.," with the suffix outside the tagger's name
    if (named && last + 1 < cue && g.tokens.get(last + 1).word().matches("Jr\\.?|Sr\\.?|II|III|IV")) {
      last++;
    }
    if (last + 1 >= cue - 1 || !",".equals(g.tokens.get(last + 1).word())) {
      return -1;
    }
    boolean relative = false;
    for (int t = last + 2; t < cue - 1; t++) {
      String pos = g.pos(t);
      relative |= pos.equals("WP") || pos.equals("WDT");
      if (!relative && (TrailingAttribution.finiteVerb(g.tokens.get(t)) || DepGraph.isQuote(g.tokens.get(t)))) {
        return -1;
      }
    }
    return last;
  }

  /**
   * The last token of a noun phrase of up to four words from {@code first} (determiners, numbers, adjectives,
   * common nouns; ending in a noun or a number; after a possessive name, as in "Mrs. Roe's presidential campaign")
   * that a comma and "who" or "which" follow, before the cue ("The company, which makes chips, said ..."); or -1.
   */
  private static int nounPhraseBeforeRelative(DepGraph g, int first, int cue) {
    int owner = first;
    while (owner < first + 3 && owner < cue && g.pos(owner).matches("NNPS?")) {
      owner++;
    }
    int start = owner > first && "POS".equals(g.pos(owner)) ? owner + 1 : first;
    for (int t = start; t < cue - 2 && t < start + 4; t++) {
      String pos = g.pos(t);
      if (!pos.matches("DT|CD|JJ|NNS?|PRP\\$")) {
        return -1;
      }
      if (pos.matches("NNS?|CD") && ",".equals(g.tokens.get(t + 1).word())
          && g.tokens.get(t + 2).word().matches("(?i)who|which")) {
        return t;
      }
    }
    return -1;
  }

  /** "thank you" / "Thank you": the formula, whose speaker is whoever speaks the words around it. */
  private static boolean thankYou(DepGraph g, int cue) {
    String lemma = g.tokens.get(cue).lemma() == null ? "" : g.tokens.get(cue).lemma().toLowerCase(Locale.ROOT);
    return lemma.equals("thank") && cue + 1 < g.tokens.size() && g.tokens.get(cue + 1).word().equalsIgnoreCase("you")
        && g.child(cue, SUBJECT) < 0;
  }

  /**
   * True when the cue ends its clause with a preposition left behind by a relative clause or question ("the
   * phone they asked for.", "what he talked about,"): the cue's last token or the word after it is a preposition
   * followed by punctuation or the end of the sentence.
   */
  static boolean strandedPreposition(List<Token> t, int last) {
    int p = preposition(t.get(last)) ? last : last + 1 < t.size() && preposition(t.get(last + 1)) ? last + 1 : -1;
    if (p < 0) {
      return false;
    }
    return p + 1 == t.size() || t.get(p + 1).pos() != null && t.get(p + 1).pos().matches("[.,:;]|''|-RRB-");
  }

  /**
   * True for a relative clause whose object is the noun before it ("He is not the monster the prosecution
   * describes.", "the plan the minister announced."): the cue ends the sentence and its subject follows a noun
   * with no comma or quotation mark between, as a trailing attribution would have ("..., the minister said").
   */
  static boolean objectGapRelative(DepGraph g, int cue, int last) {
    List<Token> t = g.tokens;
    int k = last + 1;
    while (k < t.size() && DepGraph.isQuote(t.get(k))) {
      k++;
    }
    if (k < t.size() && !t.get(k).word().matches("[.!?]")) {
      return false;
    }
    int subject = g.nsubjBefore(cue);
    if (subject < 0) {
      return false;
    }
    List<Integer> phrase = g.subtree(subject, Set.of());
    int first = phrase.get(0);
    if (first == 0 || phrase.get(phrase.size() - 1) + 1 != cue) {
      return false;
    }
    String before = g.pos(first - 1);
    return before.equals("NN") || before.equals("NNS");
  }

  /**
   * A time phrase the parser hung on the speaker that ends the subject ("The council on Monday condemned ..."):
   * it dates the saying and is no part of the speaker.
   */
  private static boolean timeOfTheSaying(DepGraph g, int c, int subject) {
    if (c < subject || !DepGraph.matches(g.rel[c], Set.of("nmod", "obl", "nmod:tmod", "obl:tmod"))) {
      return false;
    }
    List<Integer> sub = g.subtree(c, Set.of());
    String word = g.tokens.get(c).word().toLowerCase(Locale.ROOT);
    return TrailingAttribution.TIME_WORDS.contains(word) && sub.size() <= 3;
  }

  /**
   * A finite verb right after the cue's object that the parser hung elsewhere and gave no subject ("alleging the
   * retailer failed to ..."), or -1; not after an addressee ("told the paper"), nor a cue itself.
   */
  private int strayPredicate(DepGraph g, int object, String lemma) {
    List<Integer> obj = g.subtree(object, Set.of());
    int v = obj.get(obj.size() - 1) + 1;
    // (or a modal and its verb: "insisted his players could take pride ...")
    int verb = v < g.tokens.size() && "MD".equals(g.pos(v)) && g.head[v] > v && g.pos(g.head[v]).startsWith("VB")
        && DepGraph.matches(g.rel[v], Set.of("aux")) ? g.head[v] : v;
    if (v >= g.tokens.size() || verb == v && !g.pos(v).matches("VBD|VBZ|VBP") || TrailingAttribution.ADDRESSEE.contains(lemma)
        || obj.contains(v) || obj.contains(verb)
        || g.child(verb, Set.of("nsubj", "nsubj:pass", "csubj")) >= 0 && !lostSpeaker(g, verb, g.head[object])
        || lex.at(g.tokens, verb) != null) {
      return -1;
    }
    return g.head[verb] == object ? -1 : v;
  }

  /**
   * "A shopkeeper, who asked not to be named, said the raid lasted two minutes", parsed with "said" as a relative
   * clause of "shopkeeper" and "shopkeeper" as the subject of "lasted": the predicate's subject is the speaker the
   * cue lost, not a subject of its own.
   */
  private static boolean lostSpeaker(DepGraph g, int predicate, int cue) {
    int subject = g.child(predicate, Set.of("nsubj"));
    return subject >= 0 && subject < cue && g.head[cue] == subject && cue > 0 && ",".equals(g.tokens.get(cue - 1).word())
        && DepGraph.matches(g.rel[cue], Set.of("acl"));
  }

  /**
   * True for a past participle modifying a noun ("a truce agreed on Friday", "the plan announced last week", "a
   * statement issued by the ministry", "an officer accused of lying"): the thing said or done, or the one it was
   * said of, not a report of saying.
   */
  static boolean participleOfANoun(DepGraph g, int cue) {
    if ("VBN".equals(g.pos(cue)) && g.head[cue] >= 0 && g.head[cue] < cue && g.rel[cue].equals("acl")
        && g.pos(g.head[cue]).startsWith("NN")) {
      return true;
    }
    // (or read as a clause with that noun for its subject, itself the subject of the sentence's verb: "A former
    // officer accused of lying has been cleared", with no auxiliary to make "accused" a verb of its own)
    if ("VBN".equals(g.pos(cue)) && g.rel[cue].startsWith("csubj") && cue > 0
        && g.child(cue, Set.of("nsubj")) == cue - 1 && g.pos(cue - 1).startsWith("NN")
        && g.children.get(cue).stream().noneMatch(c -> g.rel[c].startsWith("aux"))) {
      return true;
    }
    // (also when hung elsewhere: right after an object or oblique noun, with no subject or auxiliary of its own;
    // after a medium also when tagged a past tense, "in a video posted to its account")
    int before = cue - 1;
    if (before < 0 || !(g.pos(cue).equals("VBN") || g.pos(cue).equals("VBD") && medium(g, before))
        || !g.pos(before).matches("NNS?") || !DepGraph.matches(g.rel[before], Set.of("obj", "obl", "nmod"))) {
      return false;
    }
    for (int c : g.children.get(cue)) {
      if (g.rel[c].startsWith("nsubj") || g.rel[c].startsWith("aux") || g.rel[c].startsWith("csubj")) {
        return false;
      }
    }
    return true;
  }

  /** Verbs that give a name ("calling himself Sam"). */
  private static final Set<String> NAMING_VERBS = Set.of("call", "name", "dub", "style");
  /** Reflexive pronouns. */
  private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself", "themselves");

  /**
   * "a man calling himself Sam", "a group that calls itself the Popular Front": a naming verb whose object is a
   * reflexive pronoun and whose predicate is a name gives the speaker's name, not something said ("Roe calls herself
   * a socialist" still is).
   */
  static boolean selfNaming(DepGraph g, int cue) {
    int k = cue + 1;
    if (k + 1 >= g.tokens.size() || !NAMING_VERBS.contains(lemma(g, cue))
        || !REFLEXIVES.contains(g.tokens.get(k).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    k++;
    while (k < g.tokens.size() && (DepGraph.isQuote(g.tokens.get(k)) || "DT".equals(g.pos(k)))) {
      k++;
    }
    return k < g.tokens.size() && g.pos(k).startsWith("NNP");
  }

  /** Verbs whose object may take a past participle of its own: "see the plan adopted", "had the letter published". */
  private static final Set<String> COMPLEMENT_VERBS = Set.of("see", "hear", "watch", "want", "have", "get", "need",
      "like", "prefer", "find", "leave", "keep");

  /**
   * True for a past participle that completes the object of a verb of perception or causation ("I want to see the
   * results published", "she had the letter announced"), parsed with the object as the participle's subject: the
   * object is what is acted on, not a speaker. (With an auxiliary of its own, "the ministry has announced", it is a
   * clause.)
   */
  static boolean objectComplement(DepGraph g, int cue) {
    int head = g.head[cue];
    if (!"VBN".equals(g.pos(cue)) || head < 0 || head >= cue || !g.pos(head).startsWith("VB")
        || !DepGraph.matches(g.rel[cue], Set.of("dep", "xcomp", "ccomp"))) {
      return false;
    }
    int subject = g.child(cue, Set.of("nsubj"));
    if (subject < 0 || subject <= head || g.child(cue, Set.of("aux", "aux:pass")) >= 0) {
      return false;
    }
    return COMPLEMENT_VERBS.contains(lemma(g, head));
  }

  /**
   * The "that" clause of an addressee the tagger read as an infinitive after the medium ("in an email to staff that
   * ...", "staff" tagged as a verb and parsed as the cue's open complement), or -1.
   */
  private static int addresseeReadAsInfinitive(DepGraph g, int c) {
    if (!g.rel[c].equals("xcomp") || !"VB".equals(g.pos(c)) || c < 2
        || !"to".equalsIgnoreCase(g.tokens.get(c - 1).word()) || !g.pos(c - 2).startsWith("NN") || !medium(g, c - 2)) {
      return -1;
    }
    for (int d : g.children.get(c)) {
      int mark = g.child(d, Set.of("mark"));
      if (d > c && g.rel[d].equals("ccomp") && mark == c + 1 && "that".equalsIgnoreCase(g.tokens.get(mark).word())) {
        return d;
      }
    }
    return -1;
  }

  /**
   * "..., saying only that the U.S. works closely with partners", parsed with the clause as a bare dependent of the
   * cue: a clause opened by "that" with a subject of its own is what was said, whatever the parser called it.
   */
  private static boolean thatClauseAsDependent(DepGraph g, int c) {
    int mark = thatWithSubject(g, c);
    return g.rel[c].equals("dep") && mark >= 0 && mark < c;
  }

  /**
   * "wrote in a note to clients that the bank “risks falling behind”", parsed with the "that" itself hung on the cue
   * and the clause under it misread (its verb taken for a plural noun): a "that" hung on the cue right after the
   * cue's adjuncts, with a finite verb after it, opens what was said; -1 if there is none.
   */
  private static int complementizerOnCue(DepGraph g, int cue, int last, List<Integer> right) {
    for (int c : right) {
      if (!"that".equalsIgnoreCase(g.tokens.get(c).word()) || !"IN".equals(g.pos(c)) || !g.rel[c].equals("dep")
          || g.children.get(c).isEmpty() || range(c + 1, g.tokens.size() - 1).stream()
          .noneMatch(k -> TrailingAttribution.finiteVerb(g.tokens.get(k)))) {
        continue;
      }
      for (int k = last + 1; k < c; k++) {
        int top = g.branchOf(cue, k);
        if (top < 0 || !DepGraph.matches(g.rel[top], Set.of("obl", "advmod", "punct"))) {
          return -1;
        }
      }
      return c;
    }
    return -1;
  }

  /** The "that" that marks clause {@code c} when the clause has a subject of its own after it, else -1. */
  private static int thatWithSubject(DepGraph g, int c) {
    int mark = g.child(c, Set.of("mark"));
    return mark >= 0 && "that".equalsIgnoreCase(g.tokens.get(mark).word())
        && g.child(c, Set.of("nsubj", "nsubj:pass")) > mark ? mark : -1;
  }

  /** A semicolon outside quotations between two tokens. */
  private boolean semicolonBetween(DepGraph g, int from, int to) {
    return range(from + 1, to - 1).stream().anyMatch(t -> ";".equals(g.tokens.get(t).word())
        && ctx.quotationAt(g.tokens.get(t).begin()) == null);
  }

  /**
   * "Drones struck two plants, officials said Saturday, as talks appeared to stall": with the report before the cue, a
   * clause after it opened by "as", "while", "after" ... says when it was said, though parsed as a complement.
   */
  private static boolean adverbialAfterFrontedReport(DepGraph g, int cue, int c) {
    Token first = g.tokens.get(g.subtree(c, Set.of()).get(0));
    if (!"IN".equals(first.pos())
        || !TrailingAttribution.SUBORDINATORS.contains(first.word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return frontedReport(g, cue);
  }

  /** The cue has a clause with a subject of its own before it: "Drones struck two plants, officials said". */
  private static boolean frontedReport(DepGraph g, int cue) {
    return g.children.get(cue).stream().anyMatch(k -> k < cue && g.child(k, SUBJECT) >= 0
        && DepGraph.matches(g.rel[k], Set.of("ccomp", "parataxis", "dep")));
  }

  /** A "that" clause with its own subject hung on the object a participle modifies, after a comma; -1 if none. */
  private static int thatClauseAfterParticiple(DepGraph g, int object, Set<Integer> cut) {
    for (int d : g.children.get(object)) {
      int mark = thatWithSubject(g, d);
      if (d > object && !cut.contains(d) && DepGraph.matches(g.rel[d], Set.of("dep", "ccomp", "acl"))
          && mark >= 0 && mark < d && ",".equals(g.tokens.get(mark - 1).word())) {
        return d;
      }
    }
    return -1;
  }

  /**
   * "Pressed on whether the target would be met, Roe said: ...": a participle with no subject of its own opening the
   * sentence, set off by a comma before the cue and outside any quotation, is the circumstance of the cue, not what
   * was said (even when the parser hangs it as a clause of the cue).
   */
  private static boolean leadingParticiple(DepGraph g, int c, int cue) {
    if (c != 0 || !g.pos(c).matches("VBN|VBG") || g.child(c, SUBJECT) >= 0) {
      return false;
    }
    boolean comma = false;
    for (int t = c + 1; t < cue; t++) {
      if (DepGraph.isQuote(g.tokens.get(t))) {
        return false;
      }
      comma |= ",".equals(g.tokens.get(t).word());
    }
    return comma;
  }

  /** Prepositions that need an object ("asked for", "talked about"), unlike particles ("pointed out", "went on"). */
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("for", "about", "of", "to", "with", "against", "from",
      "at", "into");

  private static boolean preposition(Token t) {
    return "IN".equals(t.pos()) && OBJECT_PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** Subordinating words before a reduced passive clause ("when asked", "if pressed", "once told"). */
  private static final Set<String> REDUCED_CLAUSE_MARKS = Set.of("when", "if", "once", "as", "after", "before", "until",
      "unless", "while", "whenever");

  /**
   * A cue in a reduced passive clause without an agent: a participle that opens the sentence ("Asked about
   * the vote, Roe said ...", "When pressed, she ...") or follows a subordinating word ("..., she told Congress
   * when asked: ..."). Its subject is who was asked or told, and the asker is not named: no statement (the
   * gold rules' "when asked"); the main clause's own cue attributes what was said. "Asked by reporters ..."
   * (an agent) and "has asked" (an auxiliary) are not such clauses.
   */
  static boolean agentlessPassive(DepGraph g, int cue) {
    if (!reducedPassive(g.tokens, cue)) {
      return false;
    }
    for (int c : g.children.get(cue)) {
      String rel = g.rel[c];
      if (rel.startsWith("nsubj") || rel.startsWith("aux") || rel.equals("expl") || rel.equals("obl:agent")
          || rel.startsWith("obl") && "by".equals(marker(g, c, Set.of("case")))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A reduced passive between commas right after its subject noun, before the subject's own verb ("The press
   * secretary, asked about the post at a briefing, said ..."; "Roe, pressed on the date, declined"): its subject
   * is who was asked, whatever the parser made of it. The last token before the closing comma, or -1.
   */
  static int appositivePassiveEnd(DepGraph g, int cue) {
    if (cue < 2 || !",".equals(g.tokens.get(cue - 1).word()) || !g.pos(cue).matches("VBN|VBD")
        || !g.pos(cue - 2).matches("NN.*|PRP|CD")) {
      return -1;
    }
    boolean question = false;
    for (int k = cue + 1; k < g.tokens.size(); k++) {
      Token t = g.tokens.get(k);
      if (",".equals(t.word())) {
        return k > cue + 1 && k + 1 < g.tokens.size() && g.pos(k + 1).matches("VBD|VBZ|VBP") ? k - 1 : -1;
      }
      // the question asked has verbs of its own ("asked whether the vote would go ahead"); elsewhere a verb
      // means a clause of another kind (a participle used as an adjective is none: "the expected challenge")
      question |= t.word().equalsIgnoreCase("whether") || t.word().equalsIgnoreCase("if") || g.pos(k).startsWith("W");
      boolean verb = g.pos(k).startsWith("VB") && !DepGraph.matches(g.rel[k], Set.of("amod", "compound"));
      if ((verb || g.pos(k).equals("MD")) && !question || DepGraph.isQuote(t) || t.word().equalsIgnoreCase("that")) {
        return -1;
      }
    }
    return -1;
  }

  /** The last token of a reduced passive clause's subtree before the next comma, colon or semicolon. */
  private static int reducedClauseEnd(DepGraph g, int cue) {
    int end = cue;
    Set<Integer> sub = new HashSet<>(g.subtree(cue, Set.of()));
    for (int t = cue + 1; t < g.tokens.size() && sub.contains(t); t++) {
      String w = g.tokens.get(t).word();
      if (w.equals(",") || w.equals(":") || w.equals(";")) {
        break;
      }
      end = t;
    }
    return end;
  }

  /**
   * The surface of a reduced passive clause at token {@code cue}: a past participle opening the sentence
   * ("Asked about ...", "When asked ...") or a past form right after a subordinating word ("when asked").
   */
  static boolean reducedPassive(List<Token> t, int cue) {
    String pos = t.get(cue).pos() == null ? "" : t.get(cue).pos();
    String before = cue > 0 ? t.get(cue - 1).word().toLowerCase(Locale.ROOT) : "";
    boolean marked = REDUCED_CLAUSE_MARKS.contains(before) && (pos.equals("VBN") || pos.equals("VBD"));
    return marked || pos.equals("VBN") && cue == 0;
  }

  /**
   * "Roe was upfront about her distaste for Park, the front-runner, saying ...": a participle after a
   * comma that the parser hung on a noun of the main clause (an appositive, an object) still continues
   * that clause; its speaker is the subject of the sentence's main verb, before the participle. -1 when
   * the participle has its own subject or follows no comma, or the main verb has no such subject.
   */
  private static int rootSubjectBeforeParticiple(DepGraph g, int cue) {
    if (!"VBG".equals(g.tokens.get(cue).pos()) || cue == 0 || !",".equals(g.tokens.get(cue - 1).word())
        || g.child(cue, SUBJECT) >= 0 || !DepGraph.matches(g.rel[cue], Set.of("acl", "dep", "advcl", "xcomp", "conj"))
        && !garbledParticiple(g, cue, cue)) {
      return -1;
    }
    int root = g.root();
    if (root < 0 || root > cue) {
      return -1;
    }
    if (g.head[cue] == root && g.pos(root).startsWith("NN") && g.nsubjBefore(root) < 0
        && g.children.get(root).stream().anyMatch(c -> c < cue && g.rel[c].startsWith("acl"))) {
      // "Sen. Jane Roe, who faces ..., rescinded her endorsement, saying ...", parsed with the name as the root
      // and the rest of the main clause inside its relative clause: the name is the subject
      return root;
    }
    int subject = g.nsubjBefore(root);
    return subject >= 0 && nounOrPronoun(g, subject) ? subject : -1;
  }

  /**
   * "She cut the debt to $42,000 in five years, but said she could not ...", parsed with "said" as a conjunct of
   * the number: a finite cue right after "and"/"but", with no subject or auxiliary of its own, hung on a word that
   * is no verb with a subject, continues the sentence's main clause when no finite clause with its own subject
   * lies between; its speaker is that clause's subject. -1 otherwise.
   */
  private static int rootSubjectBeforeConjunct(DepGraph g, int cue) {
    // (an infinitive has no subject of its own: "positioned her as the person to run and said ..." parsed with
    // "person" as the subject of "run")
    int h = g.head[cue];
    if (h < 0 || h > cue || !g.rel[cue].startsWith("conj") || !g.pos(cue).matches("VBD|VBZ|VBP") || cue < 2
        || !g.tokens.get(cue - 1).word().matches("(?i)and|but") || g.child(cue, Set.of("nsubj", "nsubj:pass", "aux",
        "aux:pass", "expl")) >= 0 || g.child(h, SUBJECT) >= 0 && g.pos(h).startsWith("VB") && !infinitive(g, h)) {
      return -1;
    }
    int root = g.root();
    if (root < 0 || root >= h || !g.pos(root).startsWith("VB") || g.child(root, Set.of("nsubj:pass")) >= 0) {
      return -1;
    }
    for (int k = root + 1; k < cue; k++) {
      if (g.child(k, SUBJECT) >= 0 && (TrailingAttribution.finiteVerb(g.tokens.get(k)) || g.child(k, Set.of("aux")) >= 0)) {
        return -1; // "She said the fund, which donors say is short, ran out and asked ...": a clause of its own
      }
    }
    int subject = g.nsubjBefore(root);
    return subject >= 0 && nounOrPronoun(g, subject) ? subject : -1;
  }

  /**
   * The cue's object is the word at {@code t} or a phrase that opens there ("said Acme worker Jane Roe ...",
   * where the name "Acme" only modifies the object): that word is no subject of the cue.
   */
  private static boolean objectOpensAt(DepGraph g, int cue, int t) {
    int obj = g.child(cue, Set.of("obj"));
    return obj == t || obj > t && g.subtree(obj, Set.of()).get(0) == t;
  }

  /**
   * The last word of a person's or organisation's name that ends right before the cue, or before a parenthesis
   * closed right before it ("Rep. Jane Roe (D-Ohio) said"); -1 when there is none.
   */
  private int nameRightBefore(DepGraph g, int cue) {
    int k = cue - 1;
    if (k >= 0 && g.tokens.get(k).word().matches("\\)|-RRB-")) {
      while (k >= 0 && !g.tokens.get(k).word().matches("\\(|-LRB-")) {
        k--;
      }
      k--;
    }
    return endsName(g, k) ? k : -1;
  }

  /**
   * A subject "a move analysts", "a move environmental groups": a singular determiner and noun parsed as a compound
   * of a plural head (adjectives of the plural between). Returns the singular noun, or -1.
   */
  private static int singularDeterminerOfAPlural(DepGraph g, int first, int subject) {
    if (first >= subject || !g.pos(subject).equals("NNS") || subject - first > 4
        || !Set.of("a", "an", "another", "one").contains(g.tokens.get(first).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int noun = first + 1;
    if (!g.pos(noun).equals("NN") || !"compound".equals(g.rel[noun])) {
      return -1;
    }
    for (int k = noun + 1; k < subject; k++) {
      if (!g.pos(k).startsWith("JJ")) {
        return -1;
      }
    }
    return noun;
  }

  /** Whether token {@code k} opens its sentence (only quotation marks or punctuation before it). */
  private static boolean openingWord(DepGraph g, int k) {
    return java.util.stream.IntStream.range(0, k).allMatch(i -> g.isPunct(i) || DepGraph.isQuote(g.tokens.get(i)));
  }

  /** Whether token {@code k} is the last word of a person's or organisation's name. */
  private boolean endsName(DepGraph g, int k) {
    org.newsgraph.model.Mention m = k >= 0 ? ctx.mentionAt(g.tokens.get(k).begin()) : null;
    return personOrOrganisation(m) && g.tokens.get(k).end() == m.end();
  }

  /** The first token of the name whose mention holds token {@code last}. */
  private int nameStart(DepGraph g, int last) {
    org.newsgraph.model.Mention m = ctx.mentionAt(g.tokens.get(last).begin());
    int first = last;
    while (first > 0 && m.equals(ctx.mentionAt(g.tokens.get(first - 1).begin()))) {
      first--;
    }
    return first;
  }

  /** A mention of someone who can speak by name: a person or an organisation. */
  private static boolean personOrOrganisation(org.newsgraph.model.Mention m) {
    return m != null && ("PERSON".equals(m.type()) || "ORGANIZATION".equals(m.type()));
  }

  /** A bare verb with "to" among its markers ("to apologize"; "called on Roe to apologize" has "on" as well). */
  private static boolean infinitive(DepGraph g, int t) {
    return "VB".equals(g.pos(t)) && g.children.get(t).stream().anyMatch(c -> c < t && g.rel[c].equals("mark")
        && "to".equalsIgnoreCase(g.tokens.get(c).word()));
  }

  /**
   * "The fracas erupted after Roe entered the race with harsh words, calling them ...": when the host clause's
   * subject is no one who speaks, the participle continues the nearest clause before it whose subject is (the
   * subordinate clause's "Roe"); -1 when no clause between the host's subject and the participle has one (the
   * host's subject then stays: the speaker lexicon does not know every noun that speaks).
   */
  private int nearestSpeakingSubject(DepGraph g, int host, int cue) {
    for (int t = cue - 1; t > host; t--) {
      if (g.rel[t].equals("nsubj") && g.head[t] > t && g.head[t] < cue && speakerLike(g, t)) {
        return t;
      }
    }
    return -1;
  }

  /**
   * Two subjects of one verb where the second starts right after the first's words ("A spokesperson for one
   * popular messaging | app said", the parser's split of one phrase): the first is the phrase's head.
   */
  private static boolean splitPhrase(DepGraph g, int first, int second) {
    if (first < 0 || second <= first) {
      return false;
    }
    return splitPhrase(g, g.subtree(first, Set.of()), second);
  }

  /** {@link #splitPhrase(DepGraph, int, int)} with the first subject's words given (less its clauses). */
  private static boolean splitPhrase(DepGraph g, List<Integer> words, int second) {
    return !words.isEmpty() && words.get(words.size() - 1) + 1 == g.subtree(second, Set.of()).get(0);
  }

  /**
   * "countered by branding him a weathervane", "responded by saying ...": a cue reported through a "by" gerund that
   * is a cue itself, hung on it or (as the parser may hang it elsewhere) right after the cue's last word; the
   * gerund is the report.
   */
  private boolean reportedByGerund(DepGraph g, int cue, int last) {
    int after = last + 1;
    if (after + 1 < g.tokens.size() && g.tokens.get(after).word().equalsIgnoreCase("by") && "VBG".equals(g.pos(after + 1))
        && lex.at(g.tokens, after + 1) != null) {
      return true;
    }
    return g.children.get(cue).stream().anyMatch(c -> c > cue && "VBG".equals(g.pos(c)) && lex.at(g.tokens, c) != null
        && "by".equalsIgnoreCase(marker(g, c, Set.of("mark", "case"))));
  }

  /**
   * '“The message is that local action matters,” said Dr Roe', parsed with "matters" as the subject of "said": a
   * subject inside a quotation that closes right before the cue is part of someone's words, not who speaks (the
   * quotation's own speaker is QuotationRule's; a speaker between the quotation and the cue is taken elsewhere).
   */
  private boolean quotedBeforeCue(DepGraph g, int subject, int cue) {
    Quotations.Quotation q = ctx.quotationAt(g.tokens.get(subject).begin());
    return q != null && q.closed() && q.close() <= g.tokens.get(cue).begin()
        && ctx.body.substring(q.close(), g.tokens.get(cue).begin()).isBlank();
  }

  /**
   * "I would not be surprised if they demanded a sale", "unless the court says otherwise": a report in a condition
   * was not made.
   */
  private static boolean hypothetical(DepGraph g, int cue) {
    int mark = g.child(cue, Set.of("mark"));
    return mark >= 0 && mark < cue && Set.of("if", "unless").contains(g.tokens.get(mark).word().toLowerCase(Locale.ROOT))
        && DepGraph.matches(g.rel[cue], Set.of("advcl")) || questionToTheAddressee(g, cue);
  }

  /**
   * "What would you say to them?", "Do you tell your players to ...?": an interviewer's question about what the
   * one addressed says is no report of anything said.
   */
  private static boolean questionToTheAddressee(DepGraph g, int cue) {
    int subject = g.child(cue, Set.of("nsubj"));
    int end = g.tokens.size() - 1;
    while (end > cue && DepGraph.isQuote(g.tokens.get(end))) {
      end--;
    }
    return subject >= 0 && "you".equalsIgnoreCase(g.tokens.get(subject).word()) && "?".equals(g.tokens.get(end).word());
  }

  /**
   * "Asked whether she regrets speaking out, she does not hesitate": a cue inside the question that opens the
   * sentence (from "Asked" to its comma) is what she was asked about, not what anyone said.
   */
  private static boolean insideOpeningQuestion(DepGraph g, int cue) {
    int asked = g.tokens.size() > 1 && g.tokens.get(0).word().matches("(?i)when|if|once") ? 1 : 0;
    if (cue <= asked || !"asked".equalsIgnoreCase(g.tokens.get(asked).word()) || !"VBN".equals(g.pos(asked))) {
      return false;
    }
    for (int t = asked + 1; t < cue; t++) {
      if (",".equals(g.tokens.get(t).word()) || DepGraph.isQuote(g.tokens.get(t))) {
        return false;
      }
    }
    return true;
  }

  /** A singular common noun as the subject of a verb in the plural present ("the network argue"). */
  private static boolean disagrees(DepGraph g, int s, int cue) {
    return g.pos(s).equals("NN") && g.pos(cue).equals("VBP") && g.child(s, Set.of("conj")) < 0
        && g.child(cue, Set.of("aux")) < 0;
  }

  /** A subject that denies there was a speaker: "nobody", "no one", "none of them", "neither side". */
  private static boolean noOne(DepGraph g, int s) {
    String w = g.tokens.get(s).word().toLowerCase(Locale.ROOT);
    if (Set.of("nobody", "noone", "none", "no-one").contains(w)) {
      return true;
    }
    int det = g.child(s, Set.of("det"));
    return det >= 0 && det < s && Set.of("no", "neither").contains(g.tokens.get(det).word().toLowerCase(Locale.ROOT));
  }

  /**
   * A bare "one" as the subject of a cue after a modal or "has to": the generic pronoun ("one has to ask",
   * "one could argue"), where "One says ..., the other ..." (one of two sources) is not.
   */
  private static boolean genericOne(DepGraph g, int s, int cue) {
    if (!g.tokens.get(s).word().equalsIgnoreCase("one") || !g.children.get(s).isEmpty()) {
      return false;
    }
    for (int h = cue; h >= 0; h = g.rel[h].equals("xcomp") ? g.head[h] : -1) {
      for (int c : g.children.get(h)) {
        if (c < h && g.rel[c].startsWith("aux") && (g.pos(c).equals("MD") || g.pos(c).equals("VBZ"))) {
          return true;
        }
      }
      if (h != cue && (g.pos(h).equals("VBZ") || g.pos(h).equals("VBP"))) {
        return true; // "one has to ask"
      }
    }
    return false;
  }

  /**
   * The person "who" stands for: the noun the relative clause modifies, or when that noun speaks not, the nearest
   * speaking noun before "who" that the phrase introduces with "from" or "by" ("a sharp reaction from Senator
   * Roe, who called ...", "a backlash from unions and business leaders who say ..."), or a person with "of"
   * ("the endorsement of Senator Roe, who said"); "a graduate of Bergen Law School who argued" stays the
   * graduate, a noun the speaker lexicon may not know.
   */
  private int personBefore(DepGraph g, int noun, int who) {
    org.newsgraph.model.Mention place = ctx.mentionAt(g.tokens.get(noun).begin());
    int from = place == null ? -1 : AttributionContext.tokenStartingAt(g.tokens, place.begin()) - 1;
    if (place != null && "LOCATION".equals(place.type()) && from >= 1 && "IN".equals(g.pos(from))
        && ",".equals(g.tokens.get(from - 1).word())) {
      // "Jane Roe, 24, from Ohio, who said ...": "who" is the person named before the place
      for (int n = noun - 1; n >= 0 && noun - n <= 8; n--) {
        org.newsgraph.model.Mention m = ctx.mentionAt(g.tokens.get(n).begin());
        if (m != null && "PERSON".equals(m.type())) {
          return n;
        }
      }
      return -1;
    }
    if (speakerLike(g, noun)) {
      return noun;
    }
    List<Integer> phrase = g.subtree(noun, Set.of());
    for (int n = who - 1; n > noun; n--) {
      if (!g.pos(n).startsWith("NN") || !phrase.contains(n) || !speakerLike(g, n)
          || DepGraph.matches(g.rel[n], Set.of("compound", "nmod:poss"))) {
        continue; // "Roe's adviser", "a Roe supporter": a modifier is not who speaks
      }
      int top = n;
      while (g.head[top] >= 0 && g.head[top] != noun
          && DepGraph.matches(g.rel[top], Set.of("conj", "flat", "appos"))) {
        top = g.head[top];
      }
      int prep = g.child(top, Set.of("case"));
      String p = prep >= 0 && prep < top ? g.tokens.get(prep).word().toLowerCase(Locale.ROOT) : "";
      org.newsgraph.model.Mention m = ctx.mentionAt(g.tokens.get(n).begin());
      boolean person = m != null && "PERSON".equals(m.type());
      if (p.equals("from") || p.equals("by") || p.equals("of") && person) {
        return n;
      }
    }
    return noun;
  }

  private static boolean nounOrPronoun(DepGraph g, int t) {
    return g.pos(t).startsWith("NN") || g.pos(t).equals("PRP");
  }

  /**
   * "Roe appeared at a hearing for saying that ...", "Roe was criticized for saying ...": a gerund cue after a
   * preposition (not one of time) takes the main clause's subject as its speaker; after "for" a person the
   * main verb has as object is the one who said it ("Smith criticized Roe for saying ..."); hung on a reported
   * clause, that clause's subject ("Roe said the rebels had stalled by demanding ..."). -1 when the gerund has
   * a subject of its own, no preposition, or the clause has no such subject.
   */
  private int prepositionalGerundAgent(DepGraph g, int cue) {
    int prep = g.child(cue, Set.of("case", "mark"));
    if (!"VBG".equals(g.tokens.get(cue).pos()) || prep < 0 || prep > cue || g.child(cue, SUBJECT) >= 0
        || TIME_CLAUSE_MARKS.contains(g.tokens.get(prep).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int root = g.root();
    int host = g.head[cue];
    if (host >= 0 && host != root && host < cue && g.pos(host).startsWith("VB") && lex.at(g.tokens, host) == null
        && DepGraph.matches(g.rel[host], Set.of("ccomp", "dep", "xcomp", "parataxis"))) {
      // "told reporters the rebels had moved the goalposts by demanding ...": the gerund hangs on a reported
      // clause, whose subject (or, misparsed, the reporting verb's object before it) did the demanding
      int subject = g.child(host, SUBJECT);
      int h = g.head[host];
      int obj = h >= 0 ? g.child(h, Set.of("obj")) : -1;
      if (subject >= 0 && subject < host) {
        return speakerLike(g, subject) ? subject : -1;
      }
      return obj > h && obj < host && speakerLike(g, obj) ? obj : -1;
    }
    if (root < 0 || root > cue || !g.pos(root).startsWith("VB")) {
      return -1;
    }
    int obj = g.child(root, Set.of("obj"));
    if ("for".equalsIgnoreCase(g.tokens.get(prep).word()) && obj >= 0 && obj < cue
        && (ctx.mentionAt(g.tokens.get(obj).begin()) != null || "PRP".equals(g.pos(obj)))) {
      return obj;
    }
    int subject = g.child(root, SUBJECT);
    return subject >= 0 && subject < root && nounOrPronoun(g, subject) ? subject : -1;
  }

  private static final java.util.regex.Pattern CLAUSE_MARK = java.util.regex.Pattern.compile(
      "(?is).*\\b(that|whether|if)[\\s,]*");
  private static final java.util.regex.Pattern WH_CLAUSE = java.util.regex.Pattern.compile(
      "(?is)(how|what|why|whether|who|whom|when|where|if)\\b.*");

  /**
   * The content is a reported clause: "responded that ...", "questioned whether ...", "wondered how ...".
   * A verb that reports speech only with quoted words ("continued", "answered") does report it then; "that"
   * must be the conjunction ("continued that week" is no statement).
   */
  private static boolean reportedClause(AttributionContext ctx, Draft d) {
    if (d.cueBegin() >= d.contentBegin()) {
      return false;
    }
    java.util.regex.Matcher m = CLAUSE_MARK.matcher(ctx.body.substring(d.cueBegin(), d.contentBegin()));
    if (m.matches()) {
      // (a "that" tagged a determiner still opens the clause the parse hung it on when a verb follows: "shot back
      // that Roe had voted against it")
      String pos = ctx.posAt(d.cueBegin() + m.start(1));
      return "IN".equals(pos) || "DT".equals(pos) && ctx.verbIn(d.contentBegin(), d.contentEnd());
    }
    return WH_CLAUSE.matcher(ctx.body.substring(d.contentBegin(), d.contentEnd())).matches();
  }

  /** A draft with its cue token, speaker subject start (-1 when none) and the lexicon's condition on its cue. */
  private record Found(Draft draft, int cue, Speaker speaker, int subjectFirst, CueLexicon.Condition condition) {
  }

  /** Prepositions that give the grounds of a criticism ("attacked Roe for ...", "over ...", "as a fraud"). */
  private static final Set<String> GROUNDS = Set.of("for", "over", "as");
  /** Prepositions that place an act in a medium or occasion of speech ("in a tweet", "during the debate"). */
  private static final Set<String> MEDIUM_CASES = Set.of("in", "on", "during", "at", "via", "through");
  /** Nouns of the media and occasions of speech ({@code statements/speech-media.txt}). */
  private static final Set<String> MEDIA = Set.copyOf(org.newsgraph.util.Lexicon.lines(
      "/org/newsgraph/statements/speech-media.txt"));

  /** The noun is a medium or occasion of speech ("tweets", "a news conference", "the debate"). */
  private static boolean medium(DepGraph g, int noun) {
    Token t = g.tokens.get(noun);
    String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    int compound = g.child(noun, Set.of("compound"));
    return MEDIA.contains(lemma) || compound >= 0
        && MEDIA.contains(g.tokens.get(compound).word().toLowerCase(Locale.ROOT) + " " + lemma);
  }

  /** Verb lemma to the nouns that make it an act: works and figures ({@code statements/work-objects.tsv}). */
  static final java.util.Map<String, Set<String>> WORK_OBJECTS = org.newsgraph.util.Lexicon.lines(
      "/org/newsgraph/statements/work-objects.tsv").stream().map(l -> l.split("\t"))
      .collect(java.util.stream.Collectors.groupingBy(p -> p[0],
          java.util.stream.Collectors.mapping(p -> p[1], java.util.stream.Collectors.toUnmodifiableSet())));

  /**
   * "wrote the script", "posted a quarterly loss": the cue's object is a work or a figure (and the content
   * is that phrase, no clause and no quoted words), so the verb names an act.
   */
  private boolean workObject(DepGraph g, Found f) {
    Set<String> works = WORK_OBJECTS.get(lemma(g, f.cue));
    int obj = g.child(f.cue, Set.of("obj"));
    if (works == null || obj < f.cue || f.draft.contentBegin() < f.draft.cueEnd()) {
      return false;
    }
    // (a clause in the object's phrase or hung on the cue still reports: "wrote a letter that said ..."; not one
    // the parser strung on as a further object: "conceded defeat, hours after Roe, claimed victory", nor a
    // participle set off by a comma, which says what else was done: "dismissed the charges, ruling that ...")
    Set<Integer> scope = new HashSet<>(g.subtree(obj, Set.of()));
    g.children.get(f.cue).stream().filter(c -> DepGraph.matches(g.rel[c], Set.of("ccomp", "parataxis", "advcl"))
            && !("VBG".equals(g.pos(c)) && g.subtree(c, Set.of()).get(0) == c && c > 0 && ",".equals(g.tokens.get(c - 1).word())))
        .forEach(c -> scope.addAll(g.subtree(c, Set.of())));
    return works.contains(lemma(g, obj)) && ctx.paraphrase(f.draft.contentBegin(), f.draft.contentEnd())
        && !finiteVerbIn(g, f.draft, scope);
  }

  /** The draft's content holds a finite verb: it reports a clause, not only a noun phrase. */
  private static boolean finiteVerbIn(DepGraph g, Draft d) {
    return finiteVerbIn(g, d, java.util.stream.IntStream.range(0, g.tokens.size()).boxed().toList());
  }

  /** One of the words {@code among} is a finite verb inside the draft's content. */
  private static boolean finiteVerbIn(DepGraph g, Draft d, java.util.Collection<Integer> among) {
    return among.stream().map(g.tokens::get).anyMatch(t -> t.begin() >= d.contentBegin() && t.end() <= d.contentEnd()
        && TrailingAttribution.finiteVerb(t));
  }

  /**
   * The content is a clause without "that": a finite verb with no relative word before it ("predicted lawsuits
   * could be filed"; not "encouraged voters who were undecided", "predicted a win"). Before the cue only for a
   * finite cue ("The party will split, Roe predicted"; not "made the month's data encouraging").
   */
  private static boolean bareClause(DepGraph g, Draft d) {
    for (Token t : g.tokens) {
      if (t.begin() < d.contentBegin() || t.end() > d.contentEnd()) {
        continue;
      }
      if (t.pos() != null && t.pos().matches("WDT|WP|WP\\$|WRB") || "that".equalsIgnoreCase(t.word())) {
        return false;
      }
      if (TrailingAttribution.finiteVerb(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "even with all precincts reporting, the race remained too close to call": a participle in an absolute "with"
   * clause that takes nothing reports nothing ("with analysts saying the deal could fail" takes a clause).
   */
  private static boolean absoluteWithoutComplement(DepGraph g, int cue) {
    return "VBG".equals(g.pos(cue))
        && Set.of("with", "without").contains(String.valueOf(marker(g, cue, Set.of("mark"))))
        && g.children.get(cue).stream().noneMatch(k -> k > cue
            && DepGraph.matches(g.rel[k], Set.of("obj", "iobj", "ccomp", "xcomp", "parataxis", "obl")));
  }

  /** Whether a found cue meets its lexicon condition (see {@link CueLexicon.Condition}). */
  private boolean reportsSpeech(DepGraph g, Found f) {
    if (workObject(g, f) || absoluteWithoutComplement(g, f.cue)) {
      return false;
    }
    CueLexicon.Condition c = f.condition;
    if (c == CueLexicon.Condition.THING) {
      return !personObject(g, f.cue)
          || g.children.get(f.cue).stream().anyMatch(k -> "as".equals(marker(g, k, Set.of("case", "mark"))));
    }
    if (c == CueLexicon.Condition.CALL) {
      for (int child : g.children.get(f.cue)) {
        if (child > f.cue && DepGraph.matches(g.rel[child], Set.of("xcomp")) && "to".equals(marker(g, child, Set.of("mark")))) {
          // (a call has a caller or an addressee who can act: not "A wealth tax encourages capital to leave")
          int subject = g.child(f.cue, Set.of("nsubj"));
          int object = g.child(f.cue, Set.of("obj"));
          return subject < 0 || speakerLike(g, subject) || object >= 0 && speakerLike(g, object);
        }
      }
      return !ctx.paraphrase(f.draft.contentBegin(), f.draft.contentEnd()) || reportedClause(ctx, f.draft)
          || bareClause(g, f.draft) && (f.draft.contentBegin() > f.draft.cueBegin()
              || TrailingAttribution.finiteVerb(g.tokens.get(f.cue)));
    }
    if (c == CueLexicon.Condition.CLAUSE) {
      Draft d = f.draft;
      int next = f.cue + 1;
      if (next + 1 < g.tokens.size() && "to".equalsIgnoreCase(g.tokens.get(next).word()) && !g.pos(next + 1).startsWith("VB")
          && "add".equals(lemma(g, f.cue))) {
        // "adding to evidence that ...", "added to the pressure": increases something, says nothing ("wrote to
        // the council that ..." and "replied to critics that ..." address someone)
        return false;
      }
      int obj = g.child(f.cue, Set.of("obj"));
      if (obj > f.cue && (g.pos(obj).equals("CD") || g.child(obj, Set.of("nummod")) >= 0)
          && ctx.paraphrase(d.contentBegin(), d.contentEnd())) {
        // "health care added 52,000, the report showed", "added two goals": a figure added, whatever clause the
        // parser hung the cue on
        return false;
      }
      return d.contentEnd() <= d.cueBegin() || !ctx.paraphrase(d.contentBegin(), d.contentEnd())
          || finiteVerbIn(g, d);
    }
    if (c == CueLexicon.Condition.OBJECT) {
      // a greeting has what is wished and no clause; a wish with one is a desire
      return g.child(f.cue, Set.of("obj", "iobj")) > f.cue && g.children.get(f.cue).stream().noneMatch(k -> k > f.cue
          && (g.rel[k].equals("ccomp") || g.rel[k].equals("xcomp") && g.pos(k).startsWith("VB")));
    }
    if (c == CueLexicon.Condition.DECISION) {
      // "agreed to reopen talks", "agreed to a debate", "agreed on a deal": what was decided, not said
      return g.children.get(f.cue).stream().noneMatch(k -> k > f.cue
          && (g.rel[k].equals("xcomp") && "to".equals(marker(g, k, Set.of("mark")))
          || g.rel[k].startsWith("obl") && Set.of("to", "on").contains(String.valueOf(marker(g, k, Set.of("case"))))));
    }
    if (c != CueLexicon.Condition.QUOTE && c != CueLexicon.Condition.REASON) {
      return true;
    }
    if (ctx.quotationAt(f.draft.cueBegin()) != null) {
      // 'there is “a lot going on”': a verb that needs a quotation to report speech is, inside one, quoted
      return false;
    }
    if (c == CueLexicon.Condition.QUOTE && cueBetween(g, f.draft.cueEnd(), firstQuoteMark(g, f.draft))) {
      // 'The ad concludes with footage of Roe saying, “...”': the quotation is the nearer cue's
      return false;
    }
    if (!ctx.paraphrase(f.draft.contentBegin(), f.draft.contentEnd()) || reportedClause(ctx, f.draft)) {
      return true;
    }
    if (c == CueLexicon.Condition.REASON) {
      for (int child : g.children.get(f.cue)) {
        String p = marker(g, child, Set.of("case", "mark"));
        if (child <= f.cue || p == null || !DepGraph.matches(g.rel[child], Set.of("obl", "advcl"))) {
          continue;
        }
        if (GROUNDS.contains(p) || MEDIUM_CASES.contains(p) && medium(g, child)) {
          return true;
        }
      }
      return namedAgainstNamed(g, f) && !physicalScene(g, f.cue);
    }
    return false;
  }

  /** Body offset of the first quotation mark in the draft's content after its cue, else the content's start. */
  private static int firstQuoteMark(DepGraph g, Draft d) {
    for (Token t : g.tokens) {
      if (t.begin() >= Math.max(d.cueEnd(), d.contentBegin() - 1) && t.end() <= d.contentEnd() && DepGraph.isQuote(t)) {
        return t.begin();
      }
    }
    return d.contentBegin();
  }

  /**
   * The name a participle cue follows as "of" a recording or picture of its bearer ("footage of Roe saying ...", "a
   * clip of Roe saying ...", the participle hung on the name or on the noun of the recording), or -1.
   */
  private static int shownSpeaking(DepGraph g, int cue) {
    int h = g.head[cue];
    if (!"VBG".equals(g.pos(cue)) || !g.rel[cue].equals("acl") || h < 0 || h > cue) {
      return -1;
    }
    int name = g.pos(h).startsWith("NNP") ? h : -1;
    if (name < 0 && g.pos(h).startsWith("NN")) {
      for (int c : g.children.get(h)) {
        if (c > h && c < cue && g.pos(c).startsWith("NNP") && g.rel[c].startsWith("nmod")) {
          name = c;
        }
      }
    }
    if (name < 0 || !g.rel[name].startsWith("nmod") || !"of".equals(marker(g, name, Set.of("case")))
        || g.subtree(name, Set.of()).get(g.subtree(name, Set.of()).size() - 1) != cue - 1) {
      return -1;
    }
    return name;
  }

  /** A cue that always reports speech lies between body offsets {@code from} and {@code to}. */
  private boolean cueBetween(DepGraph g, int from, int to) {
    for (int k = 0; k < g.tokens.size(); k++) {
      Token t = g.tokens.get(k);
      CueLexicon.Match m = t.begin() >= from && t.end() <= to ? lex.at(g.tokens, k) : null;
      if (m != null && m.cue().condition() == CueLexicon.Condition.ALWAYS) {
        return true;
      }
    }
    return false;
  }

  /**
   * "attacked Smith at a convenience store", "attacked him with a knife": a criticism verb placed at a common
   * place that is no medium of speech, or done with an instrument, is a physical act.
   */
  private boolean physicalScene(DepGraph g, int cue) {
    for (int child : g.children.get(cue)) {
      String p = marker(g, child, Set.of("case"));
      if (child > cue && g.rel[child].startsWith("obl") && g.pos(child).matches("NNS?")
          && ctx.mentionAt(g.tokens.get(child).begin()) == null && !medium(g, child)
          && (Set.of("at", "outside", "inside").contains(p) || "with".equals(p) && g.child(child, Set.of("det")) >= 0
              && "a".equalsIgnoreCase(g.tokens.get(g.child(child, Set.of("det"))).word()))) {
        return true;
      }
    }
    return false;
  }

  /** The lower-cased word of token {@code t}'s preposition or conjunction (a child in {@code rels}), or null. */
  private static String marker(DepGraph g, int t, Set<String> rels) {
    int m = g.child(t, rels);
    return m < 0 ? null : g.tokens.get(m).word().toLowerCase(Locale.ROOT);
  }

  /** Pronouns that stand for people as a criticism's target ("attacked him", "defended herself"). */
  private static final Set<String> PERSON_PRONOUNS = Set.of("him", "her", "them", "himself", "herself", "themselves");

  /**
   * Prepositions that give what was asked for or about ("asked them for help", "asked him about the plan"; "to" of
   * an infinitive parsed as a preposition, 'asked officials to “speed up” a review').
   */
  private static final Set<String> TOPIC_MARKERS = Set.of("for", "about", "over", "to");

  /** Token {@code c}'s preposition is one of {@link #TOPIC_MARKERS} ("for help", "about the plan"). */
  private static boolean topicMarked(DepGraph g, int c) {
    return markedBy(g, c, TOPIC_MARKERS);
  }

  /** Token {@code c}'s preposition (its "case" child) is one of {@code prepositions}. */
  private static boolean markedBy(DepGraph g, int c, Set<String> prepositions) {
    String p = marker(g, c, Set.of("case"));
    return p != null && prepositions.contains(p);
  }

  /** Object pronouns of people, the addressee of a question ("asked him", "asked us"). */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "me", "us", "you");

  /**
   * Token {@code o} heads someone a question can be put to: an object pronoun of a person, a person or
   * organisation mention, or a noun of the speaker nouns ("the minister", "reporters", "the company").
   */
  private boolean addressee(DepGraph g, int o) {
    Token t = g.tokens.get(o);
    if (g.pos(g.subtree(o, Set.of()).get(0)).matches("RB.*|IN")) {
      return false; // "asked about all four candidates", with "about" tagged as an adverb of the object
    }
    String word = t.word().toLowerCase(Locale.ROOT);
    String lemma = t.lemma() == null ? word : t.lemma().toLowerCase(Locale.ROOT);
    return OBJECT_PRONOUNS.contains(word) || personOrOrganisation(ctx.mentionAt(t.begin()))
        || lex.speakerNouns.containsKey(lemma);
  }

  /**
   * The cue's object is a person: a name, "him"/"her", or a person noun of the speaker nouns ("his coach", "the
   * suspect", "two officials").
   */
  private boolean personObject(DepGraph g, int cue) {
    int obj = g.child(cue, Set.of("obj"));
    if (obj < 0) {
      return false;
    }
    Token head = g.tokens.get(obj);
    org.newsgraph.model.Mention m = ctx.mentionAt(head.begin());
    return m != null && "PERSON".equals(m.type()) || PERSON_PRONOUNS.contains(head.word().toLowerCase(Locale.ROOT))
        || people(g, obj);
  }

  /**
   * A person or organisation criticising or defending another by name ("Roe attacked Smith", "defended
   * Smith's remarks", "defended himself"): speech between the actors of a story, where "rebels attacked the
   * convoy" or "defended his title" is not.
   */
  private boolean namedAgainstNamed(DepGraph g, Found f) {
    String type = ctx.typeOf(f.speaker.entityId());
    if (!"PERSON".equals(type) && !"ORGANIZATION".equals(type)) {
      return false;
    }
    int obj = g.child(f.cue, Set.of("obj"));
    if (obj < 0) {
      return false;
    }
    for (int t : g.subtree(obj, Set.of())) {
      org.newsgraph.model.Mention m = ctx.mentionAt(g.tokens.get(t).begin());
      if (personOrOrganisation(m)
          || t == obj && PERSON_PRONOUNS.contains(g.tokens.get(t).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs and adjectives whose "to"-clause is something their subject did ({@code statements/raising-verbs.txt}). */
  private static final Set<String> RAISING = Set.copyOf(org.newsgraph.util.Lexicon.lines(
      "/org/newsgraph/statements/raising-verbs.txt"));

  /**
   * Whether cue {@code t} is the "to"-clause or gerund completing {@code h}, a raising verb or adjective of
   * {@link #RAISING} ("appeared to suggest", "kept saying", "was quick to point out"; "went on to say",
   * which the parser may hang on "went" as an oblique of "on").
   */
  private static boolean raised(DepGraph g, int t, int h) {
    Token head = g.tokens.get(h);
    String lemma = (head.lemma() == null ? head.word() : head.lemma()).toLowerCase(Locale.ROOT);
    if (!RAISING.contains(lemma)) {
      return false;
    }
    String pos = g.pos(h);
    boolean verb = pos.startsWith("VB");
    boolean adjective = pos.startsWith("JJ") && g.child(h, Set.of("cop")) >= 0;
    if (!verb && !adjective) {
      return false;
    }
    if (g.rel[t].equals("xcomp")) {
      return true;
    }
    // "went on to say", parsed as obl:on(went, say) with "to" as the clause's mark
    int mark = g.child(t, Set.of("mark"));
    return verb && g.rel[t].startsWith("obl") && mark >= 0 && "to".equalsIgnoreCase(g.tokens.get(mark).word());
  }

  /** Personal pronouns that stand for a speaker. */
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("i", "we", "you", "he", "she", "they");

  /**
   * Whether a subject word can be someone who speaks: a person or organisation mention, a proper noun, a
   * personal pronoun, a determiner standing for people ("some seemed to suggest"), or a noun of
   * {@code statements/speaker-nouns.tsv} ("advisers", "the ministry").
   */
  private boolean speakerLike(DepGraph g, int s) {
    Token t = g.tokens.get(s);
    org.newsgraph.model.Mention m = ctx.mentionAt(t.begin());
    if (personOrOrganisation(m)) {
      return true;
    }
    String pos = g.pos(s);
    String word = t.word().toLowerCase(Locale.ROOT);
    String lemma = t.lemma() == null ? word : t.lemma().toLowerCase(Locale.ROOT);
    return pos.startsWith("NNP") || pos.equals("PRP") && SPEAKER_PRONOUNS.contains(word)
        || PEOPLE_DETERMINERS.contains(word)
        || lex.speakerNouns.containsKey(lemma) || lex.speakerNouns.containsKey(word);
  }

  /**
   * A common noun that can head a speaker phrase: one of the speaker nouns ("the ministry") or one a name possesses
   * ("Acme's board", "Roe's campaign").
   */
  private boolean speakerNoun(DepGraph g, int t) {
    int owner = g.child(t, Set.of("nmod:poss"));
    return g.pos(t).startsWith("NN") && (speakerLike(g, t) || owner >= 0 && g.pos(owner).startsWith("NNP"));
  }

  /**
   * A "to"-infinitive cue whose subject is the subject of the verb it hangs on ("Negotiators failed to agree on a
   * target, with others accusing ..."): it takes no speaker from a report later in the sentence.
   */
  private static boolean controlled(DepGraph g, int cue) {
    return g.rel[cue].equals("xcomp") && g.head[cue] >= 0 && g.child(g.head[cue], SUBJECT) >= 0;
  }

  /** A cue that may lack a subject of its own: a participle, or a verb conjoined to or hanging on another. */
  private static boolean continuation(DepGraph g, int t) {
    String pos = g.tokens.get(t).pos();
    return "VBG".equals(pos) || DepGraph.matches(g.rel[t], CONTINUATIONS);
  }

  /** Verbs of obligation whose infinitive is not done yet ("has to ask", "needs to explain"). */
  private static final Set<String> OBLIGATIONS = Set.of("have", "need", "ought");

  /**
   * "The government has to ask whether it can govern", "He needs to explain why": what someone is obliged to say
   * has not been said.
   */
  private static boolean obliged(DepGraph g, int cue) {
    int h = g.head[cue];
    if (cue < 1 || !g.tokens.get(cue - 1).word().equalsIgnoreCase("to")) {
      return false;
    }
    // the infinitive of a verb of obligation, or one parsed with that verb as its auxiliary ("has/aux to/mark ask")
    // (not "must" or "should": "I must say, ...", "I should say that ..." are hedges of what is being said)
    return h >= 0 && h < cue && DepGraph.matches(g.rel[cue], Set.of("xcomp")) && OBLIGATIONS.contains(lemma(g, h))
        || g.children.get(cue).stream().anyMatch(c -> c < cue && g.rel[c].equals("aux")
        && OBLIGATIONS.contains(lemma(g, c)));
  }

  /** "too close to call", "too early to say": the infinitive of a "too" adjective says what cannot be said. */
  static boolean tooToSay(DepGraph g, int cue) {
    int h = g.head[cue];
    // (the infinitive right after its adjective: not "too liberal ... and to say the opposite")
    return h >= 0 && h == cue - 2 && g.tokens.get(cue - 1).word().equalsIgnoreCase("to") && g.pos(h).startsWith("JJ")
        && DepGraph.matches(g.rel[cue], Set.of("xcomp", "advcl", "ccomp"))
        && g.children.get(h).stream().anyMatch(c -> c < h && g.tokens.get(c).word().equalsIgnoreCase("too"));
  }

  /**
   * "Roe was forced into damage control and said that ...": an active cue coordinated with a passive verb shares
   * its subject. That subject, or -1.
   */
  private static int passiveSubjectOfConjunct(DepGraph g, int cue) {
    int h = g.head[cue];
    if (h < 0 || h > cue || !g.rel[cue].startsWith("conj") || !g.pos(cue).matches("VBD|VBZ|VBP")
        || g.child(cue, Set.of("nsubj", "nsubj:pass", "aux:pass", "aux")) >= 0) {
      return -1;
    }
    int subject = g.child(h, Set.of("nsubj:pass"));
    return subject >= 0 && subject < h ? subject : -1;
  }

  /** Verbs whose "to"-clause was not done: "declined to comment", "refused to say whether ...". */
  private static final Set<String> REFUSALS = Set.of("decline", "refuse");

  /**
   * "Roe declined to comment", "..., who declined to say who he backs" (also parsed with "declined" as the subject
   * of "say"): what someone would not say is no statement.
   */
  static boolean refused(DepGraph g, int cue) {
    int h = g.head[cue];
    if (h >= 0 && DepGraph.matches(g.rel[cue], Set.of("xcomp")) && REFUSALS.contains(lemma(g, h))) {
      return true;
    }
    for (int c : g.children.get(cue)) {
      if (c < cue && g.rel[c].equals("nsubj") && g.pos(c).startsWith("VB") && REFUSALS.contains(lemma(g, c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "a decision that denied his side a penalty", "denied her a visa": "deny" with someone and then a thing is a
   * refusal to give, not a denial of what was said (the parser may hang the someone as a bare dependent).
   */
  private static boolean withheld(DepGraph g, int cue) {
    if (!"deny".equals(lemma(g, cue))) {
      return false;
    }
    int object = g.child(cue, Set.of("obj"));
    return object > cue && g.children.get(cue).stream().anyMatch(c -> c > cue && c < object
        && (g.rel[c].equals("iobj") || g.rel[c].equals("dep") && g.pos(c).matches("NNS?|PRP|NNPS?")));
  }

  static String lemma(DepGraph g, int t) {
    String l = g.tokens.get(t).lemma();
    return l == null ? g.tokens.get(t).word().toLowerCase(Locale.ROOT) : l.toLowerCase(Locale.ROOT);
  }

  private Found fromCue(ParsedSentence ps, DepGraph g, int cue, CueLexicon.Match match, Found inherit) {
    if (g.child(cue, Set.of("nsubj:pass")) >= 0 || passiveAuxiliary(g, cue)) {
      return null;
    }
    if (reportedByGerund(g, cue, match.lastToken())) {
      return null;
    }
    // a reduced relative ("the plan announced last week") is no statement; "which he has called" is
    if (g.tokens.get(cue).pos().equals("VBN") && DepGraph.matches(g.rel[cue], Set.of("acl", "amod"))
        && g.child(cue, Set.of("aux")) < 0) {
      return null;
    }
    if (refused(g, cue) || tooToSay(g, cue) || objectComplement(g, cue) || insideOpeningQuestion(g, cue)
        || withheld(g, cue) || obliged(g, cue)) {
      return null;
    }
    // "when asked", "if pressed": hedging, no statement
    if (cue > 0 && g.tokens.get(cue).pos().equals("VBN")
        && Set.of("when", "if", "as", "once").contains(g.tokens.get(cue - 1).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (inherit == null && DepGraph.matches(g.rel[cue], Set.of("aux")) && g.head[cue] > cue) {
      return auxiliaryCue(ps, g, cue, match);
    }
    if (inherit == null) {
      int[] trailing = TrailingAttribution.find(ctx, g, cue, match);
      if (trailing != null) {
        return trailingStatement(ps, g, cue, match, trailing);
      }
    }
    int subject = inherit != null ? -1 : subjectOf(g, cue, 0);
    if (subject == -2 || hypothetical(g, cue) || subject >= 0 && quotedBeforeCue(g, subject, cue)) {
      return null;
    }
    if (inherit == null) {
      subject = nameBeforeAside(g, cue, subject);
    }
    if (subject < 0 && inherit == null) {
      subject = interruptedSubject(g, cue);
    }
    if (subject < 0 && inherit == null) {
      subject = reducedRelativeSubject(g, cue);
    }
    if (subject < 0 && inherit == null) {
      subject = reducedRelativeHead(g, cue);
    }
    if (subject < 0 && inherit == null) {
      subject = setOffFigure(g, cue);
    }
    if (subject < 0 && inherit == null) {
      subject = nameInAppositionBeforeCue(g, cue);
    }
    if (subject < 0 && inherit == null) {
      subject = relativeConjunctAntecedent(g, cue);
    }
    if (subject < 0 && inherit == null) {
      subject = infinitiveModifiedSubject(g, cue);
    }
    if (subject < 0 && inherit == null && cue + 1 < g.tokens.size() && !"VBG".equals(g.tokens.get(cue).pos())
        && !match.cue().predicative()
        && ctx.mentionAt(g.tokens.get(cue + 1).begin()) != null && !objectOpensAt(g, cue, cue + 1)
        && !possessor(g, ctx.mentionAt(g.tokens.get(cue + 1).begin()).end())) {
      subject = cue + 1;
    }
    if (inherit != null) {
      boolean initial = initialParticiple(g, cue, match.lastToken(), inherit);
      List<Integer> content = initial ? initialParticipleContent(g, cue, match.lastToken(), inherit.subjectFirst)
          : garbledParticiple(g, cue, match.lastToken()) ? restOfClauses(g, match.lastToken())
          : content(g, cue, match.lastToken(), List.of());
      if (match.cue().predicative() && !initial) {
        // a verb that reports only with an object and its predicate keeps that condition ("..., then called a
        // strike" is an action), unless what it takes is quoted ("called her “third-rate”", parsed otherwise)
        List<Integer> predicate = predicate(g, cue, match.lastToken(), continuationCuts(g, cue));
        content = !predicate.isEmpty() ? predicate
            : content.stream().anyMatch(k -> DepGraph.isQuote(g.tokens.get(k))) ? content : List.of();
      }
      trim(g, content);
      return build(ps, g, cue, match, content, inherit.speaker, -1);
    }
    if (subject < 0) {
      return null;
    }
    return fromSubject(ps, g, cue, match, subject);
  }

  /**
   * The subject of the clause a participle cue hangs on ("Roe defended the plan, saying ..."; "footage of
   * Roe saying ..."; "Roe's statement saying ..."), or -1: the participle must follow its host, which is a
   * verb with its own nominal subject, a name the participle modifies, or a possessed speech noun.
   */
  private int hostSubject(DepGraph g, int cue) {
    int h = g.head[cue];
    if ("VBG".equals(g.tokens.get(cue).pos()) && h > cue && (g.rel[cue].equals("mark") && DepGraph.matches(g.rel[h], Set.of("advcl", "ccomp"))
        || g.rel[cue].equals("discourse") && DepGraph.matches(g.rel[h], Set.of("advcl", "parataxis"))
        || opensItsHead(g, cue) && DepGraph.matches(g.rel[h], Set.of("advcl", "parataxis", "ccomp", "dep")))
        && g.head[h] >= 0 && g.head[h] < cue && cue > 0 && ",".equals(g.tokens.get(cue - 1).word())) {
      // "Roe endorsed the plan, saying it is time ...", parsed with "saying" as the conjunction of an adverbial
      // clause, as a discourse word of a clause set beside the main one, or as a bare dependent of the clause it
      // opens ("..., noting he would ..."): the subject of the clause that clause hangs on
      return g.nsubjBefore(g.head[h]);
    }
    if ("VBG".equals(g.tokens.get(cue).pos()) && h > cue && DepGraph.matches(g.rel[cue], Set.of("obl", "advcl"))
        && g.child(h, SUBJECT) > cue && g.head[h] >= 0 && DepGraph.matches(g.rel[h], Set.of("ccomp", "xcomp", "conj"))) {
      // "Roe began by saying he would ...", parsed with the gerund on the clause it introduces: the subject of
      // the verb that clause hangs on
      int up = g.head[h];
      for (int hop = 0; hop < 3 && up >= 0; hop++) {
        for (int c : g.children.get(up)) {
          if (g.rel[c].equals("nsubj") && c < cue) {
            return c;
          }
        }
        // "Roe appeared on TV and began by saying ...": a coordinated verb shares its subject
        up = g.rel[up].startsWith("conj") ? g.head[up] : -1;
      }
      return -1;
    }
    int opening = openingGerundSubject(g, cue);
    if (opening >= 0) {
      return opening;
    }
    if (!"VBG".equals(g.tokens.get(cue).pos()) || h < 0 || h > cue) {
      return -1;
    }
    String hostPos = g.pos(h);
    boolean timeClause = false;
    for (int c : g.children.get(cue)) {
      String mark = g.tokens.get(c).word().toLowerCase(Locale.ROOT);
      if (g.rel[c].equals("mark") && c < cue && TIME_CLAUSE_MARKS.contains(mark)) {
        // "left without saying a word": nothing said; "was booed after telling holdouts that ...": said by the
        // subject when it can speak and a clause or quotation says what ("the shares rose after reporting its
        // earnings": no speaker; "left after saying goodbye": a formula, no report)
        if (!TIMES_OF_SAYING.contains(mark)) {
          return -1;
        }
        timeClause = true;
      }
    }
    // "Roe attempted to seize on the comments, telling ...": the subject of the verb chain's main verb
    for (int up = 0; up < 3 && g.head[h] >= 0 && g.rel[h].equals("xcomp")
        && g.tokens.get(g.head[h]).pos() != null && g.tokens.get(g.head[h]).pos().startsWith("VB"); up++) {
      h = g.head[h];
    }
    // (or the clause a later report reports: "Roe discussed the plan, saying ..., an official said")
    boolean mainClause = g.head[h] < 0 || DepGraph.matches(g.rel[h], Set.of("root", "conj", "parataxis"))
        || g.rel[h].equals("ccomp") && g.head[h] > cue && lex.at(g.tokens, g.head[h]) != null;
    if (DepGraph.matches(g.rel[cue], Set.of("advcl", "dep", "xcomp", "conj")) && hostPos.startsWith("VB") && mainClause) {
      int subject = g.nsubjBefore(h);
      return !timeClause || subject >= 0 && speakerLike(g, subject)
          && (g.child(cue, Set.of("ccomp")) > cue || quoteWithin(g, cue)) ? subject : -1;
    }
    if (timeClause) {
      return -1;
    }
    boolean day = DAYS.contains(g.tokens.get(h).word().toLowerCase(Locale.ROOT))
        || Set.of("DATE", "TIME").contains(g.tokens.get(h).ner());
    if (DepGraph.matches(g.rel[cue], Set.of("acl")) && day && g.head[h] >= 0 && g.pos(g.head[h]).startsWith("VB")
        && DepGraph.matches(g.rel[h], Set.of("obl", "nmod:tmod")) && h == cue - 1) {
      // "filed a lawsuit on Thursday accusing ...", parsed with the participle on the day: the subject of the
      // verb the day belongs to
      return g.nsubjBefore(g.head[h]);
    }
    if (DepGraph.matches(g.rel[cue], Set.of("acl")) && hostPos.startsWith("NNP") && h == cue - 1 && !day) {
      return h;
    }
    if (DepGraph.matches(g.rel[cue], Set.of("acl")) && hostPos.equals("NNS") && h == cue - 1 && people(g, h)
        && g.child(cue, Set.of("obj", "ccomp")) > cue) {
      // "The killings have left 62 percent of voters saying race relations are worse": the people the
      // participle describes say it ("placards saying ...": an inscription, no one's words)
      return h;
    }
    int with = g.child(h, Set.of("case"));
    if (DepGraph.matches(g.rel[cue], Set.of("acl")) && with >= 0 && with < h
        && "with".equalsIgnoreCase(g.tokens.get(with).word()) && (g.rel[h].startsWith("obl") || g.rel[h].startsWith("nmod"))) {
      // "..., with 30 percent of voters saying they ...": the absolute construction's noun is who says it
      List<Integer> noun = g.subtree(h, Set.of(cue));
      if (noun.get(noun.size() - 1) == cue - 1) {
        return h;
      }
    }
    if (DepGraph.matches(g.rel[cue], Set.of("acl"))
        && lex.leadInNouns.containsKey(g.tokens.get(h).word().toLowerCase(Locale.ROOT))) {
      // "Roe's statement saying ...", "a letter from Roe saying ...": whoever the statement is of
      return statementOwner(g, cue);
    }
    return -1;
  }

  /** Prepositions that open a gerund phrase dating or framing what the main subject did ("After saying ..."). */
  private static final Set<String> OPENING_GERUND_CASES = Set.of("after", "before", "since", "upon", "on", "while",
      "when", "despite", "by");

  /**
   * "After saying that the plan would fail, Roe voted for it", "Before telling reporters he would run, Smith ...":
   * a gerund right after a preposition of time or means, opening the sentence or a clause after a comma and hung
   * on the main verb after it, was said by that verb's subject when that subject can speak ("After announcing its
   * results, the shares rose" has no speaker). That subject, or -1.
   */
  private int openingGerundSubject(DepGraph g, int cue) {
    int h = g.head[cue];
    // (an adverb may stand between: "after initially saying ...")
    int p = cue >= 2 && "RB".equals(g.pos(cue - 1)) ? cue - 2 : cue - 1;
    if (!"VBG".equals(g.tokens.get(cue).pos()) || h <= cue || p < 0
        || !DepGraph.matches(g.rel[cue], Set.of("obl", "advcl")) || !g.pos(h).startsWith("VB")
        || !OPENING_GERUND_CASES.contains(g.tokens.get(p).word().toLowerCase(Locale.ROOT)) || g.head[p] != cue
        || p >= 1 && !",".equals(g.tokens.get(p - 1).word())) {
      return -1;
    }
    int subject = g.child(h, SUBJECT);
    return subject >= 0 && speakerLike(g, subject) ? subject : -1;
  }

  /** A noun of people the speaker lexicon lists as unnamed sources or people a story meets ("voters", "suspect"). */
  private boolean people(DepGraph g, int t) {
    String lemma = lemma(g, t);
    String kind = lex.speakerNouns.get(lemma);
    return "unnamed".equals(kind) || "person".equals(kind);
  }

  /**
   * Who wrote the statement, letter or message a participle modifies, or -1: its possessor ("Roe's statement
   * saying ..."), else the subject of the verb that issued it ("Roe released a statement saying ...", with the
   * verb in issuing-verbs.txt; "obtained a letter saying ..." names no author).
   */
  private int statementOwner(DepGraph g, int cue) {
    int h = g.head[cue];
    if (h < 0 || !DepGraph.matches(g.rel[cue], Set.of("acl"))
        || !lex.leadInNouns.containsKey(g.tokens.get(h).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int possessor = g.child(h, Set.of("nmod:poss"));
    if (possessor >= 0) {
      return possessor;
    }
    int verb = g.head[h];
    if (verb < 0 || !g.rel[h].equals("obj") || !g.pos(verb).startsWith("VB")
        || !lex.issuingVerbs.contains(lemma(g, verb))) {
      return -1;
    }
    int subject = g.nsubjBefore(verb);
    return subject >= 0 && speakerLike(g, subject) ? subject : -1;
  }

  private Found fromSubject(ParsedSentence ps, DepGraph g, int cue, CueLexicon.Match match, int subject) {
    List<Integer> subj = subjectTokens(g, subject, cue);
    Speaker speaker = speakerOf(g, subj, subject);
    if (garbledParticiple(g, cue, match.lastToken())) {
      // ", saying they cannot discuss the case", with the participle parsed inside what it reports (the parse's own
      // content is not computed: it would be replaced)
      int that = thatAfterAddressee(g, cue);
      List<Integer> rest = restOfClauses(g, that >= 0 ? that : match.lastToken());
      int addressee = g.child(cue, Set.of("iobj"));
      if (addressee == match.lastToken() + 1 && TrailingAttribution.TELL.contains(lemma(g, cue))) {
        // (", telling MSNBC his role would depend on ...": whom it was told is not what was told)
        rest.removeAll(g.subtree(addressee, Set.of()));
      }
      trim(g, rest);
      return build(ps, g, cue, match, rest, speaker, subj.get(0));
    }
    List<Integer> content = match.cue().predicative() ? predicate(g, cue, match.lastToken(), continuationCuts(g, cue))
        : content(g, cue, match.lastToken(), subj);
    int closing = subj.get(0) - 1;
    while (closing > 0 && g.isPunct(closing) && !"''".equals(g.pos(closing))) {
      closing--;
    }
    int open = closing > 0 && "''".equals(g.pos(closing)) ? openingQuote(g, closing) : -1;
    // ('“Absolutely not,” he said of the possibility of ...': a topic after the cue is not what was said either)
    boolean topicAfter = !content.isEmpty() && content.get(0) == match.lastToken() + 1
        && "IN".equals(g.pos(content.get(0))) && !"that".equalsIgnoreCase(g.tokens.get(content.get(0)).word());
    if (open >= 0 && g.child(cue, Set.of("ccomp", "xcomp")) < 0 && (content.isEmpty() || content.get(0) > cue)
        && (g.subtree(subject, Set.of()).get(0) < closing || topicAfter)) {
      // '“Very good reporter, this guy,” Roe, the party's frontrunner ..., said when ...': the quotation right
      // before the speaker is what was said when the parser made its words part of the subject ('“...,” Roe said,
      // referring to ...' is not of this kind: the participle's subject is Roe alone)
      content = range(open + 1, closing - 1);
      trim(g, content);
    }
    int answer = match.lastToken() + 1;
    if (answer + 1 < g.tokens.size() && g.isPunct(answer + 1)
        && TrailingAttribution.ANSWERS.contains(g.tokens.get(answer).word().toLowerCase(Locale.ROOT))) {
      // "Asked whether he would run, 75 percent said yes.": the answer is what was said, however the question
      // clause was parsed around it
      content = List.of(answer);
    }
    int joined = joinedReport(g, cue, content);
    if (joined >= 0) {
      // "Roe confirmed she had been and said, “...”", parsed with "said" as the clause "confirmed" reports: what
      // was confirmed ends before "and"; the second report is its own row
      content = cutBefore(g, content, joined - 1);
    }
    int closed = quotationThenAct(g, match.lastToken(), content);
    if (closed >= 0) {
      // 'said “we will not back down” and left the room', with "left" coordinated inside the quotation's clause:
      // what was said is the quotation, the act after it the story's
      content = cutBefore(g, content, closed);
    }
    int rest = danglingContinuation(g, cue, content);
    if (rest >= 0) {
      // 'said the result showed the government had “lost touch”', with 'had “lost touch' parsed as a bare dependent of
      // "said" right after the reported clause: the clause goes on
      List<Integer> tail = g.subtree(rest, Set.of());
      content = range(content.get(0), tail.get(tail.size() - 1));
      trim(g, content);
    }
    int predicate = objectsPredicate(g, cue, match);
    if (predicate >= 0) {
      // "Roe said the new device, called the Air, would ship in November", parsed with "device" as the object of
      // "said" and "would ship" as a clause of its own with no subject: the object is the reported clause's subject
      int from = g.subtree(g.child(cue, Set.of("obj")), Set.of()).get(0);
      List<Integer> sub = g.subtree(predicate, Set.of());
      content = range(from, sub.get(sub.size() - 1));
      trim(g, content);
    }
    List<Integer> quoted = quotationAfterPunctuation(g, match.lastToken());
    if (!quoted.isEmpty() && (content.isEmpty() || content.get(0) < cue)) {
      // '..., saying, “The fewer guns, the better.”', 'saying: “Absolutely not.”': a quotation opened right
      // after the cue and a comma or colon, which the parser hung on nothing it reads (the clause the cue hangs
      // on is not what was said)
      content = quoted;
    }
    if (content.isEmpty() && (modifierOfNextNoun(g, cue) || clauseFollows(g, cue, match.lastToken()))) {
      // "One engineer, who asked not to be named, said staff had been told ...", parsed with "said" as an
      // adjective of "staff"; "..., and a former official said there have been talks", parsed with "said" as
      // the subject of "talks": the rest of the sentence was said
      content = restOfSentence(g, match.lastToken());
      trim(g, content);
    }
    int quotedEnd = quotedThenReport(g, match.lastToken(), content);
    if (quotedEnd >= 0) {
      // 'said the resignation “should have come days ago” and called for an inquiry', with "called" coordinated
      // inside the reported clause: what was said ends at the quotation, the second report is its own row
      content = cutBefore(g, content, quotedEnd);
    }
    if (circumstanceOnly(g, cue, content) || addresseeOnly(g, cue, content)) {
      // "the victory, which Roe conceded when polls closed": the time of the act is not what was said, nor "to her"
      // of "the groups who wrote to her"
      return null;
    }
    return build(ps, g, cue, match, relativeClauseEnd(g, cue, subj.get(0), content), speaker, subj.get(0));
  }

  /** Words that open an adverbial clause of time, cause or condition. */
  private static final Set<String> CIRCUMSTANCE_MARKS = Set.of("when", "after", "before", "until", "once", "while",
      "because", "since", "as", "whenever");

  /** Verbs whose "to" phrase is whom the words went to, not what they were about ("apologised to the fans" is). */
  private static final Set<String> RECIPIENT_VERBS = Set.of("write", "post", "tweet", "talk", "speak", "say", "report",
      "send", "explain", "complain", "mention");

  /** What the cue would report is only whom it was addressed to ("wrote to her on Thursday"). */
  private static boolean addresseeOnly(DepGraph g, int cue, List<Integer> content) {
    for (int c : g.children.get(cue)) {
      if (!content.isEmpty() && DepGraph.matches(g.rel[c], Set.of("obl", "nmod"))
          && "to".equals(marker(g, c, Set.of("case"))) && g.subtree(c, Set.of()).containsAll(content)
          && content.get(0) == g.subtree(c, Set.of()).get(0) && RECIPIENT_VERBS.contains(lemma(g, cue))) {
        return true;
      }
    }
    return false;
  }

  /** What the cue would report is only an adverbial clause of the cue itself ("conceded when polls closed"). */
  private static boolean circumstanceOnly(DepGraph g, int cue, List<Integer> content) {
    if (content.isEmpty() || g.child(cue, Set.of("ccomp", "xcomp", "obj")) >= 0) {
      return false;
    }
    int first = content.get(0);
    int clause = g.head[first];
    String mark = g.tokens.get(first).word().toLowerCase(Locale.ROOT);
    // ("have not said when they would vote": "when" with a modal, or after a denial, asks a question; "if" always does)
    boolean question = mark.equals("when") && (negated(g, cue) || clause >= 0 && g.children.get(clause).stream()
        .anyMatch(k -> "MD".equals(g.pos(k)) || "to".equalsIgnoreCase(g.tokens.get(k).word())));
    return CIRCUMSTANCE_MARKS.contains(mark) && !question
        && DepGraph.matches(g.rel[first], Set.of("mark", "advmod")) && clause >= 0 && g.head[clause] == cue
        && g.rel[clause].startsWith("advcl");
  }

  /**
   * "The new rules, which officials said will take effect next month, will not apply to tourists": a cue in a
   * relative clause set off by a comma reports only up to the comma that closes the clause, where the main
   * clause's verb goes on without a subject of its own (the parser may hang that verb on what was said).
   * {@code content} cut there, or unchanged.
   */
  private static List<Integer> relativeClauseEnd(DepGraph g, int cue, int subjectFirst, List<Integer> content) {
    int pronoun = subjectFirst - 1;
    if (content.isEmpty() || content.get(0) < cue || pronoun < 1 || !",".equals(g.tokens.get(pronoun - 1).word())
        || !Set.of("which", "who").contains(g.tokens.get(pronoun).word().toLowerCase(Locale.ROOT))) {
      return content;
    }
    for (int k : content) {
      int verb = k + 1;
      while (verb < g.tokens.size() && "RB".equals(g.pos(verb))) {
        verb++;
      }
      if (",".equals(g.tokens.get(k).word()) && verb < g.tokens.size() && g.pos(verb).matches("MD|VBZ|VBD|VBP")) {
        int predicate = g.pos(verb).equals("MD") || DepGraph.matches(g.rel[verb], Set.of("aux", "cop"))
            ? g.head[verb] : verb;
        if (predicate >= 0 && g.child(predicate, Set.of("nsubj", "nsubj:pass", "csubj")) < 0
            && (predicate == verb || g.child(predicate, Set.of("nsubj", "nsubj:pass")) < 0)) {
          List<Integer> cut = new ArrayList<>(content.stream().filter(t -> t < k).toList());
          trim(g, cut);
          return cut.isEmpty() ? content : cut;
        }
      }
    }
    return content;
  }

  /**
   * "As Roe said on Monday, the plan will not work", "The economy is growing, as the minister said", "As reported by
   * the Daily Post, the mayor was told": a cue in an "as" clause that opens the sentence or closes it after a comma,
   * with no object or clause of its own, reports the main clause; its speaker is the clause's subject or the agent
   * after "by". "The crowd cheered as she spoke" (no comma) and "as she said it would" (a clause of its own) are not
   * of this kind. Null when the cue is not.
   */
  private Found asClauseReport(ParsedSentence ps, DepGraph g, int cue, CueLexicon.Match match) {
    int as = cue - 1;
    while (as >= 0 && cue - as <= 8 && !g.tokens.get(as).word().equalsIgnoreCase("as")) {
      as--;
    }
    if (as < 0 || !g.tokens.get(as).word().equalsIgnoreCase("as")) {
      return null;
    }
    int first = firstWord(g, cue);
    // (after a conjunction or a verbless adjunct and its comma: "But as the paper noted, ...", "In the old days, as
    // Roe reported in his book, ...")
    boolean opening = as == first || leadsIn(g, first, as);
    boolean closing = !opening && as > 1 && ",".equals(g.tokens.get(as - 1).word());
    // the clause runs from "as" to the next comma (opening) or to the sentence's end (closing)
    int end = match.lastToken() + 1;
    while (end < g.tokens.size() && !",".equals(g.tokens.get(end).word())
        && (!g.isPunct(end) || end + 1 < g.tokens.size() && AttributionContext.afterInnerHyphen(g.tokens, end + 1))) {
      end++; // (a hyphen inside a word is no end: "noted in an op-ed Thursday")
    }
    boolean clauseEnds = end < g.tokens.size() && (opening ? ",".equals(g.tokens.get(end).word())
        : g.isPunct(end) && !",".equals(g.tokens.get(end).word()));
    if (!(opening || closing) || !clauseEnds || end - match.lastToken() > 8) {
      return null;
    }
    for (int c : g.children.get(cue)) {
      if (c > match.lastToken() && c < end && DepGraph.matches(g.rel[c], Set.of("ccomp", "xcomp", "obj"))) {
        return null; // "as analysts said they would": the clause has what was said of its own
      }
    }
    for (int k = match.lastToken() + 1; k < end; k++) {
      if (g.pos(k).startsWith("VB") || g.pos(k).equals("MD")) {
        return null; // "As Roe talked about bringing people together, ...": a clause of its own, and "as" is "while"
      }
    }
    int speakerFirst;
    int speakerLast;
    if ("VBN".equals(g.pos(cue)) && match.lastToken() + 1 < end
        && "by".equalsIgnoreCase(g.tokens.get(match.lastToken() + 1).word())) {
      // "As (previously) reported by the Daily Post,": the agent speaks
      for (int k = as + 1; k < cue; k++) {
        if (!"RB".equals(g.pos(k))) {
          return null;
        }
      }
      speakerFirst = match.lastToken() + 2;
      speakerLast = end - 1;
    } else {
      // the subject and auxiliaries between "as" and the cue ("As Roe has said", "As another study from 2011 noted")
      speakerFirst = as + 1;
      speakerLast = cue - 1;
      while (speakerLast > speakerFirst && (g.pos(speakerLast).matches("MD|VBZ|VBP|VBD|RB")
          && !g.pos(speakerLast - 1).startsWith("VB"))) {
        speakerLast--;
      }
      for (int k = speakerFirst; k <= speakerLast; k++) {
        if (g.pos(k).startsWith("VB") || g.pos(k).equals("MD") || g.isPunct(k) || g.pos(k).matches("WDT|WP")) {
          return null;
        }
      }
      if (speakerFirst > speakerLast || Set.of("it", "this", "that", "expected", "usual").contains(
          g.tokens.get(speakerLast).word().toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    if (speakerFirst > speakerLast || speakerLast - speakerFirst > 8 || !nounOrPronoun(g, speakerLast)
        && ctx.mentionAt(g.tokens.get(speakerLast).begin()) == null) {
      return null;
    }
    List<Integer> content = opening ? range(end + 1, g.tokens.size() - 1) : range(first, as - 1);
    trim(g, content);
    if (content.size() < 3 || content.stream().noneMatch(k -> g.pos(k).startsWith("VB") || g.pos(k).equals("MD"))) {
      return null;
    }
    List<Integer> subj = range(speakerFirst, speakerLast);
    int head = AttributionContext.nounPhraseHead(g.tokens, speakerFirst, speakerLast + 1);
    return build(ps, g, cue, match, content, speakerOf(g, subj, head), speakerFirst);
  }

  /**
   * The words [first, as) only lead into a clause: a coordinating conjunction or sentence adverb ("But", "And yet"),
   * or a phrase with no verb closed by a comma ("In the old days,").
   */
  private static boolean leadsIn(DepGraph g, int first, int as) {
    if (as <= first) {
      return false;
    }
    boolean conjunctions = true;
    for (int k = first; k < as; k++) {
      String pos = g.pos(k);
      if (pos.startsWith("VB") || pos.equals("MD") || DepGraph.isQuote(g.tokens.get(k))) {
        return false;
      }
      conjunctions &= pos.equals("CC") || pos.equals("RB");
    }
    return conjunctions || as - first >= 3 && ",".equals(g.tokens.get(as - 1).word());
  }

  /** Nouns that count the people a restrictive relative clause picks out ("38 percent who said", "the same number"). */
  private static final Set<String> COUNTED_HEADS = Set.of("percent", "%", "number", "share", "proportion", "majority",
      "minority", "plurality", "half", "third", "quarter", "fifth", "fraction", "handful");
  /**
   * "Roe, now the majority leader, who said ...": the last token of the person or organisation named right before
   * the appositive that opens at token {@code first} (a comma and an adverb such as "now" between), or -1.
   */
  private int nameBeforeAppositive(DepGraph g, int first) {
    int k = first - 1;
    if (k > 0 && "RB".equals(g.pos(k))) {
      k--;
    }
    if (k < 1 || !",".equals(g.tokens.get(k).word())) {
      return -1;
    }
    return endsName(g, k - 1) ? k - 1 : -1;
  }

  /** Words that may join time words and years in a time phrase ("in 2010", "last week", "early this year"). */
  private static final Set<String> TIME_PHRASE_WORDS = Set.of("in", "on", "at", "last", "this", "next", "early",
      "late", "the");

  /**
   * Where a time phrase ending right before token {@code end} begins ("in 2010", "on Monday", "last week",
   * "earlier this year": a preposition, determiner or number with time words and years), or {@code end} when there
   * is none.
   */
  private static int timeBefore(DepGraph g, int end) {
    int begin = end;
    boolean time = false;
    while (begin > 0 && end - begin < 4) {
      Token w = g.tokens.get(begin - 1);
      String word = w.word().toLowerCase(Locale.ROOT);
      boolean year = word.matches("(1[89]|20)\\d\\d");
      if (year || TrailingAttribution.TIME_WORDS.contains(word)) {
        time = true;
      } else if (!TIME_PHRASE_WORDS.contains(word)) {
        break;
      }
      begin--;
    }
    return time ? begin : end;
  }

  /** A noun or number that counts people ("38 percent", "the same number", "one in four"). */
  private static boolean countedHead(DepGraph g, int t) {
    return t >= 0 && (COUNTED_HEADS.contains(g.tokens.get(t).word().toLowerCase(Locale.ROOT)) || "CD".equals(g.pos(t)));
  }

  /** Tokens that close the reported words of a relative clause ({@link #relativeClauseReport}). */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".", "?", "!", "—", "–", "--", "(", ")",
      "-LRB-", "-RRB-");

  /**
   * "Jane Roe, who says she was never paid, has sued the firm", "Farmers, who say the law is unfair, plan to
   * ...": a report in a relative clause set off by commas (or restricting a count of people: "compared with 23
   * percent who said ..."), when the parse gives the cue no subject or no reported clause (the parser often hangs
   * the reported clause on the main one). The speaker is the noun phrase before the comma and the relative pronoun
   * ("who", or "which" for a body; auxiliaries, adverbs and a time phrase may stand before the cue), or the name
   * before that phrase when it is an appositive; what was said runs from after the cue (and a "that") to the
   * comma that closes the relative clause, and must hold a finite verb. Null otherwise.
   */
  private Found relativeClauseReport(ParsedSentence ps, DepGraph g, int cue, CueLexicon.Match match) {
    List<Token> t = g.tokens;
    int rel = cue - 1;
    while (rel > 0 && cue - rel <= 3 && (g.pos(rel).matches("MD|RB") || g.pos(rel).startsWith("VB"))) {
      rel--;
    }
    int when = timeBefore(g, rel + 1);
    if (when < rel + 1 && when > 0 && t.get(when - 1).word().matches("(?i)who|which")) {
      // "who in 2010 said ...", "which on Monday said ...": when it was said, between the pronoun and the cue
      rel = when - 1;
    }
    if (rel < 2 || !t.get(rel).word().matches("(?i)who|which") || !g.pos(cue).matches("VBD|VBZ|VBP|VBN")
        || match.cue().predicative()) {
      return null;
    }
    // "compared with 23 percent who said it was improper": a count of people restricted by what they said
    // (a comma or a dash sets the clause off: "Roe, who said"; a dash only after a count: "38 percent — who said")
    boolean setOff = ASIDE_MARKS.contains(t.get(rel - 1).word());
    boolean counted = !setOff && t.get(rel).word().equalsIgnoreCase("who") && countedHead(g, rel - 1);
    if (!counted && !setOff) {
      return null;
    }
    if (setOff && !",".equals(t.get(rel - 1).word()) && !countedHead(g, rel - 2)) {
      // (a dash may close an aside instead: "most of whom had announced their support -- who cited ...")
      return null;
    }
    for (int k = rel + 1; k < cue; k++) {
      if ("be".equalsIgnoreCase(g.tokens.get(k).lemma())) {
        return null; // "which was first reported by ...": a passive, no report of the noun's
      }
    }
    int head = counted ? rel - 1 : rel - 2;
    org.newsgraph.model.Mention m = ctx.mentionAt(t.get(head).begin());
    if (!g.pos(head).startsWith("NN") && !counted || m != null && "LOCATION".equals(m.type())) {
      // ("said Jane Roe, 24, from Manchester, who said ...": a place does not speak, the person before it does)
      return null;
    }
    // the noun phrase: a name with the title words before it, or determiners, adjectives and nouns ("of" phrases)
    int first = head;
    while (first > 0 && head - first < 8) {
      Token w = t.get(first - 1);
      String pos = g.pos(first - 1);
      if (m != null && w.begin() >= m.begin()
          || pos.matches("NNP?S?|JJ|CD|PRP\\$|POS") && !TrailingAttribution.TIME_WORDS.contains(w.word().toLowerCase(Locale.ROOT))
          || w.word().equals("of") && first >= 2 && g.pos(first - 2).startsWith("NN")
          || w.word().equals("in") && first >= 2 && "CD".equals(g.pos(first - 2)) && "CD".equals(g.pos(first))) {
        // ("one in four who said ...")
        first--;
      } else if (pos.equals("DT")) {
        // the determiner opens the phrase, unless an "of" joins it to the noun before ("critics of the plan")
        first--;
        if (!(first >= 2 && t.get(first - 1).word().equals("of") && g.pos(first - 2).startsWith("NN"))) {
          break;
        }
      } else {
        break;
      }
    }
    int begin = match.lastToken() + 1;
    // "which said on Monday that talks had failed": what was said follows the "that"
    for (int k = begin; k < t.size() && k <= match.lastToken() + 5 && !g.isPunct(k) && !g.pos(k).startsWith("VB"); k++) {
      if (t.get(k).word().equalsIgnoreCase("that")) {
        begin = k + 1;
        break;
      }
    }
    int end = clauseEnd(t, begin);
    List<Integer> content = range(begin, end - 1);
    if (content.isEmpty() || content.stream().noneMatch(k -> TrailingAttribution.finiteVerb(t.get(k)))) {
      return null;
    }
    trim(g, content);
    int named = nameBeforeAppositive(g, first);
    Speaker speaker = named >= 0 ? speakerOf(g, range(nameStart(g, named), named), named)
        : speakerOf(g, range(first, head), AttributionContext.nounPhraseHead(t, first, head + 1));
    return build(ps, g, cue, match, content, speaker, first);
  }

  /** The first clause end (comma, stop, colon, dash, bracket ...) from {@code from}, or the sentence's length. */
  private static int clauseEnd(List<Token> t, int from) {
    int end = from;
    while (end < t.size() && !CLAUSE_ENDS.contains(t.get(end).word())) {
      end++;
    }
    return end;
  }

  /**
   * "The changes, which officials said will take effect next month, ...", "Prices rose, a change the government
   * says will cut demand": a report inside a relative clause whose pronoun (or the gap after an appositive) is the
   * subject of what was said. The cue has its own subject right after the pronoun, and the reported
   * predicate follows the cue with no subject of its own; what was said runs to the end of the relative clause.
   * Null otherwise.
   */
  private Found gappedRelativeReport(ParsedSentence ps, DepGraph g, int cue, CueLexicon.Match match) {
    List<Token> t = g.tokens;
    int subject = g.child(cue, Set.of("nsubj"));
    int begin = match.lastToken() + 1;
    if (subject < 0 || subject > cue || begin >= t.size() || !g.pos(cue).matches("VBD|VBZ|VBP")
        || match.cue().predicative() || !g.pos(begin).matches("MD|VBD|VBZ|VBP")) {
      return null;
    }
    List<Integer> phrase = g.subtree(subject, Set.of()).stream().filter(k -> k < cue).toList();
    int rel = phrase.get(0) - 1;
    if ((rel < 2 || !t.get(rel).word().matches("(?i)which|who|that") || !",".equals(t.get(rel - 1).word())
        || !g.pos(rel - 2).startsWith("NN")) && !appositiveNounBefore(g, rel)) {
      return null;
    }
    for (int k = phrase.get(phrase.size() - 1) + 1; k < cue; k++) {
      if (!g.pos(k).matches("RB|MD")
          && !Set.of("have", "has", "had").contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    int end = clauseEnd(t, begin);
    if (end >= t.size() || !",".equals(t.get(end).word()) && !".".equals(t.get(end).word())) {
      return null;
    }
    List<Integer> content = range(begin, end - 1);
    trim(g, content);
    Speaker speaker = speakerOf(g, phrase, subject);
    return content.isEmpty() ? null : build(ps, g, cue, match, content, speaker, phrase.get(0));
  }

  /**
   * "Prices rose, a change the government says will cut demand": token {@code k} ends a noun phrase in apposition
   * after a comma (a determiner and up to three adjectives or nouns), whose relative clause has no pronoun.
   */
  private static boolean appositiveNounBefore(DepGraph g, int k) {
    if (k < 2 || !g.pos(k).matches("NNS?")) {
      return false;
    }
    int first = k;
    while (first > 1 && k - first < 3 && g.pos(first - 1).matches("NNS?|JJ.*")) {
      first--;
    }
    return g.tokens.get(first - 1).word().matches("(?i)a|an|the") && first >= 2
        && ",".equals(g.tokens.get(first - 2).word());
  }

  /**
   * True when the cue has a passive auxiliary in its own clause ("was said to be"); not one the parser took from
   * the clause before a comma ("Nor are tariffs likely to help, said Jane Roe": "are" hung on "said").
   */
  private static boolean passiveAuxiliary(DepGraph g, int cue) {
    for (int c : g.children.get(cue)) {
      if (!DepGraph.matches(g.rel[c], Set.of("aux:pass"))) {
        continue;
      }
      boolean comma = false;
      for (int t = Math.min(c, cue) + 1; t < Math.max(c, cue); t++) {
        comma |= ",".equals(g.tokens.get(t).word());
      }
      if (!comma) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the parser read a finite reporting verb that follows a comma as a modifier of the noun after it
   * ("..., said staff had been told" with "said" as the adjective of "staff").
   */
  private static boolean modifierOfNextNoun(DepGraph g, int cue) {
    return cue > 0 && ",".equals(g.tokens.get(cue - 1).word()) && g.pos(cue).matches("VBD|VBZ")
        && DepGraph.matches(g.rel[cue], Set.of("amod", "compound")) && g.head[cue] == cue + 1
        && g.pos(cue + 1).startsWith("NN");
  }

  /** The content's tokens before {@code limit}, trimmed. */
  private static List<Integer> cutBefore(DepGraph g, List<Integer> content, int limit) {
    List<Integer> out = new ArrayList<>(content.stream().filter(k -> k < limit).toList());
    trim(g, out);
    return out;
  }

  /**
   * The closing mark of a quotation that opens right after the cue and is followed, inside the content, by "and" or
   * "but" and a finite verb with no subject of its own ('said “we will win” and left'); or -1.
   */
  private static int quotationThenAct(DepGraph g, int last, List<Integer> content) {
    if (content.isEmpty() || last + 1 >= g.tokens.size() || !"``".equals(g.pos(last + 1))
        || content.get(0) > last + 2) {
      return -1;
    }
    return closedThenJoinedVerb(g, last + 2, content, Set.of("and", "but"), "VBD|VBZ|VBP", v -> true);
  }

  /**
   * A closing quotation mark inside the content followed by "and" and a cue with no subject of its own ('said the
   * plan “had failed” and called for an inquiry'); or -1.
   */
  private int quotedThenReport(DepGraph g, int last, List<Integer> content) {
    return closedThenJoinedVerb(g, last, content, Set.of("and"), "VBD|VBN|VBZ|VBP", v -> lex.at(g.tokens, v) != null);
  }

  /**
   * The first closing quotation mark of the content after token {@code from} that is followed by one of {@code
   * joins} and a verb tagged {@code verbTags}, inside the content, with no subject of its own and accepted by {@code
   * verb}; or -1.
   */
  private static int closedThenJoinedVerb(DepGraph g, int from, List<Integer> content, Set<String> joins,
                                          String verbTags, java.util.function.IntPredicate verb) {
    for (int k : content) {
      if (k > from && "''".equals(g.pos(k)) && k + 2 < g.tokens.size() && content.contains(k + 2)
          && joins.contains(g.tokens.get(k + 1).word().toLowerCase(Locale.ROOT)) && g.pos(k + 2).matches(verbTags)
          && g.child(k + 2, SUBJECT) < 0 && verb.test(k + 2)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A speech verb right after "and" that the parser made the clause the cue reports ("confirmed she had been and
   * said, ..."), with words of a clause between the cue and "and"; or -1.
   */
  private int joinedReport(DepGraph g, int cue, List<Integer> content) {
    for (int c : g.children.get(cue)) {
      if (c > cue + 2 && DepGraph.matches(g.rel[c], Set.of("ccomp")) && lex.at(g.tokens, c) != null
          && g.tokens.get(c - 1).word().equalsIgnoreCase("and") && g.head[c - 1] == c && content.contains(c)
          && content.get(0) < c - 1) {
        return c;
      }
    }
    return -1;
  }

  /**
   * A bare dependent of the cue that starts right where its reported clause ends (only quotation marks between),
   * which the parser cut off the clause; or -1.
   */
  private static int danglingContinuation(DepGraph g, int cue, List<Integer> content) {
    if (content.isEmpty() || content.get(0) < cue || g.child(cue, Set.of("ccomp")) < 0) {
      return -1;
    }
    int end = content.get(content.size() - 1);
    for (int c : g.children.get(cue)) {
      if (c > end && g.rel[c].equals("dep")) {
        int first = g.subtree(c, Set.of()).get(0);
        boolean adjacent = first > end && java.util.stream.IntStream.range(end + 1, first)
            .allMatch(k -> DepGraph.isQuote(g.tokens.get(k)));
        return adjacent ? c : -1;
      }
    }
    return -1;
  }

  /**
   * The verb of the clause whose subject the parser made the cue's object ("said the new device, called the Air,
   * would ship": "ship", with "would" and no subject, coordinated with "said" after the object), or -1. Not for
   * verbs whose object is the one told or called, nor a coordination ("said the words and left").
   */
  private int objectsPredicate(DepGraph g, int cue, CueLexicon.Match match) {
    int obj = g.child(cue, Set.of("obj"));
    if (obj <= match.lastToken() || match.cue().predicative() || TrailingAttribution.TELL.contains(lemma(g, cue))
        || g.child(cue, Set.of("ccomp", "xcomp")) >= 0 || !g.pos(obj).startsWith("NN")) {
      return -1;
    }
    for (int v : g.children.get(cue)) {
      if (v > obj && DepGraph.matches(g.rel[v], Set.of("conj", "dep", "parataxis")) && g.pos(v).startsWith("VB")
          && g.child(v, SUBJECT) < 0 && g.child(v, Set.of("cc")) < 0 && g.children.get(v).stream()
              .anyMatch(c -> c < v && "MD".equals(g.pos(c)) && DepGraph.matches(g.rel[c], Set.of("aux")))) {
        return v;
      }
    }
    return -1;
  }

  /** A participle after a comma, hung as a modifier on a noun after it (", calling Roe “a fraud”"). */
  private static boolean modifierOfTheNounItCalls(DepGraph g, int cue) {
    return cue > 0 && "VBG".equals(g.pos(cue)) && ",".equals(g.tokens.get(cue - 1).word()) && g.head[cue] > cue
        && DepGraph.matches(g.rel[cue], Set.of("amod", "compound", "dep")) && g.pos(g.head[cue]).startsWith("NN");
  }

  /**
   * True when the parser read a participle cue after a comma as the marker or the subject of the clause it reports,
   * or as a modifier of a noun after it (", saying they cannot discuss the case", with "saying" as the marker of
   * "discuss"; ", saying the city is a front", with "saying" as the subject of "front"): a finite verb follows
   * within seven words, before any punctuation.
   */
  private static boolean garbledParticiple(DepGraph g, int cue, int last) {
    if (cue == 0 || !"VBG".equals(g.pos(cue)) || !",".equals(g.tokens.get(cue - 1).word())
        || !DepGraph.matches(g.rel[cue], Set.of("mark", "nsubj", "csubj"))
        && !(DepGraph.matches(g.rel[cue], Set.of("amod", "compound", "advmod", "dep")) && g.head[cue] > cue)
        && !opensItsHead(g, cue)) {
      // (", saying airstrikes have failed", with "saying" as an adjective of "airstrikes"; ", noting he would
      // support ...", with "noting" as a bare dependent of "support"; ", insisting his squad was “good enough”",
      // with "insisting" as an adverb of "enough"; ", insisting it was 'the right thing'", as a bare dependent of
      // "thing")
      return false;
    }
    for (int t = last + 1; t < g.tokens.size() && t <= last + 7 && !g.isPunct(t); t++) {
      if (TrailingAttribution.finiteVerb(g.tokens.get(t))) {
        return true;
      }
    }
    // (", saying his use of the term “X” to refer to ... was incorrect": a long reported subject, "saying" parsed
    // as the subject of the reported predicate, which has its own finite copula or auxiliary)
    int h = g.head[cue];
    boolean finitePredicate = h > last && g.rel[cue].startsWith("nsubj") && g.children.get(h).stream()
        .anyMatch(c -> c > last && DepGraph.matches(g.rel[c], Set.of("cop", "aux"))
            && TrailingAttribution.finiteVerb(g.tokens.get(c)));
    return finitePredicate || thatAfterAddressee(g, cue) >= 0;
  }

  /**
   * ", telling supporters in Columbus, Ohio, that he had ...": the "that" that opens what a verb of telling
   * told, after its addressee (which may hold commas), with a finite verb soon after it and none before; or -1.
   */
  private static int thatAfterAddressee(DepGraph g, int cue) {
    if (!TrailingAttribution.TELL.contains(lemma(g, cue))) {
      return -1;
    }
    for (int t = cue + 2; t < g.tokens.size() && t <= cue + 12; t++) {
      if (TrailingAttribution.finiteVerb(g.tokens.get(t - 1))) {
        return -1;
      }
      if (g.tokens.get(t).word().equalsIgnoreCase("that")) {
        for (int k = t + 1; k < g.tokens.size() && k <= t + 5; k++) {
          if (TrailingAttribution.finiteVerb(g.tokens.get(k))) {
            return t;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** A cue the parser hung as a bare {@code dep} on the verb of the clause it opens ("noting | he would support"). */
  private static boolean opensItsHead(DepGraph g, int cue) {
    int h = g.head[cue];
    return h > cue && g.rel[cue].equals("dep") && g.pos(h).startsWith("VB") && g.subtree(h, Set.of()).get(0) == cue;
  }

  /**
   * The rest of the sentence after {@code last}, up to a comma before another participle cue ("..., adding ...") or
   * before a coordinated report with its own subject ("..., but he suggested ...").
   */
  private List<Integer> restOfClauses(DepGraph g, int last) {
    List<Integer> out = restOfSentence(g, last);
    for (int k = 0; k + 1 < out.size(); k++) {
      int t = out.get(k);
      if (",".equals(g.tokens.get(t).word()) && ("VBG".equals(g.pos(t + 1)) && lex.at(g.tokens, t + 1) != null
          || coordinatedReportAt(g, t + 1))) {
        return new ArrayList<>(out.subList(0, k));
      }
    }
    return out;
  }

  /** "but he suggested ...", "and the minister said ...": a conjunction at {@code t}, then a cue with its own subject. */
  private boolean coordinatedReportAt(DepGraph g, int t) {
    if (!"CC".equals(g.pos(t))) {
      return false;
    }
    for (int c = t + 2; c < g.tokens.size() && c <= t + 6 && !g.isPunct(c); c++) {
      int subject = g.child(c, SUBJECT);
      if (lex.at(g.tokens, c) != null && TrailingAttribution.finiteVerb(g.tokens.get(c)) && subject > t && subject < c) {
        return true;
      }
    }
    return false;
  }

  /** Words that open a reported clause right after a cue: "there", and subject pronouns. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("there", "he", "she", "they", "we", "i", "it");

  /**
   * True when a finite reporting verb (not one whose object is its addressee) is followed by a clause the parser
   * did not hang on it: "there" or a subject pronoun, then a finite verb within three words, before any
   * punctuation ("said there have been talks", "said they would").
   */
  private static boolean clauseFollows(DepGraph g, int cue, int last) {
    String lemma = g.tokens.get(cue).lemma() == null ? "" : g.tokens.get(cue).lemma().toLowerCase(Locale.ROOT);
    if (!g.pos(cue).matches("VBD|VBZ|VBP") || TrailingAttribution.ADDRESSEE.contains(lemma) || last + 2 >= g.tokens.size()
        || !CLAUSE_OPENERS.contains(g.tokens.get(last + 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int t = last + 2; t < g.tokens.size() && t <= last + 4 && !g.isPunct(t); t++) {
      if (TrailingAttribution.finiteVerb(g.tokens.get(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An adjunct clause set off by commas right after the cue or its addressee ("said, when she was earning little,",
   * "told reporters, when asked about it,"), under which the parser hung a clause with its own subject that runs
   * from the adjunct's closing comma to the end of the sentence, the cue having no clause of its own: that comma, or
   * -1. (What was said starts after it: an adjunct of the saying, as "when asked", is no part of it, and one of the
   * story, as "when she was earning little", is read as the time of the saying.)
   */
  private static int clauseAfterAdjunctAside(DepGraph g, int cue, List<Integer> right) {
    if (right.stream().anyMatch(c -> DepGraph.matches(g.rel[c], Set.of("ccomp", "xcomp", "parataxis")))) {
      return -1;
    }
    int lastWord = restOfSentence(g, cue).stream().max(Integer::compare).orElse(-1);
    for (int c : right) {
      List<Integer> sub = g.subtree(c, Set.of());
      int first = sub.get(0);
      if (!g.rel[c].startsWith("advcl") || first < 1 || !",".equals(g.tokens.get(first - 1).word())
          || !ADJUNCT_MARKS.contains(g.tokens.get(first).word().toLowerCase(Locale.ROOT))
          || sub.get(sub.size() - 1) < lastWord) {
        continue;
      }
      for (int k = first + 1; k < sub.get(sub.size() - 1); k++) {
        if (!",".equals(g.tokens.get(k).word())) {
          continue;
        }
        // (the subject phrase opens right after the comma: "a boss", "the figures")
        int subj = k + 1;
        while (!g.rel[subj].startsWith("nsubj") && g.head[subj] > subj && subj - k < 5) {
          subj = g.head[subj];
        }
        int verb = g.head[subj];
        if (g.rel[subj].startsWith("nsubj") && g.subtree(subj, Set.of()).get(0) == k + 1 && verb > subj
            && sub.contains(verb) && verb != c) {
          return k;
        }
      }
    }
    return -1;
  }

  /** The tokens after {@code last} to the end of the sentence, less its closing punctuation and quotation marks. */
  private static List<Integer> restOfSentence(DepGraph g, int last) {
    int end = g.tokens.size() - 1;
    while (end > last && (g.isPunct(end) || DepGraph.isQuote(g.tokens.get(end)))) {
      end--;
    }
    return end <= last ? new ArrayList<>() : range(last + 1, end);
  }

  /** A time of day as a live blog stamps its entries: "14:12", "9.05", "2:30pm". */
  private static final java.util.regex.Pattern CLOCK_TIME = java.util.regex.Pattern.compile(
      "\\d{1,2}:\\d{2}(?i:[ap]\\.?m\\.?)?|\\d{1,2}\\.\\d{2}(?i:[ap]\\.?m\\.?)");

  /** Prepositions of the occasion of a saying set off after the speaker ("in an interview", "on condition"). */
  private static final Set<String> OCCASION_CASES = Set.of("in", "on", "at", "during");

  /**
   * "The company's chief executive, in an interview on FNN, said", "Officials, on condition of anonymity,
   * disclosed": a phrase of where or how the saying happened, set off by commas after the speaker and parsed as a
   * modifier of the speaker's noun, is no part of the speaker ("a spokesman for Acme" or "Jane Roe of Acme" is).
   */
  private static boolean setOffOccasion(DepGraph g, int subject, int c) {
    if (c <= subject || !g.rel[c].startsWith("nmod")
        || !OCCASION_CASES.contains(String.valueOf(marker(g, c, Set.of("case"))))) {
      return false;
    }
    List<Integer> phrase = g.subtree(c, Set.of());
    int before = phrase.get(0) - 1;
    int after = phrase.get(phrase.size() - 1) + 1;
    return before > subject && ",".equals(g.tokens.get(before).word()) && after < g.tokens.size()
        && ",".equals(g.tokens.get(after).word());
  }

  /** "Justice Jane Roe, dissenting, wrote ...": a participle set off by commas after the subject is no part of it. */
  private static boolean setOffParticiple(DepGraph g, int subject, int c) {
    return c > subject + 1 && DepGraph.matches(g.rel[c], Set.of("amod", "advcl")) && g.pos(c).matches("VBG|VBN")
        && g.tokens.get(c - 1).word().equals(",");
  }

  /**
   * Words of a stretch of time that may open a clause's subject by mistake ("hours after ..."): the units of
   * {@link TrailingAttribution#TIME_UNITS} and a few more.
   */
  private static final Set<String> TIME_NOUNS = java.util.stream.Stream.concat(TrailingAttribution.TIME_UNITS.stream(),
      java.util.stream.Stream.of("second", "seconds", "moment", "moments", "shortly", "soon"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * The preposition of "hours after the envoy" when the parser made a time noun the subject and the speaker a
   * phrase after "after", "before" or "since" inside it; -1 otherwise.
   */
  private static int timeBeforeTheSpeaker(DepGraph g, int subject) {
    if (!TIME_NOUNS.contains(g.tokens.get(subject).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int c : g.children.get(subject)) {
      int prep = g.child(c, Set.of("case"));
      if (c > subject && g.rel[c].startsWith("nmod") && prep == subject + 1
          && g.tokens.get(prep).word().matches("(?i)after|before|since")) {
        return prep;
      }
    }
    return -1;
  }

  /**
   * The tokens of the speaker phrase headed by {@code subject}: its subtree less relative and participle
   * clauses, punctuation, relative pronouns, a leading preposition or conjunction, a clausal appositive and the
   * time of the saying; only the name and the words before it when the parser made the subject the head of the
   * sentence, cue included ("Jane Roe, a farmer who ..., said ..." with "Roe" as the root).
   */
  private List<Integer> subjectTokens(DepGraph g, int subject, int cue) {
    Set<Integer> cut = new HashSet<>();
    for (int c : g.children.get(subject)) {
      if (g.rel[c].startsWith("acl") || g.rel[c].equals("punct") || g.rel[c].equals("ref")
          || (g.rel[c].equals("case") || g.rel[c].equals("cc")) && c < subject
          || g.rel[c].equals("appos") && isClause(g, c) || timeOfTheSaying(g, c, subject)
          || setOffParticiple(g, subject, c) || setOffOccasion(g, subject, c)) {
        cut.add(c);
      }
    }
    List<Integer> subj = new ArrayList<>(g.subtree(subject, cut));
    int lastNoun = singularDeterminerOfAPlural(g, subj.get(0), subject);
    if (lastNoun >= 0) {
      // "..., a move analysts said reflected weak demand", "a move environmental groups hailed", parsed with "a move"
      // as compounds of the plural: the singular noun is the reported clause's subject, the speakers the plural head
      subj.removeIf(k -> k <= lastNoun);
    }
    int timePreposition = timeBeforeTheSpeaker(g, subject);
    if (timePreposition >= 0) {
      // "Her comments came hours after the trade envoy, Mark Ellison, told ...", parsed with "hours" as the subject:
      // the speaker starts after the preposition
      subj.removeIf(k -> k <= timePreposition);
    }
    int head = g.head[subject];
    for (int c : head >= 0 ? g.children.get(head) : List.<Integer>of()) {
      if (c > subject && c < cue && g.rel[c].equals("nsubj") && splitPhrase(g, subj, c)) {
        // (the rest of a phrase the parser split into two subjects: "... messaging | app"; not the subject of a
        // relative clause's own clause after it: "The campaign, which ... the server | she used")
        subj.addAll(g.subtree(c, Set.of()));
      }
    }
    if (subj.contains(cue)) {
      int from = subject;
      while (from > 0 && subj.contains(from - 1) && !g.isPunct(from - 1)) {
        from--;
      }
      // ("A spokesman for the group, which ..., said", the parse's root the noun: its phrase up to the comma)
      int to = subject;
      while (to + 1 < cue && subj.contains(to + 1) && !g.isPunct(to + 1) && !g.pos(to + 1).matches("VB.*|MD|W.*")) {
        to++;
      }
      subj = new ArrayList<>(range(from, to));
    }
    for (int t : List.copyOf(subj)) {
      // "Senior officials from eight countries on Tuesday pledged ...": the time of the saying hung deeper in
      // the phrase, at its end
      List<Integer> time = g.subtree(t, Set.of());
      if (t > subject && timeOfTheSaying(g, t, subject) && subj.containsAll(time)
          && time.get(time.size() - 1).equals(subj.get(subj.size() - 1)) && time.size() < subj.size()) {
        subj.removeAll(time);
        break;
      }
    }
    int close = -1;
    for (int t = subj.get(0); t < subj.get(subj.size() - 1); t++) {
      close = "''".equals(g.pos(t)) && openingQuote(g, t) >= 0 ? t : close;
    }
    if (close >= 0) {
      // '“Very good reporter, this guy,” Roe, the party's frontrunner ..., said', parsed with the quoted words as the
      // subject's head: what a quotation closes before the speaker is what was said, not who
      int after = close;
      List<Integer> rest = new ArrayList<>(subj.stream().filter(t -> t > after).toList());
      while (!rest.isEmpty() && g.isPunct(rest.get(0))) {
        rest.remove(0);
      }
      if (!rest.isEmpty()) {
        subj = rest;
      }
    }
    while (subj.size() > 1 && Set.of(",", "–", "—", "-", "--").contains(g.tokens.get(subj.get(subj.size() - 1)).word())) {
      // "A spokeswoman for the agency, Jane Roe, said": the appositive's closing comma is no part of the speaker
      subj.remove(subj.size() - 1);
    }
    if (subj.size() > 1 && subj.get(0) == 0 && CLOCK_TIME.matcher(g.tokens.get(0).word()).matches()) {
      // "14:12 Roe confirms ...": a live blog's time stamp before the speaker is no part of it
      subj.remove(0);
      while (subj.size() > 1 && g.isPunct(subj.get(0))) {
        subj.remove(0);
      }
    }
    return withoutOpeningPhrase(g, subj);
  }

  /** Adverbs that open a former name set off by commas ("Natter, formerly Chirper,"). */
  private static final Set<String> RENAMING = Set.of("formerly", "previously");

  /**
   * "Outside court, Detective Inspector Jane Roe said", "Sentencing Smith, Judge Jane Roe told him", parsed with
   * the opening phrase in the subject: a phrase that opens with a participle, preposition, adverb or adjective,
   * before a comma after which the speaker's phrase ends in a person's name, is no part of the speaker.
   */
  private List<Integer> withoutOpeningPhrase(DepGraph g, List<Integer> subj) {
    // the first word after a comma (kept in the phrase or left out with the other punctuation)
    int after = -1;
    for (int i = 1; i < subj.size(); i++) {
      int t = subj.get(i);
      if (",".equals(g.tokens.get(t - 1).word()) && !",".equals(g.tokens.get(t).word())) {
        after = i;
        break;
      }
    }
    if (after < 1 || !g.pos(subj.get(0)).matches("VBG|IN|RB|JJ")) {
      return subj;
    }
    if (RENAMING.contains(g.tokens.get(subj.get(0)).word().toLowerCase(Locale.ROOT))) {
      // "In a post on Natter, formerly Chirper, the minister wrote": the former name of the noun before is no part of
      // the speaker, whoever it is
      return new ArrayList<>(subj.subList(after, subj.size()));
    }
    Token last = g.tokens.get(subj.get(subj.size() - 1));
    org.newsgraph.model.Mention name = ctx.mentionAt(last.begin());
    if (name == null || !"PERSON".equals(name.type()) || name.end() != last.end()
        || name.begin() < g.tokens.get(subj.get(after)).begin()) {
      return subj;
    }
    return new ArrayList<>(subj.subList(after, subj.size()));
  }

  /** The speaker of the phrase {@code subj} (token positions, in order) headed by {@code subject}. */
  private Speaker speakerOf(DepGraph g, List<Integer> subj, int subject) {
    int sBegin = g.tokens.get(subj.get(0)).begin();
    int sEnd = closeParenthesis(g.tokens.get(subj.get(subj.size() - 1)).end(), sBegin);
    // (a head left out with an opening phrase: the name that ends the phrase)
    int head = subj.contains(subject) ? subject : subj.get(subj.size() - 1);
    return ctx.speakers.resolve(sBegin, sEnd, g.tokens.get(head).begin(), g.tokens.get(head).word());
  }

  /** A speaker ending inside a parenthesis ("Rep. Jane Roe (R-S.C") ends after its closing bracket. */
  private int closeParenthesis(int end, int begin) {
    String span = ctx.body.substring(begin, end);
    if (span.chars().filter(c -> c == '(').count() <= span.chars().filter(c -> c == ')').count()) {
      return end;
    }
    int e = end;
    if (e < ctx.body.length() && ctx.body.charAt(e) == '.') {
      e++;
    }
    return e < ctx.body.length() && ctx.body.charAt(e) == ')' ? e + 1 : end;
  }

  /** True when the word right after {@code offset} is a possessive ("China’s role"). */
  private static boolean possessor(DepGraph g, int offset) {
    for (Token t : g.tokens) {
      if (t.begin() >= offset) {
        return "POS".equals(t.pos());
      }
    }
    return false;
  }

  /**
   * What an opening participle reports: the words up to the main clause's subject, or nothing when all it takes
   * is when, where or how long it was said ("Testifying for a second day, Roe said ...", "Speaking at a rally",
   * "Writing in the journal, the authors said ...").
   */
  private static List<Integer> initialParticipleContent(DepGraph g, int cue, int last, int subjectFirst) {
    List<Integer> words = range(last + 1, subjectFirst - 1);
    List<Integer> taken = g.children.get(cue).stream().filter(c -> c > last && c < subjectFirst && !g.isPunct(c))
        .toList();
    // (every word up to the subject is the adjunct's: "Noting that ..., Roe said", with the noted clause hung
    // elsewhere, still reports it)
    boolean framed = !taken.isEmpty() && taken.stream().allMatch(c -> adjunctOfTheSaying(g, c)
            || whereItWasSaid(g, c, lemma(g, cue)))
        && taken.stream().mapToInt(c -> g.subtree(c, Set.of()).size()).sum()
            >= words.stream().filter(t -> !g.isPunct(t)).count();
    return framed ? List.of() : words;
  }

  private static boolean initialParticiple(DepGraph g, int cue, int last, Found main) {
    for (int t = 0; t < cue; t++) {
      if (!g.isPunct(t)) {
        return false;
      }
    }
    return main.cue > cue && main.subjectFirst > last;
  }

  private static List<Integer> range(int from, int toInclusive) {
    List<Integer> out = new ArrayList<>();
    for (int t = from; t <= toInclusive; t++) {
      out.add(t);
    }
    return out;
  }

  private Found build(ParsedSentence ps, DepGraph g, int cue, CueLexicon.Match match, List<Integer> content,
                      Speaker speaker, int subjectFirst) {
    if (content.isEmpty()) {
      return null;
    }
    content = quotationAfterLeadIn(g, cue, content);
    content = beforeAnotherReport(g, cue, content);
    if (content.isEmpty() || forWhomOnly(g, match, content)) {
      return null;
    }
    int next = match.lastToken() + 1;
    if (content.size() > 2 && content.get(0) == next && "that".equalsIgnoreCase(g.tokens.get(next).word())
        && "IN".equals(g.pos(next))) {
      // a "that" tagged as a complementizer opens the clause, whatever the parser hung it on ("wrote that the map
      // “cracks” communities", parsed with "that" as the object; "said that was wrong" tags it a determiner)
      content = content.subList(1, content.size());
    }
    boolean that = next < g.tokens.size() && g.tokens.get(next).word().equalsIgnoreCase("that") && content.get(0) == next + 1;
    if (that && content.stream().noneMatch(t -> g.pos(t).startsWith("VB") || g.pos(t).equals("MD"))
        && !g.pos(next + 1).matches("DT|PDT|PRP\\$")) {
      // "rejected that claim, saying ...", parsed with "that" as the mark of a clause: a determiner of the object
      // (not before another determiner: "wrote that the map “cracks” communities", with the verb read as a noun)
      content = new ArrayList<>(content);
      content.add(0, next);
      that = false;
    }
    int[] span = ctx.trimContent(g.tokens.get(content.get(0)).begin(), g.tokens.get(content.get(content.size() - 1)).end());
    if (span == null) {
      return null;
    }
    int cueEnd = g.tokens.get(match.lastToken()).end();
    if (that) {
      cueEnd = g.tokens.get(next).end();
    }
    Draft d = new Draft(ps.sentence().idx(), speaker, g.tokens.get(cue).begin(), cueEnd, match.cue().lemma(),
        match.cue().cueClass(), span[0], span[1], null, "cue-verb");
    return new Found(d, cue, speaker, subjectFirst, match.cue().condition());
  }

  /**
   * "Writing for the majority, Justice Roe said ...", "wrote for the paper", "would not comment for this story":
   * writing, commenting, speaking or testifying whose only complement is whom or how long it was for (no verb, no
   * quotation) reports nothing ("testified for the defence", "testified for three hours"; "argued for a ban" does).
   */
  private static final Set<String> FOR_WHOM = Set.of("write", "comment", "speak", "testify");

  private boolean forWhomOnly(DepGraph g, CueLexicon.Match match, List<Integer> content) {
    return FOR_WHOM.contains(match.cue().lemma())
        && "for".equalsIgnoreCase(g.tokens.get(content.get(0)).word()) && content.stream().noneMatch(t -> g.pos(t).startsWith("VB") || g.pos(t).equals("MD")
            || DepGraph.isQuote(g.tokens.get(t)));
  }

  /**
   * What was said ends before a comma or semicolon that opens another source's report the parser hung inside it
   * ("asked shoppers how they had arrived, most said they had walked": "most said ..." is its own statement,
   * not part of the question): a reporting verb after its own subject, with a clause of its own after it.
   */
  private List<Integer> beforeAnotherReport(DepGraph g, int cue, List<Integer> content) {
    for (int k : content) {
      if (k <= cue || lex.at(g.tokens, k) == null || !DepGraph.matches(g.rel[k], Set.of("dep", "parataxis", "conj"))) {
        continue;
      }
      int subject = g.child(k, Set.of("nsubj"));
      int clause = g.child(k, Set.of("ccomp"));
      if (subject < 0 || subject >= k || clause < k || subject <= content.get(0)) {
        continue;
      }
      int stop = g.subtree(subject, Set.of()).get(0) - 1;
      if (stop > content.get(0) && Set.of(",", ";").contains(g.tokens.get(stop).word())) {
        return content.stream().filter(t -> t < stop).toList();
      }
    }
    return content;
  }

  /**
   * 'said matter-of-factly, “We have had better conventions.”', 'asked the delegates: “Why are you still endorsing
   * him?”': a short verbless lead-in after the cue (a manner, a time, the addressee) and a comma or colon before a
   * quotation that ends what was said is not part of it; the quotation is.
   */
  private static List<Integer> quotationAfterLeadIn(DepGraph g, int cue, List<Integer> content) {
    int first = content.get(0);
    if (first <= cue || DepGraph.isQuote(g.tokens.get(first))) {
      return content;
    }
    for (int k = 0; k + 1 < content.size() && k <= 7; k++) {
      int t = content.get(k);
      if (g.pos(t).startsWith("VB") || DepGraph.isQuote(g.tokens.get(t)) || g.isPunct(t) && !"HYPH".equals(g.pos(t))) {
        return content;
      }
      String w = t + 2 < g.tokens.size() ? g.tokens.get(t + 1).word() : "";
      if ((w.equals(":") || w.equals(",")) && DepGraph.isQuote(g.tokens.get(t + 2)) && !"''".equals(g.pos(t + 2))) {
        int last = content.get(content.size() - 1);
        // the quotation must close at the end of what was said
        boolean closes = false;
        for (int e = last + 1; e < g.tokens.size() && e <= last + 3; e++) {
          closes |= "''".equals(g.pos(e));
        }
        if (!closes) {
          return content;
        }
        List<Integer> quoted = new ArrayList<>();
        quoted.add(t + 2);
        content.stream().filter(c -> c > t + 2).forEach(quoted::add);
        return quoted.size() > 1 ? quoted : content;
      }
    }
    return content;
  }

  /**
   * The tokens of a quotation that opens after a comma or colon right after token {@code last} and closes in the
   * sentence (its marks included), or an empty list.
   */
  private static List<Integer> quotationAfterPunctuation(DepGraph g, int last) {
    int open = last + 2;
    if (open + 1 >= g.tokens.size() || !Set.of(",", ":").contains(g.tokens.get(last + 1).word())
        || !"``".equals(g.pos(open))) {
      return new ArrayList<>();
    }
    for (int k = open + 1; k < g.tokens.size(); k++) {
      if ("``".equals(g.pos(k))) {
        break;
      }
      if ("''".equals(g.pos(k))) {
        return k > open + 1 ? range(open, k) : new ArrayList<>();
      }
    }
    return new ArrayList<>();
  }

  private static boolean isClause(DepGraph g, int t) {
    return g.tokens.get(t).pos() != null && g.tokens.get(t).pos().startsWith("VB");
  }

  /**
   * "Minister, thank you for coming", "Anna, tell us about the plan": a one-phrase subject set off by a comma
   * right before a present or imperative verb is the person addressed, not the speaker.
   */
  private static boolean vocative(DepGraph g, int s, int t) {
    if (s + 2 != t || !g.tokens.get(s + 1).word().equals(",") || !g.pos(t).matches("VB|VBP")) {
      return false;
    }
    List<Integer> phrase = g.subtree(s, Set.of());
    for (int k : phrase) {
      if (k > s || g.isPunct(k)) {
        return false;
      }
    }
    // the addressee opens the sentence, the quotation or a transcript turn ("HOST: Minister, thank you"); "Just
    // over a quarter, 26 percent, say ..." is no address
    int label = phrase.get(0) - 1;
    boolean turn = label > 0 && g.tokens.get(label).word().equals(":");
    for (int k = 0; k < (turn ? label : phrase.get(0)); k++) {
      String w = g.tokens.get(k).word();
      if (!DepGraph.isQuote(g.tokens.get(k)) && !(turn && Character.isUpperCase(w.charAt(0)))) {
        return false;
      }
    }
    return true;
  }

  /** Subject token of a cue: its nsubj, or that of the verb a participle/conjunct hangs on; -1 none, -2 skip. */
  private int subjectOf(DepGraph g, int t, int depth) {
    int s = -1;
    for (int c : g.children.get(t)) {
      if (g.rel[c].equals("nsubj") && (s < 0 || c < t && (s > t || c > s) && !splitPhrase(g, s, c))) {
        s = c;
      }
    }
    if (s >= 0 && g.pos(s).startsWith("NN")
        && TrailingAttribution.TIME_WORDS.contains(g.tokens.get(s).word().toLowerCase(Locale.ROOT))) {
      // "left it to others on Wednesday to praise his record", parsed with the day as the subject: a day speaks not;
      // a name right before the cue does ("Tuesday on the radio, ..., Rep. Jane Roe (D-Ohio) said ...")
      s = nameRightBefore(g, t);
    }
    if (s >= 0 && vocative(g, s, t)) {
      // the one addressed, not a speaker: no report
      return -2;
    }
    int noun = g.head[t];
    if (s >= noun + 2 && noun >= 0 && g.pos(noun).startsWith("NN") && g.pos(noun + 1).startsWith("W")
        && g.pos(noun + 2).startsWith("VB") && g.subtree(s, Set.of()).get(0) == noun + 2) {
      // "A customer who lost $80,000 said ...", parsed with the relative clause's verb (or its object, "lost money")
      // as the cue's subject and the cue as the relative clause: the noun the relative pronoun stands for (the
      // subject's subtree is only walked once the words around the noun fit)
      return noun;
    }
    int to = g.child(t, Set.of("mark"));
    if (s >= 0 && to >= 0 && to < s && "to".equalsIgnoreCase(g.tokens.get(to).word()) && g.pos(s).matches("JJ.?|RB.?")) {
      // "to most sincerely thank ...", parsed with "most" as the subject: an infinitive has none of its own
      // ("adapt to what she said is ...", with "to" taken for the cue's marker, keeps its subject)
      return -1;
    }
    if (s >= 0 && disagrees(g, s, t)) {
      // "Critics of the plan to redesign the network argue that ...", parsed with "the network argue" as a clause of
      // "redesign": a singular noun is no subject of a plural verb, the plural subject of the verb it hangs on is
      int outer = g.head[t] >= 0 ? g.child(g.head[t], Set.of("nsubj")) : -1;
      if (outer >= 0 && outer < s && g.pos(outer).matches("NNS|NNPS")) {
        return outer;
      }
    }
    int clausal = g.child(t, Set.of("csubj"));
    if (s < 0 && clausal >= 0 && clausal < t && ("VBN".equals(g.pos(clausal)) || "VBD".equals(g.pos(clausal))
        && g.child(clausal, Set.of("mark", "obj")) < 0 && !"W".equals(g.pos(g.child(clausal, SUBJECT)).substring(0, 1)))
        && g.child(clausal, SUBJECT) >= 0 && g.child(clausal, SUBJECT) < clausal) {
      // "A court document filed Thursday says ...", "People briefed on the move said ..." (the participle tagged
      // as a past tense), parsed with the reduced relative as a clausal subject ("What he did says a lot" is not)
      return g.child(clausal, SUBJECT);
    }
    if (s < 0 && g.extraSubject[t] >= 0 && g.extraSubject[t] < t && DepGraph.matches(g.rel[t], Set.of("acl"))) {
      // the relative clause's subject from the enhanced graph; subjects it copies onto conjuncts are not
      // taken ("He said the side supports ... and voiced ...": the parse may misplace the conjunct)
      s = g.extraSubject[t];
    }
    int who = g.extraSubject[t];
    int firstVerb = g.head[t];
    if (s < 0 && who >= 0 && who < t && g.rel[t].startsWith("conj") && firstVerb > who && firstVerb < t
        && g.tokens.get(who).word().equalsIgnoreCase("who") && g.child(firstVerb, Set.of("nsubj")) == who
        && who >= 2 && ",".equals(g.tokens.get(who - 1).word()) && g.pos(who - 2).startsWith("NN")) {
      // "Roe, who endorsed Smith in May and said he would campaign with him, ...": the relative pronoun is the
      // subject of both verbs of the relative clause, and stands for the person it follows (the enhanced graph
      // copies it onto the conjunct, as it does not copy other subjects the parse may misplace)
      return personBefore(g, who - 2, who);
    }
    if (s >= 0 && !g.rel[s].equals("nsubj:pass") && !g.rel[s].equals("nsubj:xsubj")) {
      if (g.extraSubject[t] == s) {
        if (relativeClosedBefore(g, s, t)) {
          // "A spokesman for the group, which represents operators, said ...", parsed with "said" as the relative
          // clause: the clause closed at the comma before the cue, whose subject opens the sentence
          return -1;
        }
        // the relative pronoun, which the graph keeps out of the tree (its arc is "ref")
        for (int c = t - 1; c > s; c--) {
          if (g.head[c] < 0 && g.tokens.get(c).word().equalsIgnoreCase("who")) {
            return personBefore(g, s, c);
          }
        }
        return s;
      }
      String pos = g.pos(s);
      if (pos.startsWith("VB") && g.head[t] >= 0 && g.head[t] < s && DepGraph.matches(g.rel[t], Set.of("acl"))
          && nounOrPronoun(g, g.head[t]) && s > 0 && g.pos(s - 1).startsWith("W") && t > 0
          && g.tokens.get(t - 1).word().equals(",")) {
        // "A mother of two, who asked not to be named, said ...", parsed with "said" as a relative clause of
        // "mother" whose subject is "asked": a verb is never a speaker, the noun the clause hangs on is
        return g.head[t];
      }
      if ((pos.equals("WP") || pos.equals("WDT")) && g.head[t] >= 0 && DepGraph.matches(g.rel[t], Set.of("acl"))) {
        // "Jane Roe, who said ...": the relative pronoun stands for the noun the clause modifies; "who" stands
        // for people, so "a backlash from unions and business leaders, who say ..." is the leaders'
        return g.tokens.get(s).word().equalsIgnoreCase("who") ? personBefore(g, g.head[t], s) : g.head[t];
      }
      if (pos.startsWith("VB")) {
        // "that's like trying to say who ...", parsed with the gerund as the subject: a verb is no speaker; "Speaking
        // at the event, chief executive Jane Roe said ...", parsed with the opening participle as the subject and the
        // name below it: the name right before the cue, when a comma closes the participle's phrase before it
        int name = pos.equals("VBG") && openingWord(g, s) ? nameRightBefore(g, t) : -1;
        return name > s && g.tokens.subList(s, name).stream().anyMatch(k -> k.word().equals(",")) ? name : -2;
      }
      if (genericOne(g, s, t)) {
        // "one has to ask ...", "one might say ...": anyone, no speaker ("one said", one of them, is)
        return -2;
      }
      if (noOne(g, s) && ctx.quotationAt(g.tokens.get(t).begin()) != null) {
        // '“Nobody from management said a word to us,” he said': inside someone's words, nothing was said (in the
        // story's own voice "none of them has said they want ..." stays a report, as PolNeAR annotates it)
        return -2;
      }
      if ((pos.equals("DT") || pos.equals("WP") || pos.equals("WDT"))
          && !PEOPLE_DETERMINERS.contains(g.tokens.get(s).word().toLowerCase(Locale.ROOT))) {
        // "this has gone on", "what was said": no speaker ("Those close to him say", "Some argue": people)
        return -2;
      }
      return s;
    }
    int h = g.head[t];
    if (depth <= 3 && h >= 0 && h < t && raised(g, t, h)) {
      // "Roe appeared to suggest that ...", "went on to say", "was quick to point out": the subject of the
      // verb or adjective the cue's clause completes
      int raisedSubject = g.nsubjBefore(h);
      if (raisedSubject >= 0 && !speakerLike(g, raisedSubject)) {
        // "his tone seemed to encourage ...", "no one seems to say ...": no one who speaks
        return -2;
      }
      return raisedSubject >= 0 || lex.at(g.tokens, h) == null ? raisedSubject : subjectOf(g, h, depth + 1);
    }
    if (depth > 3 || h < 0 || !DepGraph.matches(g.rel[t], CONTINUATIONS)) {
      return -1;
    }
    if (g.rel[t].equals("xcomp") && lex.at(g.tokens, h) != null) {
      return -2;
    }
    // climb only to another cue ("asked ... and appreciated"); a participle hanging on the content
    // clause takes the sentence's nearest speaker instead
    if (lex.at(g.tokens, h) != null) {
      return subjectOf(g, h, depth + 1);
    }
    // "The spokesman refused to answer questions but said ...", "Roe appeared on TV and said ...": a cue
    // coordinated with the sentence's main verb shares its subject (a conjunct of a verb inside someone's
    // content does not: the parser may have misplaced it)
    // ("Roe was quick to embrace him and said ...": a copular predicate shares its subject too)
    String hostPos = g.pos(h);
    boolean predicate = hostPos.startsWith("VB") || (hostPos.startsWith("JJ") || hostPos.startsWith("NN"))
        && g.child(h, Set.of("cop")) >= 0;
    // ("The hearing was closed, but Roe spoke to reporters and said ...": so does a cue coordinated with a clause
    // that is itself coordinated with the main verb, and it shares that clause's subject)
    boolean topLevel = g.head[h] < 0 || g.rel[h].startsWith("conj") && g.head[g.head[h]] < 0;
    int shared = g.rel[t].startsWith("conj") && topLevel && h < t && predicate ? g.nsubjBefore(h) : -1;
    if (shared < 0 && g.rel[t].startsWith("conj") && g.head[h] < 0 && h < t && hostPos.startsWith("VB")) {
      shared = passiveSubjectOfConjunct(g, t);
    }
    if (shared >= 0 && Set.of("DT", "WP", "WDT", "EX").contains(g.pos(shared))) {
      return -2;
    }
    return shared;
  }

  /**
   * Content of a predicative cue: its object and the object's predicate ("called the plan a disgrace" →
   * "the plan a disgrace"; "which he called bloated" → "bloated"), empty without a predicate. A statement of its
   * own that continues the sentence ("..., citing her work") is cut ({@code cut}).
   */
  private static List<Integer> predicate(DepGraph g, int cue, int last, Set<Integer> cut) {
    boolean relative = false;
    List<Integer> after = new ArrayList<>();
    for (int c : g.children.get(cue)) {
      if (DepGraph.matches(g.rel[c], Set.of("xcomp")) && g.child(c, Set.of("mark")) >= 0) {
        continue; // "called the meeting to order", "called the troops to march": an infinitive is no predicate
      }
      if (DepGraph.matches(g.rel[c], Set.of("obj", "dobj", "iobj", "xcomp"))) {
        if (c < cue) {
          relative = true;
        } else if (c > last) {
          after.add(c);
        }
      }
    }
    if (!relative && after.size() == 1) {
      // "called the incident a reason to act", parsed with the predicate as a bare noun phrase adjunct of the cue
      int obj = after.get(0);
      for (int c : g.children.get(cue)) {
        if (c > obj && g.rel[c].equals("obl:npmod") && !punctuationBetween(g, obj, c)) {
          after.add(c);
          break;
        }
      }
    }
    int free = relative || !after.isEmpty() ? -1 : freeRelativeWithPredicate(g, cue, last);
    if (free >= 0) {
      List<Integer> out = new ArrayList<>(g.subtree(free, cut));
      trim(g, out);
      return out;
    }
    boolean predicate = relative ? !after.isEmpty() : after.size() >= 2;
    if (!relative && after.size() == 1) {
      int obj = after.get(0);
      // "called the plan a mistake" parsed as a small clause: the object is the subject of the predicate
      predicate = DepGraph.matches(g.rel[obj], Set.of("xcomp")) && g.child(obj, SUBJECT) >= 0;
      // "called Roe “unhinged”" parsed as an xcomp whose noun hangs on it as dep, left of it
      for (int c : g.children.get(obj)) {
        if (c > last && c < obj && DepGraph.matches(g.rel[obj], Set.of("xcomp"))
            && DepGraph.matches(g.rel[c], Set.of("dep", "obj"))) {
          predicate = true;
        }
      }
      // "called climate change a hoax" parsed with the predicate hanging on the object, "called the charges
      // unfounded" with the adjective after its noun, "called half of them “cowards”" one level down
      for (int c : g.subtree(obj, Set.of())) {
        int head = g.head[c];
        if (c > obj && head >= 0 && c > head && !punctuationBetween(g, obj, c) && (DepGraph.matches(g.rel[c], Set.of("dep", "xcomp", "appos")) && head == obj
            || DepGraph.matches(g.rel[c], Set.of("obj")) && head == obj
            || DepGraph.matches(g.rel[c], Set.of("amod")) && head == obj
            || DepGraph.matches(g.rel[c], Set.of("dep")))) {
          predicate = true;
        }
      }
      // "called half of them “cowards”" parsed with the quoted word as the object's head and the real object
      // hanging on it: a quoted head after other words of the phrase is the predicate
      List<Integer> objTokens = g.subtree(obj, Set.of());
      int open = obj - 1;
      while (open > objTokens.get(0) && !g.isPunct(open) && !"``".equals(g.tokens.get(open).pos())) {
        open--;
      }
      if (open > objTokens.get(0) && "``".equals(g.tokens.get(open).pos()) && objTokens.contains(open)) {
        predicate = true;
      }
      // "calling Christmas a sham" parsed as one noun phrase: a determiner right after a noun or pronoun inside
      // the object opens the predicate
      for (int t : objTokens) {
        if (t > objTokens.get(0) && "DT".equals(g.pos(t)) && isIndefiniteArticle(g, t)
            && nounOrPronoun(g, t - 1) && !punctuationBetween(g, last, t)) {
          predicate = true;
        }
      }
      int end = predicate ? -1 : lowerPredicateEnd(g, cue, obj);
      if (end > 0) {
        // "called her vote in favor of the war a mistake": the predicate hangs on a phrase after the object
        List<Integer> out = new ArrayList<>(range(g.subtree(obj, Set.of()).stream().min(Integer::compare).orElse(obj), end));
        trim(g, out);
        return out;
      }
    }
    java.util.TreeSet<Integer> tokens = new java.util.TreeSet<>();
    if (predicate) {
      after.forEach(c -> tokens.addAll(g.subtree(c, cut)));
      int close = coordinatedAfterQuotedPredicate(g, tokens);
      if (close >= 0) {
        tokens.tailSet(close, false).clear();
      }
    }
    List<Integer> out = new ArrayList<>(tokens);
    trim(g, out);
    return out.isEmpty() ? quotedPredicate(g, last) : out;
  }

  /**
   * "called what she saw “terrible”": a free relative clause right after the cue ("what", "whatever"), parsed as the
   * cue's clausal complement with the predicate on the relative's verb. The clause's head, or -1.
   */
  private static int freeRelativeWithPredicate(DepGraph g, int cue, int last) {
    for (int c : g.children.get(cue)) {
      if (c > last && DepGraph.matches(g.rel[c], Set.of("ccomp"))) {
        int first = g.subtree(c, Set.of()).get(0);
        if (first == last + 1 && Set.of("what", "whatever").contains(g.tokens.get(first).word().toLowerCase(Locale.ROOT))
            && g.child(c, Set.of("xcomp")) > c) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * The closing quotation mark of a quoted predicate that a coordinated verb follows ("called him “a hero” and
   * ordered flags to fly", the verb parsed inside the quotation's relative clause): the coordinated verb is the
   * speaker's next act, so the content ends at the mark; -1 when the predicate is not of that shape.
   */
  private static int coordinatedAfterQuotedPredicate(DepGraph g, java.util.SortedSet<Integer> tokens) {
    if (tokens.isEmpty()) {
      return -1;
    }
    // (the opening mark may hang on the cue, right before the predicate's first word)
    for (int t = Math.max(0, tokens.first() - 1); t < tokens.last(); t++) {
      if ("``".equals(g.tokens.get(t).pos())) {
        for (int close = t + 1; close + 2 < g.tokens.size() && close < tokens.last(); close++) {
          if ("''".equals(g.tokens.get(close).pos())) {
            return "CC".equals(g.pos(close + 1)) && tokens.contains(close + 2)
                && Set.of("VBD", "VBZ", "VBP").contains(g.pos(close + 2)) ? close : -1;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** Tags of the words of a short object before a quoted predicate ("it", "the plan", "migrants from Sylvania"). */
  private static final Set<String> OBJECT_TAGS = Set.of("DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "CD",
      "POS", "HYPH", "VBG", "VBN", "RB", "RBR", "JJR", "IN");

  /**
   * "called it “disqualifying”", "calling her “the champion working families need”": a short object right after
   * the cue and then a quotation, which the parser often splits apart; the object and the quoted words, or
   * empty when the words after the cue are not of that shape.
   */
  private static List<Integer> quotedPredicate(DepGraph g, int last) {
    int k = last + 1;
    int commas = 0;
    while (k < g.tokens.size() && k - last <= 16 && !"``".equals(g.tokens.get(k).pos())) {
      Token t = g.tokens.get(k);
      // a longer object may hold an infinitive or an amount ("called the firm's plans to open a $1.6 billion
      // plant in Mexico “a disgrace”") or an appositive between commas ("called Roe, his rival, a “fraud”")
      boolean longer = t.pos() != null && Set.of("TO", "VB", "$", ",").contains(t.pos()) && k > last + 1;
      commas += ",".equals(t.pos()) ? 1 : 0;
      if (t.pos() == null || !OBJECT_TAGS.contains(t.pos()) && !longer || "IN".equals(t.pos()) && k == last + 1
          || commas > 2) {
        return List.of();
      }
      k++;
    }
    if (commas == 1) {
      return List.of(); // a comma ends the object unless a second one closes an appositive
    }
    if (k == last + 1 || k >= g.tokens.size() || !"``".equals(g.tokens.get(k).pos())) {
      return List.of();
    }
    // the object ends right before the quotation (or before the predicate's article: "it a “sham”"); a
    // quotation inside the object ("a meeting of the “members”") is no predicate
    int end = "DT".equals(g.tokens.get(k - 1).pos()) ? k - 2 : k - 1;
    if (commas == 2 && ",".equals(g.tokens.get(end).pos())) {
      // "Roe, her rival, a “fraud”": the object is the name before the appositive
      end = last + 1;
      while (!",".equals(g.tokens.get(end + 1).pos())) {
        end++;
      }
    }
    if (end <= last || !Set.of("PRP", "NN", "NNS", "NNP", "NNPS", "CD").contains(g.tokens.get(end).pos())) {
      return List.of();
    }
    for (int close = k + 2; close < g.tokens.size(); close++) {
      if ("''".equals(g.tokens.get(close).pos())) {
        List<Integer> out = range(last + 1, close);
        trim(g, out);
        return out;
      }
    }
    return List.of();
  }

  /**
   * The last token of a nominal or adjectival predicate the parser left as {@code dep} below a phrase after
   * the object of a predicative cue, with no punctuation between the object and it; -1 when there is none.
   */
  private static int lowerPredicateEnd(DepGraph g, int cue, int obj) {
    for (int c : g.subtree(cue, Set.of())) {
      String pos = g.pos(c);
      // (or, with an article, a bare noun phrase adjunct: "... in favor of the war a mistake", war's obl:npmod)
      boolean bare = g.rel[c].equals("dep") || g.rel[c].equals("obl:npmod") && pos.startsWith("NN")
          && indefiniteArticle(g, c);
      if (c > obj && bare && g.head[c] > obj && (pos.startsWith("NN") || pos.startsWith("JJ"))) {
        return punctuationBetween(g, obj, c) ? -1 : g.subtree(c, Set.of()).stream().max(Integer::compare).orElse(c);
      }
    }
    return -1;
  }

  /** A noun with "a" or "an" as its determiner ("a mistake"). */
  private static boolean indefiniteArticle(DepGraph g, int noun) {
    int det = g.child(noun, Set.of("det"));
    return det >= 0 && isIndefiniteArticle(g, det);
  }

  private static boolean isIndefiniteArticle(DepGraph g, int t) {
    return Set.of("a", "an").contains(g.tokens.get(t).word().toLowerCase(Locale.ROOT));
  }

  /** A comma, colon or dash between two tokens ("called his lawyer, a friend"; opening quotes do not count). */
  private static boolean punctuationBetween(DepGraph g, int from, int to) {
    for (int t = from + 1; t < to; t++) {
      if (g.isPunct(t) && !"``".equals(g.tokens.get(t).pos())) {
        return true;
      }
    }
    return false;
  }

  /**
   * ", while Roe said inventories were too high", parsed with "said" as an adverbial clause of "high" and
   * "inventories" as its object: a contrasting report whose head, to its right, is the predicate it reports.
   */
  private static boolean contrastHungOnWhatItReports(DepGraph g, int cue, List<Integer> subject) {
    int mark = contrastMark(g, cue);
    return DepGraph.matches(g.rel[cue], Set.of("advcl")) && g.head[cue] > cue && mark >= 0 && subject.size() > 0
        && mark < subject.get(0) && (g.child(cue, Set.of("obj")) > cue && g.child(cue, Set.of("ccomp", "xcomp")) < 0
        || reportHungOnItsClause(g, cue));
  }

  /** The clause the cue hangs on, without the cue's own subtree and the continuation clauses in {@code cut}. */
  private static List<Integer> hostClause(DepGraph g, int cue, Set<Integer> cut) {
    Set<Integer> without = new HashSet<>(cut);
    without.add(cue);
    return g.subtree(g.head[cue], without);
  }

  /** Content tokens: the complements right of the cue, else the clause the cue attaches to, else what precedes it. */
  private List<Integer> content(DepGraph g, int cue, int last, List<Integer> subject) {
    Set<Integer> cut = continuationCuts(g, cue);
    List<Integer> out = new ArrayList<>();
    // ("vowed Tuesday to block the bill": a bare day parsed as the cue's object is when it was said)
    // (nor is "matter-of-factly", split at its hyphens and parsed as an object)
    List<Integer> onCue = g.children.get(cue).stream().filter(c -> c > last && !bareDay(g, c)
        && !TrailingAttribution.hyphenatedAdverb(g, c)
        && !(TrailingAttribution.participleParsedAsObject(g, c) && frontedReport(g, cue)))
        .toList();
    // ("made clear that she would stay": the clause hung on the cue's last word, the predicate "clear")
    List<Integer> right = last > cue && g.head[last] == cue && g.child(last, Set.of("ccomp")) > last
        ? java.util.stream.Stream.concat(onCue.stream(), g.children.get(last).stream()
            .filter(c -> c > last && g.rel[c].equals("ccomp"))).sorted().toList()
        : onCue;
    for (int c : right) {
      // a "that" clause hung on an argument the tagger or parser misread is what was said: "said in an email to
      // staff that she was ...", with "to staff" tagged as an infinitive of the cue; "reported in March, citing
      // unnamed sources, that the firm was ...", parsed with "citing" as an adjective of "sources"
      int clause = addresseeReadAsInfinitive(g, c);
      if (clause < 0 && TrailingAttribution.participleParsedAsObject(g, c)) {
        clause = thatClauseAfterParticiple(g, c, cut);
      }
      if (clause >= 0 && !cut.contains(clause)) {
        out.addAll(g.subtree(clause, cut));
        trim(g, out);
        return out;
      }
    }
    int complementizer = cut.isEmpty() ? complementizerOnCue(g, cue, last, right) : -1;
    if (complementizer >= 0) {
      // ("wrote in a note to clients that ...", the parser having hung the "that" on the cue)
      out.addAll(restOfSentence(g, complementizer));
      trim(g, out);
      return out;
    }
    int aside = clauseAfterAdjunctAside(g, cue, right);
    if (aside >= 0) {
      // "Roe said, when she was earning little, a boss offered her a job", "told reporters, when asked about it,
      // the figures were wrong": the parser hung what was said on the adjunct between commas after the cue
      out.addAll(restOfSentence(g, aside));
      trim(g, out);
      return out;
    }
    List<Integer> objects = right.stream().filter(c -> DepGraph.matches(g.rel[c], Set.of("obj", "iobj", "dobj"))).toList();
    List<Integer> complements = right.stream().filter(c -> DepGraph.matches(g.rel[c], Set.of("ccomp", "xcomp"))
        && !adverbialAfterFrontedReport(g, cue, c) || reportedConjunct(g, cue, c) || gappedPredicate(g, c, last)
        || thatClauseAsDependent(g, c)).toList();
    if (complements.isEmpty()) {
      int afterAside = thatClauseAfterAside(g, right, cut);
      afterAside = afterAside >= 0 ? afterAside : thatClauseAfterAdjunct(g, last, right, cut);
      complements = afterAside >= 0 ? List.of(afterAside) : complements;
    }
    // "told the forum he was ...": a clause with its own subject (nominal, clausal or expletive) parsed as
    // parataxis, right after the cue or its addressee; "explained why he backs ...": a wh-clause the parser
    // hung on the cue as an adverbial clause
    String lemma = g.tokens.get(cue).lemma() == null ? "" : g.tokens.get(cue).lemma().toLowerCase(Locale.ROOT);
    // (after the addressee of tell, inform, warn ...: also a bare dependent with its own subject, "telling the
    // audience she felt unwell" parsed with "felt" hung on the cue as "dep"; not an adverbial clause, "telling her
    // when she was a reporter and she came to him")
    Set<String> bare = TrailingAttribution.ADDRESSEE.contains(lemma) && !objects.isEmpty()
        ? Set.of("parataxis", "dep") : Set.of("parataxis");
    List<Integer> clauses = !complements.isEmpty() ? complements : right.stream()
        .filter(c -> (DepGraph.matches(g.rel[c], bare) && g.child(c, Set.of("nsubj", "csubj", "expl")) >= 0
            && !(g.rel[c].equals("dep") && g.pos(g.subtree(c, Set.of()).get(0)).matches("WRB|IN"))
            || DepGraph.matches(g.rel[c], Set.of("advcl")) && whClause(g, c)) && !cut.contains(c)
            && (startsRightAfter(g, c, last, objects) || bare.size() > 1 && afterAddresseeAndComma(g, c, objects))
            && !relativeBeforeItsPredicate(g, c, right))
        .toList();
    String particle = last > cue ? g.tokens.get(last).word().toLowerCase(Locale.ROOT) : null;
    int predicate = complements.stream()
        .allMatch(c -> g.rel[c].equals("xcomp") && "to".equals(marker(g, c, Set.of("mark"))))
        ? objectThenPredicate(g, objects, right) : -1;
    boolean clausalSubject = (DepGraph.matches(g.rel[cue], Set.of("csubj")) || contrastHungOnWhatItReports(g, cue, subject))
        && g.head[cue] > last && subject.size() > 0 && subject.get(0) < cue && !DepGraph.matches(g.rel[g.head[cue]], Set.of("acl"));
    // ("“Why now?” Roe asked the minister": whom a question was put to is not the question; "asked them for
    // help", "asked him about the plan", "asked them to leave" say what was asked)
    boolean askedSomeone = "ask".equals(lemma) && objects.size() == 1 && addressee(g, objects.get(0))
        && right.stream().allMatch(c -> objects.contains(c) || g.isPunct(c) || g.rel[c].startsWith("advmod")
        || g.rel[c].startsWith("obl") && !topicMarked(g, c));
    if (predicate < 0 && clauses.isEmpty() && (TrailingAttribution.TELL.contains(lemma) || askedSomeone)
        && !clausalSubject) {
      // "told his supporters at a rally to “go and vote”", parsed as an adverbial infinitive: what they were
      // told; "told reporters on Monday": the object is the addressee, not what was said
      for (int c : right) {
        int mark = g.child(c, Set.of("mark"));
        if (DepGraph.matches(g.rel[c], Set.of("advcl")) && mark >= 0 && mark < c
            && "to".equalsIgnoreCase(g.tokens.get(mark).word()) && !cut.contains(c)) {
          out.addAll(g.subtree(c, cut));
          out.sort(Integer::compare);
          trim(g, out);
          return out;
        }
      }
      int hung = hungThatClause(g, right, cut);
      if (hung >= 0) {
        // "told analysts on a conference call that orders had slowed", parsed with the clause on "call"
        out.addAll(g.subtree(hung, cut));
        out.sort(Integer::compare);
        trim(g, out);
      } else if (!objects.isEmpty()) {
        // "telling a conference in Frankfurt that cuts could come by summer", parsed with the clause hung on a
        // word before the cue: a "that" right after the addressee's words, with a finite verb after it (a
        // complementizer, not the relative pronoun of "told a story that moved them")
        List<Integer> addressee = g.subtree(objects.get(0), cut);
        int that = addressee.get(addressee.size() - 1) + 1;
        if (that + 2 < g.tokens.size() && g.tokens.get(that).word().equalsIgnoreCase("that") && cut.isEmpty()
            && g.head[that] > that && DepGraph.matches(g.rel[that], Set.of("mark", "dep"))
            && range(that + 1, g.tokens.size() - 1).stream().anyMatch(k -> TrailingAttribution.finiteVerb(g.tokens.get(k)))) {
          out.addAll(restOfSentence(g, that));
        }
      }
      return out;
    }
    // (a "that" clause hung after the object of warn/remind/assure/...: read once, used below when no other reading wins)
    int addresseeClause = clauses.isEmpty() && !objects.isEmpty() && TrailingAttribution.ADDRESSEE.contains(lemma)
        ? hungThatClause(g, right, cut) : -1;
    int over = predicate < 0 && clauses.isEmpty() ? predicateOverCue(g, cue, objects) : -1;
    if (over >= 0) {
      // "The person, who asked not to be named, said talks would begin next month", parsed with "said" as a relative
      // clause of "person" and "begin" as the root (or "... and said his country would not sign", with "said"
      // conjoined to the root's clausal subject): the cue's object and the predicate after it are what was said
      Set<Integer> subjectPhrase = new HashSet<>(g.subtree(g.head[cue], Set.of()));
      out.addAll(g.subtree(objects.get(0), cut));
      g.subtree(over, cut).stream().filter(t -> t > last && !subjectPhrase.contains(t)).forEach(out::add);
    } else if (predicate >= 0) {
      // "told the paper his firm worked closely with them", parsed with the reported subject as the cue's object
      // and its predicate as a bare dependent of the cue: subject and predicate are what was said (and an infinitive
      // of the subject hung on the cue between them)
      int obj = objects.get(objects.size() - 1);
      out.addAll(g.subtree(obj, cut));
      right.stream().filter(c -> c > obj && c < predicate && g.rel[c].equals("xcomp"))
          .forEach(c -> out.addAll(g.subtree(c, cut)));
      out.addAll(g.subtree(predicate, cut));
    } else if (clausalSubject) {
      // "Roe argued the plan would fail", "Roe said there were a million": parsed with the cue as the clausal
      // subject of the reported predicate (and the reported subject as its object): the words from the cue
      // to the predicate's end were said ("told analysts the decision was ...": not the addressee)
      boolean addressee = TrailingAttribution.ADDRESSEE.contains(lemma);
      List<Integer> told = right.stream().filter(c -> addressee && c < g.head[cue]
          && DepGraph.matches(g.rel[c], Set.of("iobj"))).toList();
      hostClause(g, cue, cut).stream().filter(t -> t > last).forEach(out::add);
      right.stream().filter(c -> c < g.head[cue] && !cut.contains(c) && !g.isPunct(c) && !told.contains(c))
          .forEach(c -> out.addAll(g.subtree(c, cut)));
      told.forEach(c -> out.removeAll(g.subtree(c, cut)));
    } else if (!clauses.isEmpty()) {
      // "asked Roe to convey ...": an object before the clause belongs to the content
      // ("told him he was ...": the addressee of tell/inform/assure is not)
      if (TrailingAttribution.ADDRESSEE.contains(lemma) && g.child(cue, Set.of("iobj")) >= 0) {
        // "told me the key was to change ...": with the addressee as indirect object, the direct object is the
        // reported clause's subject
        objects.stream().filter(o -> o < clauses.get(0) && g.rel[o].equals("obj"))
            .forEach(o -> out.addAll(g.subtree(o, cut)));
      }
      if (!TrailingAttribution.ADDRESSEE.contains(lemma)) {
        objects.stream().filter(o -> o < clauses.get(0)).forEach(o -> out.addAll(g.subtree(o, cut)));
        // "appealed to residents to stay indoors": the addressee marked by the cue's own particle stays too
        right.stream().filter(c -> c < clauses.get(0) && particle != null && DepGraph.matches(g.rel[c], Set.of("obl", "nmod"))
            && g.child(c, Set.of("case")) == last).forEach(c -> out.addAll(g.subtree(c, cut)));
        // "appealing for anyone with footage to come forward": "for" and the infinitive's subject, right before it
        right.stream().filter(c -> c < clauses.get(0) && infinitiveSubject(g, c, clauses.get(0), cut))
            .forEach(c -> out.addAll(g.subtree(c, cut)));
      }
      clauses.forEach(c -> out.addAll(g.subtree(c, cut)));
      for (int c : clauses) {
        if (g.rel[c].equals("xcomp") && "to".equals(marker(g, c, Set.of("mark")))) {
          // "told me to keep going, and in the end it paid off": a clause with a subject of its own, coordinated with
          // the infinitive, is no part of what was asked (an infinitive has no subject to share)
          g.children.get(c).stream().filter(k -> k > c && g.rel[k].startsWith("conj")
              && TrailingAttribution.finiteVerb(g.tokens.get(k)) && g.child(k, Set.of("nsubj", "nsubj:pass")) > c)
              .forEach(k -> out.removeAll(g.subtree(k, cut)));
        }
      }
      for (int o : objects) {
        List<Integer> noun = g.subtree(o, cut);
        if (o > clauses.get(clauses.size() - 1) && g.child(o, Set.of("aux")) >= 0 && !out.isEmpty()
            && noun.get(0) == out.stream().max(Integer::compare).get() + 1) {
          // "said the defeat showed the government had “lost control”", with "control" parsed as the cue's object
          // and "had" as its auxiliary: a predicate noun with an auxiliary right after the clause continues it
          out.addAll(noun);
        }
      }
      int stranded = predicateAfterTheClause(g, out, cut);
      if (stranded >= 0) {
        // "wrote that the firm had failed to show the plan would cause harm", parsed with "cause" as a bare
        // dependent of the cue: the predicate of the noun the reported clause ends on
        out.addAll(g.subtree(stranded, cut));
      }
      int reason = quotedClauseRunningOn(g, right, out, cut);
      if (reason >= 0) {
        // "said it would be “historic” because it would “end the wait”", with the because-clause on the cue
        out.addAll(g.subtree(reason, cut));
      }
      if (TrailingAttribution.ADDRESSEE.contains(lemma)) {
        // "told reporters the government would review ...", parsed with "reporters" as a bare dependent of the
        // reported clause: a noun right after the cue, before the clause's own subject, is the addressee
        for (int c : clauses) {
          int subj = g.child(c, Set.of("nsubj", "nsubj:pass", "expl"));
          for (int d : g.children.get(c)) {
            List<Integer> noun = g.subtree(d, cut);
            if (g.rel[d].equals("dep") && subj > d && g.pos(d).matches("NN.*|PRP") && noun.get(0) == last + 1
                && noun.get(noun.size() - 1) < subj) {
              out.removeAll(noun);
            }
          }
        }
        for (int o : objects) {
          // "told reporters in Canberra the government would serve ...", parsed with the place opening the reported
          // clause: a phrase of place or time right after the addressee, with no comma before the clause's own
          // subject, is where and when it was told
          List<Integer> told = g.subtree(o, cut);
          int after = told.get(told.size() - 1) + 1;
          for (int c : clauses) {
            int subj = g.child(c, Set.of("nsubj", "nsubj:pass", "expl"));
            if (c <= o || subj < 0) {
              continue;
            }
            int subjFirst = g.subtree(subj, cut).get(0);
            for (int d : g.children.get(c)) {
              if (!g.rel[d].startsWith("obl") || g.child(d, Set.of("case")) != after || subj <= d) {
                continue;
              }
              List<Integer> phrase = g.subtree(d, cut);
              if (phrase.get(0) == after && subjFirst == phrase.get(phrase.size() - 1) + 1) {
                out.removeAll(phrase);
              }
            }
          }
        }
      }
    } else if (addresseeClause >= 0) {
      // "warning followers on social media and in interviews that the group could ...", parsed with the clause on
      // "interviews": the object is the addressee, the clause what was said
      out.addAll(g.subtree(addresseeClause, cut));
    } else if (!objects.isEmpty()) {
      int firstObj = objects.get(0);
      for (int c : right) {
        if (c < firstObj && particle != null && DepGraph.matches(g.rel[c], Set.of("obl", "nmod"))
            && g.child(c, Set.of("case")) == last) {
          // "talks about the job, the critics and what comes next", parsed with the second item as the object:
          // the phrase the cue's own particle opens is the first thing said
          firstObj = c;
        }
      }
      // "disclosed this on Thursday in Abuja", "stated this when he received a delegation": a bare demonstrative is
      // all that was said, standing for what the text reported before; the phrases after it say where and when
      boolean anaphoric = objects.size() == 1 && demonstrative(g, firstObj);
      for (int c : right) {
        boolean after = c >= firstObj && !cut.contains(c) && !g.isPunct(c)
            && !DepGraph.matches(g.rel[c], Set.of("conj", "cc", "punct")) && !adjunctOfTheSaying(g, c)
            && !(anaphoric && c != firstObj);
        if (after) {
          out.addAll(g.subtree(c, cut));
        }
      }
      int stray = strayPredicate(g, objects.get(objects.size() - 1), lemma);
      if (stray >= 0) {
        // "alleging the retailer failed to protect ...", with "failed" hung elsewhere: the object is the subject
        // of a reported clause that runs on to the sentence's end (continuations are cut below)
        // (up to a comma, or to another finite verb without a subject, which is the main clause's: "Voters who say
        // the economy is important were divided")
        int end = stray;
        while (end + 1 < g.tokens.size() && !g.tokens.get(end + 1).word().equals(",")
            && !(g.pos(end + 1).matches("VBD|VBZ|VBP") && g.child(end + 1, Set.of("nsubj", "nsubj:pass")) < 0)) {
          end++;
        }
        while (end > stray && (g.isPunct(end) || DepGraph.isQuote(g.tokens.get(end)))) {
          end--;
        }
        out.addAll(range(stray, end));
      }
    } else if (particle != null) {
      // "called for X": the obl marked by the cue's own particle, or the clause it marks ("called for him
      // to be replaced", parsed with "for" as the clause's marker)
      for (int c : right) {
        if (DepGraph.matches(g.rel[c], Set.of("obl", "nmod"))
            || DepGraph.matches(g.rel[c], Set.of("advcl")) && g.child(c, Set.of("mark")) == last) {
          out.addAll(g.subtree(c, cut));
        }
      }
    }
    if (out.isEmpty() && clauses.isEmpty() && objects.isEmpty()) {
      // "wrote in a letter to the leaders that the country needed ...", parsed as a relative clause of the letter;
      // "wrote in a note to clients that the bank risked ...", parsed as a clause of the addressee
      int hung = thatClauseOnAMedium(g, right, cut);
      hung = hung >= 0 ? hung : thatClauseOnTheAddressee(g, right, cut);
      if (hung >= 0) {
        out.addAll(g.subtree(hung, cut));
      }
    }
    if (out.isEmpty()) {
      int ccompLeft = -1;
      for (int c : g.children.get(cue)) {
        // ("came days after Roe warned of ...": the time the clause is dated by is not what was said)
        if (c < cue && DepGraph.matches(g.rel[c], Set.of("ccomp", "parataxis", "dep")) && !leadingParticiple(g, c, cue)
            && !TIME_NOUNS.contains(g.tokens.get(c).word().toLowerCase(Locale.ROOT))) {
          ccompLeft = c;
        }
      }
      if (ccompLeft >= 0) {
        out.addAll(g.subtree(ccompLeft, cut));
      } else if (g.head[cue] >= 0 && DepGraph.matches(g.rel[cue], Set.of("parataxis", "ccomp", "dep"))
          && g.head[cue] < cue && lex.at(g.tokens, g.head[cue]) == null && !complementOfItsHost(g, cue)
          && !("VBG".equals(g.pos(cue)) && right.stream().anyMatch(c -> topicOfTheCue(g, c)))
          && !(AS_PREDICATE.contains(lemma) && right.stream().anyMatch(c -> markedBy(g, c, Set.of("as"))))) {
        // (not "..., after rejecting an offer the government described as “final”": a cue with its own "as"
        // predicate says what it called its object, not the clause it hangs on)
        out.addAll(hostClause(g, cue, cut));
      } else if (right.isEmpty() && g.head[cue] > last && DepGraph.matches(g.rel[cue], Set.of("parataxis", "dep"))
          && subject.size() > 0 && subject.get(0) < cue && clauseStartsAfter(g, g.head[cue], cue, last)) {
        // "..., Roe says he's a counterpuncher", parsed with the cue as a parenthetical of the clause after it
        hostClause(g, cue, cut).stream().filter(t -> t > last).forEach(out::add);
      } else if (right.isEmpty() && (g.rel[cue].equals("mark") || "VBG".equals(g.tokens.get(cue).pos())
          && g.rel[cue].equals("discourse")) && g.head[cue] > last) {
        // "..., saying it is time": the participle parsed as the conjunction of the clause it introduces
        hostClause(g, cue, cut).stream().filter(t -> t > last).forEach(out::add);
      } else if (right.isEmpty() && g.head[cue] > last && ("VBG".equals(g.tokens.get(cue).pos())
          && DepGraph.matches(g.rel[cue], Set.of("obl", "advcl")) || subject.size() > 0 && subject.get(0) < cue
          && DepGraph.matches(g.rel[cue], Set.of("advcl"))) && g.child(g.head[cue], SUBJECT) > last) {
        // (also "..., Jane Roe said his wife was qualified ...", parsed with the cue as an adverbial clause of
        // what was said)
        // "began by saying he would ...", "After saying her foot was ...": the parser hangs the gerund on the
        // clause it introduces; that clause (with its own subject after the cue) is what was said
        hostClause(g, cue, cut).stream().filter(t -> t > last).forEach(out::add);
      } else {
        int adjunctEnd = -1;
        for (int c : right) {
          if (cut.contains(c) || g.isPunct(c) || DepGraph.matches(g.rel[c], Set.of("conj", "cc", "advmod"))) {
            continue;
          }
          List<Integer> phrase = g.subtree(c, cut);
          if ("VBG".equals(g.pos(c)) && g.child(c, SUBJECT) < 0 && lex.at(g.tokens, c) == null && phrase.get(0) > 0
              && ",".equals(g.tokens.get(phrase.get(0) - 1).word())) {
            continue; // "Roe asked rhetorically, shaking his head": what the speaker did meanwhile, not what was said
          }
          if (g.rel[c].equals("parataxis") && phrase.get(0) > 0 && ";".equals(g.tokens.get(phrase.get(0) - 1).word())) {
            continue; // "Prosecutors had asked for more; the defence sought probation": the writer's next clause
          }
          if (adjunctOfTheSaying(g, c) || whereItWasSaid(g, c, lemma)) {
            adjunctEnd = phrase.get(phrase.size() - 1);
          } else if (DepGraph.matches(g.rel[c], Set.of("dep", "parataxis")) && g.pos(c).startsWith("VB")
              && phrase.get(0) == adjunctEnd + 1) {
            // "apologised after part of a stage collapsed", parsed with "collapsed" as a bare dependent of the
            // cue: the predicate of the adjunct's noun, no more said than the adjunct; so is a clause hung on the
            // cue right after the adjunct with no punctuation between ("apologised after remarks she made on
            // stage drew criticism": a relative clause of the adjunct's noun, and the predicate after it)
            adjunctEnd = phrase.get(phrase.size() - 1);
          } else if (!(adjunctEnd >= 0 && g.pos(c).equals("VBG") && g.child(c, SUBJECT) < 0
              && ",".equals(g.tokens.get(phrase.get(0) - 1).word()) && phrase.get(0) - 1 == adjunctEnd + 1)) {
            // (", injuring four people" after that adjunct says what happened, not what was said)
            out.addAll(phrase);
          }
        }
      }
    }
    out.removeAll(subject);
    out.removeIf(t -> t >= cue && t <= last);
    out.sort(Integer::compare);
    trim(g, out);
    if (out.isEmpty()) {
      return out;
    }
    // one contiguous span, ended before the first continuation clause ("..., adding that")
    int from = out.get(0);
    if (from - 1 > last && "EX".equals(g.tokens.get(from - 1).pos())) {
      // "argues there is little point": the expletive the parser hung on the cue opens what was said
      from--;
    }
    int to = out.get(out.size() - 1);
    for (int c : cut) {
      List<Integer> sub = g.subtree(c, Set.of());
      int start = sub.get(0);
      if (start > from && start <= to) {
        to = start - 1;
      }
    }
    // the words said end where the attribution starts when nothing but punctuation of theirs follows it
    // ('"There are signs of life," the ministry said in a statement, which ...')
    int attribution = subject.isEmpty() ? cue : Math.min(cue, subject.get(0));
    if (attribution > from && attribution <= to) {
      final int a = attribution;
      if (out.stream().filter(t -> t > a).allMatch(t -> g.isPunct(t) || DepGraph.isQuote(g.tokens.get(t)))) {
        to = attribution - 1;
      }
    }
    List<Integer> span = range(from, to);
    span.removeAll(subject);
    span.removeIf(t -> t >= cue && t <= last);
    trim(g, span);
    return span;
  }

  /**
   * A "that" clause with a subject of its own hung as a relative clause on the medium of the saying ("wrote in a
   * letter to the leaders that the country needed ..."): no relative reading has both a subject and the medium
   * as its object ("a letter that she signed" has no subject of its own after "that" but "she", which is it).
   */
  private static int thatClauseOnAMedium(DepGraph g, List<Integer> right, Set<Integer> cut) {
    for (int c : right) {
      // (a medium as the object of "tell": "told a news briefing in the capital that the boat had ...")
      if (!(DepGraph.matches(g.rel[c], Set.of("obl")) || g.rel[c].equals("obj")) || cut.contains(c) || !medium(g, c)) {
        continue;
      }
      for (int d : clausesOnTheMedium(g, c)) {
        if (d <= c || !DepGraph.matches(g.rel[d], Set.of("acl", "ccomp", "dep")) || cut.contains(d)) {
          continue;
        }
        // the clause opens with "that" (kept out of the tree when parsed as a relative pronoun) and its own subject
        int first = g.subtree(d, cut).get(0);
        int that = g.tokens.get(first).word().equalsIgnoreCase("that") ? first
            : first > 0 && g.tokens.get(first - 1).word().equalsIgnoreCase("that") ? first - 1 : -1;
        int subject = g.child(d, Set.of("nsubj", "nsubj:pass"));
        // (and no gap for the medium to fill: an object, a clause, a copula or a passive of its own; or a
        // report's marks: a second "that" clause with its own subject coordinated onto it, "... that customers
        // were cutting orders and that she expected ...", or quoted words right after its subject)
        if (that > c && subject > that && !g.pos(subject).startsWith("W")
            && (g.child(d, Set.of("obj", "ccomp", "xcomp", "cop", "nsubj:pass", "aux:pass")) >= 0
                || secondThatClause(g, d) || quotedPredicate(g, subject, d))) {
          return d;
        }
      }
    }
    return -1;
  }

  /**
   * The medium's dependents, and those of a participle that only places it ("in a statement posted on its website
   * that ...", parsed with the clause on "posted"): a verb with no subject, object or clause before its own.
   */
  private static List<Integer> clausesOnTheMedium(DepGraph g, int medium) {
    List<Integer> out = new ArrayList<>(g.children.get(medium));
    for (int p : g.children.get(medium)) {
      if (p > medium && DepGraph.matches(g.rel[p], Set.of("acl")) && g.pos(p).matches("VBN|VBD")
          && g.child(p, Set.of("nsubj", "nsubj:pass", "obj")) < 0) {
        out.addAll(g.children.get(p).stream().filter(d -> DepGraph.matches(g.rel[d], Set.of("ccomp"))).toList());
      }
    }
    return out;
  }

  /** The clause has a conjunct opened by "that" with a subject of its own ("... and that she expected ..."). */
  private static boolean secondThatClause(DepGraph g, int clause) {
    for (int c : g.children.get(clause)) {
      if (c > clause && DepGraph.matches(g.rel[c], Set.of("conj")) && thatWithSubject(g, c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A quotation mark opens the clause's predicate right after its subject ("customers were “working through ..."). */
  private static boolean quotedPredicate(DepGraph g, int subject, int predicate) {
    for (int t = subject + 1; t < predicate; t++) {
      if (DepGraph.isQuote(g.tokens.get(t))) {
        return true;
      }
      if (!DepGraph.matches(g.rel[t], Set.of("aux", "aux:pass", "cop", "advmod", "neg"))) {
        return false;
      }
    }
    return false;
  }

  /** A "that" clause the parser hung on a noun or a medium after the cue ({@link #thatClauseOnANoun}), or -1. */
  private int hungThatClause(DepGraph g, List<Integer> right, Set<Integer> cut) {
    int hung = thatClauseOnANoun(g, right, cut);
    return hung >= 0 ? hung : thatClauseOnAMedium(g, right, cut);
  }

  /**
   * "Roe said — on her blog, as it happens — that ...", "told reporters, as he left the hall, that ...": an aside
   * set off by commas or dashes, whose clause the parser gave the "that" clause after it; that clause, or -1.
   */
  private static int thatClauseAfterAside(DepGraph g, List<Integer> right, Set<Integer> cut) {
    for (int c : right) {
      if (DepGraph.matches(g.rel[c], Set.of("advcl", "obl", "parataxis")) && !cut.contains(c)) {
        int d = thatClauseHungOn(g, c, cut, (aside, that) -> aside.get(0) > 0 && that > 0
            && ASIDE_MARKS.contains(g.tokens.get(aside.get(0) - 1).word())
            && ASIDE_MARKS.contains(g.tokens.get(that - 1).word()) && aside.get(aside.size() - 1) < that);
        if (d >= 0) {
          return d;
        }
      }
    }
    return -1;
  }

  /**
   * "admitted after Saturday's defeat that his job was under threat": an adjunct of the saying (a phrase of time or
   * occasion, {@link #ADJUNCT_CASES}, or of a medium, {@link #MEDIUM_CASES}) right after the cue, to whose noun the
   * parser gave the "that" clause right after it; that clause, or -1.
   */
  private static int thatClauseAfterAdjunct(DepGraph g, int last, List<Integer> right, Set<Integer> cut) {
    for (int c : right) {
      String p = String.valueOf(marker(g, c, Set.of("case")));
      if (g.rel[c].startsWith("obl") && !cut.contains(c) && (ADJUNCT_CASES.contains(p) || MEDIUM_CASES.contains(p))) {
        int d = thatClauseHungOn(g, c, cut, (adjunct, that) -> adjunct.get(0) == last + 1
            && adjunct.get(adjunct.size() - 1) == that - 1);
        if (d >= 0) {
          return d;
        }
      }
    }
    return -1;
  }

  /**
   * A clause opened by the complementizer "that" that the parser hung on {@code c} after it, where {@code fits}
   * accepts the words of {@code c} without that clause and the position of its "that"; the clause, or -1.
   */
  private static int thatClauseHungOn(DepGraph g, int c, Set<Integer> cut,
      java.util.function.BiPredicate<List<Integer>, Integer> fits) {
    for (int d : g.children.get(c)) {
      if (d <= c || !g.rel[d].equals("ccomp") || cut.contains(d)) {
        continue;
      }
      int that = g.subtree(d, cut).get(0);
      if (g.tokens.get(that).word().equalsIgnoreCase("that") && g.rel[that].equals("mark")
          && fits.test(g.subtree(c, Set.of(d)), that)) {
        return d;
      }
    }
    return -1;
  }

  /** Marks that set off an aside or a relative clause: a comma or a dash. */
  private static final Set<String> ASIDE_MARKS = Set.of(",", "—", "–", "--");

  /**
   * A clause opened by "that" right after a "to" phrase of the cue ("wrote to shareholders that ...", "explained
   * to the court that ..."), which the parser hung on the addressee: what was said. -1 when there is none.
   */
  private int thatClauseOnTheAddressee(DepGraph g, List<Integer> right, Set<Integer> cut) {
    return thatClauseOnANoun(g, right.stream().filter(c -> DepGraph.matches(g.rel[c], Set.of("obl"))
        && "to".equals(marker(g, c, Set.of("case")))).toList(), cut);
  }

  /**
   * A "that" clause the parser hung on a noun of the cue's addressee or adjunct ("told analysts on a call that
   * ..."), or -1: the clause's first word is "that" and it directly follows that noun.
   */
  private int thatClauseOnANoun(DepGraph g, List<Integer> right, Set<Integer> cut) {
    for (int c : right) {
      if (!DepGraph.matches(g.rel[c], Set.of("obj", "iobj", "obl", "nmod")) || cut.contains(c)) {
        continue;
      }
      // (or on the noun of an appositive: "telling diners at a Springfield, Ohio, breakfast spot that ...")
      List<Integer> nouns = new ArrayList<>(List.of(c));
      g.children.get(c).stream().filter(k -> k > c && g.rel[k].equals("appos") && !cut.contains(k)).forEach(nouns::add);
      for (int n : nouns) {
        for (int d : g.children.get(n)) {
          if (d > n && DepGraph.matches(g.rel[d], Set.of("ccomp", "acl", "dep")) && !cut.contains(d)) {
            int that = g.subtree(d, cut).get(0);
            // (the complementizer, not a relative pronoun that is the clause's subject: "a call that lasted an hour")
            if (g.tokens.get(that).word().equalsIgnoreCase("that") && that == n + 1 && !g.rel[d].equals("acl:relcl")
                && DepGraph.matches(g.rel[that], Set.of("mark", "dep"))) {
              return d;
            }
          }
        }
      }
      for (int d : g.children.get(c)) {
        if (d > c && DepGraph.matches(g.rel[d], Set.of("ccomp", "acl", "dep")) && !cut.contains(d)) {
          List<Integer> sub = g.subtree(d, cut);
          int that = sub.get(0);
          // "told the AP her group never worked with ...": a clause with its own subject and no relative word,
          // parsed as a relative clause of a named addressee, is what was told
          if (g.rel[d].equals("acl:relcl") && that == c + 1
              && (g.pos(c).startsWith("NNP") || ctx.mentionAt(g.tokens.get(c).begin()) != null)
              && DepGraph.matches(g.rel[c], Set.of("obj", "iobj")) && g.child(d, Set.of("nsubj")) >= 0
              && g.child(c, Set.of("ref")) < 0 && !g.pos(that).startsWith("W")) {
            return d;
          }
        }
      }
    }
    return -1;
  }

  /** Cues that call their object something with "as" ("described the plan as a disgrace", "dismissed it as noise"). */
  private static final Set<String> AS_PREDICATE = Set.of("describe", "characterize", "characterise", "portray",
      "depict", "paint", "hail", "denounce", "condemn", "criticize", "criticise", "dismiss", "brand", "label", "cast",
      "praise", "blast", "slam", "attack", "reject", "refer", "define", "present", "frame", "welcome", "view");

  /** Words that open an adjunct about when or amid what something was said ("after the vote", "as the pair traded insults"). */
  private static final Set<String> ADJUNCT_MARKS = Set.of("after", "before", "since", "following", "despite", "as",
      "while", "when", "until");
  /**
   * Prepositions that open such a phrase ("after the vote", "amid protests", "under oath", "according to the paper":
   * by whose account it was said; "as a lawyer" may be what was said).
   */
  private static final Set<String> ADJUNCT_CASES = Set.of("after", "before", "during", "since", "amid", "amidst",
      "following", "despite", "ahead", "according", "under");

  /**
   * A dependent of the cue that dates or frames the saying rather than being said: a time expression, a
   * clause or phrase opened by "after", "as", "during", "amid" ... ("attacked his record as the pair traded
   * insults" → "his record"), or the medium it was said in ("attacked Roe in a tweet" → "Roe").
   */
  private static boolean adjunctOfTheSaying(DepGraph g, int c) {
    if (DepGraph.matches(g.rel[c], Set.of("obl:tmod", "obl:npmod", "nmod:tmod"))) {
      return true;
    }
    if (DepGraph.matches(g.rel[c], Set.of("advmod")) && ADJUNCT_MARKS.contains(g.tokens.get(c).word().toLowerCase(Locale.ROOT))
        && g.children.get(c).stream().anyMatch(k -> k > c && g.pos(k).matches("VBG|VBN"))) {
      // "disclosed this while speaking with journalists", parsed with the participle hung on "while": when it was said
      return true;
    }
    if (!DepGraph.matches(g.rel[c], Set.of("advcl", "obl"))) {
      return false;
    }
    int mark = g.child(c, Set.of("mark"));
    if (mark >= 0 && mark < c && g.tokens.get(mark).word().equalsIgnoreCase("as") && g.pos(c).matches("VBN|VBG")
        && g.child(c, Set.of("nsubj", "nsubj:pass")) >= 0 && AS_PREDICATE.contains(lemma(g, g.head[c]))) {
      // "described it as “a jungle dressed up as a strategy”", parsed as a clause of the participle with the noun
      // as its subject: after a verb that calls something something, a noun and its participle are what the object
      // was called, not when it was said (a finite clause is: "attacked his record as the pair traded insults";
      // after other verbs it is a role: "noted her years as senator representing the state")
      return false;
    }
    int prep = g.child(c, Set.of("case"));
    String p = prep >= 0 && prep < c ? g.tokens.get(prep).word().toLowerCase(Locale.ROOT) : "";
    if (g.rel[c].startsWith("obl") && Set.of("on", "in", "at").contains(p)
        && (DAYS.contains(g.tokens.get(c).word().toLowerCase(Locale.ROOT))
        || Set.of("DATE", "TIME").contains(g.tokens.get(c).ner()) && g.child(c, Set.of("nmod:poss")) < 0)) {
      // "apologised on Tuesday to relatives of ...": the day it was said
      return true;
    }
    return mark >= 0 && mark < c && ADJUNCT_MARKS.contains(g.tokens.get(mark).word().toLowerCase(Locale.ROOT))
        || ADJUNCT_CASES.contains(p) || MEDIUM_CASES.contains(p) && medium(g, c)
        // "Writing in the Daily Telegraph, he said": a named outlet it was written in
        || "in".equals(p) && "ORGANIZATION".equals(g.tokens.get(c).ner()) && g.pos(c).startsWith("NNP")
        // "reported from the capital" (where "conveyed greetings from the president" sends something from someone)
        || p.equals("from") && g.child(g.head[c], Set.of("obj")) < 0
        // "testified for a second day", "said for the third time"
        || p.equals("for") && DURATIONS.contains(lemma(g, c));
  }

  /**
   * "We are confident the court will agree": a cue that completes the clause before it with no punctuation
   * between (its own subject right after the host's words) is part of that clause, which is not what it says.
   */
  private static boolean complementOfItsHost(DepGraph g, int cue) {
    if (!g.rel[cue].equals("ccomp")) {
      return false;
    }
    int first = g.subtree(cue, Set.of()).get(0);
    return first > 0 && !g.isPunct(first - 1) && !DepGraph.isQuote(g.tokens.get(first - 1));
  }

  /** A day named alone ("Tuesday", "yesterday"), with no words of its own: when something was said. */
  private static boolean bareDay(DepGraph g, int c) {
    return g.children.get(c).isEmpty() && DAYS.contains(g.tokens.get(c).word().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday", "tonight");

  /** Nouns of a span of time or a repetition, which a "for" phrase makes the how-long of the saying. */
  private static final Set<String> DURATIONS = Set.of("day", "hour", "minute", "week", "month", "year", "time",
      "decade", "night", "while");

  /**
   * A "for" phrase that ends right before a "to"-infinitive: the infinitive's subject ("for anyone with footage
   * to come forward"), part of what was asked.
   */
  private static boolean infinitiveSubject(DepGraph g, int c, int clause, Set<Integer> cut) {
    List<Integer> phrase = g.subtree(c, cut);
    List<Integer> inf = g.subtree(clause, cut);
    int mark = g.child(clause, Set.of("mark"));
    return DepGraph.matches(g.rel[c], Set.of("obl")) && "for".equals(marker(g, c, Set.of("case")))
        && mark >= 0 && mark == inf.get(0) && "to".equalsIgnoreCase(g.tokens.get(mark).word())
        && phrase.get(phrase.size() - 1) + 1 == mark;
  }

  /**
   * "in a case prosecutors said had exposed corruption", parsed with the predicate as a bare dependent of the
   * cue: a verb with an auxiliary and no subject right after the cue (its subject is the noun the relative
   * clause modifies) is what was said.
   */
  private static boolean gappedPredicate(DepGraph g, int c, int last) {
    return g.rel[c].equals("dep") && g.pos(c).startsWith("VB") && g.subtree(c, Set.of()).get(0) == last + 1
        && g.child(c, Set.of("aux", "aux:pass", "cop")) == last + 1 && g.child(c, SUBJECT) < 0;
  }

  /**
   * A phrase that says what was asked for or talked about ("asking for a wage they can live on", "spoke about
   * the plan people liked"): a clause right after it, with no punctuation, is the parser's reading of a
   * relative clause of that noun, not what was said.
   */
  private static boolean requestedThing(DepGraph g, int c) {
    String lemma = g.tokens.get(c).lemma() == null ? "" : g.tokens.get(c).lemma().toLowerCase(Locale.ROOT);
    return DepGraph.matches(g.rel[c], Set.of("obl")) && markedBy(g, c, REQUEST_MARKERS)
        && !lemma.equals("time"); // ("told the paper for the first time she had ...")
  }

  /** Prepositions of what was asked for or talked about ("asking for a wage", "spoke about the plan"). */
  private static final Set<String> REQUEST_MARKERS = Set.of("for", "about", "of");

  /**
   * What the cue itself is about, marked by a preposition ("..., warning of “dangerous conditions”", "..., speaking
   * about the plan"): a participle hung on the clause before it with such a phrase of its own says that, not the
   * clause (unlike "..., she said of her rival", whose clause is what was said).
   */
  private static boolean topicOfTheCue(DepGraph g, int c) {
    return g.rel[c].startsWith("obl") && markedBy(g, c, CUE_TOPIC_MARKERS);
  }

  /** Prepositions of what a participle itself is about ("warning of", "speaking about", "warning against"). */
  private static final Set<String> CUE_TOPIC_MARKERS = Set.of("of", "about", "against");

  /** A demonstrative pronoun standing alone: "this", "that", "these", "those" with no noun or modifier of its own. */
  private static boolean demonstrative(DepGraph g, int t) {
    return g.children.get(t).isEmpty() && ("DT".equals(g.pos(t)) || "PRP".equals(g.pos(t)))
        && Set.of("this", "that", "these", "those").contains(g.tokens.get(t).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Verbs whose prepositional phrase in, on or at something is never what was said ("as Roe said on the radio",
   * "testified in court", "the researchers wrote in the journal", "posted on Facebook").
   */
  private static final Set<String> PLAIN_SAYING = Set.of("say", "add", "state", "remark", "testify", "write", "post",
      "tweet");
  /** Of those, the verbs whose phrase "on" something is their topic, unless it is a medium ("testified on the attack"). */
  private static final Set<String> ON_A_TOPIC = Set.of("testify", "write", "post", "tweet");

  /**
   * A phrase opened by "in", "on", "at", "during", "via" or "through" on a plain verb of saying, with no verb or
   * quotation inside: where or when it was said ("as Roe said on a radio program on Monday"), not what was said
   * (a clause the parser hung on its noun is: "stating on a talk show that ...").
   */
  private static boolean whereItWasSaid(DepGraph g, int c, String lemma) {
    int prep = g.child(c, Set.of("case"));
    String p = prep >= 0 ? g.tokens.get(prep).word().toLowerCase(Locale.ROOT) : "";
    return PLAIN_SAYING.contains(lemma) && DepGraph.matches(g.rel[c], Set.of("obl")) && prep >= 0 && prep < c
        && MEDIUM_CASES.contains(p) && !(p.equals("on") && ON_A_TOPIC.contains(lemma) && !medium(g, c))
        && g.subtree(c, Set.of()).stream().noneMatch(t -> g.pos(t).startsWith("VB") || DepGraph.isQuote(g.tokens.get(t)));
  }

  /**
   * A finite predicate the parser hung on the cue as a bare {@code dep} right after the cue's last object,
   * with no subject of its own: the object is its subject ("told Roe his firm worked ...": obj "firm", dep
   * "worked"; "the standards are not perfect": dep "perfect" with its copula). -1 when there is none.
   */
  private static int objectThenPredicate(DepGraph g, List<Integer> objects, List<Integer> right) {
    if (objects.isEmpty()) {
      return -1;
    }
    int obj = objects.get(objects.size() - 1);
    List<Integer> objTokens = g.subtree(obj, Set.of());
    int next = objTokens.get(objTokens.size() - 1) + 1;
    for (int x : right) {
      List<Integer> inf = g.subtree(x, Set.of());
      if (x > obj && g.rel[x].equals("xcomp") && inf.get(0) == next && "to".equals(marker(g, x, Set.of("mark")))) {
        // "said her rival's plan to sell city land would “price out ...”", parsed with the infinitive of the
        // reported subject as the cue's
        next = inf.get(inf.size() - 1) + 1;
      }
    }
    while (next < g.tokens.size() && DepGraph.isQuote(g.tokens.get(next))) {
      next++; // 'told them Clinton “has a number of PACs”', the mark hung on the cue
    }
    for (int d : right) {
      if (d <= obj || !g.rel[d].equals("dep") || g.child(d, Set.of("nsubj", "nsubj:pass", "expl", "csubj")) >= 0
          || g.subtree(d, Set.of()).get(0) != next) {
        continue;
      }
      if (TrailingAttribution.finiteVerb(g.tokens.get(d))) {
        return d;
      }
      for (int c : g.children.get(d)) {
        if (c < d && DepGraph.matches(g.rel[c], Set.of("cop", "aux", "aux:pass"))
            && TrailingAttribution.finiteVerb(g.tokens.get(c))) {
          return d;
        }
      }
    }
    return -1;
  }

  /**
   * The predicate of a report whose reported subject the parser made the cue's object and whose predicate it made
   * the root, with the cue inside that root's subject: in "The person, who asked not to be named, said talks would
   * begin", "said" is a relative clause of "person" (the subject of "begin"); in "Roe launched an ad and announced
   * it would seek a recount", "announced" is conjoined to "launched", the clausal subject of "seek". A relative
   * cue follows a comma (the end of its speaker's own relative clause or apposition: not "The official who
   * announced the plan resigned"). The cue's one object runs up to the predicate, with only the predicate's
   * auxiliaries and adverbs between, one of them or the predicate finite. -1 when it is not so.
   */
  private static int predicateOverCue(DepGraph g, int cue, List<Integer> objects) {
    int host = g.head[cue];
    if (objects.size() != 1 || host < 0 || host > cue || g.child(cue, Set.of("ccomp", "xcomp")) >= 0) {
      return -1;
    }
    boolean relative = g.rel[cue].equals("acl:relcl") && g.rel[host].equals("nsubj")
        && g.tokens.get(cue - 1).word().equals(",");
    boolean conjoined = g.rel[cue].startsWith("conj") && g.rel[host].equals("csubj");
    if (!relative && !conjoined || g.head[host] <= cue) {
      return -1;
    }
    int predicate = g.head[host];
    List<Integer> object = g.subtree(objects.get(0), Set.of());
    if (object.get(0) != cue + 1) {
      return -1;
    }
    boolean finite = TrailingAttribution.finiteVerb(g.tokens.get(predicate));
    for (int k = object.get(object.size() - 1) + 1; k < predicate; k++) {
      if (g.head[k] != predicate || !DepGraph.matches(g.rel[k], Set.of("aux", "aux:pass", "advmod", "cop"))) {
        return -1;
      }
      finite |= TrailingAttribution.finiteVerb(g.tokens.get(k));
    }
    return finite ? predicate : -1;
  }

  /**
   * A verb the parser hung on the cue (or elsewhere) as a bare {@code dep} that opens with an auxiliary right after
   * the last token of the content so far, a noun or number, and has no subject of its own: the phrase that ends there
   * is its subject ("... to show the plan | would cause harm", "a probe planned for 2030 | would land"). -1 when there
   * is none.
   */
  private static int predicateAfterTheClause(DepGraph g, List<Integer> content, Set<Integer> cut) {
    if (content.isEmpty()) {
      return -1;
    }
    int end = Collections.max(content);
    // (hung on the cue, or on the sentence's main verb: "which said it hoped the work would “open doors”")
    for (int d = end + 1; d < g.tokens.size(); d++) {
      // (or an adjective with its copula: "said the poll showed people were “rightly worried” about ...")
      if (g.rel[d].equals("dep") && !cut.contains(d) && (g.pos(d).startsWith("VB") || g.pos(d).startsWith("JJ"))
          && g.child(d, Set.of("nsubj", "nsubj:pass", "expl", "csubj")) < 0
          && g.pos(end).matches("NN.*|CD") && g.subtree(d, Set.of()).get(0) == end + 1
          && g.child(d, Set.of("aux", "aux:pass", "cop")) == end + 1) {
        return d;
      }
    }
    return -1;
  }

  /**
   * An adverbial clause of the cue that runs on from the content (no comma between, only quotation marks) and
   * holds quoted words: the writer quotes the speaker in it, so it was said too. -1 when there is none.
   */
  private static int quotedClauseRunningOn(DepGraph g, List<Integer> right, List<Integer> content, Set<Integer> cut) {
    if (content.isEmpty()) {
      return -1;
    }
    int end = Collections.max(content);
    while (end + 1 < g.tokens.size() && DepGraph.isQuote(g.tokens.get(end + 1))) {
      end++;
    }
    for (int d : right) {
      if (DepGraph.matches(g.rel[d], Set.of("advcl")) && !cut.contains(d) && !content.contains(d)
          && g.subtree(d, cut).get(0) == end + 1 && !g.isPunct(end + 1) && quoteWithin(g, d)) {
        return d;
      }
    }
    return -1;
  }

  /** Words that open a reported question ("why he backs it", "how it works"; "when"/"where" rather date or place). */
  private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "what", "whether", "who", "whom", "which");

  /**
   * The clause headed at {@code head} has its own subject after the cue, and its part after the cue (the
   * cue's subtree aside) starts right after the cue's last token.
   */
  private static boolean clauseStartsAfter(DepGraph g, int head, int cue, int last) {
    if (g.child(head, Set.of("nsubj", "expl")) <= last) {
      return false;
    }
    Set<Integer> cueTokens = new HashSet<>(g.subtree(cue, Set.of()));
    for (int t : g.subtree(head, Set.of())) {
      if (t > last && !cueTokens.contains(t) && !g.isPunct(t)) {
        return t == last + 1;
      }
    }
    return false;
  }

  /** The clause opens with a question word ("explained why he backs it"). */
  private static boolean whClause(DepGraph g, int clause) {
    return QUESTION_WORDS.contains(g.tokens.get(g.subtree(clause, Set.of()).get(0)).word().toLowerCase(Locale.ROOT));
  }

  /** True when the clause's first token follows the cue (or its first object) with no comma or quote between. */
  /**
   * "apologised after remarks she made on stage drew criticism", parsed with "she made on stage" and "drew" both
   * hung on the cue: a clause right followed by a finite verb of the cue's with no subject of its own is a relative
   * clause inside that verb's subject ("remarks she made ... drew"), not what was said.
   */
  private static boolean relativeBeforeItsPredicate(DepGraph g, int clause, List<Integer> right) {
    List<Integer> sub = g.subtree(clause, Set.of());
    int next = sub.get(sub.size() - 1) + 1;
    return right.stream().anyMatch(d -> d > clause && DepGraph.matches(g.rel[d], Set.of("dep", "parataxis"))
        && g.pos(d).matches("VBD|VBZ|VBP") && g.child(d, Set.of("nsubj", "nsubj:pass")) < 0
        && g.subtree(d, Set.of()).get(0) == next);
  }

  private static boolean startsRightAfter(DepGraph g, int clause, int last, List<Integer> objects) {
    int start = g.subtree(clause, Set.of()).get(0);
    int from = last + 1;
    if (!objects.isEmpty() && objects.get(0) < clause) {
      List<Integer> obj = g.subtree(objects.get(0), Set.of());
      from = obj.get(obj.size() - 1) + 1;
    }
    if (start == from) {
      return true;
    }
    // "told the paper last week she would ...", "told reporters on Monday he was ...": only the saying's time or
    // place adjuncts between
    int cue = g.head[clause];
    for (int t = from; t < start; t++) {
      int top = g.branchOf(cue, t);
      if (top < 0 || top >= start || g.isPunct(t) || !DepGraph.matches(g.rel[top], Set.of("obl", "advmod"))
          && !adjunctOfTheSaying(g, top) || requestedThing(g, top)) {
        return false;
      }
    }
    return from < start;
  }

  /**
   * "Roe tells the crowd, he's been known to be tough": the clause of what was told starts with its subject right
   * after a comma that closes the addressee.
   */
  private static boolean afterAddresseeAndComma(DepGraph g, int clause, List<Integer> objects) {
    if (objects.isEmpty() || objects.get(0) > clause) {
      return false;
    }
    List<Integer> obj = g.subtree(objects.get(0), Set.of());
    int comma = obj.get(obj.size() - 1) + 1;
    int subject = g.child(clause, Set.of("nsubj", "expl"));
    // (the clause opens with its subject: not "told reporters, including several from abroad, the plan ...")
    return ",".equals(g.tokens.get(comma).word()) && g.subtree(clause, Set.of()).get(0) == comma + 1
        && subject >= 0 && g.subtree(subject, Set.of()).get(0) == comma + 1;
  }

  private Found trailingStatement(ParsedSentence ps, DepGraph g, int cue, CueLexicon.Match match, int[] span) {
    List<Token> t = g.tokens;
    int singular = singularDeterminerOfAPlural(g, span[0], span[4]);
    // (", a move environmental groups hailed": the plural head speaks, as in a subject of the cue)
    int sBegin = t.get(singular >= 0 ? singular + 1 : span[0]).begin();
    int sEnd = t.get(span[1]).end();
    int head = span[4];
    Speaker speaker = ctx.speakers.resolve(sBegin, sEnd, t.get(head).begin(), t.get(head).word());
    int from = 0;
    if (span[2] >= 0) {
      // "Others were angry: “It's the third strike,” said a traveller": the writer's lead-in before a colon that
      // opens the quotation is not what the traveller said
      // (a lead-in that reports something itself, "The statement referenced the impact it said ... would have:",
      // stays: its own cue is attributed with it)
      for (int k = 0; k + 1 < span[2]; k++) {
        if (lex.at(t, k) != null) {
          break;
        }
        if (t.get(k).word().equals(":") && "``".equals(t.get(k + 1).pos())) {
          from = k + 1;
        }
      }
    }
    // "Roe said the plan was fair — no different, he said, from the last one", "Roe said ...; it was late, he
    // added": after a dash or semicolon that closes another report, only what follows that break
    boolean report = false;
    for (int k = from; k < span[0]; k++) {
      report |= lex.at(t, k) != null;
      if (report && Set.of("—", "–", "--", ";").contains(t.get(k).word())) {
        from = k + 1;
      }
    }
    List<Integer> content = span[2] >= 0 ? range(from, span[2]) : range(Math.max(from, span[3]), t.size() - 1);
    trim(g, content);
    return build(ps, g, cue, match, content, speaker, span[0]);
  }

  /** Verbs of a speaker's attitude that a writer reports from what was said ("and hoped talks could resume"). */
  private static final Set<String> ATTITUDE_VERBS = Set.of("hope", "want", "wish", "expect", "believe", "fear",
      "think", "feel", "worry");

  /**
   * Whether the conjunct {@code c} of the cue is a bare infinitive (no subject, auxiliary or marker of its own) right
   * after an infinitive clause the cue reports and its "and"/"or", with no comma before: "urged voters to remain calm
   * and wait for the count". A cue that is itself a bare infinitive may be the one coordinated ("to urge calm and
   * wait").
   */
  private static boolean bareInfinitiveAfterInfinitive(DepGraph g, int cue, int c) {
    int cc = g.child(c, Set.of("cc"));
    if ("VB".equals(g.pos(cue)) || !"VB".equals(g.pos(c)) || cc < 0 || cc > c || g.isPunct(cc - 1)
        || !g.tokens.get(cc).word().matches("(?i)and|or") || g.subtree(c, Set.of()).get(0) != cc
        || g.child(c, Set.of("nsubj", "nsubj:pass", "aux", "mark")) >= 0) {
      return false;
    }
    for (int k : g.children.get(cue)) {
      if (k > cue && k < cc && g.rel[k].equals("xcomp") && "to".equals(marker(g, k, Set.of("mark")))) {
        List<Integer> clause = g.subtree(k, Set.of());
        if (clause.get(clause.size() - 1) == cc - 1) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the conjunct {@code c} of the cue takes the tense of the cue's first complement clause, not the cue's
   * own: "said Freedonia attaches great importance to the ties and looks forward to more investment" reports both
   * verbs, even one that is a cue itself when it has no subject of its own.
   */
  private static boolean inTheComplementsTense(DepGraph g, int cue, int c) {
    int complement = complementBefore(g, cue, c);
    String tense = tense(g, c);
    return complement >= 0 && tense != null && tense.equals(tense(g, complement)) && !tense.equals(tense(g, cue));
  }

  /** The cue's first complement clause (ccomp) between the cue and token {@code c}, or -1. */
  private static int complementBefore(DepGraph g, int cue, int c) {
    return g.children.get(cue).stream().filter(k -> k > cue && k < c && DepGraph.matches(g.rel[k], Set.of("ccomp")))
        .findFirst().orElse(-1);
  }

  /**
   * Whether the conjunct {@code c} is a past perfect after a cue in the past, the tense of what was reported: "said
   * her client was ashamed and had written a letter of apology" (even of a cue: "written").
   */
  private static boolean pastPerfectAfterPastCue(DepGraph g, int cue, int c) {
    int cc = g.child(c, Set.of("cc"));
    return "VBD".equals(g.pos(cue)) && g.children.get(c).stream().anyMatch(k -> k > cc && k < c
        && g.rel[k].equals("aux") && "had".equalsIgnoreCase(g.tokens.get(k).word()));
  }

  /** Modals in the tense of reported speech ("will" becomes "would"), unlike the cue's own present "will". */
  private static final Set<String> BACKSHIFTED_MODALS = Set.of("would", "could", "might", "should");

  /**
   * A second clause the parser coordinated with the cue instead of with its first complement: part of what was
   * said. Either opened by "that" ("said the claims need testing but that the price was aggressive"), or with a
   * subject of its own joined by "but"/"and" with no comma before ("said levels were being monitored but no
   * change had been recorded"; after a comma, "..., but no one listened", it is the writer's), or with none and
   * a backshifted modal ("said it was open to talks but would not withdraw the bill"). Only after a complement
   * clause of the cue, and not itself a cue unless it has no subject and takes the reported tense ("... and looks
   * forward to", "... and had written a letter"). Or a bare infinitive after a reported infinitive ("urged voters
   * to remain calm and wait for the count"), which the cue, not a bare infinitive itself, cannot be coordinated
   * with.
   */
  private boolean reportedConjunct(DepGraph g, int cue, int c) {
    if (c <= cue || !DepGraph.matches(g.rel[c], Set.of("conj"))
        || lex.at(g.tokens, c) != null && !((inTheComplementsTense(g, cue, c) || pastPerfectAfterPastCue(g, cue, c))
        && g.child(c, Set.of("nsubj", "nsubj:pass", "expl")) < cue)) {
      return false;
    }
    if (bareInfinitiveAfterInfinitive(g, cue, c)) {
      return true;
    }
    if (complementBefore(g, cue, c) < 0) {
      return false;
    }
    int mark = g.child(c, Set.of("mark"));
    if (mark >= 0 && mark < c && "that".equalsIgnoreCase(g.tokens.get(mark).word())) {
      return true;
    }
    // (or with no subject, when it holds the speaker's quoted words, "said he respected the ruling but was “deeply
    // concerned”", or takes the tense of the complement, not the cue's: "said the plan costs less and works better")
    int cc = g.child(c, Set.of("cc"));
    int subject = g.child(c, Set.of("nsubj", "nsubj:pass", "expl"));
    boolean complementTense = inTheComplementsTense(g, cue, c);
    // (a subject before the cue is the cue's own, shared by the enhanced graph: "said the government was open to
    // dialogue but would not withdraw the bill", where a backshifted modal marks what was reported)
    boolean noSubject = subject < cue;
    // (or a past perfect after a cue in the past: "said it accepted the findings and had spent £120 million on ...")
    boolean backshifted = pastPerfectAfterPastCue(g, cue, c) || g.children.get(c).stream().anyMatch(k -> k > cc
        && k < c && "MD".equals(g.pos(k)) && BACKSHIFTED_MODALS.contains(g.tokens.get(k).word().toLowerCase(Locale.ROOT)));
    // ("said the country welcomed the deal and hoped talks could resume": the speaker's attitude to a clause)
    boolean attitude = ATTITUDE_VERBS.contains(lemma(g, c)) && g.child(c, Set.of("ccomp", "xcomp")) > c;
    return cc > cue && (subject > cc && subject < c
        || noSubject && (quoteWithin(g, c) || complementTense || backshifted || attitude))
        && g.subtree(c, Set.of()).get(0) == cc && !g.isPunct(cc - 1)
        && Set.of("but", "and").contains(g.tokens.get(cc).word().toLowerCase(Locale.ROOT));
  }

  /** "present" or "past" for a finite verb or a predicate with a finite auxiliary or copula, else null ("modal"). */
  private static String tense(DepGraph g, int t) {
    List<Integer> verbs = new ArrayList<>(List.of(t));
    g.children.get(t).stream().filter(k -> k < t && DepGraph.matches(g.rel[k], Set.of("aux", "aux:pass", "cop")))
        .forEach(verbs::add);
    for (int v : verbs) {
      String pos = g.pos(v);
      if (pos.equals("VBD")) {
        return "past";
      }
      if (pos.matches("VBZ|VBP")) {
        return "present";
      }
    }
    return null;
  }

  /** A quotation mark among the words of {@code t}'s subtree. */
  private static boolean quoteWithin(DepGraph g, int t) {
    return g.subtree(t, Set.of()).stream().anyMatch(k -> DepGraph.isQuote(g.tokens.get(k)));
  }

  /** A quotation mark in token {@code t}'s phrase after it (the quoted words follow the verb). */
  private static boolean quoteAfter(DepGraph g, int t) {
    return g.subtree(t, Set.of()).stream().anyMatch(k -> k > t && DepGraph.isQuote(g.tokens.get(k)));
  }

  /**
   * A cue at token {@code t} that can report speech by its form: a verb of the "call" condition only with its
   * "to"-clause or a clause ("would save money and encourage recycling" goes on with what was said).
   */
  private boolean callOrCue(DepGraph g, int t) {
    CueLexicon.Match m = lex.at(g.tokens, t);
    if (m != null && m.cue().condition() == CueLexicon.Condition.CLAUSE && g.child(t, Set.of("ccomp")) < 0
        && !quoteWithin(g, t)) {
      // "willing to maintain close communication", "adding ten days to voyages": no report without a clause
      return false;
    }
    if (m != null && m.cue().condition() == CueLexicon.Condition.QUOTE) {
      // a verb that reports only quoted words continues the sentence as a report only with them ("against
      // reading too much into the numbers" is part of what was said), and they follow it ("said the campaign
      // would ''begin to focus on ...''" quotes the words from "begin" on)
      return quoteAfter(g, t);
    }
    if (m == null || m.cue().condition() != CueLexicon.Condition.CALL) {
      return m != null;
    }
    return g.children.get(t).stream().anyMatch(c -> c > t && (DepGraph.matches(g.rel[c], Set.of("ccomp"))
        || DepGraph.matches(g.rel[c], Set.of("xcomp")) && "to".equals(marker(g, c, Set.of("mark")))));
  }

  /** Cue continuations and other cues' clauses hanging inside a subtree are not part of this content. */
  private Set<Integer> continuationCuts(DepGraph g, int cue) {
    Set<Integer> cut = new HashSet<>();
    boolean cueQuoted = ctx.quotationAt(g.tokens.get(cue).begin()) != null;
    for (int t = 0; t < g.tokens.size(); t++) {
      if (!cueQuoted && t > cue && ctx.quotationAt(g.tokens.get(t).begin()) != null) {
        // ('said: “I could not fix the finances without asking people to pay more”': inside the quotation a
        // participle is the speaker's own words, no report of its own)
        continue;
      }
      // (a passive is no one's report: "told fans she was “heartbroken” but had been advised by doctors to rest")
      if (t != cue && DepGraph.matches(g.rel[t], Set.of("advcl", "conj", "parataxis", "dep"))
          && callOrCue(g, t) && g.child(t, SUBJECT) < 0 && !participleOfANoun(g, t) && !modalConjunct(g, cue, t)
          && g.child(t, Set.of("aux:pass")) < 0 && !(g.head[t] == cue && reportedConjunct(g, cue, t))) {
        cut.add(t);
      }
      if (t != cue && lex.at(g.tokens, t) != null && DepGraph.matches(g.rel[t], Set.of("parataxis"))) {
        cut.add(t);
      }
      if (concededReport(g, cue, t)) {
        // (a contrasting cue parsed as the clausal subject of what it reports takes that predicate with it)
        cut.add(clausalContrast(g, t) ? g.head[t] : t);
      }
      if (coordinatedReport(g, cue, t)) {
        // "Two in three said they would stay home, and nearly half said they ...": a second report with a
        // subject of its own, coordinated onto the first report's clause, is its own statement
        cut.add(t);
      }
      if (t > cue + 1 && "VBG".equals(g.tokens.get(t).pos()) && lex.at(g.tokens, t) != null
          && g.child(t, SUBJECT) > cue && "with".equals(marker(g, t, Set.of("mark", "case")))) {
        // "Others complained about the notice, with some saying they had booked flights": a report by a
        // source of its own in a "with" clause is its own statement
        cut.add(t);
      }
      if (t > cue + 1 && "VBG".equals(g.tokens.get(t).pos()) && ",".equals(g.tokens.get(t - 1).word())
          && lex.at(g.tokens, t) != null && g.child(t, SUBJECT) < 0) {
        // "..., adding: ..." hung on a noun of the content (acl): still the next statement, not this one's
        cut.add(t);
      }
    }
    int object = g.child(cue, Set.of("obj"));
    for (int c : g.children.get(cue)) {
      if (DepGraph.matches(g.rel[c], Set.of("conj", "cc")) && !reportedConjunct(g, cue, c)) {
        cut.add(c);
      }
      if (object >= 0 && c > object && TIMING.contains(String.valueOf(marker(g, c, Set.of("mark"))))
          && DepGraph.matches(g.rel[c], Set.of("advcl")) && g.child(c, SUBJECT) >= 0 && c > 1
          && ",".equals(g.tokens.get(g.subtree(c, Set.of()).get(0) - 1).word())) {
        // "dismissed the proposal as “unserious”, as fighting intensified": a clause of its own subject on the
        // cue, after its object and a comma, says when it was said, not what
        cut.add(c);
      }
    }
    return cut;
  }

  /** Subordinators of time that open a clause about when something was said ("as", "while", "after"). */
  private static final Set<String> TIMING = Set.of("as", "while", "when", "after", "before", "amid");

  /**
   * "said she was disappointed and would ask ministers to meet them": a cue with a modal (or a perfect like its
   * predicate's), coordinated with a predicate of the reported clause (not with the cue), continues what was said;
   * without one it is a further report ("said the plan works and urged voters to back it").
   */
  private static boolean modalConjunct(DepGraph g, int cue, int t) {
    // (or a perfect as the predicate it is coordinated with: "said it had refunded customers and had “apologised
    // unreservedly”", the backshifted tense of the reported clause)
    int h = g.head[t];
    return g.rel[t].startsWith("conj") && h != cue && h > cue
        && g.children.get(t).stream().anyMatch(k -> k < t && g.rel[k].equals("aux") && ("MD".equals(g.pos(k))
        || "have".equals(lemma(g, k)) && g.children.get(h).stream().anyMatch(a -> a < h && g.rel[a].equals("aux")
        && "have".equals(lemma(g, a)))));
  }

  /**
   * "Roe said the plan would work, though she acknowledged it was risky": a report by a personal pronoun in a
   * concessive clause after a comma is the writer's frame, a second statement, not part of the first one's
   * content, wherever the parser hung it; so is a contrasting report by any source after ", while" or
   * ", whereas" ("Seven in ten said they would vote, while a fifth said they might not").
   */
  private boolean concededReport(DepGraph g, int cue, int t) {
    if (t <= cue + 1 || !DepGraph.matches(g.rel[t], Set.of("advcl", "csubj")) || lex.at(g.tokens, t) == null) {
      return false;
    }
    int mark = g.child(t, Set.of("mark"));
    String conjunction = mark < 1 || mark > t ? "" : g.tokens.get(mark).word().toLowerCase(Locale.ROOT);
    boolean contrast = CONTRASTS.contains(conjunction);
    boolean clausal = clausalContrast(g, t);
    if (!contrast && !Set.of("though", "although").contains(conjunction)
        || DepGraph.matches(g.rel[t], Set.of("csubj")) && !clausal) {
      return false;
    }
    int before = mark - 1;
    if (before > 0 && "even".equalsIgnoreCase(g.tokens.get(before).word())) {
      before--;
    }
    while (before > 0 && DepGraph.isQuote(g.tokens.get(before))) {
      before--; // '..., “we will win,” though she conceded ...'
    }
    int subject = g.nsubjBefore(t);
    // (its own words follow it: "though she noted she has pushed ...", parsed with "noted" hung on "pushed",
    // is left alone)
    int own = clausal ? g.head[t] : g.child(t, Set.of("ccomp", "xcomp", "obj", "parataxis"));
    // (a contrasting report after ", while" / ", whereas" is another source's, whoever speaks: "Roe said the plan
    // was too costly, while her deputy said it would pay for itself")
    // (after "though"/"although" a personal pronoun, or any source when the clause ends the sentence: "..., although a
    // ministry spokesman later described the move as routine"; not one that interrupts the content)
    boolean source = subject > mark && (contrast || endsTheSentence(g, t) ? !g.pos(subject).startsWith("W")
        : "PRP".equals(g.pos(subject)));
    return ",".equals(g.tokens.get(before).word()) && source && own > t
        && ctx.quotationAt(g.tokens.get(t).begin()) == null;
  }

  /** The subtree of {@code t} runs to the sentence's last word (only punctuation and quotation marks after it). */
  private static boolean endsTheSentence(DepGraph g, int t) {
    List<Integer> sub = g.subtree(t, Set.of());
    for (int k = sub.get(sub.size() - 1) + 1; k < g.tokens.size(); k++) {
      if (!g.isPunct(k) && !DepGraph.isQuote(g.tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * ", while Roe said there was no pressure", parsed with "said" as the clausal subject of "pressure": a cue after
   * "while"/"whereas" whose head, to its right, is what it reports.
   */
  private static boolean clausalContrast(DepGraph g, int t) {
    return (DepGraph.matches(g.rel[t], Set.of("csubj")) || reportHungOnItsClause(g, t)) && g.head[t] > t
        && contrastMark(g, t) >= 0;
  }

  /**
   * ", while Roe said the government had failed", parsed with "said" as an adverbial clause of "failed": the verb
   * the cue hangs on, to its right, has its own subject after the cue, so it is what the cue reports.
   */
  private static boolean reportHungOnItsClause(DepGraph g, int t) {
    int h = g.head[t];
    return DepGraph.matches(g.rel[t], Set.of("advcl")) && h > t && g.pos(h).startsWith("VB")
        && g.child(h, Set.of("nsubj", "nsubj:pass", "expl")) > t && g.child(t, Set.of("ccomp", "xcomp", "obj")) < 0;
  }

  /** Conjunctions that set a second source's report against the first ("..., while Roe said ..."). */
  private static final Set<String> CONTRASTS = Set.of("while", "whereas");

  /** The "while"/"whereas" that marks {@code t}'s clause before it, or -1. */
  private static int contrastMark(DepGraph g, int t) {
    int mark = g.child(t, Set.of("mark"));
    return mark >= 0 && mark < t && CONTRASTS.contains(g.tokens.get(mark).word().toLowerCase(Locale.ROOT)) ? mark : -1;
  }

  /**
   * Whether token {@code t} is a finite reporting verb with its own subject (not a relative pronoun), joined by
   * "and"/"but" as a conjunct to a word after {@code cue}, outside quoted words: a coordinated report, not part of
   * what the first speaker said ("said A and that B" is one report, and so is a quotation's own wording).
   */
  private boolean coordinatedReport(DepGraph g, int cue, int t) {
    if (t <= cue + 1 || !DepGraph.matches(g.rel[t], Set.of("conj")) || g.head[t] <= cue || lex.at(g.tokens, t) == null) {
      return false;
    }
    String pos = g.pos(t);
    boolean finite = Set.of("VBD", "VBZ", "VBP").contains(pos) || g.child(t, Set.of("aux")) >= 0 && pos.startsWith("VB");
    int subject = g.child(t, SUBJECT);
    int cc = g.child(t, Set.of("cc"));
    int host = g.head[t];
    int hostMark = g.child(host, Set.of("mark"));
    if (hostMark >= 0 && "that".equalsIgnoreCase(g.tokens.get(hostMark).word())) {
      // "saying that Xi paid a visit and the two heads of state agreed to ...": the "that" clause holds both
      return false;
    }
    return finite && g.child(t, Set.of("mark")) < 0 && subject > g.head[t] && subject < t && cc >= 0 && cc < subject
        && !g.pos(subject).startsWith("W") && ctx.quotationAt(g.tokens.get(t).begin()) == null;
  }

  /** Adverbs that say how little was said, before the "that" of what was ("said only that ..."). */
  private static final Set<String> HEDGES_BEFORE_THAT = Set.of("only", "simply", "merely", "just");

  /** Nouns that sum up a report in a closing appositive ({@code statements/summing-nouns.txt}). */
  private static final Set<String> SUMMING_NOUNS = Set.copyOf(org.newsgraph.util.Lexicon.lines(
      "/org/newsgraph/statements/summing-nouns.txt"));

  /**
   * "said the bill would stifle innovation, a claim Roe called nonsense": the position in {@code out} of the
   * article of a closing appositive that sums up the report (a comma, "a"/"an", adjectives, a noun of
   * {@link #SUMMING_NOUNS}, then the rest of the content, with no quotation mark: its words are the writer's),
   * or -1.
   */
  private static int summingAppositive(DepGraph g, List<Integer> out) {
    for (int i = 2; i + 1 < out.size(); i++) {
      String article = g.tokens.get(out.get(i)).word().toLowerCase(Locale.ROOT);
      if (!Set.of("a", "an").contains(article) || !",".equals(g.tokens.get(out.get(i - 1)).word())
          || out.get(i) != out.get(i - 1) + 1) {
        continue;
      }
      int n = i + 1;
      while (n < out.size() && g.pos(out.get(n)).matches("JJ.?|RB.?|VBN")) {
        n++;
      }
      if (n < out.size() && g.pos(out.get(n)).startsWith("NN")
          && SUMMING_NOUNS.contains(lemma(g, out.get(n)).toLowerCase(Locale.ROOT))
          && out.subList(i, out.size()).stream().noneMatch(k -> DepGraph.isQuote(g.tokens.get(k)))) {
        return i;
      }
    }
    return -1;
  }

  private static void trim(DepGraph g, List<Integer> out) {
    // ("said only that ...": the adverb is how little was said, not part of it)
    // ("saying only that decisions would be made ...", parsed with "that" as the determiner of "decisions": still
    // the complementizer when a finite verb follows)
    if (out.size() > 2 && HEDGES_BEFORE_THAT.contains(g.tokens.get(out.get(0)).word().toLowerCase(Locale.ROOT))
        && "that".equalsIgnoreCase(g.tokens.get(out.get(1)).word())) {
      boolean mark = "mark".equals(g.rel[out.get(1)]);
      if (mark || out.stream().skip(2).anyMatch(k -> TrailingAttribution.finiteVerb(g.tokens.get(k)))) {
        out.remove(0);
        if (!mark) {
          out.remove(0);
        }
      }
    }
    while (!out.isEmpty() && (g.isPunct(out.get(0)) || Set.of("that", "and", "but").contains(
        g.tokens.get(out.get(0)).word().toLowerCase(Locale.ROOT)) && g.rel[out.get(0)] != null
        && DepGraph.matches(g.rel[out.get(0)], Set.of("mark", "cc")))) {
      out.remove(0);
    }
    for (int i = 1; i + 2 < out.size(); i++) {
      // ("told Lee that ties are indispensable, according to an official who briefed reporters": the closing
      // "according to" phrase, its own statement, attributes the whole report and is no part of what was said)
      int according = out.get(i);
      int source = g.head[according];
      if (!"according".equalsIgnoreCase(g.tokens.get(according).word())
          || !"to".equalsIgnoreCase(g.tokens.get(out.get(i + 1)).word())
          || !",".equals(g.tokens.get(out.get(i - 1)).word()) || source <= according) {
        continue;
      }
      List<Integer> phrase = g.subtree(source, Set.of());
      if (phrase.stream().filter(k -> !g.isPunct(k)).findFirst().get() == according
          && phrase.get(phrase.size() - 1).equals(out.get(out.size() - 1))) {
        out.subList(i - 1, out.size()).clear();
        break;
      }
    }
    int summing = summingAppositive(g, out);
    if (summing > 0) {
      out.subList(summing - 1, out.size()).clear();
    }
    while (!out.isEmpty() && g.isPunct(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    while (!out.isEmpty() && (g.isPunct(out.get(out.size() - 1))
        || Set.of("and", "or", "but").contains(g.tokens.get(out.get(out.size() - 1)).word().toLowerCase(Locale.ROOT)))) {
      out.remove(out.size() - 1);
    }
  }
}
