package org.newsgraph.statements;

import org.newsgraph.nlp.NameGender;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Statement;
import org.newsgraph.text.ParsedSentence;
import org.newsgraph.util.Ids;
import org.newsgraph.util.Lexicon;

/**
 * Extracts attributed statements from a document: runs the attribution rules (sieves) named in
 * {@code statements/sieves.txt}, in that order, over one {@link AttributionContext}, then turns the
 * drafts into one {@link Statement} per (sentence, speaker, cue). Plain Java; thread-safe.
 */
public final class StatementExtractor {
  /** The rules a sieve file may name. */
  static final Map<String, Supplier<AttributionRule>> RULES = Map.of(
      "cue-verb", CueVerbRule::new,
      "according-to", AccordingToRule::new,
      "quoted-as", QuotedAsRule::new,
      "transcript-turn", TranscriptTurnRule::new,
      "quotation", QuotationRule::new,
      "nested-cue-filter", NestedCueFilter::new);

  /** Contents that are no statement: sourcing formulas and bare pronouns ({@code statements/non-statements.txt}). */
  private static final List<java.util.regex.Pattern> NON_STATEMENTS = Lexicon.lines(
      "/org/newsgraph/statements/non-statements.txt").stream()
      .map(r -> java.util.regex.Pattern.compile(r, java.util.regex.Pattern.CASE_INSENSITIVE)).toList();

  private final CueLexicon lex;
  private final NameGender genders;
  private final List<String> sieves;

  public StatementExtractor(CueLexicon lex) {
    this(lex, NameGender.fromCoreNlpModels(), Lexicon.lines("/org/newsgraph/statements/sieves.txt"));
  }

  StatementExtractor(CueLexicon lex, NameGender genders, List<String> sieves) {
    for (String s : sieves) {
      if (!RULES.containsKey(s)) {
        throw new IllegalArgumentException("unknown attribution rule '" + s + "'; known: " + RULES.keySet());
      }
    }
    this.lex = lex;
    this.genders = genders;
    this.sieves = List.copyOf(sieves);
  }

  /**
   * Sentences attributed together. Speaker rules look back over the document (the last speaker, who was
   * introduced with a role), so their cost grows with its length squared; a document longer than this
   * (far longer than any article: a book, a transcript, files pasted together) is attributed in windows
   * of this many sentences, each seeing {@link #WINDOW_CONTEXT} sentences before and after it.
   */
  static final int WINDOW = 400;
  static final int WINDOW_CONTEXT = 40;

  public List<Statement> extract(String docId, String body, List<ParsedSentence> sentences, List<Mention> mentions) {
    if (sentences.size() <= WINDOW + WINDOW_CONTEXT) {
      return extract(docId, body, sentences, mentions, Quotations.find(body), 0, sentences.size());
    }
    List<Quotations.Quotation> quotations = Quotations.find(body);
    List<Statement> out = new ArrayList<>();
    for (int start = 0; start < sentences.size(); start += WINDOW) {
      int end = Math.min(sentences.size(), start + WINDOW);
      int from = Math.max(0, start - WINDOW_CONTEXT);
      int to = Math.min(sentences.size(), end + WINDOW_CONTEXT);
      int begin = sentences.get(from).sentence().begin();
      int stop = sentences.get(to - 1).sentence().end();
      List<Mention> inWindow = mentions.stream().filter(m -> m.begin() >= begin && m.end() <= stop).toList();
      List<Quotations.Quotation> quotes = quotations.stream().filter(q -> q.end() > begin && q.begin() < stop).toList();
      out.addAll(extract(docId, body, sentences.subList(from, to), inWindow, quotes, start, end));
    }
    return out;
  }

  /** Statements of the sentences whose index is in [keepFrom, keepTo), attributed over {@code sentences}. */
  private List<Statement> extract(String docId, String body, List<ParsedSentence> sentences, List<Mention> mentions,
                                  List<Quotations.Quotation> quotations, int keepFrom, int keepTo) {
    AttributionContext ctx = new AttributionContext(docId, body, sentences, mentions, quotations, lex, genders);
    for (String s : sieves) {
      RULES.get(s).get().apply(ctx);
    }
    List<Draft> drafts = new ArrayList<>(ctx.drafts);
    drafts.removeIf(d -> d.sentenceIdx() < keepFrom || d.sentenceIdx() >= keepTo);
    drafts.sort(Comparator.comparingInt(Draft::sentenceIdx).thenComparingInt(Draft::contentBegin)
        .thenComparingInt(Draft::cueBegin));
    List<Statement> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Draft d : drafts) {
      if (!seen.add(d.sentenceIdx() + ":" + d.cueBegin() + ":" + d.contentBegin() + ":" + d.contentEnd())) {
        continue;
      }
      String content = body.substring(d.contentBegin(), d.contentEnd());
      if (NON_STATEMENTS.stream().anyMatch(p -> p.matcher(content).matches()) || inscription(d.speaker())) {
        continue;
      }
      out.add(statement(ctx, d));
    }
    return out;
  }

  /** A speaker phrase whose head is a thing with words printed on it ("the sign", "banners"): no one speaks. */
  private boolean inscription(Speaker s) {
    if (s.entityId() != null || s.text() == null || s.text().isBlank()) {
      return false;
    }
    String[] words = s.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s-]", " ").strip().split("\\s+");
    // (the last word, "one Department of Transportation sign", or the head before its modifier, "A sign outside one
    // shop read: ...")
    return "inscription".equals(lex.speakerNouns.get(SpeakerResolver.singular(words[words.length - 1])))
        || "inscription".equals(lex.speakerNouns.get(SpeakerResolver.singular(words[SpeakerResolver.headOf(words)])));
  }

  private static Statement statement(AttributionContext ctx, Draft d) {
    Set<String> targets = new LinkedHashSet<>();
    for (Mention m : ctx.mentions) {
      if (m.begin() >= d.contentBegin() && m.end() <= d.contentEnd()) {
        targets.add(m.entityId());
      }
    }
    Speaker s = d.speaker();
    String kind = d.kind() != null ? d.kind() : ctx.kind(d.contentBegin(), d.contentEnd(), d.cueBegin());
    String id = Ids.hash(ctx.docId, Integer.toString(d.cueBegin()), Integer.toString(d.contentBegin()),
        d.cueLemma().toLowerCase(Locale.ROOT));
    return new Statement(id, ctx.docId, d.sentenceIdx(), s.entityId(), s.text(), s.begin(), s.end(), s.resolution(),
        s.memberIds(), ctx.body.substring(d.cueBegin(), d.cueEnd()), d.cueBegin(), d.cueEnd(), d.cueLemma(),
        d.cueClass(), ctx.body.substring(d.contentBegin(), d.contentEnd()), d.contentBegin(), d.contentEnd(), kind,
        new ArrayList<>(targets));
  }
}
