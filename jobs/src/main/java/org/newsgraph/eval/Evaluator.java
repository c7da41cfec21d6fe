package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores a run's tables against gold annotations, following the scoring rules of the gold format:
 * documents by field, sentences by exact span, mentions as (document, sentence, entity) sets, statements
 * by one-to-one matching on speaker and content overlap.
 */
public final class Evaluator {
  /** Minimum token F1 between predicted and gold content for a statement match. */
  public static final double CONTENT_F1_MIN = 0.5;

  private final Gold.Set gold;
  private final Predicted.Set predicted;
  private final Alignment alignment;
  private final EntityMatcher entities;

  public Evaluator(Gold.Set gold, Predicted.Set predicted) {
    this.gold = gold;
    this.predicted = predicted;
    this.alignment = new Alignment(gold, predicted);
    this.entities = new EntityMatcher(gold, predicted);
  }

  /** All scores, keyed by table name, for the tables present in both gold and the run. */
  public Map<String, Score> scores() {
    Map<String, Score> out = new LinkedHashMap<>();
    if (!gold.documents().isEmpty()) {
      out.put("documents", documents());
    }
    if (!gold.sentences().isEmpty()) {
      out.put("sentences", sentences());
    }
    if (!gold.mentions().isEmpty() && predicted.mentions() != null) {
      out.put("mentions", mentions());
    }
    if (!gold.statements().isEmpty() && predicted.statements() != null) {
      StatementScores s = statements();
      out.put("statements", s.all());
      out.put("statements[direct]", s.direct());
      out.put("statements[indirect]", s.indirect());
    }
    return out;
  }

  public Score documents() {
    Score score = new Score();
    Map<String, Predicted.Document> byKey = new HashMap<>();
    predicted.documents().forEach(d -> byKey.put(d.docKey(), d));
    for (Gold.Document g : gold.documents()) {
      Predicted.Document p = byKey.get(g.docKey());
      compare(score, g.docKey(), "title", g.title(), p == null ? null : p.title());
      compare(score, g.docKey(), "published_date", g.publishedDate(), p == null ? null : p.publishedDate());
      compare(score, g.docKey(), "publisher", g.publisher(), p == null ? null : p.publisher());
      compare(score, g.docKey(), "dateline", g.dateline(), p == null ? null : p.dateline());
    }
    return score;
  }

  private static void compare(Score score, String doc, String field, String gold, String pred) {
    String g = norm(gold);
    String p = norm(pred);
    String item = doc + " " + field;
    if (g != null && g.equals(p)) {
      score.hit();
      return;
    }
    if (g != null) {
      score.miss(item + " = " + gold);
    }
    if (p != null) {
      score.falseHit(item + " = " + pred);
    }
  }

