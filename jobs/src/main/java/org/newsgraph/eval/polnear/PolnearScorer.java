package org.newsgraph.eval.polnear;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.newsgraph.eval.Score;

/**
 * Scores predicted attributions against PolNeAR gold, per document:
 * <ul>
 *   <li>span scores for source, cue and content, each {@code exact} (same code points after trimming
 *       whitespace) and {@code overlap} (sharing at least one code point), one-to-one;</li>
 *   <li>attribution scores: a prediction matches a gold attribution when their contents overlap by at
 *       least half of the shorter content (one-to-one: pairs whose cues overlap first, then best overlap, so a
 *       reported clause holding a nested attribution is matched to its own cue's); recall is also given per
 *       gold cue kind (speech, belief, evidence, other);</li>
 *   <li>the same scores on speech attributions only ({@code speech.*}), the kind newsgraph extracts: gold
 *       of other kinds is left out, and so are predictions that match only such gold (a belief the
 *       statements table happens to hold is neither right nor wrong there).</li>
 * </ul>
 */
public final class PolnearScorer {

  /** Gold attributions and predictions of one article, with its text for listing misses. */
  public record Doc(String docId, String text, List<Attribution> gold, List<Attribution> predicted) {
  }

  private final Map<String, Score> scores = new LinkedHashMap<>();
  private final Map<String, int[]> kindRecall = new TreeMap<>();
  private final CueKinds kinds;
  private int articles;

  public PolnearScorer(CueKinds kinds) {
    this.kinds = kinds;
    for (String prefix : List.of("", "speech.")) {
      for (String name : List.of("attribution", "source.exact", "source.overlap", "cue.exact", "cue.overlap",
          "content.exact", "content.overlap")) {
        scores.put(prefix + name, new Score());
      }
    }
  }

  public PolnearScorer add(Doc doc) {
    articles++;
    score(doc, "");
    List<Attribution> speech = new ArrayList<>();
    List<Attribution> other = new ArrayList<>();
    for (Attribution g : doc.gold()) {
      (kinds.kind(g.cue().text(doc.text())).equals("speech") ? speech : other).add(g);
    }
    List<Attribution> pred = new ArrayList<>();
    for (Attribution p : doc.predicted()) {
      if (other.stream().noneMatch(g -> matches(g, p)) || speech.stream().anyMatch(g -> matches(g, p))) {
        pred.add(p);
      }
    }
    score(new Doc(doc.docId(), doc.text(), speech, pred), "speech.");
    return this;
  }

  private static boolean matches(Attribution g, Attribution p) {
    int shorter = Math.min(g.content().length(), p.content().length());
    return shorter > 0 && g.content().overlap(p.content()) * 2 >= shorter;
  }

  private void score(Doc doc, String prefix) {
    for (String role : List.of("source", "cue", "content")) {
      Function<Attribution, Spans> get = switch (role) {
        case "source" -> Attribution::source;
        case "cue" -> Attribution::cue;
        default -> Attribution::content;
      };
      List<Spans> gold = doc.gold().stream().map(get).filter(s -> !s.isEmpty()).distinct().toList();
      List<Spans> pred = doc.predicted().stream().map(get).filter(s -> !s.isEmpty()).distinct().toList();
      matchSpans(doc, gold, pred, true, scores.get(prefix + role + ".exact"));
      matchSpans(doc, gold, pred, false, scores.get(prefix + role + ".overlap"));
    }
    matchAttributions(doc, prefix);
  }

