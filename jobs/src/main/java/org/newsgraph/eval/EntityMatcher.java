package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which gold entity a predicted entity stands for: its canonical name equals the gold name or
 * one of the gold aliases (case-insensitive). When a name fits several gold entities ("Roe"), the one
 * annotated in the same document wins.
 */
final class EntityMatcher {
  static final Set<String> TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");

  private final Map<String, List<String>> goldByName = new HashMap<>();
  private final Map<String, Gold.Entity> goldById = new HashMap<>();
  private final Set<String> goldInDoc = new HashSet<>();
  private final Map<String, String> predictedNames = new HashMap<>();

  EntityMatcher(Gold.Set gold, Predicted.Set predicted) {
    for (Gold.Entity e : gold.entities()) {
      goldById.put(e.id(), e);
      Set<String> names = new TreeSet<>();
      names.add(e.name().toLowerCase(Locale.ROOT));
      e.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
      names.forEach(n -> goldByName.computeIfAbsent(n, k -> new ArrayList<>()).add(e.id()));
    }
    gold.mentions().forEach(m -> goldInDoc.add(m.docKey() + " " + m.entity()));
    if (predicted.entities() != null) {
      predicted.entities().forEach(e -> predictedNames.put(e.entityId(), e.name()));
    }
  }

  boolean optional(String goldId) {
    Gold.Entity e = goldById.get(goldId);
    return e != null && e.optional();
  }

  String name(String entityId) {
    return predictedNames.getOrDefault(entityId, entityId);
  }

  /** The gold entity id a predicted entity stands for in a document, or null. */
  String goldFor(String entityId, String docKey) {
    if (entityId == null) {
      return null;
    }
    String name = predictedNames.get(entityId);
    if (name == null) {
      return null;
    }
    List<String> candidates = goldByName.get(name.toLowerCase(Locale.ROOT));
    if (candidates == null) {
      return null;
    }
    for (String c : candidates) {
      if (goldInDoc.contains(docKey + " " + c)) {
        return c;
      }
    }
    return candidates.get(0);
  }

  Map<String, Set<String>> splits(List<Predicted.Mention> mentions, Alignment alignment) {
    Map<String, Set<String>> byGold = new TreeMap<>();
    forEachMatch(mentions, alignment, (g, p) -> byGold.computeIfAbsent(g, k -> new TreeSet<>()).add(p));
    byGold.values().removeIf(s -> s.size() < 2);
    return byGold;
  }

  /** Gold entities found, and how many of them have a found predicted entity with a knowledge-base link. */
  int[] linked(List<Predicted.Mention> mentions, Alignment alignment, Set<String> linkedIds) {
    Map<String, Boolean> byGold = new TreeMap<>();
    forEachMatch(mentions, alignment, (g, p) -> byGold.merge(g, linkedIds.contains(p), Boolean::logicalOr));
    return new int[] {(int) byGold.values().stream().filter(b -> b).count(), byGold.size()};
  }

  Map<String, Set<String>> merges(List<Predicted.Mention> mentions, Alignment alignment) {
    Map<String, Set<String>> byPredicted = new TreeMap<>();
    forEachMatch(mentions, alignment, (g, p) -> byPredicted.computeIfAbsent(p + " (" + name(p) + ")",
        k -> new TreeSet<>()).add(g));
    byPredicted.values().removeIf(s -> s.size() < 2);
    return byPredicted;
  }

  private void forEachMatch(List<Predicted.Mention> mentions, Alignment alignment,
                            java.util.function.BiConsumer<String, String> f) {
    Map<String, String> docKeys = new HashMap<>();
    alignment.docIds.forEach((k, v) -> docKeys.put(v, k));
    for (Predicted.Mention m : mentions) {
      String key = docKeys.get(m.docId());
      if (key == null) {
        continue;
      }
      String g = goldFor(m.entityId(), key);
      if (g != null && !optional(g) && goldInDoc.contains(key + " " + g)) {
        f.accept(g, m.entityId());
      }
    }
  }
}
