package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One-to-one matching of predicted and gold statements per aligned sentence: same speaker (for a group,
 * one of its members; for a gold unnamed source, a row that names no speaker) and content token F1 at
 * least {@link Evaluator#CONTENT_F1_MIN}, best overlap first.
 * Speaker accuracy is measured separately on pairs matched by content alone.
 */
final class StatementMatcher {
  private final Gold.Set gold;
  private final Predicted.Set predicted;
  private final Alignment alignment;
  private final EntityMatcher entities;
  private final Map<String, String> docKeys = new HashMap<>();

  StatementMatcher(Gold.Set gold, Predicted.Set predicted, Alignment alignment, EntityMatcher entities) {
    this.gold = gold;
    this.predicted = predicted;
    this.alignment = alignment;
    this.entities = entities;
    alignment.docIds.forEach((k, v) -> docKeys.put(v, k));
  }

  private record Pair(int g, int p, double f1) {
  }

  Evaluator.StatementScores score() {
    Map<String, List<Integer>> goldBySentence = new HashMap<>();
    for (int i = 0; i < gold.statements().size(); i++) {
      Gold.Statement g = gold.statements().get(i);
      String key = alignment.predictedIdx(g.docKey(), g.idx())
          .map(idx -> alignment.docId(g.docKey()) + "#" + idx).orElse(g.docKey() + "#unaligned" + g.idx());
      goldBySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    List<Predicted.Statement> preds = predicted.statements().stream()
        .filter(p -> docKeys.containsKey(p.docId())).toList();
    List<Pair> speakerPairs = new ArrayList<>();
    List<Pair> contentPairs = new ArrayList<>();
    for (int p = 0; p < preds.size(); p++) {
      Predicted.Statement ps = preds.get(p);
      for (int g : goldBySentence.getOrDefault(ps.docId() + "#" + ps.sentenceIdx(), List.of())) {
        Gold.Statement gs = gold.statements().get(g);
        double f1 = Evaluator.tokenF1(gs.content(), ps.content());
        if (f1 >= Evaluator.CONTENT_F1_MIN) {
          contentPairs.add(new Pair(g, p, f1));
          if (speakerMatches(gs, ps)) {
            speakerPairs.add(new Pair(g, p, f1));
          }
        }
      }
    }
    Map<Integer, Integer> matched = greedy(speakerPairs);
    Score all = new Score();
    Score direct = new Score();
    Score indirect = new Score();
    int cueRight = 0;
    int counted = 0;
    Set<Integer> usedPred = new HashSet<>(matched.values());
    for (int g = 0; g < gold.statements().size(); g++) {
      Gold.Statement gs = gold.statements().get(g);
      Integer p = matched.get(g);
      if (gs.optional()) {
        continue;
      }
      Score byKind = "direct".equals(gs.kind()) ? direct : indirect;
      if (p != null) {
        all.hit();
        byKind.hit();
        counted++;
        if (gs.cue() != null && gs.cue().equalsIgnoreCase(preds.get(p).cueLemma())) {
          cueRight++;
        }
      } else {
        String item = gs.docKey() + "#" + gs.idx() + " " + gs.speakers() + " " + gs.cue() + ": " + gs.content();
        all.miss(item);
        byKind.miss(item);
      }
    }
    for (int p = 0; p < preds.size(); p++) {
      if (!usedPred.contains(p)) {
        Predicted.Statement ps = preds.get(p);
        String item = docKeys.get(ps.docId()) + "#" + ps.sentenceIdx() + " "
            + entities.name(ps.speakerEntityId()) + " " + ps.cueLemma() + ": " + ps.content();
        all.falseHit(item);
        ("direct".equals(ps.kind()) ? direct : indirect).falseHit(item);
      }
    }
    Map<Integer, Integer> byContent = greedy(contentPairs);
    int speakerRight = 0;
    int contentMatched = 0;
    for (Map.Entry<Integer, Integer> e : byContent.entrySet()) {
      Gold.Statement gs = gold.statements().get(e.getKey());
      if (gs.optional()) {
        continue;
      }
      contentMatched++;
      if (speakerMatches(gs, preds.get(e.getValue()))) {
        speakerRight++;
      }
    }
    return new Evaluator.StatementScores(all, direct, indirect,
        counted == 0 ? 0 : cueRight / (double) counted,
        contentMatched == 0 ? 0 : speakerRight / (double) contentMatched, counted);
  }

  private boolean speakerMatches(Gold.Statement gs, Predicted.Statement ps) {
    String docKey = docKeys.get(ps.docId());
    boolean predictedNamed = ps.speakerEntityId() != null
        || ps.speakerMemberIds() != null && !ps.speakerMemberIds().isEmpty();
    if (gs.speakers().isEmpty()) {
      // an unnamed source ("officials said") is scored on content: the row must not name a speaker
      return !predictedNamed;
    }
    List<String> ids = new ArrayList<>();
    if (ps.speakerEntityId() != null) {
      ids.add(ps.speakerEntityId());
    }
    if (ps.speakerMemberIds() != null) {
      ids.addAll(ps.speakerMemberIds());
    }
    for (String id : ids) {
      String g = entities.goldFor(id, docKey);
      if (g != null && gs.speakers().contains(g)) {
        return true;
      }
    }
    return false;
  }

  private static Map<Integer, Integer> greedy(List<Pair> pairs) {
    List<Pair> sorted = new ArrayList<>(pairs);
    sorted.sort(Comparator.comparingDouble(Pair::f1).reversed().thenComparingInt(Pair::g).thenComparingInt(Pair::p));
    Map<Integer, Integer> out = new HashMap<>();
    Set<Integer> usedP = new HashSet<>();
    for (Pair x : sorted) {
      if (!out.containsKey(x.g()) && !usedP.contains(x.p())) {
        out.put(x.g(), x.p());
        usedP.add(x.p());
      }
    }
    return out;
  }
}
