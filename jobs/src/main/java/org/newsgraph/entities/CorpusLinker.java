package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Statement;

/**
 * Applies the corpus decisions to one document: every mention gets its final entity, and corpus names
 * written in another case ("belt and Road Initiative", "global development initiative") are added as
 * mentions, replacing shorter mentions inside them. Requires the document's mentions and sentences.
 */
public final class CorpusLinker {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final CorpusNames names;
  private final Map<String, List<String>> byFirstWord = new HashMap<>();
  private final EntityLexicons lex;

  public CorpusLinker(CorpusNames names, EntityLexicons lex) {
    this.names = names;
    this.lex = lex;
    for (String s : names.searches().keySet()) {
      Matcher m = WORD.matcher(s);
      if (m.find()) {
        byFirstWord.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(s);
      }
    }
    byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
  }

  public List<Mention> link(String docId, String body, List<Sentence> sentences, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      CorpusNames.Entity e = names.resolve(m.canonical(), m.type());
      boolean changed = !e.name().equals(m.canonical());
      out.add(new Mention(m.docId(), m.sentenceIdx(), m.begin(), m.end(), m.text(), e.type(),
          EntityType.LOCATION.name().equals(e.type()) ? m.fineType() : null, e.name(), e.id(),
          changed && Resolution.NAME.label().equals(m.resolution()) ? Resolution.CORPUS_LINK.label() : m.resolution()));
    }
    String lower = body.toLowerCase(Locale.ROOT);
    if (lower.length() != body.length()) {
      return sorted(out);
    }
    Matcher w = WORD.matcher(lower);
    while (w.find()) {
      List<String> candidates = byFirstWord.get(w.group());
      if (candidates == null || w.start() > 0 && Character.isLetterOrDigit(lower.charAt(w.start() - 1))) {
        continue;
      }
      for (String s : candidates) {
        int begin = w.start();
        int end = begin + s.length();
        if (!lower.startsWith(s, begin) || end < lower.length() && Character.isLetterOrDigit(lower.charAt(end))) {
          continue;
        }
        String text = body.substring(begin, end);
        CorpusNames.Entity e = names.searches().get(s);
        boolean acceptable = !text.equals(lower.substring(begin, end)) || lex.nameHeadType(e.name()) != null;
        Sentence sentence = sentenceOf(sentences, begin, end);
        if (!acceptable || sentence == null || out.stream().anyMatch(m -> overlapsWithout(m, begin, end))) {
          continue;
        }
        if (out.stream().anyMatch(m -> m.begin() == begin && m.end() == end)) {
          break;
        }
        out.removeIf(m -> m.begin() >= begin && m.end() <= end);
        out.add(new Mention(docId, sentence.idx(), begin, end, text, e.type(), null, e.name(), e.id(), Resolution.CASE_VARIANT.label()));
        break;
      }
    }
    return sorted(out);
  }

  /**
   * Re-points statements at the final entities: speakers and group members through the document-level
   * mentions they were resolved with, targets from the final mentions inside the content.
   */
  public List<Statement> relink(List<Statement> statements, List<Mention> local, List<Mention> linked) {
    Map<String, String> finalId = new HashMap<>();
    for (Mention m : local) {
      finalId.put(m.entityId(), names.resolve(m.canonical(), m.type()).id());
    }
    List<Statement> out = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      List<String> members = s.speakerMemberIds().stream().map(id -> finalId.getOrDefault(id, id)).distinct().toList();
      java.util.Set<String> targets = new java.util.LinkedHashSet<>();
      for (Mention m : linked) {
        if (m.begin() >= s.contentBegin() && m.end() <= s.contentEnd()) {
          targets.add(m.entityId());
        }
      }
      out.add(s.withIds(s.speakerEntityId() == null ? null : finalId.getOrDefault(s.speakerEntityId(), s.speakerEntityId()),
          members, new ArrayList<>(targets)));
    }
    return out;
  }

  /** True when m overlaps [begin, end) without lying inside it. */
  private static boolean overlapsWithout(Mention m, int begin, int end) {
    boolean overlap = m.begin() < end && begin < m.end();
    boolean inside = m.begin() >= begin && m.end() <= end;
    return overlap && !inside;
  }

  private static Sentence sentenceOf(List<Sentence> sentences, int begin, int end) {
    for (Sentence s : sentences) {
      if (s.begin() <= begin && end <= s.end()) {
        return s;
      }
    }
    return null;
  }

  private static List<Mention> sorted(List<Mention> mentions) {
    mentions.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
    return mentions;
  }
}
