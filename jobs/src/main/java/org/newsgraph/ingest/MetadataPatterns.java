package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.util.Lexicon;

/**
 * General patterns of news-page metadata: dates, publisher fields, datelines, section tags and page
 * furniture. Data (publisher names, section words, furniture patterns) comes from resource files.
 */
final class MetadataPatterns {

  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

  /** ISO-like date, optionally with a time: 2025-06-17, 2025/06/17 08:48:02. */
  static final Pattern ISO_DATE = Pattern.compile(
      "(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");

  /** English date: June 7, 2022 / 7 June 2022. */
  static final Pattern WORD_DATE = Pattern.compile(
      "(?i)\\b(?:(" + MONTH + ")\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+(" + MONTH + ")\\s+(\\d{4}))\\b");

  /** A label before a date: "date", "Date Add in:", "Published:", "Updated on". */
  static final Pattern DATE_LABEL = Pattern.compile(
      "(?i)^(?:date(?:\\s+add(?:ed)?(?:\\s+in)?)?|published(?:\\s+on)?|posted(?:\\s+on)?|updated(?:\\s+on)?"
          + "|release\\s+time|time)\\s*[:：]?\\s*$");

  /** "From: X" / "Source : X" fields naming the publisher. */
  static final Pattern PUBLISHER_FIELD = Pattern.compile("(?i)^\\s*(?:from|source)\\s*[:：]\\s*(.+?)\\s*$");

  /**
   * A dateline opening the body: "ASTANA, June 16 (Xinhua) -- ", "BEIJING (Reuters) - ",
   * "Nur-Sultan, June 7, 2022 (Xinhua) --".
   */
  static final Pattern DATELINE = Pattern.compile(
      "^\\s*(\\p{Lu}[\\p{L}.'’ \\-]{1,40}?)"
          + "(?:,\\s*(" + MONTH + "\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?))?"
          + "\\s*\\(([^()]{2,40})\\)\\s*(?:--|—|–|-|:)\\s*");

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

  private static final Set<String> PLACES = places();

  private static Set<String> places() {
    Set<String> out = new java.util.HashSet<>();
    for (String code : Locale.getISOCountries()) {
      for (String w : new Locale("", code).getDisplayCountry(Locale.ENGLISH).split("\\s+")) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }

  /** The first date in the text, or null. */
  static LocalDate findDate(CharSequence text) {
    return Dates.find(text);
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