  private static String norm(String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  public Score sentences() {
    Score score = new Score();
    Set<Alignment.RawSpan> matched = new HashSet<>();
    Map<String, Set<Alignment.RawSpan>> predictedByDoc = new HashMap<>();
    alignment.predictedSpans.forEach((k, v) -> predictedByDoc
        .computeIfAbsent(k.substring(0, k.lastIndexOf('#')), x -> new HashSet<>()).add(v));
    Set<String> goldDocs = new TreeSet<>();
    for (Gold.Sentence g : gold.sentences()) {
      goldDocs.add(g.docKey());
      Alignment.RawSpan span = alignment.goldSpans.get(g.docKey() + "#" + g.idx());
      String docId = alignment.docId(g.docKey());
      Set<Alignment.RawSpan> spans = docId == null ? Set.of() : predictedByDoc.getOrDefault(docId, Set.of());
      Alignment.RawSpan exact = span == null ? null : trimmedMatch(g, span, spans);
      if (exact != null) {
        score.hit();
        matched.add(exact);
      } else {
        score.miss(g.docKey() + "#" + g.idx() + " " + g.text());
      }
    }
    for (String key : goldDocs) {
      String docId = alignment.docId(key);
      if (docId == null) {
        continue;
      }
      for (Map.Entry<String, Alignment.RawSpan> e : new TreeMap<>(alignment.predictedSpans).entrySet()) {
        if (e.getKey().startsWith(docId + "#") && !matched.contains(e.getValue())) {
          score.falseHit(key + " predicted sentence " + e.getKey().substring(docId.length() + 1));
        }
      }
    }
    return score;
  }

  private static Alignment.RawSpan trimmedMatch(Gold.Sentence g, Alignment.RawSpan span, Set<Alignment.RawSpan> spans) {
    String t = g.text();
    int lead = t.length() - t.stripLeading().length();
    int trail = t.length() - t.stripTrailing().length();
    Alignment.RawSpan want = new Alignment.RawSpan(span.begin() + lead, span.end() - trail);
    return spans.contains(want) ? want : null;
  }

  public Score mentions() {
    Score score = new Score();
    Set<String> goldItems = new TreeSet<>();
    for (Gold.Mention m : gold.mentions()) {
      if (entities.optional(m.entity())) {
        continue;
      }
      alignment.predictedIdx(m.docKey(), m.idx())
          .ifPresentOrElse(i -> goldItems.add(alignment.docId(m.docKey()) + "#" + i + " " + m.entity()),
              () -> goldItems.add(m.docKey() + "#unaligned" + m.idx() + " " + m.entity()));
    }
    Map<String, String> docKeys = new HashMap<>();
    alignment.docIds.forEach((k, v) -> docKeys.put(v, k));
    Set<String> predictedItems = new TreeSet<>();
    for (Predicted.Mention m : predicted.mentions()) {
      if (!docKeys.containsKey(m.docId()) || !EntityMatcher.TYPES.contains(m.type())) {
        continue;
      }
      String goldId = entities.goldFor(m.entityId(), docKeys.get(m.docId()));
      if (goldId != null && entities.optional(goldId)) {
        continue;
      }
      predictedItems.add(m.docId() + "#" + m.sentenceIdx() + " " + (goldId != null ? goldId : "?" + entities.name(m.entityId())));
    }
    for (String g : goldItems) {
      if (predictedItems.contains(g)) {
        score.hit();
      } else {
        score.miss(g);
      }
    }
    for (String p : predictedItems) {
      if (!goldItems.contains(p)) {
        score.falseHit(p);
      }
    }
    return score;
  }

  /** Gold entities matched by more than one predicted entity id. */
  public Map<String, Set<String>> splitEntities() {
    return entities.splits(predicted.mentions() == null ? List.of() : predicted.mentions(), alignment);
  }

  /** Of the gold entities found, how many have a predicted entity linked to the knowledge base: {linked, found}. */
  public int[] kbLinked() {
    Set<String> ids = new HashSet<>();
    if (predicted.entities() != null) {
      predicted.entities().stream().filter(e -> e.kbId() != null).forEach(e -> ids.add(e.entityId()));
    }
    return entities.linked(predicted.mentions() == null ? List.of() : predicted.mentions(), alignment, ids);
  }

  /** Predicted entity ids matching more than one gold entity. */
  public Map<String, Set<String>> mergedEntities() {
    return entities.merges(predicted.mentions() == null ? List.of() : predicted.mentions(), alignment);
  }

  /** Statement scores overall and by gold/predicted kind, plus cue and speaker accuracy. */
  public record StatementScores(Score all, Score direct, Score indirect, double cueAccuracy,
                                double speakerAccuracy, int matched) {
  }

  public StatementScores statements() {
    return new StatementMatcher(gold, predicted, alignment, entities).score();
  }

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Token-level F1 of two texts (bags of lowercased words). */
  static double tokenF1(String a, String b) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Map<String, Integer> counts = new HashMap<>();
    x.forEach(w -> counts.merge(w, 1, Integer::sum));
    int common = 0;
    for (String w : y) {
      Integer c = counts.get(w);
      if (c != null && c > 0) {
        common++;
        counts.put(w, c - 1);
      }
    }
    if (common == 0) {
      return 0;
    }
    double p = common / (double) y.size();
    double r = common / (double) x.size();
    return 2 * p * r / (p + r);
  }
}
