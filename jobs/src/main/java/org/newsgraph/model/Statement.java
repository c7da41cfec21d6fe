package org.newsgraph.model;

import java.util.List;

/**
 * An attributed statement (reported speech).
 *
 * @param speakerEntityId   resolved speaker, null when unresolvable or a group
 * @param speakerResolution name, alias, pronoun, role, group, source or unresolved
 * @param speakerMemberIds  members of a group speaker ("both sides"), else empty
 * @param cueClass          assert, urge, express, agree, ask, ... (see the cue lexicon)
 * @param kind              direct, indirect or mixed
 * @param targetEntityIds   entities mentioned inside the content, in order of first appearance
 */
public record Statement(String statementId, String docId, int sentenceIdx, String speakerEntityId,
                        String speakerText, String speakerResolution, List<String> speakerMemberIds,
                        String cueText, String cueLemma, String cueClass, String content, int contentBegin,
                        int contentEnd, String kind, List<String> targetEntityIds) {
  public Statement {
    speakerMemberIds = List.copyOf(speakerMemberIds);
    targetEntityIds = List.copyOf(targetEntityIds);
  }
}
