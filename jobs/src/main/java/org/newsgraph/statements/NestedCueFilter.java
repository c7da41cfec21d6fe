package org.newsgraph.statements;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops a speaker's own performatives inside his own quotation or transcript turn ("as I said", "I
 * apologize that we did", "What I can tell you is ..."): a row whose cue lies inside an attributed
 * quotation or a labelled turn and whose speaker is a first- or second-person pronoun, a pronoun for a
 * thing ("it tells us where to look", "this shows"), or the quotation's own speaker. Statements of other
 * sources nested in a quote or turn ("Roe's statement saying ...", "Your critics say ...") stay.
 */
final class NestedCueFilter implements AttributionRule {
  private static final Set<String> SELF = Set.of("i", "we", "you", "me", "us", "it", "this", "that", "which");

  @Override
  public void apply(AttributionContext ctx) {
    List<Draft> turns = ctx.drafts.stream().filter(d -> d.rule().equals("transcript-turn")).toList();
    ctx.drafts.removeIf(d -> {
      if (d.rule().equals("quotation") || d.rule().equals("transcript-turn")) {
        return false;
      }
      Quotations.Quotation q = ctx.quotationAt(d.cueBegin());
      Speaker outer;
      if (q != null) {
        outer = ctx.quoteSpeakers.get(q.chain());
      } else {
        Draft turn = turnAt(turns, d.cueBegin());
        if (turn == null) {
          return false;
        }
        outer = turn.speaker();
      }
      String text = d.speaker().text() == null ? "" : d.speaker().text().toLowerCase(Locale.ROOT);
      return SELF.contains(text) || outer != null && outer.entityId() != null
          && outer.entityId().equals(d.speaker().entityId());
    });
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
