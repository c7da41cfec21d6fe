package org.newsgraph.statements;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.ParsedSentence;

/**
 * Source attributions by preposition: "According to X, ..." and "..., according to X." with any noun
 * phrase as X (a name, "the survey", "a person familiar with the matter"), "per X" when X is a
 * named organisation or person ("per Datafirm"), and "in the words of X" / "in X's words" / "in his words". The
 * rest of the sentence is the content. Works on tokens alone, so unparsed sentences are covered too.
 */
final class AccordingToRule implements AttributionRule {
  /**
   * Longest source phrase (tokens): "according to early results of the exit poll conducted by a research firm
   * for the network" is one source.
   */
  static final int MAX_SOURCE_TOKENS = 24;
  private static final Set<String> STOP = Set.of(",", ";", ":", ".", "!", "?", "--", "—", "–", "(", ")");
  /** Marks after which a new clause, and so an opening "According to X, ...", may start. */
  private static final Set<String> CLAUSE_BREAKS = Set.of(":", ";", "—", "–", "--");

  @Override
  public void apply(AttributionContext ctx) {
    for (int si = 0; si < ctx.sentences.size(); si++) {
      ParsedSentence ps = ctx.sentences.get(si);
      List<Token> t = ps.analysis().tokens();
      for (int i = 0; i + 1 < t.size(); i++) {
        Phrase ph = phraseAt(ctx, si, t, i);
        if (ph == null) {
          continue;
        }
        int s = ph.s;
        int e = ph.e;
        if (e == s || e - s > MAX_SOURCE_TOKENS) {
          continue;
        }
        int contentBegin;
        int contentEnd;
        int next = ph.next;
        // (a colon after "In the words of X:" too)
        // (and after an opening "According to the website: “...”")
        boolean commaAfter = next < t.size() && (t.get(next).word().equals(",")
            || (ph.words || isStart(t, i)) && t.get(next).word().equals(":"));
        if (isStart(t, i) || i > 0 && CLAUSE_BREAKS.contains(t.get(i - 1).word()) && commaAfter) {
          // "According to X, content.", also after a colon, semicolon or dash ("It was noticed: according to X, ...";
          // not "... — or flat out wrong — according to X.", where the dash closes an aside)
          if (!commaAfter) {
            continue;
          }
          // ("According to the UN, which has called for a truce, 2,000 people ...": what was said follows the
          // relative clause that describes the source)
          int relativeEnd = relativeClauseEnd(t, next);
          contentBegin = t.get(relativeEnd >= 0 ? relativeEnd : next).end();
          contentEnd = t.get(t.size() - 1).end();
        } else if (interrupts(t, i, next)) {
          // "Fundraising, according to the campaign, has surged": the attribution interrupts what was said,
          // which runs from the sentence's first word to its last
          contentBegin = ps.sentence().begin();
          contentEnd = t.get(t.size() - 1).end();
        } else {
          // "content, according to X" (X runs to a comma or the end); inside a quotation that opened within the
          // sentence, the quoted words only ('Roe told TV that "the driver fired, according to the police."')
          Quotations.Quotation q = ctx.quotationAt(t.get(i).begin());
          contentBegin = q != null && q.begin() > ps.sentence().begin() ? q.begin() : ps.sentence().begin();
          contentEnd = t.get(i).begin();
        }
        int[] span = ctx.trimContent(contentBegin, contentEnd);
        if (span == null || wordCount(ctx.body, span) < 3) {
          continue;
        }
        int headAt = AttributionContext.nounPhraseHead(t, s, e);
        Speaker speaker = ctx.speakers.resolve(t.get(s).begin(), t.get(e - 1).end(), t.get(headAt).begin(),
            t.get(headAt).word());
        ctx.drafts.add(new Draft(ps.sentence().idx(), speaker, t.get(ph.cueFirst).begin(), t.get(ph.cueLast).end(),
            ph.lemma, "source", span[0], span[1], null, "according-to"));
        i = Math.max(e, ph.cueLast);
      }
    }
  }

  /**
   * The attribution phrase at token {@code i}: its cue's first and last tokens, the source phrase [s, e), the token
   * after the whole phrase, the cue's lemma, and whether it is one of "words"; null when none opens there.
   */
  private record Phrase(int cueFirst, int cueLast, int s, int e, int next, String lemma, boolean words) {
  }

