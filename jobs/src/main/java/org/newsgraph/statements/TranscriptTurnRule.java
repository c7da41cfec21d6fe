package org.newsgraph.statements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.text.ParsedSentence;
import org.newsgraph.text.SpeakerLabels;
import org.newsgraph.text.SpeakerLabels.Label;

/**
 * Transcripts and interviews laid out as speaker turns ({@link SpeakerLabels}: "MODERATOR: ...",
 * "JANE ROE: ...", "Q. ..."): every sentence of a turn, up to the next label, is a direct statement by
 * the labelled speaker, with the label as speaker and cue (lemma {@code say}). The label resolves to a
 * mention inside it, else to a person of the document with the label's last name; interviewers'
 * labels ("Q", "REPORTER", "THE MODERATOR") are unnamed sources.
 */
final class TranscriptTurnRule implements AttributionRule {
  @Override
  public void apply(AttributionContext ctx) {
    List<Label> labels = SpeakerLabels.find(ctx.body);
    for (int i = 0; i < labels.size(); i++) {
      Label l = labels.get(i);
      Speaker speaker = speaker(ctx, l, labels.get(0).begin());
      int turnEnd = narrativeAfter(ctx, l, speaker,
          i + 1 < labels.size() ? labels.get(i + 1).begin() : ctx.body.length());
      if (i + 1 < labels.size() && sameLabel(ctx, l, labels.get(i + 1))) {
        turnEnd = Math.min(turnEnd, unlabelledPrompt(ctx.body, l.turnBegin(), labels.get(i + 1).begin()));
      }
      if (place(ctx, l) || tally(ctx.body, l)) {
        continue;
      }
      for (ParsedSentence ps : ctx.sentences) {
        int b = Math.max(ps.sentence().begin(), l.turnBegin());
        int e = Math.min(ps.sentence().end(), turnEnd);
        if (b >= e) {
          continue;
        }
        int[] span = ctx.trimContent(b, e);
        // "Roe: 1,769." in a list of tallies is a figure, not something said
        if (span == null || !hasLetter(ctx.body, span[0], span[1])) {
          continue;
        }
        ctx.drafts.add(new Draft(ps.sentence().idx(), speaker, l.begin(), l.end(), "say", "assert", span[0], span[1],
            "direct", "transcript-turn"));
      }
    }
  }

  /**
   * A label that is a place ("Freedonia: Anna Roe, Peter Smith, ..." heading a list of names by state): a
   * place speaks in a story, but it does not take turns in a transcript.
   */
  private static boolean place(AttributionContext ctx, Label l) {
    Mention m = ctx.mentionAt(l.begin());
    return m != null && m.type().equals("LOCATION") && m.begin() == l.begin() && m.end() == l.end();
  }

  /**
   * A label followed by a figure alone on its line ("Roe: 1,769."): a line of a tally, so the paragraphs after it
   * are no words of that speaker's either.
   */
  private static boolean tally(String body, Label l) {
    int lineEnd = body.indexOf('\n', l.turnBegin());
    return !hasLetter(body, l.turnBegin(), lineEnd < 0 ? body.length() : lineEnd);
  }

