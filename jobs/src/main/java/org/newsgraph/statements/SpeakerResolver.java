package org.newsgraph.statements;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Mention;

/**
 * Resolves the subject of a reporting cue to an entity, in document order. Names resolve through the
 * mention they belong to; "he"/"she" to the last person who spoke (or, failing that, the last person
 * named); role phrases ("the Chinese side") to the place they name; group phrases ("both sides") to the
 * last two people named; coordinated names ("X and Y hailed") to a group of both. Stateful per document.
 */
final class SpeakerResolver {
  private static final Set<String> PERSONAL = Set.of("he", "she");
  private final CueLexicon lex;
  private final List<Mention> mentions;
  private String lastSpeaker;

  SpeakerResolver(CueLexicon lex, List<Mention> mentions) {
    this.lex = lex;
    this.mentions = mentions;
  }

  /** Records a statement's speaker, so later pronouns can refer to it. */
  void spoke(Speaker s, String type) {
    if (s.entityId() != null && "PERSON".equals(type)) {
      lastSpeaker = s.entityId();
    }
  }

  String typeOf(String entityId) {
    return mentions.stream().filter(m -> m.entityId().equals(entityId)).map(Mention::type).findFirst().orElse(null);
  }

  /**
   * @param begin start of the subject span in the body
   * @param end   end of the subject span
   * @param head  the subject's head word
   * @param headBegin body offset of the head word
   */
  Speaker resolve(String text, int begin, int end, String head, int headBegin) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (PERSONAL.contains(head.toLowerCase(Locale.ROOT)) && text.equalsIgnoreCase(head)) {
      String id = lastSpeaker != null ? lastSpeaker : lastPersonBefore(begin);
      return id == null ? unresolved(text) : new Speaker(id, text, "pronoun", List.of());
    }
    if (lex.groups.contains(lower)) {
      List<String> members = lastPersons(begin, 2);
      return members.size() < 2 ? unresolved(text) : new Speaker(null, text, "group", members);
    }
    List<Mention> inside = mentions.stream().filter(m -> m.begin() >= begin && m.end() <= end).toList();
    for (Mention m : inside) {
      if (m.begin() <= headBegin && headBegin < m.end()) {
        return new Speaker(m.entityId(), text, m.resolution().equals("name") ? "name" : "alias", List.of());
      }
    }
    Set<String> persons = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    for (Mention m : inside) {
      (m.type().equals("PERSON") ? persons : others).add(m.entityId());
    }
    if (persons.size() == 1) {
      return new Speaker(persons.iterator().next(), text, "name", List.of());
    }
    if (persons.size() > 1 && lower.contains(" and ")) {
      return new Speaker(null, text, "group", new ArrayList<>(persons));
    }
    if (others.size() == 1 && (lower.endsWith(" side") || lower.endsWith(" government") || lower.endsWith(" sides"))) {
      return new Speaker(others.iterator().next(), text, "role", List.of());
    }
    if (others.size() > 1 && lower.contains(" and ")) {
      return new Speaker(null, text, "group", new ArrayList<>(others));
    }
    return unresolved(text);
  }

  private static Speaker unresolved(String text) {
    return new Speaker(null, text, "unresolved", List.of());
  }

  private String lastPersonBefore(int offset) {
    String id = null;
    for (Mention m : mentions) {
      if (m.begin() < offset && m.type().equals("PERSON")) {
        id = m.entityId();
      }
    }
    return id;
  }

  private List<String> lastPersons(int offset, int n) {
    List<String> out = new ArrayList<>();
    for (int i = mentions.size() - 1; i >= 0 && out.size() < n; i--) {
      Mention m = mentions.get(i);
      if (m.begin() < offset && m.type().equals("PERSON") && !out.contains(m.entityId())) {
        out.add(0, m.entityId());
      }
    }
    return out;
  }
}
