package org.newsgraph.statements;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.ParsedSentence;

/**
 * "State television quoted Jane Roe, head of the agency, as saying ...": a medium quoting someone is one
 * statement by the person quoted, cue "quote", and what follows the reporting participle is what was said.
 * Works on tokens (parsers often take "as saying" for the conjunctions of the clause after it), and replaces a
 * row another rule made from the participle with the medium as its speaker. The passive "Roe was quoted (by the
 * agency) as saying ..." is the same statement, with the passive subject as the person quoted.
 */
final class QuotedAsRule implements AttributionRule {
  /** Longest phrase between "quoted" and "as" (tokens): a name with its appositive. */
  static final int MAX_SPEAKER_TOKENS = 24;
  private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "be", "been", "being");
  private static final Set<String> STOP = Set.of(";", ":", ".", "!", "?", "(", ")");

  @Override
  public void apply(AttributionContext ctx) {
    for (ParsedSentence ps : ctx.sentences) {
      List<Token> t = ps.analysis().tokens();
      for (int i = 1; i + 3 < t.size(); i++) {
        if (!"quote".equalsIgnoreCase(t.get(i).lemma()) || !pos(t, i).startsWith("VB")) {
          continue;
        }
        boolean passive = PASSIVE.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT));
        int as = -1;
        for (int k = passive ? i + 1 : i + 2; k + 1 < t.size() && k - i - 1 <= MAX_SPEAKER_TOKENS; k++) {
          if (STOP.contains(t.get(k).word()) || DepGraph.isQuote(t.get(k))) {
            break;
          }
          if (t.get(k).word().equalsIgnoreCase("as") && "VBG".equals(t.get(k + 1).pos())
              && ctx.lex.at(t, k + 1) != null) {
            as = k;
            break;
          }
        }
        if (as < 0) {
          continue;
        }
        int s = i + 1;
        int e = as;
        if (passive) {
          // "Jane Roe, the deputy minister, was quoted by the agency as saying": the passive subject, up to its verb
          DepGraph g = ctx.graph(ctx.sentences.indexOf(ps));
          int subject = g == null ? -1 : g.child(i, Set.of("nsubj:pass"));
          if (subject < 0 || subject > i) {
            continue;
          }
          s = g.subtree(subject, Set.of()).get(0);
          e = i - 1;
          while (e > s && (PASSIVE.contains(t.get(e - 1).word().toLowerCase(Locale.ROOT))
              || "RB".equals(pos(t, e - 1)) || "MD".equals(pos(t, e - 1)))) {
            e--;
          }
        }
        while (e > s && t.get(e - 1).word().equals(",")) {
          e--;
        }
        if (e <= s) {
          continue;
        }
        Mention named = firstNamed(ctx, t, s, e);
        int head = named != null ? lastTokenOf(t, named, s, e) : AttributionContext.nounPhraseHead(t, s, e);
        CueLexicon.Match m = ctx.lex.at(t, as + 1);
        int from = contentStart(t, m);
        if (from >= t.size()) {
          continue;
        }
        int[] span = ctx.trimContent(t.get(from).begin(), t.get(t.size() - 1).end());
        if (span == null) {
          continue;
        }
        Speaker speaker = ctx.speakers.resolve(t.get(s).begin(), t.get(e - 1).end(), t.get(head).begin(),
            t.get(head).word());
        int participle = t.get(as + 1).begin();
        int quoted = t.get(i).begin();
        ctx.drafts.removeIf(d -> d.cueBegin() == participle || d.cueBegin() == quoted);
        ctx.drafts.add(new Draft(ps.sentence().idx(), speaker, quoted, t.get(i).end(), "quote", "assert",
            span[0], span[1], null, "quoted-as"));
        i = m.lastToken();
      }
    }
  }

  /**
   * The first person named in tokens [s, e) ("Jane Roe, head of the agency"; "the agency's head, Jane Roe"), or
   * null: a phrase naming no person is headed by its noun ("another GOP official", "the Associated Press").
   */
  private static Mention firstNamed(AttributionContext ctx, List<Token> t, int s, int e) {
    for (int k = s; k < e; k++) {
      Mention m = ctx.mentionAt(t.get(k).begin());
      if (m != null && m.type().equals("PERSON")) {
        return m;
      }
    }
    return null;
  }

  private static int lastTokenOf(List<Token> t, Mention m, int s, int e) {
    int last = s;
    for (int k = s; k < e; k++) {
      if (t.get(k).begin() >= m.begin() && t.get(k).end() <= m.end()) {
        last = k;
      }
    }
    return last;
  }

  /**
   * Where what was said starts after the participle: after a "that"; after the addressee of "telling" ("as
   * telling reporters the plan ..."); after a time adjunct and its "that" ("as saying on Wednesday that ..."); else
   * right after it.
   */
  private static int contentStart(List<Token> t, CueLexicon.Match m) {
    int k = m.lastToken() + 1;
    String lemma = m.cue().lemma();
    if (TrailingAttribution.TELL.contains(lemma)) {
      int that = -1;
      for (int j = k; j < t.size() && j - k <= 6 && !t.get(j).word().equals(","); j++) {
        if (t.get(j).word().equalsIgnoreCase("that")) {
          that = j;
          break;
        }
      }
      if (that >= 0) {
        return that + 1;
      }
      // the addressee: a pronoun, or one noun phrase (determiner, adjectives, nouns: "reporters", "the
      // Associated Press", "its members")
      if (k < t.size() && "PRP".equals(pos(t, k))) {
        return k + 1;
      }
      int j = k;
      if (j < t.size() && pos(t, j).matches("DT|PRP\\$")) {
        j++;
      }
      while (j < t.size() && pos(t, j).startsWith("JJ")) {
        j++;
      }
      int nouns = j;
      while (j < t.size() && pos(t, j).startsWith("NN")) {
        j++;
      }
      return j > nouns ? j : k;
    }
    // ("as saying on Wednesday that ...": a time adjunct of the saying, then what was said)
    int j = k;
    while (j < t.size() && j - k < 5 && (pos(t, j).matches("IN|DT|CD")
        || TrailingAttribution.TIME_WORDS.contains(t.get(j).word().toLowerCase(java.util.Locale.ROOT)))
        && !t.get(j).word().equalsIgnoreCase("that")) {
      j++;
    }
    if (j < t.size() && t.get(j).word().equalsIgnoreCase("that")
        && (j == k
            || TrailingAttribution.TIME_WORDS.contains(t.get(j - 1).word().toLowerCase(java.util.Locale.ROOT)))) {
      return j + 1;
    }
    return k;
  }

  private static String pos(List<Token> t, int i) {
    return t.get(i).pos() == null ? "" : t.get(i).pos();
  }
}
