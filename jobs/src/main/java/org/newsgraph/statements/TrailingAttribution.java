package org.newsgraph.statements;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Token;
import org.newsgraph.util.JobTitles;

/**
 * Where the speaker and the words said lie around a cue that is not followed by its complement: a
 * trailing attribution ("..., Roe said on Friday.", "...,” Roe told reporters.", "...,” Jane Roe, head of
 * the bank, told reporters."), a parenthetical ("Third, he said, ..."), or an inverted one ("..., said
 * Roe, a historian at ..."). Plain token-and-arc rules, used by {@link CueVerbRule}.
 */
final class TrailingAttribution {

  private TrailingAttribution() {
  }

  /** Words opening a clause about the act of saying ("said while ...", "said as ..."). */
  static final Set<String> SUBORDINATORS = Set.of("while", "as", "when", "after", "before", "during", "because",
      "since", "although", "though");

  /** Time words a parser may attach to a cue as an argument ("said Saturday"). */
  static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening", "night",
      "week", "weekend", "month", "year", "earlier", "later", "recently", "again", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december");

  /**
   * "said matter-of-factly", "said half-jokingly": a manner adverb written with hyphens, which the tokenizer splits
   * and the parser may take for an object ("matter") with the rest hung on it; how it was said, not what.
   */
  static boolean hyphenatedAdverb(DepGraph g, int c) {
    List<Integer> words = g.subtree(c, Set.of());
    int lastWord = words.get(words.size() - 1);
    String w = g.tokens.get(lastWord).word().toLowerCase(Locale.ROOT);
    return words.size() >= 3 && w.endsWith("ly") && "RB".equals(g.pos(lastWord))
        && words.stream().anyMatch(k -> "HYPH".equals(g.pos(k)))
        && words.stream().noneMatch(k -> g.pos(k).startsWith("VB"));
  }

  /** Units of a span of time ("two days after the vote"). */
  static final Set<String> TIME_UNITS = Set.of("minute", "minutes", "hour", "hours", "day", "days", "week",
      "weeks", "month", "months", "year", "years");