  private static Phrase phraseAt(AttributionContext ctx, int si, List<Token> t, int i) {
    String w = t.get(i).word().toLowerCase(Locale.ROOT);
    if (w.equals("according") && t.get(i + 1).word().equalsIgnoreCase("to") && i + 2 < t.size()) {
      int e = sourceEnd(t, i + 2);
      return new Phrase(i, i + 1, i + 2, e, e, "according to", false);
    }
    if (w.equals("per") && (perSource(ctx, t.get(i + 1)) || perDocument(ctx, t, i + 1))) {
      int e = sourceEnd(t, i + 1);
      // (the sentence's graph is read only for "per")
      return e > i + 1 && subjectOfAVerb(ctx.graph(si), i + 1, e) ? null : new Phrase(i, i, i + 1, e, e, "per", false);
    }
    if (!w.equals("in") || i + 3 >= t.size()) {
      return null;
    }
    if (t.get(i + 1).word().equalsIgnoreCase("the") && t.get(i + 2).word().equalsIgnoreCase("words")
        && t.get(i + 3).word().equalsIgnoreCase("of") && i + 4 < t.size()) {
      // "In the words of one manager: “...”", "..., in the words of the report."
      int e = sourceEnd(t, i + 4);
      return new Phrase(i, i + 3, i + 4, e, e, "in the words of", true);
    }
    // "In his words, ...", "in Jane Roe's own words": the possessor is the source, "words" the cue
    int pos = i + 1;
    boolean pronoun = POSSESSIVE_PRONOUNS.contains(t.get(i + 1).word().toLowerCase(Locale.ROOT));
    if (!pronoun) {
      while (pos < t.size() && pos - i <= 5 && !"POS".equals(t.get(pos).pos()) && !STOP.contains(t.get(pos).word())) {
        pos++;
      }
      if (pos >= t.size() || !"POS".equals(t.get(pos).pos()) || pos == i + 1 || ctx.mentionAt(t.get(i + 1).begin()) == null) {
        return null;
      }
    }
    int words = pos + 1;
    if (words < t.size() && t.get(words).word().equalsIgnoreCase("own")) {
      words++;
    }
    if (words >= t.size() || !t.get(words).word().equalsIgnoreCase("words")) {
      return null;
    }
    int e = pronoun ? i + 2 : pos;
    return new Phrase(words, words, i + 1, e, words + 1, "in the words of", true);
  }

  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their");

