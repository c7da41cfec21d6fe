package org.newsgraph.eval;

import java.util.List;

/** The rows of a run's tables that scoring needs. */
public final class Predicted {
  private Predicted() {
  }

  /** {@code docKey} is the source file name without {@code .txt} / {@code .txt.gz}. */
  public record Document(String docKey, String docId, String title, String publishedDate, String publisher,
                         String dateline, int bodyOffset, String rawText) {
  }

  public record Sentence(String docId, int idx, int begin, int end) {
  }

  public record Entity(String entityId, String name, String type, String kbId) {
    public Entity(String entityId, String name, String type) {
      this(entityId, name, type, null);
    }

  }

  public record Mention(String docId, int sentenceIdx, String entityId, String type) {
  }

  public record Statement(String docId, int sentenceIdx, String speakerEntityId, List<String> speakerMemberIds,
                          String cueLemma, String content, String kind) {
  }

  /** A run's tables; lists are null for tables the run did not write. */
  public record Set(List<Document> documents, List<Sentence> sentences, List<Entity> entities,
                    List<Mention> mentions, List<Statement> statements) {
  }
}
