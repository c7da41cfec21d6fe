package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides the final entity of every document-level name across the corpus. Rules, in order: an acronym
 * takes the expansion most documents give it ("CPC" → Communist Party of China); spellings that differ
 * only in case take the most frequent one; a one-word person name that is the first or last word of
 * exactly one full person name in the corpus takes it ("Tokayev" → Kassym-Jomart Tokayev, while "Wang"
 * with Wang Yi and Wang Qishan stays as it is); a name that is another name without its head noun takes
 * it when that is unique ("Belt and Road" → Belt and Road Initiative); the alias file has the last word.
 * The type of a final name is the one most of its mentions have, countries being LOCATION.
 */
public final class CorpusResolver {
  private final EntityLexicons lex;
  private final Gazetteer gazetteer;
  private final AliasTable aliases;

  public CorpusResolver(EntityLexicons lex, Gazetteer gazetteer, AliasTable aliases) {
    this.lex = lex;
    this.gazetteer = gazetteer;
    this.aliases = aliases;
  }

  public CorpusNames resolve(List<CorpusNames.NameCount> names, List<CorpusNames.AcronymCount> acronymCounts) {
    Map<String, String> acronyms = new HashMap<>();
    Map<String, Long> best = new HashMap<>();
    for (CorpusNames.AcronymCount a : acronymCounts) {
      if (a.count() > best.getOrDefault(a.acronym(), 0L)
          || a.count() == best.getOrDefault(a.acronym(), 0L) && a.expansion().compareTo(acronyms.get(a.acronym())) < 0) {
        best.put(a.acronym(), a.count());
        acronyms.put(a.acronym(), a.expansion());
      }
    }
    // step 1: acronyms, step 2: case variants
    Map<String, String> name = new TreeMap<>();
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    for (CorpusNames.NameCount n : names) {
      String c = acronyms.getOrDefault(n.canonical(), n.canonical());
      name.put(CorpusNames.key(n.canonical(), n.type()), c);
      forms.computeIfAbsent(c.toLowerCase(Locale.ROOT), k -> new TreeMap<>()).merge(c, (int) n.count(), Integer::sum);
    }
    name.replaceAll((k, c) -> DocumentResolver.bestForm(forms.get(c.toLowerCase(Locale.ROOT))));
    // counts of the intermediate names by type
    Map<String, Map<String, Integer>> votes = new TreeMap<>();
    for (CorpusNames.NameCount n : names) {
      votes.computeIfAbsent(name.get(CorpusNames.key(n.canonical(), n.type())), k -> new HashMap<>())
          .merge(n.type(), (int) n.count(), Integer::sum);
    }
    Map<String, String> merged = new HashMap<>();
    List<String> persons = votes.keySet().stream().filter(c -> c.contains(" ")
        && "PERSON".equals(DocumentResolver.majority(votes.get(c)))).toList();
    for (String c : votes.keySet()) {
      String type = DocumentResolver.majority(votes.get(c));
      if (type.equals("PERSON") && !c.contains(" ")) {
        List<String> full = persons.stream().filter(p -> {
          List<String> w = CorpusNames.words(p);
          return w.get(0).equals(c) || w.get(w.size() - 1).equals(c);
        }).toList();
        if (full.size() == 1) {
          merged.put(c, full.get(0));
        }
      } else if (!type.equals("PERSON") && c.contains(" ")) {
        List<String> longer = new ArrayList<>();
        for (String other : votes.keySet()) {
          if (other.startsWith(c + " ") && other.indexOf(' ', c.length() + 1) < 0
              && lex.headType(other.substring(c.length() + 1)) != null) {
            longer.add(other);
          }
        }
        if (longer.size() == 1) {
          merged.put(c, longer.get(0));
        }
      }
    }
    // final names, alias file, and type vote over final names
    Map<String, String> finalName = new TreeMap<>();
    Map<String, Map<String, Integer>> finalVotes = new HashMap<>();
    Map<String, String> forcedType = new HashMap<>();
    for (CorpusNames.NameCount n : names) {
      String k = CorpusNames.key(n.canonical(), n.type());
      String c = merged.getOrDefault(name.get(k), name.get(k));
      AliasTable.Target t = aliases.lookup(c);
      if (t != null) {
        c = t.name();
        if (t.type() != null) {
          forcedType.put(c, t.type());
        }
      }
      finalName.put(k, c);
      finalVotes.computeIfAbsent(c, x -> new HashMap<>()).merge(n.type(), (int) n.count(), Integer::sum);
    }
    Map<String, CorpusNames.Entity> finals = new HashMap<>();
    for (CorpusNames.NameCount n : names) {
      String k = CorpusNames.key(n.canonical(), n.type());
      String c = finalName.get(k);
      String type = forcedType.containsKey(c) ? forcedType.get(c)
          : "COUNTRY".equals(gazetteer.fineType(c)) ? "LOCATION" : DocumentResolver.majority(finalVotes.get(c));
      finals.put(k, new CorpusNames.Entity(c, type));
    }
    return new CorpusNames(finals, searches(names, finals));
  }

  /**
   * Multi-word names searched case-insensitively in every document: each final name with a head
   * noun or of three words or more, plus, for names ending in a head noun, the name without it when
   * that still holds a connector ("Belt and Road").
   */
  private Map<String, CorpusNames.Entity> searches(List<CorpusNames.NameCount> names,
                                                   Map<String, CorpusNames.Entity> finals) {
    Map<String, CorpusNames.Entity> out = new TreeMap<>();
    List<CorpusNames.Entity> entities = new ArrayList<>(new java.util.LinkedHashSet<>(finals.values()));
    entities.sort(Comparator.comparing(CorpusNames.Entity::name));
    for (CorpusNames.Entity e : entities) {
      if (e.type().equals("PERSON")) {
        continue;
      }
      List<String> w = CorpusNames.words(e.name());
      if (w.size() < 2) {
        continue;
      }
      boolean head = lex.headType(w.get(w.size() - 1)) != null;
      if (head || w.size() >= 3) {
        out.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
      }
      if (head && w.size() >= 4) {
        List<String> rest = w.subList(0, w.size() - 1);
        if (rest.stream().anyMatch(x -> EntityLexicons.CONNECTORS.contains(x))) {
          out.putIfAbsent(String.join(" ", rest).toLowerCase(Locale.ROOT), e);
        }
      }
    }
    return out;
  }
}
