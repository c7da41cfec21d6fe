package org.newsgraph.statements;

import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Set;

/**
 * Drops a speaker's own performatives inside his own quotation or transcript turn ("as I said", "I
 * apologize that we did", "What I can tell you is ..."): a row whose cue lies inside an attributed
 * quotation or a labelled turn and whose speaker is a first- or second-person pronoun, a pronoun for a
 * thing ("it tells us where to look", "this shows"), the speaker's own data ("our figures show"), or the
 * quotation's own speaker. Statements of other sources nested in a quote or turn ("Roe's statement saying
 * ...", "Your critics say ...") stay (a role the quoted speaker was taken for is another, unnamed, source);
 * a cue with a modal of the future or of a supposition among them ("Voters will say we failed them", "People might
 * ask why we waited") is the quoted speaker's guess at what others would say, which nobody has said, and goes.
 */
final class NestedCueFilter implements AttributionRule {
  private static final Set<String> SELF = Set.of("i", "we", "you", "me", "us", "it", "this", "that", "which");
  private static final Set<String> SUPPOSING = Set.of("will", "'ll", "’ll", "would", "'d", "’d", "might", "may",
      "could", "can", "shall");

  @Override
  public void apply(AttributionContext ctx) {
    List<Draft> turns = ctx.drafts.stream().filter(d -> d.rule().equals("transcript-turn")).toList();
    for (ListIterator<Draft> it = ctx.drafts.listIterator(); it.hasNext(); ) {
      Draft d = it.next();
      if (d.rule().equals("quotation") || d.rule().equals("transcript-turn")) {
        continue;
      }
      Quotations.Quotation q = ctx.quotationAt(d.cueBegin());
      Speaker outer;
      if (q != null) {
        outer = ctx.quoteSpeakers.get(q.chain());
      } else {
        Draft turn = turnAt(turns, d.cueBegin());
        if (turn == null) {
          continue;
        }
        outer = turn.speaker();
      }
      String text = d.speaker().text() == null ? "" : d.speaker().text().toLowerCase(Locale.ROOT);
      boolean sameSpeaker = outer != null && outer.entityId() != null
          && outer.entityId().equals(d.speaker().entityId());
      if (sameSpeaker && "role".equals(d.speaker().resolution())) {
        // "“... The minister told me the plan was dead,” Roe said": a third-person role in Roe's own words is
        // someone else than Roe, whom the role was taken for (she would say "I"); a source the text does not name
        Speaker s = d.speaker();
        it.set(new Draft(d.sentenceIdx(), SpeakerResolver.unresolved(s.text(), s.begin(), s.end()), d.cueBegin(),
            d.cueEnd(), d.cueLemma(), d.cueClass(), d.contentBegin(), d.contentEnd(), d.kind(), d.rule()));
      } else if (self(text) || ownDocument(ctx, text) || supposed(ctx, d) || sameSpeaker) {
        it.remove();
      }
    }
  }

  /** A speaker of first- and second-person pronouns only: "I", "we", and "we — and I", "you and I". */
  private static boolean self(String text) {
    String[] words = text.split("[^\\p{L}]+");
    boolean any = false;
    for (String w : words) {
      if (w.isEmpty() || w.equals("and") || w.equals("or")) {
        continue;
      }
      if (!SELF.contains(w)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * "Our data suggest ...", "my research shows ...": the quoted speaker's own data or document, a possessive of
   * the first person before a noun of data or documents ({@code speaker-nouns.tsv}), is the speaker's own evidence
   * ("My lawyer says ..." is another source and stays).
   */
  private static boolean ownDocument(AttributionContext ctx, String text) {
    String[] w = text.split("\\s+");
    return w.length >= 2 && Set.of("my", "our").contains(w[0])
        && "document".equals(ctx.lex.speakerNouns.get(SpeakerResolver.singular(w[w.length - 1])));
  }

  /** A cue with a modal auxiliary of the future or of a supposition ("will say", "might ask", "would argue"). */
  private static boolean supposed(AttributionContext ctx, Draft d) {
    DepGraph g = ctx.graph(d.sentenceIdx());
    int cue = g == null ? -1 : AttributionContext.tokenStartingAt(g.tokens, d.cueBegin());
    if (cue < 0) {
      return false;
    }
    for (int c : g.children.get(cue)) {
      if (c < cue && "MD".equals(g.pos(c)) && g.rel[c].startsWith("aux")
          && SUPPOSING.contains(g.tokens.get(c).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The transcript turn row whose content holds {@code offset}, or null. */
  private static Draft turnAt(List<Draft> turns, int offset) {
    for (Draft t : turns) {
      if (t.contentBegin() <= offset && offset < t.contentEnd()) {
        return t;
      }
    }
    return null;
  }
}
