package org.newsgraph.entities;

import java.util.List;
import org.newsgraph.nlp.Token;

/**
 * A mention while it is being found and resolved (mutable, local to one document's resolution).
 * Offsets are into the body; {@code firstToken}/{@code lastToken} are 0-based token positions in the sentence.
 */
final class MentionDraft {
  final int sentenceIdx;
  int firstToken;
  int lastToken;
  int begin;
  int end;
  String text;
  EntityType type;
  String fineType;
  String canonical;
  Resolution resolution = Resolution.NAME;

  MentionDraft(int sentenceIdx, int firstToken, int lastToken, int begin, int end, String text, EntityType type) {
    this.sentenceIdx = sentenceIdx;
    this.firstToken = firstToken;
    this.lastToken = lastToken;
    this.begin = begin;
    this.end = end;
    this.text = text;
    this.type = type;
  }

  /** Makes {@code last} the mention's last token: its end and text follow. */
  void endAt(int last, List<Token> tokens, String body) {
    lastToken = last;
    end = tokens.get(last).end();
    text = body.substring(begin, end);
  }

  /** Makes {@code first} the mention's first token: its begin and text follow. */
  void startAt(int first, List<Token> tokens, String body) {
    firstToken = first;
    begin = tokens.get(first).begin();
    text = body.substring(begin, end);
  }

  boolean overlaps(MentionDraft o) {
    return sentenceIdx == o.sentenceIdx && begin < o.end && o.begin < end;
  }

  @Override
  public String toString() {
    return text + "/" + type + "->" + canonical;
  }
}
