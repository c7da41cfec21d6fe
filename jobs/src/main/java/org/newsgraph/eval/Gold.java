package org.newsgraph.eval;

import java.util.List;

/** Gold annotation records, in the format of the gold folder's README. */
public final class Gold {
  private Gold() {
  }

  public record Document(String docKey, String title, String publishedDate, String publisher, String dateline) {
  }

  public record Sentence(String docKey, int idx, String text) {
  }

  public record Entity(String id, String name, String type, List<String> aliases, boolean optional) {
  }

  public record Mention(String docKey, int idx, String entity, String surface) {
  }

  public record Statement(String docKey, int idx, List<String> speakers, String speakerSurface, String cue,
                          String content, String kind, boolean optional) {
  }

  /** Everything read from one gold folder; lists are empty for files that are absent. */
  public record Set(List<Document> documents, List<Sentence> sentences, List<Entity> entities,
                    List<Mention> mentions, List<Statement> statements) {
  }
}
