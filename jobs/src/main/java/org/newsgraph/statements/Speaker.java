package org.newsgraph.statements;

import java.util.List;

/**
 * A resolved speaker.
 *
 * @param entityId   the speaker entity, null for groups, unnamed and unresolved speakers
 * @param text       the speaker phrase as written
 * @param begin      body offset of the phrase, null when the statement has no speaker phrase
 * @param end        end of the phrase, null when none
 * @param resolution name, alias, pronoun, role, group, unnamed or unresolved
 * @param memberIds  the members of a group
 */
record Speaker(String entityId, String text, Integer begin, Integer end, String resolution, List<String> memberIds) {
  Speaker {
    memberIds = List.copyOf(memberIds);
  }

  static Speaker of(String entityId, String text, int begin, int end, String resolution) {
    return new Speaker(entityId, text, begin, end, resolution, List.of());
  }
}
