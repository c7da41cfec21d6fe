package org.newsgraph.statements;

import java.util.List;

/**
 * A resolved speaker.
 *
 * @param entityId   the speaker entity, null for groups and unresolved speakers
 * @param text       the subject as written
 * @param resolution name, alias, pronoun, role, group or unresolved
 * @param memberIds  the members of a group
 */
record Speaker(String entityId, String text, String resolution, List<String> memberIds) {
  boolean resolved() {
    return entityId != null || !memberIds.isEmpty();
  }
}
