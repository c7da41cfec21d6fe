package org.newsgraph.entities;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Corpus-wide name decisions, computed once on the driver from the distinct names of all documents and
 * shipped to executors: the final (canonical name, type) of every document-level entity, and the names
 * worth searching for in every document regardless of case ("belt and Road Initiative").
 *
 * @param finals   key {@code canonical + "\t" + type} of a document-level entity → its final entity
 * @param searches lower-cased surface → final entity to search for case-insensitively
 * @param links    final entity id → its knowledge-base link (absent when unlinked)
 */
public record CorpusNames(Map<String, Entity> finals, Map<String, Entity> searches, Map<String, KbLinker.Link> links)
    implements Serializable {

  /** A final canonical entity. */
  public record Entity(String name, String type) implements Serializable {
    public String id() {
      return EntityIds.of(name, type);
    }
  }

  public CorpusNames {
    finals = Map.copyOf(finals);
    searches = Map.copyOf(searches);
    links = Map.copyOf(links);
  }

  public CorpusNames(Map<String, Entity> finals, Map<String, Entity> searches) {
    this(finals, searches, Map.of());
  }

  static String key(String canonical, String type) {
    return canonical + "\t" + type;
  }

  /** The final entity of a document-level (canonical, type). */
  public Entity resolve(String canonical, String type) {
    return finals.getOrDefault(key(canonical, type), new Entity(canonical, type));
  }

  /** One distinct document-level name with its number of mentions. */
  public record NameCount(String canonical, String type, long count) {
  }

  /** One acronym definition seen in the corpus with the number of documents defining it so. */
  public record AcronymCount(String acronym, String expansion, long count) {
  }

  static List<String> words(String s) {
    return List.of(s.split("\\s+"));
  }
}
