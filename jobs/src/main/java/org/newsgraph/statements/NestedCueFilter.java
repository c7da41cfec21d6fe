package org.newsgraph.statements;

import java.util.Locale;
import java.util.Set;

/**
 * Drops a speaker's own performatives inside his own quotation ("as I said", "I apologize that we
 * did"): a row whose cue lies inside an attributed quotation and whose speaker is a first- or
 * second-person pronoun, a pronoun for a thing ("it tells us where to look", "this shows"), or the
 * quotation's own speaker. Statements of other sources nested in a quote ("Roe's statement saying ...")
 * stay.
 */
final class NestedCueFilter implements AttributionRule {
  private static final Set<String> SELF = Set.of("i", "we", "you", "me", "us", "it", "this", "that", "which");

  @Override
  public void apply(AttributionContext ctx) {
    ctx.drafts.removeIf(d -> {
      if (d.rule().equals("quotation")) {
        return false;
      }
      Quotations.Quotation q = ctx.quotationAt(d.cueBegin());
      if (q == null) {
        return false;
      }
      Speaker outer = ctx.quoteSpeakers.get(q.chain());
      String text = d.speaker().text() == null ? "" : d.speaker().text().toLowerCase(Locale.ROOT);
      return SELF.contains(text) || outer != null && outer.entityId() != null
          && outer.entityId().equals(d.speaker().entityId());
    });
  }
}
