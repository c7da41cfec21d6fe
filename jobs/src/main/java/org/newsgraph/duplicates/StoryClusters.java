package org.newsgraph.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups documents into stories from pairs of near-duplicates (connected components: a copy of a copy
 * is the same story) and picks each story's original: the earliest published, then the longest, then
 * the smallest id, so the choice does not depend on the order pairs arrive in.
 */
public final class StoryClusters {
  /** A document taking part in at least one pair. */
  public record Doc(String docId, LocalDate published, int length) {
  }

  /** Two near-duplicate documents and the Jaccard similarity of their shingles. */
  public record Pair(String a, String b, double similarity) {
  }

  /** Where a document belongs: its story (the original's id) and the original when it is a copy. */
  public record Assignment(String docId, String storyId, String duplicateOf) {
  }

  /** Earliest first (undated last), then longest, then smallest id. */
  static final Comparator<Doc> ORIGINAL_FIRST = Comparator
      .comparing(Doc::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
      .thenComparing(Comparator.comparingInt(Doc::length).reversed())
      .thenComparing(Doc::docId);

  private StoryClusters() {
  }

  /**
   * One assignment per document of the pairs (documents in no pair are their own story and get none),
   * sorted by document id. Pairs naming a document missing from {@code docs} are ignored.
   */
  public static List<Assignment> assign(Collection<Doc> docs, Collection<Pair> pairs) {
    Map<String, Doc> byId = new HashMap<>();
    docs.forEach(d -> byId.put(d.docId(), d));
    Map<String, String> parent = new HashMap<>();
    for (Pair p : pairs) {
      if (byId.containsKey(p.a()) && byId.containsKey(p.b()) && !p.a().equals(p.b())) {
        union(parent, p.a(), p.b());
      }
    }
    Map<String, List<Doc>> stories = new HashMap<>();
    for (String id : parent.keySet()) {
      stories.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(byId.get(id));
    }
    Map<String, Assignment> out = new TreeMap<>();
    for (List<Doc> members : stories.values()) {
      Doc original = members.stream().min(ORIGINAL_FIRST).orElseThrow();
      for (Doc d : members) {
        String id = d.docId();
        out.put(id, new Assignment(id, original.docId(), id.equals(original.docId()) ? null : original.docId()));
      }
    }
    return new ArrayList<>(out.values());
  }

  private static String find(Map<String, String> parent, String x) {
    parent.putIfAbsent(x, x);
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    while (!parent.get(x).equals(root)) { // path compression
      String next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
  }
}