  private static void matchSpans(Doc doc, List<Spans> gold, List<Spans> pred, boolean exact, Score score) {
    List<double[]> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < pred.size(); p++) {
        int overlap = gold.get(g).overlap(pred.get(p));
        if (exact ? gold.get(g).sameAs(pred.get(p)) : overlap > 0) {
          pairs.add(new double[] {g, p, overlap});
        }
      }
    }
    boolean[][] used = oneToOne(pairs, gold.size(), pred.size(), score);
    for (int g = 0; g < gold.size(); g++) {
      if (!used[0][g]) {
        score.miss(doc.docId() + " " + gold.get(g).text(doc.text()));
      }
    }
    for (int p = 0; p < pred.size(); p++) {
      if (!used[1][p]) {
        score.falseHit(doc.docId() + " " + pred.get(p).text(doc.text()));
      }
    }
  }

  private void matchAttributions(Doc doc, String prefix) {
    List<Attribution> gold = doc.gold();
    List<Attribution> pred = doc.predicted();
    List<double[]> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < pred.size(); p++) {
        Spans a = gold.get(g).content();
        Spans b = pred.get(p).content();
        int shorter = Math.min(a.length(), b.length());
        int overlap = a.overlap(b);
        if (shorter > 0 && overlap * 2 >= shorter) {
          // a prediction whose cue is the gold attribution's cue is that attribution, before any other whose
          // content it also covers (a reported clause holding a nested attribution matches both)
          boolean sameCue = gold.get(g).cue().overlap(pred.get(p).cue()) > 0;
          pairs.add(new double[] {g, p, (sameCue ? 1 : 0) + overlap / (double) Math.max(a.length(), b.length())});
        }
      }
    }
    Score score = scores.get(prefix + "attribution");
    boolean[][] used = oneToOne(pairs, gold.size(), pred.size(), score);
    for (int g = 0; g < gold.size(); g++) {
      String kind = kinds.kind(gold.get(g).cue().text(doc.text()));
      if (prefix.isEmpty()) {
        int[] counts = kindRecall.computeIfAbsent(kind, k -> new int[2]);
        counts[1]++;
        counts[0] += used[0][g] ? 1 : 0;
      }
      if (!used[0][g]) {
        score.miss(describe(doc, gold.get(g)) + " [" + kind + "]");
      }
    }
    for (int p = 0; p < pred.size(); p++) {
      if (!used[1][p]) {
        score.falseHit(describe(doc, pred.get(p)));
      }
    }
  }

  /**
   * Greedy one-to-one matching of {gold, predicted, weight} candidate pairs, heaviest first (ties by
   * gold, then predicted index); counts a hit per pair taken and returns which gold [0] and predicted [1]
   * items were taken.
   */
  private static boolean[][] oneToOne(List<double[]> pairs, int golds, int preds, Score score) {
    pairs.sort(Comparator.comparingDouble((double[] a) -> -a[2]).thenComparingDouble(a -> a[0])
        .thenComparingDouble(a -> a[1]));
    boolean[][] used = {new boolean[golds], new boolean[preds]};
    for (double[] pair : pairs) {
      int g = (int) pair[0];
      int p = (int) pair[1];
      if (!used[0][g] && !used[1][p]) {
        used[0][g] = true;
        used[1][p] = true;
        score.hit();
      }
    }
    return used;
  }

  private static String describe(Doc doc, Attribution a) {
    return doc.docId() + " (" + a.source().text(doc.text()) + ") [" + a.cue().text(doc.text()) + "] "
        + a.content().text(doc.text());
  }

  public int articles() {
    return articles;
  }

  public Map<String, Score> scores() {
    return scores;
  }

  /** Gold attributions of a kind found, and their number. */
  public Map<String, int[]> kindRecall() {
    return kindRecall;
  }

  public void print(PrintStream out, boolean details) {
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      out.println(e.getValue().line("polnear." + e.getKey()));
      if (details) {
        e.getValue().misses().forEach(m -> out.println("  miss: " + m));
        e.getValue().falseHits().forEach(m -> out.println("  false hit: " + m));
      }
    }
    StringBuilder sb = new StringBuilder("evaluate polnear.recall_by_kind:");
    for (Map.Entry<String, int[]> e : kindRecall.entrySet()) {
      int[] c = e.getValue();
      sb.append(String.format(Locale.ROOT, " %s=%.3f (%d/%d)", e.getKey(), c[1] == 0 ? 0 : c[0] / (double) c[1],
          c[0], c[1]));
    }
    out.println(sb);
  }
}
