package org.newsgraph.statements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.ParsedSentence;
import org.newsgraph.util.JobTitles;

/**
 * Quotations at document level. Each quotation (paired across sentences and paragraphs by
 * {@link Quotations}) is attributed by, in order: a statement an earlier rule found whose content
 * overlaps it; a cue right after its closing mark ("...,” he said", "...,” said Roe", "...,” Roe told
 * reporters"); a cue right before its opening mark ("She said: “...", "He added, “...", "Roe: “..."); or,
 * for a quotation that opens a sentence or paragraph right after an attributed one, that quotation's
 * speaker and cue (news style carries the speaker on). Every sentence of an attributed quotation then
 * gets a direct row with the quotation's speaker and cue, unless a row already covers it; a quotation
 * interrupted by its own attribution ("“We will,” she said, “win.”") becomes one row.
 */
final class QuotationRule implements AttributionRule {
  /** Longest speaker phrase (tokens) next to a quotation. */
  static final int MAX_SPEAKER_TOKENS = 9;

  /** How a quotation is attributed. */
  record Attribution(Speaker speaker, int cueBegin, int cueEnd, String lemma, String cueClass) {
    static Attribution of(Draft d) {
      return new Attribution(d.speaker(), d.cueBegin(), d.cueEnd(), d.cueLemma(), d.cueClass());
    }

    /** The speaker saying, with the token {@code cue} (a colon, a noun of what was said) as the cue. */
    static Attribution say(Speaker speaker, Token cue) {
      return new Attribution(speaker, cue.begin(), cue.end(), "say", "assert");
    }
  }

  @Override
  public void apply(AttributionContext ctx) {
    Map<Integer, List<Quotations.Quotation>> chains = new LinkedHashMap<>();
    for (Quotations.Quotation q : ctx.quotations) {
      chains.computeIfAbsent(q.chain(), k -> new ArrayList<>()).add(q);
    }
    Attribution previous = null;
    int previousSentence = -10;
    for (List<Quotations.Quotation> chain : chains.values()) {
      Quotations.Quotation first = chain.get(0);
      Quotations.Quotation last = chain.get(chain.size() - 1);
      int words = 0;
      for (Quotations.Quotation q : chain) {
        words += words(ctx.body.substring(q.begin(), q.end()));
      }
      if (chain.size() == 1 && inOpeningQuestion(ctx, first)) {
        continue;
      }
      Attribution a = fromDrafts(ctx, chain);
      if (a == null && (words >= 2 || oneWordReply(ctx, chain))) {
        a = after(ctx, last);
      }
      if (a == null && words >= 2) {
        a = before(ctx, first);
      }
      int firstSentence = ctx.sentenceAt(first.begin());
      if (a == null && previous != null && (words >= 4 || words >= 2 && wholeSentences(ctx.body, chain)) && opensUnit(ctx, first)
          && firstSentence - previousSentence <= 1) {
        a = previous;
      }
      if (a == null && wholeSentences(ctx.body, chain) && opensUnit(ctx, first)) {
        a = speakerOfTheSentenceBefore(ctx, firstSentence);
      }
      if (a == null && previous != null && wholeSentences(ctx.body, chain) && opensUnit(ctx, first)
          && firstSentence - previousSentence == 2 && sameSubjectBetween(ctx, firstSentence - 1, previous)) {
        a = previous;
      }
      if (a == null) {
        continue;
      }
      a = continuing(ctx, first, a);
      spread(ctx, chain, a);
      ctx.quoteSpeakers.put(first.chain(), a.speaker());
      previous = a;
      previousSentence = Math.max(ctx.sentenceAt(Math.max(last.begin(), last.close() - 1)), ctx.sentenceAt(a.cueBegin()));
    }
  }

  /** Participles that open a question put to the sentence's speaker ("Asked whether ..., Roe said no"). */
  private static final Set<String> QUESTIONED = Set.of("asked", "pressed", "questioned");

