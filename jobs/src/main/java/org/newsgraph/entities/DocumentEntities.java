package org.newsgraph.entities;

import java.util.List;
import java.util.Map;
import org.newsgraph.model.Mention;

/**
 * A document's resolved mentions and the acronyms it defines ("CTS" → "Council on Trade in Sylvania").
 */
public record DocumentEntities(List<Mention> mentions, Map<String, String> acronyms) {
  public DocumentEntities {
    mentions = List.copyOf(mentions);
    acronyms = Map.copyOf(acronyms);
  }
}