  /**
   * The comma that closes a relative clause opening right after the comma at {@code comma} (", which has called for
   * a truce,"), or -1 when none opens there or it runs to the sentence's end.
   */
  private static int relativeClauseEnd(List<Token> t, int comma) {
    if (comma + 1 >= t.size() || !t.get(comma + 1).word().matches("(?i)which|who")) {
      return -1;
    }
    for (int k = comma + 2; k + 1 < t.size(); k++) {
      if (DepGraph.isQuote(t.get(k))) {
        return -1;
      }
      if (",".equals(t.get(k).word())) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The end (exclusive) of a source phrase from {@code s}: the next stop, comma, spaced hyphen or quotation mark,
   * except a short quoted name inside the phrase ("according to her “clawback” plan").
   */
  private static int sourceEnd(List<Token> t, int s) {
    int e = s;
    while (e < t.size() && !STOP.contains(t.get(e).word()) && !spacedHyphen(t, e)) {
      if (DepGraph.isQuote(t.get(e))) {
        int close = quotedNameEnd(t, e);
        if (close < 0) {
          break;
        }
        e = close;
      }
      e++;
    }
    return e;
  }

  /** A hyphen with space on both sides, used as a dash ("- 63 percent, according to the poll -"), not "52-count". */
  private static boolean spacedHyphen(List<Token> t, int k) {
    return "-".equals(t.get(k).word()) && k > 0 && k + 1 < t.size() && t.get(k - 1).end() < t.get(k).begin()
        && t.get(k).end() < t.get(k + 1).begin();
  }

  /**
   * The closing quotation mark of a quoted name of at most four words opening at {@code open}, inside a phrase
   * that goes on after it with a word (not a stop); -1 otherwise.
   */
  private static int quotedNameEnd(List<Token> t, int open) {
    for (int k = open + 1; k < t.size() && k <= open + 5; k++) {
      if (STOP.contains(t.get(k).word())) {
        return -1;
      }
      if (DepGraph.isQuote(t.get(k))) {
        return k > open + 1 && k + 1 < t.size() && !STOP.contains(t.get(k + 1).word())
            && !DepGraph.isQuote(t.get(k + 1)) ? k : -1;
      }
    }
    return -1;
  }

  /** "per" names a source only before a named organisation or person ("per Datafirm", not "per share"). */
  private static boolean perSource(AttributionContext ctx, Token next) {
    Mention m = ctx.mentionAt(next.begin());
    return m != null && (m.type().equals("ORGANIZATION") || m.type().equals("PERSON"));
  }

  /**
   * "per the club's statement", "per a court filing": a determiner or possessive, up to three words, then a noun of a
   * printed statement ({@code lead-in-nouns.tsv}) or of data and documents ({@code speaker-nouns.tsv}); not "per
   * share", "per the terms of the deal".
   */
  private static boolean perDocument(AttributionContext ctx, List<Token> t, int k) {
    String pos = t.get(k).pos() == null ? "" : t.get(k).pos();
    if (!pos.matches("DT|PRP\\$") && ctx.mentionAt(t.get(k).begin()) == null) {
      return false;
    }
    for (int j = k + 1; j < t.size() && j <= k + 4 && !",".equals(t.get(j).word()); j++) {
      String word = t.get(j).word().toLowerCase(Locale.ROOT);
      String noun = SpeakerResolver.singular(word);
      if (ctx.lex.leadInNouns.containsKey(word) || "document".equals(ctx.lex.speakerNouns.get(noun))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a word of the source phrase [s, e) is the subject of a verb outside it: "Per Haugen, a former
   * governor, warned that ..." names a person called Per, who is the speaker of "warned", not a source after a
   * preposition (a preposition's object is never a clause's subject). False for an unparsed sentence.
   */
  private static boolean subjectOfAVerb(DepGraph g, int s, int e) {
    if (g == null) {
      return false;
    }
    for (int k = s; k < e && k < g.tokens.size(); k++) {
      if (DepGraph.matches(g.rel[k], Set.of("nsubj", "nsubj:pass")) && (g.head[k] < s || g.head[k] >= e)) {
        return true;
      }
    }
    return false;
  }

  /** Words that open a subordinate clause before the main one ("While most were ..., according to X, two were"). */
  private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "whereas", "if", "when",
      "because", "since", "as", "after", "before", "once", "unless", "until");

  /**
   * True when "according to X" sits between commas inside what was said, and that comma opens no relative
   * clause, coordination or appositive: before the main clause's verb ("Sales, according to Acme, rose 5%"),
   * between a subordinate clause and the main one ("While most rose, according to Acme, two fell"), or inside
   * the main clause before the rest of its predicate when a figure opens it ("Acme receives, according to one
   * report, $234 million in contracts"; not "Sales rose, according to Acme, which said ...", "..., according to
   * Acme, a retailer", nor "Sales rose, according to Acme, while prices fell").
   */
  static boolean interrupts(List<Token> t, int cue, int sourceEnd) {
    if (cue == 0 || !",".equals(t.get(cue - 1).word()) || sourceEnd + 1 >= t.size() || !",".equals(t.get(sourceEnd).word())) {
      return false;
    }
    boolean verbBefore = false;
    for (int k = 0; k < cue; k++) {
      verbBefore |= TrailingAttribution.finiteVerb(t.get(k));
    }
    String next = t.get(sourceEnd + 1).pos() == null ? "" : t.get(sourceEnd + 1).pos();
    if (next.matches("CC|WDT|WP|WP\\$|WRB") || Set.of("a", "an", "the").contains(t.get(sourceEnd + 1).word().toLowerCase(Locale.ROOT))) {
      // (an article opens an appositive of the source; "some", "many" may open the clause: "..., some are")
      return false;
    }
    int first = 0;
    while (first < cue && !t.get(first).word().chars().anyMatch(Character::isLetterOrDigit)) {
      first++;
    }
    // (the subordinate clause alone before the attribution: "Though it fell, Acme rose, according to X, ..." has
    // its main clause before it too)
    boolean subordinate = SUBORDINATORS.contains(t.get(first).word().toLowerCase(Locale.ROOT))
        && t.subList(first, cue - 1).stream().noneMatch(k -> ",".equals(k.word()));
    boolean verbAfter = false;
    boolean verbBeforeNextComma = false;
    boolean comma = false;
    for (int k = sourceEnd + 1; k < t.size(); k++) {
      comma |= STOP.contains(t.get(k).word());
      if (TrailingAttribution.finiteVerb(t.get(k))) {
        verbAfter = true;
        verbBeforeNextComma |= !comma;
      }
    }
    if (!verbBefore || subordinate) {
      return verbAfter;
    }
    // the main clause's predicate runs on past the attribution with a figure ("$234 million in contracts"): no
    // clause of its own after it ("while prices fell"), nor an appositive of the source, which a name, a
    // possessive, a modifier or a role noun opens ("according to Jane Roe, Mr. Smith's adviser", "..., director of")
    return !verbBeforeNextComma && next.matches("CD|\\$|#|RBR?");
  }

  /** True when only punctuation or a conjunction precedes token i in its sentence. */
  private static boolean isStart(List<Token> t, int i) {
    for (int k = 0; k < i; k++) {
      String w = t.get(k).word();
      if (w.chars().anyMatch(Character::isLetterOrDigit) && !w.equalsIgnoreCase("and") && !w.equalsIgnoreCase("but")) {
        return false;
      }
    }
    return true;
  }

  private static int wordCount(String body, int[] span) {
    return body.substring(span[0], span[1]).trim().split("\\s+").length;
  }
}
