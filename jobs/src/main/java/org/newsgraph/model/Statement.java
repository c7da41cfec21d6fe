package org.newsgraph.model;

import java.util.List;

/**
 * An attributed statement (reported speech): one per (sentence, speaker, cue). Offsets are into the
 * document body; {@code speakerText}, {@code cueText} and {@code content} are exactly the body text of
 * their spans.
 *
 * @param sentenceIdx       the sentence holding the content (the cue may lie in a neighbouring sentence
 *                          for a quotation that runs over several sentences)
 * @param speakerEntityId   resolved speaker, null when unnamed, unresolvable or a group
 * @param speakerBegin      start of the speaker span, null when the statement has no speaker span
 * @param speakerEnd        end of the speaker span, null when none
 * @param speakerResolution name, alias, pronoun, role, group, unnamed or unresolved
 * @param speakerMemberIds  members of a group speaker ("both sides"), else empty
 * @param cueClass          assert, urge, express, agree, ask, ... (see the cue lexicon)
 * @param kind              direct, indirect or mixed
 * @param targetEntityIds   entities mentioned inside the content, in order of first appearance
 */
public record Statement(String statementId, String docId, int sentenceIdx, String speakerEntityId,
                        String speakerText, Integer speakerBegin, Integer speakerEnd, String speakerResolution,
                        List<String> speakerMemberIds, String cueText, int cueBegin, int cueEnd, String cueLemma,
                        String cueClass, String content, int contentBegin, int contentEnd, String kind,
                        List<String> targetEntityIds) {
  public Statement {
    speakerMemberIds = List.copyOf(speakerMemberIds);
    targetEntityIds = List.copyOf(targetEntityIds);
  }

  /** This statement with corpus-level speaker, member and target ids. */
  public Statement withIds(String speaker, List<String> members, List<String> targets) {
    return new Statement(statementId, docId, sentenceIdx, speaker, speakerText, speakerBegin, speakerEnd,
        speakerResolution, members, cueText, cueBegin, cueEnd, cueLemma, cueClass, content, contentBegin, contentEnd,
        kind, targets);
  }
}
