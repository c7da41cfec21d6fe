package org.newsgraph.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aligns gold sentences (exact substrings of the raw file) to predicted sentences (offsets into the
 * body, shifted by {@code body_offset}): each gold sentence maps to the predicted sentence of the same
 * document whose raw span overlaps it most.
 */
final class Alignment {
  record RawSpan(int begin, int end) {
    int overlap(RawSpan o) {
      return Math.max(0, Math.min(end, o.end) - Math.max(begin, o.begin));
    }
  }

  /** gold "docKey#idx" to its raw span (null when its text is not found in the raw file). */
  final Map<String, RawSpan> goldSpans = new HashMap<>();
  /** gold "docKey#idx" to the aligned predicted sentence index. */
  final Map<String, Integer> goldToPredicted = new HashMap<>();
  /** docKey to predicted doc_id. */
  final Map<String, String> docIds = new HashMap<>();
  /** predicted "docId#idx" to raw span. */
  final Map<String, RawSpan> predictedSpans = new HashMap<>();

  Alignment(Gold.Set gold, Predicted.Set predicted) {
    Map<String, Predicted.Document> byKey = new HashMap<>();
    for (Predicted.Document d : predicted.documents()) {
      byKey.put(d.docKey(), d);
      docIds.put(d.docKey(), d.docId());
    }
    Map<String, Predicted.Document> byId = new HashMap<>();
    predicted.documents().forEach(d -> byId.put(d.docId(), d));
    for (Predicted.Sentence s : predicted.sentences()) {
      Predicted.Document d = byId.get(s.docId());
      if (d != null) {
        predictedSpans.put(s.docId() + "#" + s.idx(), new RawSpan(d.bodyOffset() + s.begin(), d.bodyOffset() + s.end()));
      }
    }
    Map<String, Integer> searchFrom = new HashMap<>();
    List<Gold.Sentence> sorted = gold.sentences().stream()
        .sorted((a, b) -> a.docKey().equals(b.docKey()) ? Integer.compare(a.idx(), b.idx()) : a.docKey().compareTo(b.docKey()))
        .toList();
    for (Gold.Sentence g : sorted) {
      Predicted.Document d = byKey.get(g.docKey());
      if (d == null) {
        continue;
      }
      int from = searchFrom.getOrDefault(g.docKey(), 0);
      int at = d.rawText().indexOf(g.text(), from);
      if (at < 0) {
        at = d.rawText().indexOf(g.text());
      }
      if (at < 0) {
        continue;
      }
      RawSpan span = new RawSpan(at, at + g.text().length());
      searchFrom.put(g.docKey(), span.end());
      String key = g.docKey() + "#" + g.idx();
      goldSpans.put(key, span);
      int best = -1;
      int bestOverlap = 0;
      for (Predicted.Sentence s : predicted.sentences()) {
        if (!s.docId().equals(d.docId())) {
          continue;
        }
        int ov = predictedSpans.get(s.docId() + "#" + s.idx()).overlap(span);
        if (ov > bestOverlap) {
          bestOverlap = ov;
          best = s.idx();
        }
      }
      if (best >= 0) {
        goldToPredicted.put(key, best);
      }
    }
  }

  /** The predicted sentence index a gold (document, sentence) aligns to. */
  Optional<Integer> predictedIdx(String docKey, int goldIdx) {
    return Optional.ofNullable(goldToPredicted.get(docKey + "#" + goldIdx));
  }

  String docId(String docKey) {
    return docIds.get(docKey);
  }
}