  private static boolean hasLetter(String s, int b, int e) {
    for (int i = b; i < e; i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a turn ends: at the next label, or before a later paragraph of narration, one that holds an
   * attribution of its own ("A: ... ¶ Roe said she had been wrong before.": the interview is over) or that
   * opens with the labelled speaker in the third person and has no first person ("GOVERNOR ROE: ... ¶ The
   * governor then left the room."; "A: ... ¶ Roe's novel is published on Tuesday.", the label's person named).
   */
  private static int narrativeAfter(AttributionContext ctx, Label l, Speaker speaker, int end) {
    Set<String> own = new HashSet<>();
    String named = ctx.body.substring(l.begin(), l.end());
    if (speaker.entityId() != null) {
      named += " " + ctx.mentions.stream().filter(m -> speaker.entityId().equals(m.entityId()))
          .map(m -> m.canonical() == null ? m.text() : m.canonical()).findFirst().orElse("");
    }
    for (String w : named.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 2) {
        own.add(w);
      }
    }
    for (int p = ctx.body.indexOf("\n\n", l.turnBegin()); p >= 0 && p < end; p = ctx.body.indexOf("\n\n", p + 2)) {
      int next = ctx.body.indexOf("\n\n", p + 2);
      int paragraphEnd = next < 0 || next > end ? end : next;
      int from = p;
      if (ctx.drafts.stream().anyMatch(d -> d.cueBegin() >= from && d.cueBegin() < paragraphEnd)) {
        return p;
      }
      String paragraph = ctx.body.substring(p, paragraphEnd).strip();
      java.util.regex.Matcher opening = THIRD_PERSON_OPENING.matcher(paragraph);
      if ((opening.lookingAt() && own.contains(opening.group(1).toLowerCase(Locale.ROOT)) || opensWithTheSpeaker(ctx, p, own))
          && !FIRST_PERSON.matcher(paragraph).find()) {
        return p;
      }
    }
    return end;
  }

  /**
   * The first sentence from {@code from} on opens with one of the label's words among its first four tokens,
   * followed (an adverb aside) by a verb in the present or past tense or a possessive: "Roe pauses, pours more
   * coffee ...", "Roe's novel is out on Tuesday".
   */
  private static boolean opensWithTheSpeaker(AttributionContext ctx, int from, Set<String> own) {
    for (ParsedSentence ps : ctx.sentences) {
      if (ps.sentence().begin() < from) {
        continue;
      }
      List<org.newsgraph.nlp.Token> tokens = ps.analysis().tokens();
      for (int i = 0; i < Math.min(4, tokens.size() - 1); i++) {
        if (own.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
          int v = i + 1;
          while (v < tokens.size() - 1 && tokens.get(v).pos().startsWith("RB")) {
            v++;
          }
          // (or her possessive: "Roe's novel is published on Tuesday")
          return tokens.get(v).pos().matches("VBZ|VBD|POS");
        }
      }
      return false;
    }
    return false;
  }

  /** A paragraph's first noun after "The" or an honorific and up to two words: "The prime minister", "Mr. Roe". */
  private static final java.util.regex.Pattern THIRD_PERSON_OPENING = java.util.regex.Pattern.compile(
      "(?:(?:The|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?)\\s+)?(?:\\p{L}+\\s+){0,2}?(\\p{L}{3,})\\s+(?:then|later|also|has|had|was|is|"
          + "left|went|walked|returned|ended|closed|declined|took|did|made|spoke|answered)\\b");

  private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile(
      "\\b(?:I|I'm|I've|we|We|me|my|My|our|Our|us)\\b");

  private static boolean sameLabel(AttributionContext ctx, Label a, Label b) {
    return ctx.body.substring(a.begin(), a.end()).equalsIgnoreCase(ctx.body.substring(b.begin(), b.end()));
  }

  /**
   * Where the interviewer's unlabelled question begins between two turns of the same speaker ("Roe: We will. ¶
   * Will rates rise? ¶ Roe: ..."): the last paragraph before the next label, when the turn has more than one;
   * else {@code nextLabel}.
   */
  private static int unlabelledPrompt(String body, int turnBegin, int nextLabel) {
    int end = nextLabel;
    while (end > turnBegin && Character.isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    int p = body.lastIndexOf("\n\n", end - 1);
    return p > turnBegin ? p : nextLabel;
  }

  /**
   * The label's speaker: a mention inside it, else a person of the document with the label's last name; the
   * answers ("A:") of an interview are the person the text introduces before its first label.
   */
  private static Speaker speaker(AttributionContext ctx, Label l, int firstLabel) {
    String text = ctx.body.substring(l.begin(), l.end());
    if (text.equalsIgnoreCase("A")) {
      for (Mention m : ctx.mentions) {
        if (m.begin() < firstLabel && m.type().equals("PERSON") && ctx.quotationAt(m.begin()) == null) {
          return Speaker.of(m.entityId(), text, l.begin(), l.end(), "role");
        }
      }
    }
    String[] words = text.split("[\\s.]+");
    String last = words[words.length - 1];
    int headBegin = l.begin() + text.lastIndexOf(last);
    Speaker s = ctx.speakers.resolve(l.begin(), l.end(), headBegin, last);
    if (s.entityId() != null || !"unresolved".equals(s.resolution())) {
      return s;
    }
    for (Mention m : ctx.mentions) {
      if (m.type().equals("PERSON") && m.entityId() != null) {
        String[] mw = m.text().split("\\s+");
        if (mw[mw.length - 1].equalsIgnoreCase(last)) {
          return Speaker.of(m.entityId(), text, l.begin(), l.end(), "name");
        }
      }
    }
    String lower = last.toLowerCase(Locale.ROOT);
    if ("unnamed".equals(ctx.lex.speakerNouns.get(lower))) {
      return new Speaker(null, text, l.begin(), l.end(), "unnamed", List.of());
    }
    return s;
  }
}
