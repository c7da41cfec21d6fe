package org.newsgraph.entities;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Links the corpus's final entities to Wikipedia titles with a {@link KbDictionary}, and makes entities that
 * link to the same title one entity. Rules, in order:
 * <ol>
 *   <li>the surfaces of an entity are its final name and every document-level name resolved to it (for a
 *       person only names of two words or more: a bare surname is no evidence), each
 *       also without its organisational suffixes ("Acme Corp" → "Acme", "Acme Co Ltd" → "Acme") or a leading
 *       honorific ("Sir Jane Roe" → "Jane Roe"), and an all-capitals name also in title case;</li>
 *   <li>a surface votes for its best title when the dictionary gives it at least {@link #MIN_PROBABILITY}
 *       ({@link #MIN_SINGLE_WORD} for a one-word surface such as "Georgia" or a bare surname, which is
 *       often ambiguous; {@link #MIN_ACRONYM} for a short acronym, unless another entity of the corpus links
 *       to the same title; {@link #MIN_TITLE_MATCH} for a name of two words or more that is the title
 *       itself), with its mention count times that probability; list pages and disambiguation pages (those
 *       the dictionary's "Name (disambiguation)" points to) are no entities;</li>
 *   <li>the title with most votes is the entity's {@code kb_id}; {@code kb_score} is the mean probability
 *       of the surfaces that voted for it;</li>
 *   <li>entities with the same title merge: the name is the member name that is the title itself, else the
 *       most mentioned member name (among names mentioned as often, the one sharing most words with the title,
 *       then the longer: "Federal Reserve", not "Fed"); the type is the majority of the members' mentions;</li>
 *   <li>a name the alias file set keeps its own entity (the user's word wins), linked but never merged.</li>
 * </ol>
 */
public final class KbLinker {

  public static final double MIN_PROBABILITY = 0.5;
  public static final double MIN_SINGLE_WORD = 0.6;
  /** A short acronym ("PARA", "UN") names many things: a near-certain link, or one the corpus supports. */
  public static final double MIN_ACRONYM = 0.9;
  /**
   * A name of two words or more that is its best article's exact title ("Sylvanian Grand Prix" →
   * Sylvanian_Grand_Prix at 0.42: other anchors spell it differently, none points elsewhere more often).
   */
  public static final double MIN_TITLE_MATCH = 0.2;

  /** A company's legal suffix ({@link CompanySuffix#SUFFIXES}) or a group word ending its name. */
  private static final Pattern ORG_SUFFIX = Pattern.compile(
      ",?\\s+(?:" + CompanySuffix.pattern() + "|Group|Holdings)\\.?$");
  private static final Pattern HONORIFIC = Pattern.compile("^(?:Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Dr|Prof)\\.?\\s+");

  /** A link of a final entity: its Wikipedia title and the confidence. */
  public record Link(String title, double score) implements Serializable {
  }

  private final AliasTable aliases;

  public KbLinker(AliasTable aliases) {
    this.aliases = aliases;
  }

  /** The surfaces to look up for these names: each name and its variants without suffix or honorific. */
  public static Set<String> surfaces(Collection<String> names) {
    Set<String> out = new TreeSet<>();
    for (String n : names) {
      for (String v : variants(n)) {
        out.add(v);
        out.add(v + DISAMBIGUATION);
      }
    }
    return out;
  }

  private static final String DISAMBIGUATION = " (disambiguation)";

  /**
   * True when the title is a disambiguation page: the name's own title, which the dictionary's "Name
   * (disambiguation)" points to ("Jane Roe" → Jane_Roe, a page listing several Jane Roes, is no link; "Roe
   * (disambiguation)" sending readers to Jane_Roe, as a redirect does, makes Jane_Roe no such page).
   */
  static boolean isDisambiguation(KbDictionary dict, String surface, String title) {
    List<KbDictionary.Candidate> c = dict.candidates(surface + DISAMBIGUATION);
    return !c.isEmpty() && c.get(0).title().equals(title) && title.replace('_', ' ').equals(surface.strip());
  }

  static List<String> variants(String name) {
    List<String> out = new ArrayList<>(List.of(name));
    // "JANE ROE" (a transcript's label) is looked up as "Jane Roe"
    if (name.contains(" ") && name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT))) {
      out.add(DocumentResolver.titleCase(name.toLowerCase(Locale.ROOT)));
    }
    // "Acme Technologies Co Ltd": every suffix goes
    String unsuffixed = name;
    for (int i = 0; i < 3; i++) {
      unsuffixed = ORG_SUFFIX.matcher(unsuffixed).replaceFirst("");
    }
    String bare = HONORIFIC.matcher(unsuffixed).replaceFirst("").strip();
    // "Sir John" without its honorific is a bare first name, no link
    if (!bare.isEmpty() && !bare.equals(name) && (bare.contains(" ") || !HONORIFIC.matcher(name).find())) {
      out.add(bare);
    }
    return out;
  }

  /** Final entities with their links; entities linking to one title merged. */
  public CorpusNames link(CorpusNames names, List<CorpusNames.NameCount> counts, KbDictionary dict) {
    // surfaces and mention counts of every final entity
    Map<CorpusNames.Entity, Map<String, Long>> surfaces = new HashMap<>();
    for (CorpusNames.NameCount n : counts) {
      CorpusNames.Entity e = names.resolve(n.canonical(), n.type());
      Map<String, Long> s = surfaces.computeIfAbsent(e, k -> new TreeMap<>());
      s.merge(n.canonical(), n.count(), Long::sum);
      s.merge(e.name(), n.count(), Long::sum);
    }
    Map<CorpusNames.Entity, Link> links = new HashMap<>();
    Set<String> strongTitles = new TreeSet<>();
    Map<CorpusNames.Entity, Link> weak = new HashMap<>();
    for (Map.Entry<CorpusNames.Entity, Map<String, Long>> e : surfaces.entrySet()) {
      // a bare surname or first name ("Roe") is weak evidence for a person's article, like a short acronym
      boolean person = EntityType.PERSON.name().equals(e.getKey().type());
      Map<String, Long> strong = new TreeMap<>();
      Map<String, Long> weakSurfaces = new TreeMap<>();
      e.getValue().forEach((x, n) -> (!person || x.strip().contains(" ") ? strong : weakSurfaces).put(x, n));
      Link link = best(strong, dict, false, person);
      if (link != null) {
        links.put(e.getKey(), link);
        strongTitles.add(link.title());
      } else if ((link = best(person ? weakSurfaces : strong, dict, true, person)) != null) {
        weak.put(e.getKey(), link);
      }
    }
    // an acronym below the acronym bar, a person's bare surname, or one word below the one-word bar (but at the
    // bar of longer names), links only to a title another entity of the corpus links to ("US" with "United
    // States", "Roe" with "Jane Roe", "Britain" at 0.54 with "United Kingdom"), so a ticker such as "PARA" does
    // not become a regiment nor a surname another person
    weak.forEach((e, l) -> {
      if (strongTitles.contains(l.title())) {
        links.put(e, l);
      }
    });
    // merge by title
    Map<String, List<CorpusNames.Entity>> byTitle = new TreeMap<>();
    links.forEach((e, l) -> {
      if (aliases.lookup(e.name()) == null) {
        byTitle.computeIfAbsent(l.title(), k -> new ArrayList<>()).add(e);
      }
    });
    Map<CorpusNames.Entity, CorpusNames.Entity> merged = new HashMap<>();
    for (Map.Entry<String, List<CorpusNames.Entity>> g : byTitle.entrySet()) {
      if (g.getValue().size() > 1) {
        CorpusNames.Entity target = merge(g.getKey(), g.getValue(), surfaces);
        g.getValue().forEach(e -> merged.put(e, target));
      }
    }
    Map<String, CorpusNames.Entity> finals = new HashMap<>();
    names.finals().forEach((k, e) -> finals.put(k, merged.getOrDefault(e, e)));
    Map<String, CorpusNames.Entity> searches = new TreeMap<>();
    names.searches().forEach((k, e) -> searches.put(k, merged.getOrDefault(e, e)));
    Map<String, Link> byId = new TreeMap<>();
    links.forEach((e, l) -> byId.merge(merged.getOrDefault(e, e).id(), l,
        (a, b) -> a.score() >= b.score() ? a : b));
    return new CorpusNames(finals, searches, byId);
  }

  /**
   * The title most mentions vote for, or null. {@code weak}: the looser bars of a link another entity of the
   * corpus must support (an acronym at the one-word bar, one word at the bar of longer names).
   */
  static Link best(Map<String, Long> surfaces, KbDictionary dict, boolean weak) {
    return best(surfaces, dict, weak, false);
  }

  /**
   * {@link #best(Map, KbDictionary, boolean)}; for a person, a full name links only to an article whose title
   * holds its last word ("Jane Roe" → Jane_Roe or Jane_Smith_Roe, never the Jane_Doe its anchors point to
   * most: a namesake's first name is no evidence).
   */
  static Link best(Map<String, Long> surfaces, KbDictionary dict, boolean weak, boolean person) {
    Map<String, double[]> votes = new TreeMap<>();
    for (Map.Entry<String, Long> s : surfaces.entrySet()) {
      KbDictionary.Candidate best = null;
      String used = null;
      for (String v : variants(s.getKey())) {
        List<KbDictionary.Candidate> c = dict.candidates(v);
        if (!c.isEmpty() && (best == null || c.get(0).probability() > best.probability())) {
          best = c.get(0);
          used = v;
        }
      }
      if (best == null || best.title().startsWith("List_of") || isDisambiguation(dict, used, best.title())
          || person && !surnameInTitle(used, best.title())
          || best.probability() < (weak && isAcronym(used) ? MIN_SINGLE_WORD
          : weak && !used.strip().contains(" ") ? MIN_PROBABILITY
          : isTitleOf(used, best.title()) ? MIN_TITLE_MATCH : threshold(used))) {
        continue;
      }
      double[] v = votes.computeIfAbsent(best.title(), k -> new double[3]);
      v[0] += s.getValue() * best.probability();
      v[1] += best.probability();
      v[2]++;
    }
    return votes.entrySet().stream().max(Map.Entry.<String, double[]>comparingByValue(
            (a, b) -> Double.compare(a[0], b[0])).thenComparing(Map.Entry.comparingByKey((a, b) -> b.compareTo(a))))
        .map(e -> new Link(e.getKey(), Math.round(e.getValue()[1] / e.getValue()[2] * 1000) / 1000.0)).orElse(null);
  }

  /** The last word of a name of two words or more is a word of the title (a one-word name passes). */
  static boolean surnameInTitle(String surface, String title) {
    String[] w = surface.strip().split("\\s+");
    if (w.length < 2) {
      return true;
    }
    // (a word of the title, not a part of one: "Lin Wei" is not Linwei_District)
    Set<String> words = Set.of(KbDictionary.fold(title).toLowerCase(Locale.ROOT).split("[_\\s(),\\-]+"));
    return java.util.Arrays.stream(KbDictionary.fold(w[w.length - 1]).toLowerCase(Locale.ROOT).split("-"))
        .allMatch(words::contains);
  }

  /** "Acme Grand Prix" → Acme_Grand_Prix: a name of two words or more that is its article's very title. */
  static boolean isTitleOf(String surface, String title) {
    String t = surface.strip();
    return t.contains(" ") && title.replace('_', ' ').equals(t);
  }

  private static boolean isAcronym(String surface) {
    return surface.strip().matches("\\p{Lu}{2,5}");
  }

  private static double threshold(String surface) {
    String t = surface.strip();
    if (isAcronym(t)) {
      return MIN_ACRONYM;
    }
    return t.contains(" ") ? MIN_PROBABILITY : MIN_SINGLE_WORD;
  }

  /**
   * Between two member names mentioned as often, whether {@code a} should name the entity rather than {@code b}:
   * the one sharing more words with the title ("Federal Reserve", not "Fed", for Federal_Reserve_System), then
   * the longer, then the first in alphabetical order (so that the choice never depends on input order).
   */
  static boolean closerToTitle(String a, String b, String display) {
    int wa = sharedWords(a, display);
    int wb = sharedWords(b, display);
    if (wa != wb) {
      return wa > wb;
    }
    if (a.length() != b.length()) {
      return a.length() > b.length();
    }
    return a.compareTo(b) < 0;
  }

  private static int sharedWords(String name, String display) {
    Set<String> title = new java.util.HashSet<>(List.of(display.toLowerCase(Locale.ROOT).split("\\s+")));
    return (int) java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split("\\s+")).filter(title::contains).count();
  }

  private static CorpusNames.Entity merge(String title, List<CorpusNames.Entity> members,
                                          Map<CorpusNames.Entity, Map<String, Long>> surfaces) {
    String display = title.replace('_', ' ').replaceAll("\\s*\\([^)]*\\)$", "");
    Map<String, Long> typeVotes = new TreeMap<>();
    String name = null;
    long bestCount = -1;
    for (CorpusNames.Entity e : members) {
      long n = surfaces.get(e).values().stream().mapToLong(Long::longValue).max().orElse(0);
      typeVotes.merge(e.type(), n, Long::sum);
      if (n > bestCount || n == bestCount && closerToTitle(e.name(), name, display)) {
        name = e.name();
        bestCount = n;
      }
    }
    for (CorpusNames.Entity e : members) {
      if (e.name().equalsIgnoreCase(display)) {
        name = e.name();
      }
    }
    String type = typeVotes.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey((a, b) -> b.compareTo(a)))).orElseThrow().getKey();
    return new CorpusNames.Entity(name, type.toUpperCase(Locale.ROOT));
  }
}
