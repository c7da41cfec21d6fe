package org.newsgraph.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.util.Lexicon;

/**
 * General patterns of news-page metadata: publisher fields, section tags, page furniture and footers, and
 * the JDK's country names. Data (publisher names, section words, furniture patterns) comes from resource files.
 */
final class MetadataPatterns {

  /** "From: X" / "Source : X" fields naming the publisher. */
  static final Pattern PUBLISHER_FIELD = Pattern.compile("(?i)^\\s*(?:from|source)\\s*[:：]\\s*(.+?)\\s*$");

  private final Map<String, String> publishers = Lexicon.map("/org/newsgraph/ingest/publishers.tsv");
  private final Set<String> sectionWords = Lexicon.lines("/org/newsgraph/ingest/section-words.txt")
      .stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  private final List<Pattern> furniture = Lexicon.lines("/org/newsgraph/ingest/boilerplate-lines.txt")
      .stream().map(s -> Pattern.compile(s, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();

  /** Canonical publisher name for a name as written; the trimmed input when unknown. */
  String publisher(String written) {
    String t = written.strip().replaceAll("^[\\s(\\[]+|[\\s)\\]|]+$", "");
    if (t.isEmpty()) {
      return null;
    }
    return publishers.getOrDefault(t.toLowerCase(Locale.ROOT), t);
  }

  private final List<Pattern> footer = Lexicon.lines("/org/newsgraph/ingest/footer-lines.txt")
      .stream().map(s -> Pattern.compile(s, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();

  /** True for a promotional or legal line that ends pages ("By subscribing, you can help us ..."). */
  boolean isFooter(String line) {
    String t = line.strip();
    return footer.stream().anyMatch(p -> p.matcher(t).find());
  }

  /** True for page furniture: "Translate", "[A A] |", "Source : X", "Editor: Y". */
  boolean isFurniture(String line) {
    String t = line.strip();
    return furniture.stream().anyMatch(p -> p.matcher(t).matches());
  }

  /**
   * True for a section tag line ("Asia China Freedonia News Politics", "Health and Science"): capitalised
   * words, each a section word, a country or region name (JDK locale data) or a connector, one of them a
   * section word. A headline such as "China Warns Of Floods" has other words and is not a section line.
   */
  boolean isSectionLine(String line) {
    String[] words = line.strip().split("\\s+");
    if (words.length == 0 || words.length > 12) {
      return false;
    }
    boolean section = false;
    for (String w : words) {
      String l = w.toLowerCase(Locale.ROOT);
      if (l.equals("and") || l.equals("&")) {
        continue;
      }
      if (!w.matches("\\p{Lu}[\\p{L}\\-]*")) {
        return false;
      }
      boolean sectionWord = sectionWords.contains(l);
      if (!sectionWord && !PLACES.contains(l)) {
        return false;
      }
      section |= sectionWord;
    }
    return section;
  }

  /** True when the name is one of the publishers of {@code publishers.tsv}. */
  boolean isKnownPublisher(String name) {
    return publishers.containsKey(name.strip().toLowerCase(Locale.ROOT));
  }

  /** Country names in English, lower-cased, from the JDK's locale data ("united kingdom", "turkmenistan"). */
  static final Set<String> COUNTRY_NAMES = java.util.Arrays.stream(Locale.getISOCountries())
          .map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  /** The words of the country names ("united", "kingdom"), for section lines. */
  private static final Set<String> PLACES = COUNTRY_NAMES.stream().flatMap(n -> java.util.Arrays.stream(n.split("\\s+")))
      .collect(Collectors.toUnmodifiableSet());
}