  /**
   * "..., the agency declared on Thursday, two days after the vote.": a span of time before or after something,
   * from {@code k} on, dates the saying and says nothing of its own.
   */
  private static boolean timeAfter(List<Token> t, int k, int end) {
    if (k + 2 >= end || !"CD".equals(t.get(k).pos()) && !t.get(k).word().equalsIgnoreCase("a")
        || !TIME_UNITS.contains(t.get(k + 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String w = t.get(k + 2).word().toLowerCase(Locale.ROOT);
    return w.equals("after") || w.equals("before") || w.equals("later") || w.equals("earlier") || w.equals("ago");
  }

  /** Answers that are all of what was said ("the candidate said no"). */
  static final Set<String> ANSWERS = Set.of("yes", "no");

  /** Longest speaker (tokens) of a parenthetical attribution (", the former minister said,"). */
  static final int PARENTHETICAL_SPEAKER = 5;

  /** Cue classes whose verbs take an object (thank, urge, accuse, promise, reject). */
  static final Set<String> OBJECT_CLASSES = Set.of("express", "urge", "criticize", "agree", "deny");

  /** Cues whose object alone is never what was said. */
  static final Set<String> TELL = Set.of("tell", "inform", "assure", "remind", "brief");

  /** Cues whose object is the addressee, not what was said ("told reporters", "assured him"). */
  static final Set<String> ADDRESSEE = Set.of("tell", "inform", "assure", "remind", "warn", "caution",
      "brief", "answer", "reply", "write");

  /**
   * "..., the minister announced on Monday, citing evidence that ...", parsed with "citing" as an adjective of
   * the cue's object: a participle after a comma says what else the speaker did, not what was announced (when the
   * report stands before the cue, or a "that" clause after the participle's phrase).
   */
  static boolean participleParsedAsObject(DepGraph g, int c) {
    int first = g.subtree(c, Set.of()).get(0);
    return g.rel[c].equals("obj") && first > 0 && ",".equals(g.tokens.get(first - 1).word())
        && "VBG".equals(g.pos(first)) && g.rel[first].equals("amod") && g.head[first] == c;
  }

  /** The word after the cue is a thing told, no addressee ("told a joke": {@code work-objects.tsv}). */
  private static boolean told(DepGraph g, int cue, int object) {
    Set<String> works = CueVerbRule.WORK_OBJECTS.get(CueVerbRule.lemma(g, cue));
    return works != null && works.contains(CueVerbRule.lemma(g, object));
  }

  /**
   * From {@code from} leftwards, the first token that {@code stop} accepts, is a verb or modal, has no tag, or lies
   * more than {@code reach} tokens before the cue; -1 when none is before the sentence start.
   */
  private static int backOverVerbless(List<Token> t, int from, int cue, int reach,
      java.util.function.Predicate<Token> stop) {
    int j = from;
    while (j >= 0 && !stop.test(t.get(j)) && t.get(j).pos() != null
        && (!t.get(j).pos().startsWith("VB") || reducedRelative(t, j)) && !t.get(j).pos().equals("MD")
        && cue - j <= reach) {
      j--;
    }
    return j;
  }

  /**
   * A participle right after a noun, which modifies it: "the company developing it", "officials briefed on the talks"
   * (in a speaker's phrase before the cue, no verb of its own).
   */
  private static boolean reducedRelative(List<Token> t, int j) {
    // (a participle the tagger took for a past tense before its preposition: "officials briefed on the talks"; not
    // one before the noun it modifies: "the G20 leading economies")
    String next = j + 1 < t.size() && t.get(j + 1).pos() != null ? t.get(j + 1).pos() : "";
    boolean participle = t.get(j).pos().matches("VBG|VBN") && next.matches("PRP\\$?|DT|IN|RP")
        || t.get(j).pos().equals("VBD") && next.equals("IN");
    return j > 0 && participle && t.get(j - 1).pos() != null && t.get(j - 1).pos().matches("NNS?");
  }

  /**
   * A trailing attribution: "..., Chinese Vice President Han Zheng said on Wednesday.", "...,” Roe
   * told reporters in the Capitol.", "..., said Roe." or a parenthetical "Third, he said, ...". Returns
   * {subject first, subject last, content last (-1: none), content first (-1: none), subject head}, or null.
   */
  static int[] find(AttributionContext ctx, DepGraph g, int cue, CueLexicon.Match match) {
    int last = match.lastToken();
    List<Token> t = g.tokens;
    int n = t.size();
    int end = n;
    for (int k = last + 1; k < n; k++) {
      if (t.get(k).word().equals(";")) {
        // "..., analysts say; in 2012, Roe won 27 percent": after a semicolon the writer's next sentence begins
        end = k;
        break;
      }
    }
    while (end > 0 && (g.isPunct(end - 1) || DepGraph.isQuote(t.get(end - 1))) && !t.get(end - 1).word().equals(",")) {
      end--;
    }
    if (last + 1 < end && ("UH".equals(t.get(last + 1).pos())
        || ANSWERS.contains(t.get(last + 1).word().toLowerCase(Locale.ROOT)))) {
      // "Asked if he was ever bullied, the candidate said no.": the answer is what was said
      return null;
    }
    boolean addressee = ADDRESSEE.contains(t.get(cue).lemma() == null ? "" : t.get(cue).lemma().toLowerCase(Locale.ROOT));
    // after the cue: nothing, a short verbless adjunct (or the addressee), or a comma and a continuation
    int k = last + 1;
    boolean continuation = false;
    int adjunct = 0;
    for (; k < end; k++) {
      String pos = t.get(k).pos();
      if (t.get(k).word().equals(",") || DepGraph.isQuote(t.get(k))) {
        String nextPos = k + 1 < end ? t.get(k + 1).pos() : null;
        // "..., Roe said, adding ...", "..., said, who asked ...", "..., said, as ...", "..., the company said,
        // compared with forecasts of ...": a participle or clause about what was said, not more of it
        continuation = nextPos != null && (nextPos.matches("VBG|VBN") || nextPos.equals("IN") || nextPos.equals("WRB")
            || (nextPos.equals("WP") || nextPos.equals("WDT")) && adjunct == 0) || timeAfter(t, k + 1, end);
        break;
      }
      if (SUBORDINATORS.contains(t.get(k).word().toLowerCase(Locale.ROOT)) && k > last + 0) {
        // "..., Roe said while assessing the match": a clause about the saying, not what was said
        continuation = true;
        break;
      }
      // ("said in its closely watched report", "said in a report released on Monday": a participle modifying a
      // noun of the adjunct is no verb)
      boolean modifier = pos != null && pos.matches("VBN|VBG") && (g.rel[k].equals("amod") && g.head[k] > k
          || g.rel[k].equals("acl") && g.head[k] > last && g.head[k] < k && g.child(k, Set.of("nsubj", "ccomp")) < 0);
      if (pos != null && (pos.startsWith("VB") && !modifier
          || pos.equals("IN") && t.get(k).word().equalsIgnoreCase("that"))) {
        break;
      }
      adjunct++;
    }
    boolean arguments = last > cue && adjunct > 0;
    for (int c : g.children.get(cue)) {
      boolean object = DepGraph.matches(g.rel[c], Set.of("obj", "iobj"));
      // "said Saturday", "told reporters Monday": a time word the parser took for an argument is an adjunct
      boolean time = TIME_WORDS.contains(t.get(c).word().toLowerCase(Locale.ROOT));
      // an argument beyond the comma of a continuation belongs to it ("..., the people said, who asked ...")
      // (also a participle parsed as the object after an adjunct: "..., the company said on Monday, ending months of
      // speculation")
      boolean beyond = continuation && c > k && (adjunct == 0 || participleParsedAsObject(g, c));
      // ("told CNN", with the addressee parsed as a predicate; but "told a joke" names an act, no one addressed)
      boolean addresseeAsPredicate = addressee && g.rel[c].equals("xcomp") && g.pos(c).matches("NNPS?|PRP")
          && g.children.get(c).stream().allMatch(d -> DepGraph.matches(g.rel[d], Set.of("det", "compound")));
      boolean thingTold = addressee && object && told(g, cue, c);
      arguments |= c > last && !time && !beyond
          && (DepGraph.matches(g.rel[c], Set.of("ccomp", "xcomp")) && !addresseeAsPredicate
              || object && (!addressee || thingTold) && !hyphenatedAdverb(g, c));
    }
    boolean rightOk = (k == end || continuation) && adjunct <= 8 && !arguments;
    // subject between a comma (or closing quotation mark) and the cue: "..., Roe said", "...” he said"
    // (the perfect's auxiliary is no part of the speaker: "..., officials have confirmed")
    int verb = cue;
    while (verb > 1 && g.head[verb - 1] == cue && "aux".equals(g.rel[verb - 1])
        && t.get(verb - 1).word().matches("(?i)has|have|had")) {
      verb--;
    }
    int j = backOverVerbless(t, verb - 1, cue, 12, TrailingAttribution::boundary);
    int subjectFirst = j + 1;
    if (subjectFirst < cue && j > 0 && t.get(j).word().equals(",")
        && Set.of("and", "or").contains(t.get(subjectFirst).word().toLowerCase(Locale.ROOT))) {
      // '“...,” Acme's president, Jane Roe, and its lawyer Ann Lee wrote': the last of coordinated speakers; the
      // subject runs back over the commas to the closing quotation mark when only names and roles lie between
      int q = backOverVerbless(t, j - 1, cue, 24, DepGraph::isQuote);
      if (q > 1 && DepGraph.isQuote(t.get(q)) && boundary(t.get(q - 1))) {
        j = q;
        subjectFirst = q + 1;
      }
    }
    if (subjectFirst < verb && contactRelative(ctx, t, subjectFirst, verb)) {
      // "..., a point Roe also acknowledged.", "not everything Roe says is true": a noun and the subject of a
      // relative clause without "that", not a speaker
      return null;
    }
    for (int w = subjectFirst; w < verb; w++) {
      if (t.get(w).pos() != null && t.get(w).pos().matches("WDT|WP")) {
        // "The server, which he described as “an open orchid,” was ...", "..., up from a third who said so in
        // March": a relative clause, no attribution of the words around it
        return null;
      }
    }
    int contentLast = j - 1;
    while (contentLast >= 0 && boundary(t.get(contentLast))) {
      contentLast--;
    }
    if (rightOk && j > 0 && subjectFirst < verb && boundary(t.get(j)) && contentLast >= 0
        && nominal(t, subjectFirst, verb) && !prepositionalPhrase(t, contentLast) && !subordinator(t, subjectFirst)
        && !adverbialClause(ctx, g, contentLast)) {
      return new int[] {subjectFirst, verb - 1, contentLast, -1,
          AttributionContext.nounPhraseHead(t, subjectFirst, verb)};
    }
    if (verb < cue) {
      return null; // (the forms below are of a cue right after its speaker)
    }
    // parenthetical: "Third, he said, comprehensive security cooperation should ...", "What is needed, she said,
    // is ...": what was said runs from the sentence's first word to its last, the interruption included
    // ("Revenue rose 18%, the company said in a statement, ahead of forecasts": a short adjunct of the saying
    // before the second comma, after a reported clause of its own)
    // ("The bank, he wrote on social media, had waited too long": a subject alone before, its verb after)
    boolean saidWhere = adjunct > 0 && adjunct <= 6
        && (!arguments && leftClause(g, cue, j) || k < end && splitSubject(t, j, k) && plainSpeaker(t, j + 1, cue));
    if (!rightOk && (adjunct == 0 && k == last + 1 || saidWhere) && k < end && t.get(k).word().equals(",") && !continuation
        && j > 0 && subjectFirst < cue && t.get(j).word().equals(",")
        && (cue - subjectFirst <= PARENTHETICAL_SPEAKER || cue - subjectFirst <= 2 * PARENTHETICAL_SPEAKER
        && titledName(ctx, t, subjectFirst, cue))
        && nominal(t, subjectFirst, cue) && (!opensQuotation(t, k + 1) || subjectBeforeQuotedPredicate(g, cue, subjectFirst, k))) {
      // "The plan was, as he said, a failure": "as" introduces the interruption and is no part of the speaker
      int first = subjectFirst + 1 < cue && t.get(subjectFirst).word().equalsIgnoreCase("as") ? subjectFirst + 1 : subjectFirst;
      return new int[] {first, cue - 1, -1, 0, AttributionContext.nounPhraseHead(t, first, cue)};
    }
    // a name with an appositive between commas: "...,” Jane Roe, a historian at the university, told reporters."
    if (rightOk && cue > 1 && t.get(cue - 1).word().equals(",")) {
      int b1 = cue - 2;
      while (b1 >= 0 && !boundary(t.get(b1)) && cue - b1 <= 16 && !finiteVerb(t.get(b1))) {
        b1--;
      }
      int b0 = b1 - 1;
      while (b0 >= 0 && !boundary(t.get(b0)) && b1 - b0 <= 6 && !finiteVerb(t.get(b0))) {
        b0--;
      }
      int last2 = b0 - 1;
      while (last2 >= 0 && boundary(t.get(last2))) {
        last2--;
      }
      if (b1 > 0 && b0 >= 0 && t.get(b1).word().equals(",") && boundary(t.get(b0)) && b0 + 1 < b1
          && b1 < cue - 2 && last2 >= 0) {
        int head1 = AttributionContext.nounPhraseHead(t, b0 + 1, b1);
        if (mentionWithin(ctx, t, b0 + 1, b1) && ctx.mentionAt(t.get(head1).begin()) != null) {
          return new int[] {b0 + 1, b1 - 1, last2, -1, head1};
        }
        // the role first: "...,” the store's owner, Jane Roe, told the Gazette." speaks as the named person
        if (nominal(t, b0 + 1, b1) && cue - 1 - (b1 + 1) <= 5 && wholeName(ctx, t, b1 + 1, cue - 1)) {
          return new int[] {b0 + 1, cue - 2, last2, -1, AttributionContext.nounPhraseHead(t, b1 + 1, cue - 1)};
        }
      }
    }
    // inverted: "..., said Roe." / "...,” said Jane Roe, a historian at ..." ("..., told reporters" is not)
    if (TELL.contains(t.get(cue).lemma() == null ? "" : t.get(cue).lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int before = cue - 1;
    while (before > 0 && DepGraph.isQuote(t.get(before))) {
      before--;
    }
    String firstPos = last + 1 < end && t.get(last + 1).pos() != null ? t.get(last + 1).pos() : "";
    boolean speakerStart = firstPos.startsWith("NN") || firstPos.equals("DT") || firstPos.startsWith("PRP")
        || firstPos.equals("JJ") || firstPos.equals("CD");
    if ("VBG".equals(t.get(cue).pos())) {
      // "Roe, calling it a sham, ...": a participle is never an inverted attribution
      return null;
    }
    if (match.cue().condition() != CueLexicon.Condition.ALWAYS
        && match.cue().condition() != CueLexicon.Condition.QUOTE && match.cue().condition() != CueLexicon.Condition.CLAUSE) {
      // "Roe, a senator whose ..., called the remarks “insulting”": a verb that takes its object and predicate,
      // grounds or thing never puts its speaker after it (one that needs a clause has it before: "..., writes
      // Jane Roe of the Daily Planet", "..., added Roe")
      return null;
    }
    boolean afterQuote = cue > 0 && DepGraph.isQuote(t.get(cue - 1))
        || cue > 1 && t.get(cue - 1).word().equals(",") && DepGraph.isQuote(t.get(cue - 2));
    if (OBJECT_CLASSES.contains(match.cue().cueClass()) && !afterQuote) {
      // "..., Clinton and her husband, thanked another diner": praise, thanks, calls and charges put their speaker
      // after them only after a quotation ('“Well done,” praised Roe')
      return null;
    }
    boolean leftSubject = false;
    for (int c : g.children.get(cue)) {
      leftSubject |= c < cue && DepGraph.matches(g.rel[c], Set.of("nsubj"));
    }
    if (cue > 1 && boundary(t.get(cue - 1)) && t.get(before).word().equals(",") && last + 1 < end
        && speakerStart) {
      int s = last + 1;
      int e = s;
      String first = t.get(s).word().toLowerCase(Locale.ROOT);
      if (TIME_WORDS.contains(first) || OBJECT_PRONOUNS.contains(first)) {
        // ("..., wrote them down, and ...": an object pronoun is what the verb acts on, never its inverted speaker)
        return null;
      }
      while (e < end && !t.get(e).word().equals(",") && !(e > s && relativeClauseAt(t, e))) {
        // ("..., said a data expert who has worked for ...": the speaker ends before its relative clause)
        String pos = t.get(e).pos();
        if (e > s && pos != null && pos.matches("VBN|VBG") && t.get(e - 1).pos() != null
            && t.get(e - 1).pos().startsWith("NN")) {
          // "..., said the base chief known as Bob", "said a lawyer representing the family": the speaker ends
          // before the participle phrase that describes it
          break;
        }
        if (pos == null || pos.startsWith("VB") || DepGraph.isQuote(t.get(e))) {
          // (an inverted speaker holds no quotation mark: '..., described the plan as “a disgrace”')
          return null;
        }
        if ("IN".equals(pos) && !t.get(e).word().equalsIgnoreCase("of")
            || e > s && SUBORDINATORS.contains(t.get(e).word().toLowerCase(Locale.ROOT))) {
          // "said Jane Roe of the bank", but "said Roe after the launch" ends at the preposition, and
          // "said Jane Roe when asked about ..." at the clause about the saying
          break;
        }
        e++;
      }
      int contentEnd = before - 1;
      while (contentEnd >= 0 && boundary(t.get(contentEnd))) {
        contentEnd--;
      }
      // "Jane Roe, a professor, described the plan as ...": when the parser found the cue's subject on its left,
      // only a name that ends the sentence or meets a comma ("..., said Jane Roe, a historian") is inverted
      boolean inverted = !leftSubject || ctx.mentionAt(t.get(s).begin()) != null && (e == end || t.get(e).word().equals(","));
      int speakerHead = AttributionContext.nounPhraseHead(t, s, e);
      int itsVerb = g.head[speakerHead];
      if (e < end && itsVerb > e && g.head[itsVerb] == cue && g.rel[itsVerb].equals("ccomp")
          && DepGraph.matches(g.rel[speakerHead], Set.of("nsubj", "nsubj:pass"))) {
        // "Roe, who worked for the campaign, said tensions among activists were higher": the noun after the cue is
        // the subject of the clause it reports, not an inverted speaker
        return null;
      }
      if (t.subList(s, e).stream().anyMatch(w -> "$".equals(w.pos()) || Set.of("%", "percent").contains(w.word()))) {
        // "Acme, which employs 14,000 people, reported revenue of $3.2 billion": a figure is what is reported
        return null;
      }
      if (e == s + 1 && bareThing(ctx, t.get(s))) {
        // "..., Roe, claimed victory in the race": a bare singular noun after the cue is its object, not a speaker
        // ("..., said police" is one)
        return null;
      }
      int named = e < end && t.get(e).word().equals(",") && !mentionWithin(ctx, t, s, e)
          ? namedAfterRole(ctx, t, e + 1, end) : -1;
      if (e > s && e - s <= 8 && contentEnd >= 0 && inverted && named > e + 1) {
        // "..., said the host, President Jane Roe, whose ...": the role first, then the person's whole name
        return new int[] {s, named - 1, contentEnd, -1, AttributionContext.nounPhraseHead(t, e + 1, named)};
      }
      if (e > s && e - s <= 8 && contentEnd >= 0 && inverted) {
        return new int[] {s, e - 1, contentEnd, -1, AttributionContext.nounPhraseHead(t, s, e)};
      }
    }
    return null;
  }

  /**
   * The end (exclusive) of a person's whole name of at most six words that starts at {@code n} and runs to a comma
   * or the end {@code end}; -1 when there is none.
   */
  private static int namedAfterRole(AttributionContext ctx, List<Token> t, int n, int end) {
    int e = n;
    // (or to the preposition of an affiliation: "..., said the study's lead author, Dr. Jane Roe of Acme University.")
    while (e < end && e - n < 6 && !t.get(e).word().equals(",") && !(e > n && AFFILIATION.contains(t.get(e).word()))) {
      e++;
    }
    if (e == n || e < end && !t.get(e).word().equals(",") && !AFFILIATION.contains(t.get(e).word())
        || !wholeName(ctx, t, n, e)) {
      return -1;
    }
    org.newsgraph.model.Mention m = ctx.mentionAt(t.get(e - 1).begin());
    return "PERSON".equals(m.type()) ? e : -1;
  }

  /** Pronouns in the object case, which never name the speaker after an inverted cue. */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "us", "them", "it", "whom");

  /** Prepositions after a name that give the person's affiliation ("Jane Roe of the bank", "Roe at Acme"). */
  static final Set<String> AFFILIATION = Set.of("of", "at", "from");

  /** A lower-case singular common noun that names no speaker ("victory", "defeat"; not "police", "staff"). */
  private static boolean bareThing(AttributionContext ctx, Token w) {
    String word = w.word().toLowerCase(Locale.ROOT);
    String lemma = w.lemma() == null ? word : w.lemma().toLowerCase(Locale.ROOT);
    return "NN".equals(w.pos()) && Character.isLowerCase(w.word().charAt(0)) && ctx.mentionAt(w.begin()) == null
        && !ctx.lex.speakerNouns.containsKey(lemma) && !ctx.lex.speakerNouns.containsKey(word);
  }

  /**
   * Tokens [s, e) hold a common noun (or "everything", "nothing") directly followed by a personal pronoun or a
   * person's or organisation's name: "a fact he", "a point Roe", "everything Roe" open a relative clause without
   * "that". A role before a name ("spokesman Jane Roe") is an appositive title, not such a noun.
   */
  static boolean contactRelative(AttributionContext ctx, List<Token> t, int s, int e) {
    for (int k = s; k + 1 < e; k++) {
      Token noun = t.get(k);
      Token next = t.get(k + 1);
      String w = noun.word();
      if (noun.pos() == null || !noun.pos().matches("NNS?") || w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
        continue;
      }
      boolean pronoun = "PRP".equals(next.pos()) && !next.word().equalsIgnoreCase("it");
      org.newsgraph.model.Mention m = ctx.mentionAt(next.begin());
      boolean name = m != null && m.begin() == next.begin() && ("PERSON".equals(m.type()) || "ORGANIZATION".equals(m.type()));
      String listed = ctx.lex.speakerNouns.get(w.toLowerCase(Locale.ROOT));
      boolean role = listed != null || JobTitles.contains(w.toLowerCase(Locale.ROOT))
          || w.matches(".{3,}(er|or|ist|ian|man|woman|men|ers|ors|ists|ians)");
      if (pronoun || name && !role) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the words before the attribution are only a prepositional phrase, with no verb ("In a brief
   * statement to the court, Roe apologised to ...", "On Monday, Roe said ..."): they frame the saying.
   */
  static boolean prepositionalPhrase(List<Token> t, int last) {
    int first = 0;
    while (first <= last && (DepGraph.isQuote(t.get(first)) || t.get(first).pos() == null)) {
      first++;
    }
    if (first > last || !"IN".equals(t.get(first).pos()) || t.get(first).word().equalsIgnoreCase("that")) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      String pos = t.get(i).pos() == null ? "" : t.get(i).pos();
      if (pos.startsWith("VB") || pos.equals("MD") || DepGraph.isQuote(t.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A person's or organisation's name opens tokens [s, e), after at most three title words ("Senator Jane Roe";
   * not "the attorney general of Freedonia").
   */
  private static boolean mentionWithin(AttributionContext ctx, List<Token> t, int s, int e) {
    for (int k = s; k < e && k <= s + 3; k++) {
      org.newsgraph.model.Mention m = ctx.mentionAt(t.get(k).begin());
      if (m != null && m.begin() == t.get(k).begin()) {
        return m.type().equals("PERSON") || m.type().equals("ORGANIZATION");
      }
      if (!"NNP".equals(t.get(k).pos())) {
        return false;
      }
    }
    return false;
  }

  /** Tokens [s, e) are one person's or organisation's name, after at most three title words. */
  static boolean wholeName(AttributionContext ctx, List<Token> t, int s, int e) {
    if (s >= e) {
      return false;
    }
    org.newsgraph.model.Mention m = ctx.mentionAt(t.get(e - 1).begin());
    return m != null && m.end() == t.get(e - 1).end() && mentionWithin(ctx, t, s, e);
  }

  /**
   * Tokens [s, e) are a person's name after a title of capitalised words, "of" and "for" ("RNC Chief of Staff
   * Jane Roe", "Deputy Minister for Trade Jane Roe"): a speaker longer than {@link #PARENTHETICAL_SPEAKER} that
   * still is one.
   */
  static boolean titledName(AttributionContext ctx, List<Token> t, int s, int e) {
    org.newsgraph.model.Mention m = s < e ? ctx.mentionAt(t.get(e - 1).begin()) : null;
    if (m == null || m.end() != t.get(e - 1).end() || !"PERSON".equals(m.type())) {
      return false;
    }
    for (int k = s; k < e && t.get(k).begin() < m.begin(); k++) {
      String w = t.get(k).word();
      if (!Set.of("of", "for").contains(w) && !(String.valueOf(t.get(k).pos()).startsWith("NNP")
          && Character.isUpperCase(w.codePointAt(0)))) {
        return false;
      }
    }
    return true;
  }

  /** Tokens [s, e) hold a noun or personal pronoun: "” and attacked" has no speaker between quote and cue. */
  static boolean nominal(List<Token> t, int s, int e) {
    for (int k = s; k < e; k++) {
      String pos = t.get(k).pos();
      if (pos != null && (pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the words before the attribution are one adverbial clause of the story's own voice ("When Roe said
   * he would “protect workers,” the crowd applauded"): a subordinating word outside any quotation opens them, and
   * every word up to {@code last} lies in the clause it introduces, so no clause of what was said follows it
   * ("After the vote the party will regroup, Roe said" has one).
   */
  static boolean adverbialClause(AttributionContext ctx, DepGraph g, int last) {
    List<Token> t = g.tokens;
    String first = t.get(0).word().toLowerCase(Locale.ROOT);
    if (last < 2 || !SUBORDINATORS.contains(first) && !Set.of("if", "once", "until", "unless").contains(first)
        || ctx.quotationAt(t.get(0).begin()) != null || !DepGraph.matches(g.rel[0], Set.of("mark", "advmod"))) {
      return false;
    }
    int verb = g.head[0];
    if (verb < 1 || verb > last || !g.pos(verb).startsWith("VB")) {
      return false;
    }
    List<Integer> clause = g.subtree(verb, Set.of());
    for (int k = 1; k <= last; k++) {
      if (!g.isPunct(k) && !clause.contains(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A word opening a subordinate clause ('... “appropriate measures” if tests continued'): what follows the
   * quotation is a clause it sits in, not its attribution.
   */
  static boolean subordinator(List<Token> t, int k) {
    Token w = t.get(k);
    // ("that source said": a demonstrative the tagger took for the complementizer; "Under-Secretary-General Roe
    // told": a preposition glued to a hyphen is part of a title)
    boolean hyphenated = k + 1 < t.size() && t.get(k + 1).begin() == w.end() && "-".equals(t.get(k + 1).word());
    return "IN".equals(w.pos()) && !w.word().equalsIgnoreCase("that") && !hyphenated || "WRB".equals(w.pos());
  }

  /**
   * Whether the cue has a clause with a subject of its own and no subordinator before token {@code j} (the comma
   * before its subject): what was said, not when ("When the vote came, Roe said in an interview, ...").
   */
  private static boolean leftClause(DepGraph g, int cue, int j) {
    for (int c : g.children.get(cue)) {
      if (c < j && DepGraph.matches(g.rel[c], Set.of("advcl", "ccomp", "parataxis", "dep"))
          && g.child(c, Set.of("nsubj", "nsubj:pass", "expl")) >= 0 && g.child(c, Set.of("mark")) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The attribution between commas at {@code j} and {@code k} splits a clause: a noun phrase with no verb before it,
   * a finite verb or modal right after it ("The plan, she said on Monday, would fail").
   */
  private static boolean splitSubject(List<Token> t, int j, int k) {
    if (j <= 0 || !t.get(k).word().equals(",") || k + 1 >= t.size() || !finiteVerb(t.get(k + 1))) {
      return false;
    }
    for (int i = 0; i < j; i++) {
      String pos = t.get(i).pos() == null ? "" : t.get(i).pos();
      if (pos.startsWith("VB") || pos.equals("MD") || pos.equals(",") || pos.equals("IN") || pos.startsWith("W")) {
        return false;
      }
    }
    return nominal(t, 0, j);
  }

  /**
   * Tokens [s, e) are a speaker alone, with no preposition, relative pronoun or subordinator ("an adviser who",
   * "even after he", "at a firm" open clauses and phrases, not a parenthetical attribution).
   */
  private static boolean plainSpeaker(List<Token> t, int s, int e) {
    for (int i = s; i < e; i++) {
      String pos = t.get(i).pos() == null ? "" : t.get(i).pos();
      if (pos.equals("IN") && !t.get(i).word().equalsIgnoreCase("of") || pos.startsWith("W") || pos.equals("RB")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "The provision, he said, “was never agreed to.”": the words before the interruption are the unquoted subject
   * of the quoted predicate after it (the verb the cue hangs on, past the comma at {@code comma}), or a subject
   * and its verb ("It was, he said, “the best chance”"), so the two are one thing said.
   */
  private static boolean subjectBeforeQuotedPredicate(DepGraph g, int cue, int subjectFirst, int comma) {
    int host = g.head[cue];
    // (or a subject and its verb right before the interruption, the quoted words its complement: "It was, he
    // said, “the best chance” to ...", parsed with the cue hung on "was")
    boolean verbBefore = host >= 0 && host == subjectFirst - 2 && g.pos(host).startsWith("VB");
    if (host <= comma && !verbBefore) {
      return false;
    }
    for (int q = 0; q < subjectFirst; q++) {
      if (DepGraph.isQuote(g.tokens.get(q))) {
        return false;
      }
    }
    int subject = g.child(host, Set.of("nsubj", "nsubj:pass", "expl"));
    return subject >= 0 && subject < subjectFirst;
  }

  /** The token opens a quotation ("Asked about it, Roe said, “..."): the cue introduces it, no parenthetical. */
  private static boolean opensQuotation(List<Token> t, int k) {
    return k < t.size() && ("``".equals(t.get(k).pos()) || t.get(k).word().equals("“") || t.get(k).word().equals("«"));
  }

  /**
   * True when token {@code k} opens a relative clause on the noun before it: "who", "which", "whose", "whom" or
   * "that" tagged as a relative pronoun or determiner (WP, WP$, WDT) after a noun ("a data expert who ...";
   * not "asked her what she did").
   */
  static boolean relativeClauseAt(List<Token> t, int k) {
    String pos = t.get(k).pos();
    return k > 0 && pos != null && (pos.equals("WP") || pos.equals("WP$") || pos.equals("WDT"))
        && !t.get(k).word().toLowerCase(Locale.ROOT).startsWith("what")
        && t.get(k - 1).pos() != null && t.get(k - 1).pos().startsWith("NN");
  }

  /** A finite verb or modal (VBD, VBZ, VBP, MD). */
  static boolean finiteVerb(Token t) {
    return t.pos() != null && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD"));
  }

  static boolean boundary(Token t) {
    return t.word().equals(",") || DepGraph.isQuote(t);
  }
}