  /**
   * 'Asked whether the mayor “has the integrity to serve,” 75 percent said yes': a quotation inside the question
   * that opens the sentence, before the speaker of a report of the sentence, is the asker's words, not the answer.
   */
  private static boolean inOpeningQuestion(AttributionContext ctx, Quotations.Quotation q) {
    int si = ctx.sentenceAt(q.begin());
    if (si < 0) {
      return false;
    }
    List<Token> t = ctx.sentences.get(si).analysis().tokens();
    int k = 0;
    while (k < t.size() && isPunct(t.get(k))) {
      k++;
    }
    if (k >= t.size() || t.get(k).begin() >= q.begin()
        || !QUESTIONED.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int sentence = ctx.sentences.get(si).sentence().idx();
    return ctx.drafts.stream().anyMatch(d -> d.sentenceIdx() == sentence && d.speaker().begin() != null
        && d.speaker().begin() >= q.end());
  }

  /**
   * A quotation of whole sentences with no cue of its own right after a sentence in which one source reports
   * something ("He urged residents to leave. “Please, do not stay. Property can be replaced.”", "She says the
   * decision was not easy. ¶ “I loved nursing. ...”"): news style gives it to that source, with that cue. Not
   * when the sentence before has two sources, or only an "according to" source.
   */
  private static Attribution speakerOfTheSentenceBefore(AttributionContext ctx, int sentence) {
    Draft only = null;
    for (Draft d : ctx.drafts) {
      if (d.sentenceIdx() != sentence - 1 || d.speaker().text() == null) {
        continue;
      }
      if (!d.rule().equals("cue-verb") || only != null && !only.speaker().text().equalsIgnoreCase(d.speaker().text())) {
        return null;
      }
      only = only == null ? d : only;
    }
    return only == null ? null : Attribution.of(only);
  }

  /**
   * '“We were poor,” he said. Asked about his future, he shrugged. “I don't know. Ask the chairman.”': one sentence
   * of what the last quoted speaker did, with no report or quotation of its own and that speaker (the same pronoun,
   * or a pronoun or name resolved to the same entity) as its subject, does not end the quoting: the quotation
   * after it goes on with that speaker's words.
   */
  private static boolean sameSubjectBetween(AttributionContext ctx, int sentence, Attribution previous) {
    DepGraph g = ctx.graph(sentence);
    if (g == null || ctx.drafts.stream().anyMatch(d -> d.sentenceIdx() == sentence)) {
      return false;
    }
    for (org.newsgraph.nlp.Token t : g.tokens) {
      if (DepGraph.isQuote(t)) {
        return false;
      }
    }
    int root = g.root();
    int subject = root < 0 ? -1 : g.nsubjBefore(root);
    if (subject < 0 || !g.pos(subject).matches("PRP|NNP")) {
      return false;
    }
    org.newsgraph.nlp.Token w = g.tokens.get(subject);
    Speaker before = previous.speaker();
    if (before.text() != null && before.text().equalsIgnoreCase(w.word()) && "PRP".equals(g.pos(subject))) {
      return true;
    }
    Speaker now = ctx.speakers.resolve(w.begin(), w.end(), w.begin(), w.word());
    return now != null && now.entityId() != null && now.entityId().equals(before.entityId());
  }

  /** Cues by which a speaker goes on with what was being said. */
  private static final Set<String> CONTINUING = Set.of("continue", "go on");

  /**
   * 'Jane Roe said that the row was over. “It was nothing. ¶ “He is competitive,” he continued.': a quotation that
   * opens right after one source's report in the same paragraph and ends with "he continued" or "she went on"
   * goes on with that source's words, whatever person the pronoun alone would point to. Else {@code a}.
   */
  private static Attribution continuing(AttributionContext ctx, Quotations.Quotation first, Attribution a) {
    if (a == null || !CONTINUING.contains(a.lemma()) || !"pronoun".equals(a.speaker().resolution())
        || !opensUnit(ctx, first)) {
      return a;
    }
    int si = ctx.sentenceAt(first.begin());
    Attribution before = si < 1 ? null : speakerOfTheSentenceBefore(ctx, si);
    String id = before == null ? null : before.speaker().entityId();
    if (id == null || id.equals(a.speaker().entityId()) || !"PERSON".equals(ctx.typeOf(id))
        || ctx.body.substring(ctx.sentences.get(si - 1).sentence().end(), first.open()).contains("\n\n")) {
      return a;
    }
    Speaker he = a.speaker();
    Speaker same = Speaker.of(id, he.text(), he.begin(), he.end(), he.resolution());
    // (the cue's own row, found by an earlier rule, goes with it)
    ctx.drafts.replaceAll(d -> d.cueBegin() != a.cueBegin() || !d.speaker().equals(he) ? d
        : new Draft(d.sentenceIdx(), same, d.cueBegin(), d.cueEnd(), d.cueLemma(), d.cueClass(), d.contentBegin(),
            d.contentEnd(), d.kind(), d.rule()));
    return new Attribution(same, a.cueBegin(), a.cueEnd(), a.lemma(), a.cueClass());
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /**
   * The quotation is one or more whole sentences that end their paragraph: it opens with a capital and its last
   * segment ends with a full stop, question or exclamation mark inside the closing mark, with nothing after it
   * in the paragraph ('..., she said. “That ends now.”'), unlike a scare quote or a quip that the next sentence
   * comments on.
   */
  static boolean wholeSentences(String body, List<Quotations.Quotation> chain) {
    String first = body.substring(chain.get(0).begin(), chain.get(0).end()).strip();
    Quotations.Quotation last = chain.get(chain.size() - 1);
    String end = body.substring(last.begin(), last.end()).strip();
    int next = body.indexOf("\n\n", last.close());
    String after = body.substring(last.close(), next < 0 ? body.length() : next);
    return !first.isEmpty() && Character.isUpperCase(first.codePointAt(0)) && last.closed()
        && !end.isEmpty() && ".!?".indexOf(end.charAt(end.length() - 1)) >= 0 && after.isBlank();
  }

  /** The quotation opens its paragraph or sentence. */
  private static boolean opensUnit(AttributionContext ctx, Quotations.Quotation q) {
    int s = ctx.sentenceAt(q.begin());
    if (s < 0) {
      return false;
    }
    int sb = ctx.sentences.get(s).sentence().begin();
    if (q.open() <= sb) {
      return true;
    }
    String before = ctx.body.substring(sb, q.open());
    return before.chars().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * '“Meh,” wrote a supporter ...': a one-word quotation that opens its sentence and closes on a comma, question or
   * exclamation mark, as quoted words before their attribution do (not a scare-quoted word inside a sentence).
   */
  private static boolean oneWordReply(AttributionContext ctx, List<Quotations.Quotation> chain) {
    Quotations.Quotation q = chain.get(0);
    String words = ctx.body.substring(q.begin(), q.end()).strip();
    return chain.size() == 1 && opensUnit(ctx, q) && words.length() > 1
        && (words.endsWith(",") || words.endsWith("?") || words.endsWith("!"));
  }

  /** The statement of an earlier rule whose content overlaps the quotation most (its cue outside it). */
  private static Attribution fromDrafts(AttributionContext ctx, List<Quotations.Quotation> chain) {
    Draft best = null;
    int bestOverlap = 0;
    for (Draft d : ctx.drafts) {
      boolean cueInside = chain.stream().anyMatch(q -> q.contains(d.cueBegin()));
      int ov = chain.stream().mapToInt(q -> d.overlap(q.begin(), q.end())).sum();
      if (!cueInside && ov > bestOverlap) {
        best = d;
        bestOverlap = ov;
      }
    }
    return best == null ? null : Attribution.of(best);
  }

  /**
   * '“...,” pointing to bottles of cola and telling viewers that ...': words that open with a participle, or end in a
   * conjunction, between a quotation and a cue are a clause of the story, no speaker ('“...” is how Roe summed up
   * the mood' is an attribution).
   */
  private static boolean clauseBetween(List<Token> t, int s, int e) {
    return e > s && ("VBG".equals(t.get(s).pos()) || "CC".equals(t.get(e - 1).pos()));
  }

  /** "...,” he said" / "...,” said Jane Roe, a historian" / "...,” Roe told reporters on Monday." */
  private static Attribution after(AttributionContext ctx, Quotations.Quotation q) {
    int si = ctx.sentenceAt(Math.max(q.begin(), q.close() - 1));
    if (si < 0) {
      return null;
    }
    List<Token> t = ctx.sentences.get(si).analysis().tokens();
    if (titleLike(ctx, q)) {
      return null;
    }
    int a = 0;
    while (a < t.size() && t.get(a).begin() < q.close()) {
      a++;
    }
    while (a < t.size() && isPunct(t.get(a))) {
      a++;
    }
    if (a >= t.size() && si + 1 < ctx.sentences.size()) {
      // a quotation ending in "?" or "!" may end the splitter's sentence: '..?" snapped Roe.' goes on in
      // the next one, which then starts in lower case right after the closing mark
      List<Token> next = ctx.sentences.get(si + 1).analysis().tokens();
      String gap = ctx.body.substring(Math.min(q.close(), next.get(0).begin()), next.get(0).begin());
      boolean asksOrExclaims = endsWithQuestionOrExclamation(ctx.body, q.close());
      // (not across a paragraph break: 'Martens agreed.' opening the next paragraph introduces his own quote)
      if (gap.isBlank() && gap.indexOf('\n') < 0 && (Character.isLowerCase(next.get(0).word().codePointAt(0))
          || shortAttribution(ctx, next, asksOrExclaims))) {
        t = next;
        a = 0;
      }
    }
    if (a >= t.size()) {
      return null;
    }
    Attribution verdict = verdictAfter(ctx, t, a);
    if (verdict != null) {
      return verdict;
    }
    CueLexicon.Match m = ctx.lex.at(t, a);
    if (m != null) {
      // inverted: cue then speaker
      int s = m.lastToken() + 1;
      int e = s;
      // (the speaker ends before a relative clause: '“...,” said a data expert who has worked for ...')
      while (e < t.size() && !breaksPhrase(t, e) && !"IN".equals(t.get(e).pos()) && !"TO".equals(t.get(e).pos())
          && !(e > s && TrailingAttribution.relativeClauseAt(t, e))
          && (!isVerb(t.get(e)) || mistaggedModifier(t, e) || AttributionContext.afterInnerHyphen(t, e))) {
        e++;
      }
      if (e == s || e - s > MAX_SPEAKER_TOKENS || e < t.size() && isVerb(t.get(e))) {
        // ('“...,” said the plan was weak': a clause's subject, not an inverted speaker)
        return null;
      }
      return attribution(ctx, t, s, e, m, a);
    }
    int speakerEnd = -1; // end of the speaker's name when an appositive follows it
    int appositiveClose = -1; // the comma closing that appositive
    int skipped = 0; // tokens of that appositive, which do not count against the speaker's length
    for (int c = a + 1; c < t.size() && c - a - skipped <= MAX_SPEAKER_TOKENS; c++) {
      if (breaksPhrase(t, c)) {
        // '"...," Jane Roe, 57, told ...' / '"...," Roe, a historian, said' / '"...," one woman, who gave only
        // her first name, told ...': a noun, then one appositive between commas, then the cue
        int close = speakerEnd < 0 && ",".equals(t.get(c).word()) && t.get(c - 1).pos() != null
            && t.get(c - 1).pos().startsWith("NN")
            ? appositiveEnd(t, c) : -1;
        if (close < 0) {
          return null;
        }
        speakerEnd = c;
        appositiveClose = close;
        skipped = close - c;
        c = close;
        continue;
      }
      CueLexicon.Match cm = ctx.lex.at(t, c);
      if (cm != null) {
        int end = speakerEnd > 0 ? speakerEnd : c;
        // '“...” and attacked ...': no speaker between the quotation and the cue, so no attribution; nor in
        // '“appropriate measures” if tests continued': a clause the quotation sits in, not its attribution
        if (TrailingAttribution.subordinator(t, a) || !TrailingAttribution.nominal(t, a, end)
            || clauseBetween(t, a, end)) {
          return null;
        }
        if (appositiveClose > 0 && appositiveClose == c - 1
            && ctx.mentionAt(t.get(AttributionContext.nounPhraseHead(t, a, end)).begin()) == null
            && TrailingAttribution.wholeName(ctx, t, speakerEnd + 1, appositiveClose)) {
          // '“...,” the bank's treasurer, Jane Roe, told ...': the role, then the name of the one who speaks
          return attribution(ctx, t, a, appositiveClose,
              AttributionContext.nounPhraseHead(t, speakerEnd + 1, appositiveClose), cm, c);
        }
        return attribution(ctx, t, a, end, cm, c);
      }
      if (speakerEnd < 0 && c > a && (isVerb(t.get(c)) || "RB".equals(t.get(c).pos()))) {
        speakerEnd = c; // the speaker ends before its auxiliaries: "Roe has said", "Roe was quoted as telling"
      }
      if (isVerb(t.get(c)) && !"MD".equals(t.get(c).pos())) {
        // "has said", "would later say": auxiliaries before the cue; "was quoted as telling": the cue follows
        boolean quotedAs = c + 1 < t.size() && "as".equalsIgnoreCase(t.get(c + 1).word())
            && Set.of("quoted", "cited").contains(t.get(c).word().toLowerCase(Locale.ROOT)) && c > a
            && isAuxiliary(t.get(c - 1));
        if (quotedAs) {
          c++;
          continue;
        }
        if (!isAuxiliary(t.get(c))) {
          return null;
        }
      }
    }
    return null;
  }

  /**
   * A base-form verb tag on a word before a noun in an inverted speaker ('“...,” said lead author Jane Roe'):
   * after the cue no bare infinitive can start a clause, so the word modifies the noun.
   */
  private static boolean mistaggedModifier(List<Token> t, int i) {
    return "VB".equals(t.get(i).pos()) && i + 1 < t.size() && t.get(i + 1).pos() != null
        && t.get(i + 1).pos().startsWith("NN");
  }

  /**
   * A quotation inside a sentence right after a preposition, determiner or possessive ('an appearance on "This
   * Week," Roe said', 'Appearing on FNN's "Sunday Talk," Roe called ...'), or a short one after a bracket or "or": a
   * title or a quoted name, which the cue after it does not attribute.
   */
  private static boolean titleLike(AttributionContext ctx, Quotations.Quotation q) {
    int si = ctx.sentenceAt(q.begin());
    if (si < 0 || opensUnit(ctx, q)) {
      return false;
    }
    List<Token> t = ctx.sentences.get(si).analysis().tokens();
    Token prev = null;
    for (Token k : t) {
      if (k.end() <= q.open()) {
        prev = k;
      }
    }
    String pos = prev == null || prev.pos() == null ? "" : prev.pos();
    // (or a short name defined in brackets: 'Acme Inc. (“Acme” or “the Company”) today announced')
    String word = prev == null ? "" : prev.word();
    boolean defined = (word.equals("(") || word.equals("-LRB-") || word.equalsIgnoreCase("or"))
        && ctx.body.substring(q.begin(), q.end()).strip().split("\\s+").length <= 4;
    return pos.equals("IN") || pos.equals("DT") || pos.equals("TO") || pos.equals("POS") || defined;
  }

  /** "She said: “...", "He added, “...", "Roe: “..." or a previous sentence ending "... told reporters:". */
  private static Attribution before(AttributionContext ctx, Quotations.Quotation q) {
    int si = ctx.sentenceAt(q.begin());
    if (si < 0) {
      return null;
    }
    List<Token> t = ctx.sentences.get(si).analysis().tokens();
    int end = 0;
    while (end < t.size() && t.get(end).end() <= q.open()) {
      end++;
    }
    if (end == 0) {
      // the quotation opens its sentence: the previous sentence may end in a colon after a cue
      if (si > 0) {
        List<Token> p = ctx.sentences.get(si - 1).analysis().tokens();
        if (!p.isEmpty() && p.get(p.size() - 1).word().equals(":")) {
          Attribution a = announcing(ctx, lead(ctx, p, p.size() - 1), p.get(p.size() - 1));
          return a != null ? a : subjectBeforeColon(ctx, si - 1, p.size() - 1);
        }
      }
      return null;
    }
    String last = t.get(end - 1).word();
    if (!last.equals(":") && !last.equals(",")) {
      return null;
    }
    Attribution a = lead(ctx, t, end - 1);
    if (last.equals(":")) {
      a = announcing(ctx, a, t.get(end - 1));
    }
    a = a != null || !last.equals(":") ? a : subjectBeforeColon(ctx, si, end - 1);
    a = a != null || !last.equals(":") ? a : labelBeforeColon(ctx, t, end - 1);
    return a != null || !last.equals(":") ? a : topicHeading(ctx, t, end - 1);
  }

  /** Most tokens of a speaker label before a colon ("Rep. Jane Roe (D-Ore.), chair of the budget committee"). */
  private static final int MAX_LABEL_TOKENS = 20;

  /**
   * "Jane Roe, Institute for Fiscal Studies: “The numbers do not add up.”", "Sen. Jane Roe (D-Ore.): “...”": a
   * paragraph that opens with a speaker's label (a person or organisation named in its first words, before any
   * comma, then perhaps a role or an affiliation; no finite verb) and a colon before a quotation, as reaction
   * round-ups and write-ups of hearings print quotes. The label is the speaker, the colon the cue.
   */
  private static Attribution labelBeforeColon(AttributionContext ctx, List<Token> t, int colon) {
    int b = t.get(0).begin();
    if (colon == 0 || colon > MAX_LABEL_TOKENS || b > 0 && ctx.body.charAt(b - 1) != '\n') {
      return null;
    }
    Mention name = null;
    for (int k = 0; k < colon && name == null; k++) {
      Token w = t.get(k);
      if (w.word().equals(",") || k > 5) {
        return null;
      }
      Mention m = ctx.mentionAt(w.begin());
      if (m != null && m.begin() == w.begin() && personOrBody(m)) {
        name = m;
      }
    }
    int head = -1;
    for (int k = 0; k < colon; k++) {
      Token w = t.get(k);
      if (w.pos() != null && w.pos().matches("VBD|VBZ|VBP|MD") || DepGraph.isQuote(w)) {
        return null; // (nor a heading that quotes a title: 'FAREWELL — “The Living Room to close,” by Jane Roe:')
      }
      if (name != null && w.end() <= name.end()) {
        head = k;
      }
    }
    if (name == null || head + 1 < colon && "POS".equals(t.get(head + 1).pos())) {
      return null; // ("Roe's verdict: “...”" is about what is hers)
    }
    Speaker sp = ctx.speakers.resolve(b, t.get(colon - 1).end(), t.get(head).begin(), t.get(head).word());
    return Attribution.say(sp, t.get(colon));
  }

  /** Nouns that name what someone said, besides the lead-in nouns: "was Roe's verdict", "came the reply". */
  private static final Set<String> VERDICT_NOUNS = Set.of("verdict", "reply", "reaction", "assessment", "retort",
      "warning", "advice", "explanation", "view", "response", "answer", "message");

  /**
   * '“He's been brilliant for us,” was Roe's verdict.', '“Not now,” came the reply from the ministry.': after
   * the quotation, "was", "is" or "came" (perhaps after "that": '“...” — that was the message from Roe') and a noun
   * of what was said, owned by a person or body (a name or "his") or followed by "from" and the source; the noun is
   * the cue (lemma say).
   */
  private static Attribution verdictAfter(AttributionContext ctx, List<Token> t, int a) {
    if (a + 1 < t.size() && Set.of("that", "this").contains(t.get(a).word().toLowerCase(Locale.ROOT))) {
      a++; // '“We're not going anywhere” — that was the message from Roe'
    }
    String w = t.get(a).word().toLowerCase(Locale.ROOT);
    if (!Set.of("was", "is", "came").contains(w)) {
      return null;
    }
    int end = t.size();
    while (end > a + 1 && isPunct(t.get(end - 1))) {
      end--;
    }
    int noun = -1;
    for (int k = a + 1; k < end; k++) {
      String l = t.get(k).word().toLowerCase(Locale.ROOT);
      if (t.get(k).pos() != null && t.get(k).pos().startsWith("NN")
          && (VERDICT_NOUNS.contains(l) || ctx.lex.leadInNouns.containsKey(l))) {
        noun = k;
        break;
      }
      if (isVerb(t.get(k)) || isPunct(t.get(k)) && !"POS".equals(t.get(k).pos())) {
        return null;
      }
    }
    if (noun < 0) {
      return null;
    }
    int from = noun + 1;
    boolean fromSource = from < end && t.get(from).word().equalsIgnoreCase("from");
    for (int k = from + 2; fromSource && k < end; k++) {
      if ("IN".equals(t.get(k).pos()) && !t.get(k).word().equalsIgnoreCase("of")) {
        end = k; // ("the message from Roe on Monday": the time of it is no part of the source)
        break;
      }
    }
    if (fromSource && end - from - 1 >= 1
        && end - from - 1 <= MAX_SPEAKER_TOKENS && TrailingAttribution.nominal(t, from + 1, end)) {
      // "came the reply from the ministry"
      Speaker sp = ctx.speakers.resolve(t.get(from + 1).begin(), t.get(end - 1).end(), t.get(end - 1).begin(),
          t.get(end - 1).word());
      return Attribution.say(sp, t.get(noun));
    }
    if (from != end) {
      return null;
    }
    // "was Roe's verdict", "was his reply": the possessor right before the noun (and its modifiers)
    for (int k = noun - 1; k > a; k--) {
      Token o = t.get(k);
      if ("POS".equals(o.pos()) && k - 1 > a) {
        Mention named = ctx.mentionAt(t.get(k - 1).begin());
        if (named == null || !personOrBody(named)) {
          return null;
        }
        Speaker sp = ctx.speakers.resolve(Math.max(named.begin(), t.get(a + 1).begin()), t.get(k - 1).end(),
            t.get(k - 1).begin(), t.get(k - 1).word());
        return Attribution.say(sp, t.get(noun));
      }
      if (POSSESSIVE_PRONOUNS.contains(o.word().toLowerCase(Locale.ROOT))) {
        Speaker sp = ctx.speakers.resolve(o.begin(), o.end(), o.begin(), o.word());
        return Attribution.say(sp, t.get(noun));
      }
    }
    return null;
  }

  /** A mention of a person or an organisation, who can be a source. */
  private static boolean personOrBody(Mention m) {
    return Set.of("PERSON", "ORGANIZATION").contains(m.type());
  }

  /** Possessive pronouns of a source: "his answer", "her message", "its response", "their statement". */
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");

  /** Words that open a topic heading before a quotation ("On the injury:", "About her team:"). */
  private static final Set<String> TOPIC_OPENERS = Set.of("on", "about", "regarding");

  /**
   * "On the injury: “There were days ...”": an interview write-up's topic heading (a preposition and a noun phrase,
   * no verb) before a colon and a quotation; the words are those of the speaker the story reported last, in the
   * three sentences before. The colon is the cue; null when no one spoke there.
   */
  private static Attribution topicHeading(AttributionContext ctx, List<Token> t, int colon) {
    if (colon < 2 || !TOPIC_OPENERS.contains(t.get(0).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (int k = 1; k < colon; k++) {
      if (isVerb(t.get(k)) || isPunct(t.get(k)) && !"POS".equals(t.get(k).pos())) {
        return null;
      }
    }
    Draft latest = ctx.speakers.latestSpeaking(t.get(0).begin(), d -> true);
    return latest == null || ctx.sentenceAt(t.get(0).begin()) - ctx.sentenceAt(latest.cueBegin()) > 3 ? null
        : Attribution.say(latest.speaker(), t.get(colon));
  }

  /**
   * "The mayor posted a message on Facebook: “...”": the statement an earlier rule made of the cue with only the
   * announcing noun phrase before the colon ("a message on Facebook") gives way to the quotation, which takes its
   * speaker and cue. Otherwise {@code a} as it is.
   */
  private static Attribution announcing(AttributionContext ctx, Attribution a, Token colon) {
    if (a == null) {
      return null;
    }
    for (Draft d : ctx.drafts) {
      if (d.cueBegin() == a.cueBegin() && d.contentEnd() <= colon.begin()
          && ctx.body.substring(d.contentEnd(), colon.begin()).isBlank() && announcingPhrase(ctx, d)) {
        ctx.drafts.remove(d);
        return Attribution.of(d);
      }
    }
    return a;
  }

  /** Content that is only a noun phrase of a lead-in noun ("a message on Facebook", "the following statement"). */
  private static boolean announcingPhrase(AttributionContext ctx, Draft d) {
    int si = ctx.sentenceAt(d.contentBegin());
    if (si < 0) {
      return false;
    }
    boolean noun = false;
    for (Token k : ctx.sentences.get(si).analysis().tokens()) {
      if (k.begin() >= d.contentBegin() && k.end() <= d.contentEnd()) {
        if (isVerb(k)) {
          return false;
        }
        noun |= ctx.lex.leadInNouns.containsKey(k.word().toLowerCase(Locale.ROOT));
      }
    }
    return noun;
  }

  /**
   * "Asked about the loss, Roe was blunt: “...”", "Roe put it simply: “...”": with no cue before the colon, a
   * person (name or he/she) who is the subject of the clause the colon ends is the evident speaker, cue the colon.
   */
  private static Attribution subjectBeforeColon(AttributionContext ctx, int si, int colon) {
    DepGraph g = ctx.graph(si);
    if (g == null) {
      return null; // (a sentence the parser skipped)
    }
    List<Token> t = g.tokens;
    // the predicate the colon hangs on
    int root = g.head[colon] >= 0 && g.head[colon] < colon ? g.head[colon] : -1;
    if (root >= 0 && DepGraph.matches(g.rel[root], Set.of("obj")) && g.head[root] >= 0
        && ctx.lex.leadInNouns.containsKey(t.get(root).word().toLowerCase(Locale.ROOT))) {
      root = g.head[root]; // (the colon hung on the statement the verb takes)
    }
    int subject = root < 0 ? -1 : g.nsubjBefore(root);
    if (subject < 0) {
      return null;
    }
    int announced = g.child(root, Set.of("obj"));
    String noun = announced < 0 ? null : ctx.lex.leadInNouns.get(t.get(announced).word().toLowerCase(Locale.ROOT));
    if (noun != null && announced < colon && isVerb(t.get(root))) {
      // "The party chairman, Gus Roe, issued a short statement: “...”", "The ministry released a statement:
      // “...”": whoever issued the statement, message or letter, cue the noun
      List<Integer> phrase = g.subtree(subject, new java.util.HashSet<>(g.children.get(subject).stream()
          .filter(c -> g.rel[c].startsWith("acl") || g.rel[c].equals("punct")).toList()));
      int from = phrase.get(0);
      int to = phrase.get(phrase.size() - 1);
      while (to > from && isPunct(t.get(to))) {
        to--;
      }
      Speaker sp = ctx.speakers.resolve(t.get(from).begin(), t.get(to).end(), t.get(subject).begin(), t.get(subject).word());
      return new Attribution(sp, t.get(announced).begin(), t.get(announced).end(), noun, "assert");
    }
    for (int k = root + 1; k < colon; k++) {
      if (g.head[k] == root && DepGraph.matches(g.rel[k], Set.of("ccomp", "parataxis")) || DepGraph.isQuote(t.get(k))) {
        return null; // the clause says something of its own ("Roe said the plan failed:")
      }
    }
    String leadIn = ctx.lex.leadInNouns.get(t.get(subject).word().toLowerCase(Locale.ROOT));
    int possessor = leadIn == null ? -1 : g.child(subject, Set.of("nmod:poss"));
    if (possessor >= 0 && possessor < subject) {
      // "Roe's message to the board was blunt: “...”", "His answer was simple: “...”": the words are the
      // possessor's, cue the noun
      Token o = t.get(possessor);
      Mention named = ctx.mentionAt(o.begin());
      boolean source = named != null && personOrBody(named)
          || POSSESSIVE_PRONOUNS.contains(o.word().toLowerCase(Locale.ROOT));
      if (!source) {
        return null;
      }
      int begin = named != null ? Math.min(named.begin(), o.begin()) : o.begin();
      int end = named != null ? Math.min(named.end(), t.get(subject).begin()) : o.end();
      Speaker sp = ctx.speakers.resolve(begin, end, o.begin(), o.word());
      return new Attribution(sp, t.get(subject).begin(), t.get(subject).end(), leadIn, "assert");
    }
    int from = leadIn == null ? -1 : fromSource(g, subject, colon);
    if (from >= 0) {
      // "The message from the mayor, Colin Reid, was blunt: “...”", "The response from Acme was swift: “...”": the
      // words are those of whoever the message came from, when the text names or resolves them, cue the noun
      int preposition = g.child(from, Set.of("case"));
      List<Integer> phrase = g.subtree(from, Set.of()).stream().filter(k -> k > preposition).toList();
      int to = phrase.get(phrase.size() - 1);
      while (to > phrase.get(0) && isPunct(t.get(to))) {
        to--;
      }
      Speaker sp = ctx.speakers.resolve(t.get(phrase.get(0)).begin(), t.get(to).end(), t.get(from).begin(),
          t.get(from).word());
      return sp.entityId() == null && !"unnamed".equals(sp.resolution()) ? null
          : new Attribution(sp, t.get(subject).begin(), t.get(subject).end(), leadIn, "assert");
    }
    Token s = t.get(subject);
    Mention m = ctx.mentionAt(s.begin());
    boolean person = m != null && "PERSON".equals(m.type()) && m.end() == s.end()
        || Set.of("he", "she").contains(s.word().toLowerCase(Locale.ROOT));
    if (!person) {
      return null;
    }
    int begin = m != null ? m.begin() : s.begin();
    Speaker sp = ctx.speakers.resolve(begin, s.end(), s.begin(), s.word());
    return Attribution.say(sp, t.get(colon));
  }

  /** The phrase after "from" that a lead-in noun before the colon takes ("the message from the mayor"), or -1. */
  private static int fromSource(DepGraph g, int noun, int colon) {
    for (int c : g.children.get(noun)) {
      int prep = g.child(c, Set.of("case"));
      if (c > noun && c < colon && g.rel[c].startsWith("nmod") && prep > noun
          && g.tokens.get(prep).word().equalsIgnoreCase("from")) {
        return c;
      }
    }
    return -1;
  }

  /** The "with" that opens a noun phrase running up to token {@code c} ("with one fan | saying"), or -1. */
  private static int withPhrase(List<Token> t, int c) {
    for (int w = c - 2; w >= 0 && c - w <= MAX_SPEAKER_TOKENS + 1; w--) {
      if (t.get(w).word().equalsIgnoreCase("with")) {
        return TrailingAttribution.nominal(t, w + 1, c) ? w : -1;
      }
      if (isPunct(t.get(w)) || isVerb(t.get(w))) {
        return -1;
      }
    }
    return -1;
  }

  /** A lead-in ending at token {@code stop} (a colon or comma): "X said", "X added", or a name alone. */
  private static Attribution lead(AttributionContext ctx, List<Token> t, int stop) {
    for (int c = stop - 1; c >= 0 && stop - c <= MAX_SPEAKER_TOKENS + 4; c--) {
      CueLexicon.Match m = ctx.lex.at(t, c);
      if (m != null && CueVerbRule.reducedPassive(t, c)) {
        // "..., she told Congress when asked last month:" — whoever was asked, the lead-in's cue is "told"
        continue;
      }
      if (m != null && m.lastToken() < stop) {
        int with = withPhrase(t, c);
        if (with >= 0 && "VBG".equals(t.get(c).pos())) {
          // "Fans rallied behind her, with one saying: “...”": the noun phrase after "with" speaks
          return attribution(ctx, t, with + 1, c, m, c);
        }
        if (c > 0 && "VBG".equals(t.get(c).pos())) {
          // "..., adding:" takes the speaker of the sentence's own statement
          for (Draft d : ctx.drafts) {
            if (ctx.sentenceAt(d.cueBegin()) == ctx.sentenceAt(t.get(c).begin())) {
              return new Attribution(d.speaker(), t.get(c).begin(), t.get(m.lastToken()).end(), m.cue().lemma(),
                  m.cue().cueClass());
            }
          }
          // "Roe took a risk, telling the crowd, “...”": with no report of its own, the sentence's opening subject
          int v = openingSubjectEnd(t, c);
          return v > 0 ? attribution(ctx, t, 0, v, m, c) : null;
        }
        int s = phraseStart(t, c);
        int e = c;
        while (e > s && isAuxiliary(t.get(e - 1))) {
          e--;
        }
        boolean coordinated = e > s && "CC".equals(t.get(e - 1).pos());
        if (coordinated && s > 1 && isVerb(t.get(s - 1))) {
          // "..., he smiled and said: ...", "Roe backs the raise and recalled: ...": the subject of the first verb
          int v = s - 1;
          while (v > 0 && (isVerb(t.get(v - 1)) || "RB".equals(t.get(v - 1).pos()))) {
            v--;
          }
          int n = phraseStart(t, v);
          if (n < v && TrailingAttribution.nominal(t, n, v)) {
            s = n;
            e = v;
            coordinated = false;
          }
        }
        if (coordinated && s > 0) {
          // 'Roe supports "raises," opposes "freezes" and recalled: ...': the subject that opens the sentence
          int v = 0;
          while (v < s && !isVerb(t.get(v)) && !isPunct(t.get(v))) {
            v++;
          }
          if (v > 0 && v < s && isVerb(t.get(v)) && TrailingAttribution.nominal(t, 0, v)) {
            s = 0;
            e = v;
          }
        }
        if (e == s && c == 0 && m.lastToken() + 1 < stop && TrailingAttribution.nominal(t, m.lastToken() + 1, stop)
            && t.get(m.lastToken() + 1).pos() != null && !t.get(m.lastToken() + 1).pos().matches("IN|TO|RB|VB.*")) {
          // 'Said Roe, who grew up there, “...”', 'Added the coach: “...”': the speaker follows the opening cue
          return attribution(ctx, t, m.lastToken() + 1, stop, m, c);
        }
        if (e == s) {
          return null;
        }
        return attribution(ctx, t, s, e, m, c);
      }
    }
    // "Below are his remarks:", "Read Roe's statement:" — a possessed lead-in noun before a colon
    if (t.get(stop).word().equals(":") && stop > 1) {
      String noun = ctx.lex.leadInNouns.get(t.get(stop - 1).word().toLowerCase(Locale.ROOT));
      int p = stop - 2;
      while (p >= 0 && ("JJ".equals(t.get(p).pos()) || "RB".equals(t.get(p).pos()))) {
        p--;
      }
      if (noun != null && p >= 0) {
        Token owner = t.get(p);
        Speaker sp = null;
        if ("PRP$".equals(owner.pos())) {
          sp = ctx.speakers.resolve(owner.begin(), owner.end(), owner.begin(), owner.word());
        } else if ("POS".equals(owner.pos()) && p > 0 && ctx.mentionAt(t.get(p - 1).begin()) != null) {
          Mention m = ctx.mentionAt(t.get(p - 1).begin());
          sp = ctx.speakers.resolve(m.begin(), m.end(), t.get(p - 1).begin(), t.get(p - 1).word());
        }
        if (sp != null) {
          return new Attribution(sp, t.get(stop - 1).begin(), t.get(stop - 1).end(), noun, "assert");
        }
      }
    }
    // "Roe: “..." — a name (or pronoun) alone before a colon; "Roe and Smith: “...", a pair; also after a
    // run-in heading and a dash ("POLLS CLOSE EARLY - Roe: “..."), after "More from", "Here's", or last in a
    // lead-in that reports nothing itself
    if (t.get(stop).word().equals(":") && stop > 0) {
      int nameEnd = stop;
      if (t.get(stop - 1).word().equals(")")) {
        // "Rep. Jane Roe (R-S.C.): “...": the name before its bracketed party and state
        int open = stop - 1;
        while (open > 0 && stop - open <= 6 && !t.get(open).word().equals("(")) {
          open--;
        }
        nameEnd = t.get(open).word().equals("(") ? open : stop;
      }
      if (nameEnd >= 3 && "DT".equals(t.get(nameEnd - 2).pos()) && t.get(nameEnd - 1).pos() != null
          && t.get(nameEnd - 1).pos().startsWith("NN") && ctx.mentionAt(t.get(nameEnd - 1).begin()) == null
          && presented(t, nameEnd - 2, Set.of("from", "more from"))) {
        // "From the report: “...", "More from the report: “...": a document quoted
        Token head = t.get(nameEnd - 1);
        Speaker sp = ctx.speakers.resolve(t.get(nameEnd - 2).begin(), head.end(), head.begin(), head.word());
        return Attribution.say(sp, t.get(stop));
      }
      Mention m = nameEnd > 0 ? ctx.mentionAt(t.get(nameEnd - 1).begin()) : null;
      if (m == null) {
        // "Here's Roe in December 1992: “...", "Here's Mayor Jane Roe at a meeting last year:": the person
        // presented (after title words), a short adjunct after the name
        for (int k = 2; k < nameEnd && k <= 6; k++) {
          Mention p = ctx.mentionAt(t.get(k).begin());
          int opener = k;
          while (opener > 2 && "NNP".equals(t.get(opener - 1).pos()) && ctx.mentionAt(t.get(opener - 1).begin()) == null) {
            opener--; // "Mayor", "Sen."
          }
          if (p != null && p.type().equals("PERSON") && presented(t, opener, Set.of("here 's", "here is"))) {
            int last = tokenAt(t, p.end() - 1);
            boolean adjunct = nameEnd - last <= 8;
            for (int j = last + 1; j < nameEnd; j++) {
              adjunct &= !isVerb(t.get(j)) && !isPunct(t.get(j));
            }
            if (adjunct) {
              Speaker sp = ctx.speakers.resolve(p.begin(), p.end(), t.get(last).begin(), t.get(last).word());
              return Attribution.say(sp, t.get(stop));
            }
            break;
          }
        }
      }
      if (m != null && !m.type().equals("LOCATION")) {
        int first = tokenAt(t, m.begin());
        int begin = m.begin();
        int head = t.get(nameEnd - 1).begin();
        String headWord = t.get(nameEnd - 1).word();
        if (first >= 2 && t.get(first - 1).word().equalsIgnoreCase("and")) {
          Mention other = ctx.mentionAt(t.get(first - 2).begin());
          if (other != null && !other.type().equals("LOCATION")) {
            head = t.get(first - 1).begin(); // no single name is the head of a pair
            headWord = t.get(first - 1).word();
            first = tokenAt(t, other.begin());
            begin = other.begin();
          }
        }
        boolean opens = begin <= t.get(0).begin() + 2
            || first > 1 && RUN_IN_DASHES.contains(t.get(first - 1).word())
            || presented(t, first, Set.of("from", "more from", "here 's", "here is"));
        if (!opens && m.type().equals("PERSON") && m.end() == t.get(nameEnd - 1).end() && first > 0
            && roleNoun(ctx, t.get(first - 1))) {
          // "The surge does not surprise pollster Jane Roe: “...": a person introduced by role last before the
          // colon of a lead-in that reports nothing itself ("Voters backed Anna Roe: “She won.”" is no quote of hers)
          opens = true;
          for (int k = 0; k < first; k++) {
            opens &= ctx.lex.at(t, k) == null && !DepGraph.isQuote(t.get(k));
          }
        }
        if (opens) {
          Speaker sp = ctx.speakers.resolve(begin, m.end(), head, headWord);
          return Attribution.say(sp, t.get(stop));
        }
      }
    }
    return null;
  }

  private static final Set<String> RUN_IN_DASHES = Set.of("-", "--", "–", "—");

  /** A lower-case person role before a name: "pollster", "spokeswoman", "analyst" (noun list, job title, agent noun). */
  private static boolean roleNoun(AttributionContext ctx, Token t) {
    String w = t.word();
    if (!"NN".equals(t.pos()) || w.isEmpty() || !w.chars().allMatch(Character::isLowerCase)) {
      return false;
    }
    String listed = ctx.lex.speakerNouns.get(w);
    return "person".equals(listed) || "unnamed".equals(listed)
        || listed == null && (JobTitles.contains(w) || w.matches(".{3,}(er|or|ist|ian|man|woman)"));
  }

  /**
   * The words before token {@code first} are exactly one of {@code openers} (lower case, tokens spaced: "more
   * from", "here 's"), from the sentence's start or after a run-in heading's dash ("WHAT THE POLLS SAY - More
   * from Roe:").
   */
  private static boolean presented(List<Token> t, int first, Set<String> openers) {
    int from = 0;
    for (int k = 0; k < first; k++) {
      if (RUN_IN_DASHES.contains(t.get(k).word())) {
        from = k + 1;
      }
    }
    StringBuilder before = new StringBuilder();
    for (int k = from; k < first; k++) {
      before.append(before.length() > 0 ? " " : "").append(t.get(k).word().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    return openers.contains(before.toString());
  }

  /**
   * Where the phrase before token {@code end} starts: after the nearest punctuation, verb or subordinator, at most
   * {@link #MAX_SPEAKER_TOKENS} back ("As Roe said last week, “...”": the speaker starts after "As").
   */
  private static int phraseStart(List<Token> t, int end) {
    int s = end;
    while (s > 0 && end - s < MAX_SPEAKER_TOKENS && !breaksPhrase(t, s - 1) && !isVerb(t.get(s - 1))
        && !TrailingAttribution.SUBORDINATORS.contains(t.get(s - 1).word().toLowerCase(Locale.ROOT))) {
      s--;
    }
    return s;
  }

  /**
   * The end of a plain subject that opens the sentence and is followed by its finite verb before token {@code before}
   * ("Roe took a risk, ...", "The mayor, a lawyer, left ..."): a noun phrase of at most {@link #MAX_SPEAKER_TOKENS}
   * tokens; 0 when the sentence opens otherwise (a preposition, a subordinator, an adverb, a verb).
   */
  private static int openingSubjectEnd(List<Token> t, int before) {
    int v = 0;
    while (v < before && v <= MAX_SPEAKER_TOKENS && !isVerb(t.get(v))) {
      v++;
    }
    if (v == 0 || v >= before || v > MAX_SPEAKER_TOKENS || !t.get(v).pos().matches("VBD|VBZ|VBP|MD")
        || t.get(0).pos() == null || !t.get(0).pos().matches("NN.*|DT|PRP\\$?|JJ|CD")) {
      return 0;
    }
    for (int k = 0; k < v; k++) {
      String pos = t.get(k).pos() == null ? "" : t.get(k).pos();
      if (pos.equals("IN") && !t.get(k).word().equalsIgnoreCase("of") || pos.matches("WP|WDT|WRB")
          || DepGraph.isQuote(t.get(k))) {
        return 0;
      }
    }
    return TrailingAttribution.nominal(t, 0, v) ? v : 0;
  }

  /** The index of the token that starts at or covers {@code offset} (the first token when none does). */
  private static int tokenAt(List<Token> t, int offset) {
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).end() > offset) {
        return i;
      }
    }
    return 0;
  }

  private static Attribution attribution(AttributionContext ctx, List<Token> t, int s, int e, CueLexicon.Match m,
                                         int cue) {
    return attribution(ctx, t, s, e, -1, m, cue);
  }

  /** The speaker in tokens [s, e), its head token {@code head} (-1: the head of the noun phrase), and the cue. */
  private static Attribution attribution(AttributionContext ctx, List<Token> t, int s, int e, int head,
                                         CueLexicon.Match m, int cue) {
    if (e - s == 1 && s >= 2 && ",".equals(t.get(s - 1).word()) && t.get(s).word().equalsIgnoreCase("who")) {
      // "..., Jane Roe, who told Congress:": the relative pronoun stands for the name before it
      org.newsgraph.model.Mention named = ctx.mentionAt(t.get(s - 2).begin());
      if (named != null && "PERSON".equals(named.type()) && named.end() == t.get(s - 2).end()) {
        e = s - 1;
        s = s - 2;
        while (s > 0 && t.get(s - 1).begin() >= named.begin()) {
          s--;
        }
      }
    }
    if (head < 0) {
      head = AttributionContext.nounPhraseHead(t, s, e);
    }
    Speaker sp = ctx.speakers.resolve(t.get(s).begin(), t.get(e - 1).end(), t.get(head).begin(), t.get(head).word());
    return new Attribution(sp, t.get(cue).begin(), t.get(m.lastToken()).end(), m.cue().lemma(), m.cue().cueClass());
  }

  /**
   * A sentence that is only a speaker and a cue ('"... you listening?" Roe said.' split after the question
   * mark, or a period typed inside the quotation): a cue within {@link #MAX_SPEAKER_TOKENS} tokens after
   * its start, with nothing but punctuation after it (after a question or exclamation mark, also an addressee,
   * adjuncts or a clause about the saying).
   */
  private static boolean shortAttribution(AttributionContext ctx, List<Token> t, boolean afterQuestionOrExclamation) {
    for (int c = 1; c < t.size() && c <= MAX_SPEAKER_TOKENS; c++) {
      CueLexicon.Match m = ctx.lex.at(t, c);
      if (m != null) {
        if (!afterQuestionOrExclamation) {
          for (int r = m.lastToken() + 1; r < t.size(); r++) {
            if (!isPunct(t.get(r))) {
              return false;
            }
          }
          return true;
        }
        // after "?" or "!" (which the splitter takes for a sentence end), also a clause about the saying, or
        // the addressee of tell/inform and adjuncts: '...!” Roe said as he opened the session.', '...?” Roe
        // told a radio station in an interview aired Monday'; a finite verb or "that" before such a clause
        // means the sentence says something of its own ("Roe said nothing more", "Roe told them she won")
        boolean onlyPunctuation = true;
        if (m.lastToken() + 2 < t.size() && t.get(m.lastToken() + 1).word().equals(",")
            && "VBG".equals(t.get(m.lastToken() + 2).pos())) {
          return true; // '...!” Roe tweeted, quoting the report.': a participle about the saying
        }
        for (int r = m.lastToken() + 1; r < t.size(); r++) {
          Token k = t.get(r);
          String w = k.word().toLowerCase(Locale.ROOT);
          onlyPunctuation &= isPunct(k);
          if (TrailingAttribution.SUBORDINATORS.contains(w)) {
            return true;
          }
          if (w.equals("that") || TrailingAttribution.finiteVerb(k)) {
            return false;
          }
        }
        return onlyPunctuation || TrailingAttribution.ADDRESSEE.contains(m.cue().verb())
            || "ask".equals(m.cue().verb()) && noQuestionAfter(t, m.lastToken() + 1)
            || adjunctFollows(t, m.lastToken() + 1);
      }
      if (isPunct(t.get(c))) {
        return false;
      }
    }
    return false;
  }

  /**
   * No question of its own follows the cue: '...?” Roe asked the minister.' puts the quotation to the minister,
   * '...?” Roe asked the minister whether ...' asks something more.
   */
  private static boolean noQuestionAfter(List<Token> t, int from) {
    for (int r = from; r < t.size(); r++) {
      String w = t.get(r).word().toLowerCase(Locale.ROOT);
      if (w.equals("whether") || w.equals("if") || t.get(r).pos() != null && t.get(r).pos().startsWith("W")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words after the cue open with a preposition, not an object: '...?” Roe said at a news conference,
   * according to the Sentinel.' (where "Roe said nothing more" says something of its own).
   */
  private static boolean adjunctFollows(List<Token> t, int from) {
    for (int r = from; r < t.size(); r++) {
      Token k = t.get(r);
      if (!isPunct(k)) {
        return "IN".equals(k.pos()) && !k.word().equalsIgnoreCase("that") || k.word().equalsIgnoreCase("according");
      }
    }
    return false;
  }

  /** The quotation closing before {@code close} ends with a question or exclamation mark. */
  private static boolean endsWithQuestionOrExclamation(String body, int close) {
    int i = close - 1;
    while (i >= 0 && "\"”’'»".indexOf(body.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && (body.charAt(i) == '?' || body.charAt(i) == '!');
  }

  /**
   * The closing comma of an appositive opened by the comma at {@code open}, or -1: a verbless phrase of up to 8
   * tokens ("a historian at the university"), or a relative clause of up to 16 ("who served as his chief of
   * staff").
   */
  private static int appositiveEnd(List<Token> t, int open) {
    boolean relative = open + 1 < t.size() && t.get(open + 1).pos() != null && t.get(open + 1).pos().startsWith("W");
    for (int c = open + 1; c < t.size() && c - open <= (relative ? 16 : 8); c++) {
      if (",".equals(t.get(c).word())) {
        return c > open + 1 ? c : -1;
      }
      // (a hyphen inside a word does not end it: '“...,” Roe, D-Ore., told ...')
      if (breaksPhrase(t, c) || isVerb(t.get(c)) && !relative) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Punctuation that ends a speaker's phrase: not a hyphen inside a word the tokenizer split ("the 29-year-old",
   * "the London-based analyst").
   */
  private static boolean breaksPhrase(List<Token> t, int k) {
    return isPunct(t.get(k)) && !(k + 1 < t.size() && AttributionContext.afterInnerHyphen(t, k + 1));
  }

  private static boolean isPunct(Token t) {
    return t.word().chars().noneMatch(Character::isLetterOrDigit);
  }

  private static boolean isVerb(Token t) {
    return t.pos() != null && (t.pos().startsWith("VB") || t.pos().equals("MD"));
  }

  private static boolean isAuxiliary(Token t) {
    String l = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
    return "MD".equals(t.pos()) || l.equals("have") || l.equals("be") || l.equals("do") || "RB".equals(t.pos());
  }

  /** One direct row per sentence of the quotation that no row covers; an interrupted quotation is merged. */
  private static void spread(AttributionContext ctx, List<Quotations.Quotation> chain, Attribution a) {
    for (Quotations.Quotation q : chain) {
      for (int si = Math.max(0, ctx.sentenceAt(q.begin())); si < ctx.sentences.size(); si++) {
        ParsedSentence ps = ctx.sentences.get(si);
        int sb = ps.sentence().begin();
        int se = ps.sentence().end();
        if (sb >= q.end()) {
          break;
        }
        int[] part = ctx.trimContent(Math.max(sb, q.begin()), Math.min(se, q.end()));
        if (part == null || words(ctx.body.substring(part[0], part[1])) == 0) {
          continue;
        }
        Draft covering = null;
        Draft sameCue = null;
        for (Draft d : ctx.drafts) {
          if (d.sentenceIdx() != ps.sentence().idx()) {
            continue;
          }
          if (d.overlap(part[0], part[1]) * 2 >= part[1] - part[0] && !q.contains(d.cueBegin())) {
            // (a row whose cue is inside the quotation is the quoted speaker's own words, "we can't
            // conclude that ...": it does not stand for the quotation)
            covering = d;
          } else if (d.cueBegin() == a.cueBegin() && d.speaker().equals(a.speaker())) {
            sameCue = d;
          }
        }
        if (covering != null) {
          continue;
        }
        if (sameCue != null) {
          // '"There are signs of life," the ministry said in a statement, which did not address ...': the cue's
          // own unquoted content is what the parser hung on it; what was said is the quotation (a short
          // one is more likely a title: '... released "Space Race," its chief acknowledged that ...').
          // Otherwise an interrupted quotation ('"We will," she said, "win."'): one content across it.
          boolean unquoted = words(ctx.body.substring(part[0], part[1])) >= 4
              && ctx.quotationAt(sameCue.contentBegin()) == null
              && ctx.quotationAt(Math.max(sameCue.contentBegin(), sameCue.contentEnd() - 1)) == null;
          // ('Roe said the talks would go on but that "nobody is naive"': a paraphrase the cue opens, then the
          // quotation, is mixed; 'the firm released “Space Race,” Roe acknowledged that sales fell': a quotation
          // before a cue that opens a paraphrase is no part of it)
          boolean paraphrase = !unquoted && sameCue.cueEnd() <= sameCue.contentBegin()
              && ctx.paraphrase(sameCue.contentBegin(), sameCue.contentEnd());
          if (paraphrase && part[1] <= sameCue.cueBegin()) {
            continue;
          }
          ctx.drafts.remove(sameCue);
          ctx.drafts.add(new Draft(sameCue.sentenceIdx(), sameCue.speaker(), sameCue.cueBegin(), sameCue.cueEnd(),
              sameCue.cueLemma(), sameCue.cueClass(), unquoted ? part[0] : Math.min(sameCue.contentBegin(), part[0]),
              unquoted ? part[1] : Math.max(sameCue.contentEnd(), part[1]), paraphrase ? "mixed" : "direct",
              sameCue.rule()));
          continue;
        }
        ctx.drafts.add(new Draft(ps.sentence().idx(), a.speaker(), a.cueBegin(), a.cueEnd(), a.lemma(), a.cueClass(),
            part[0], part[1], "direct", "quotation"));
      }
    }
  }
}
