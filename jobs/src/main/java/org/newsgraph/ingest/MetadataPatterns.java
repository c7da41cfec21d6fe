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

  /** True for page furniture: "Translate", "[A A] |", "Source : X", "Editor: Y". */
  boolean isFurniture(String line) {
    String t = line.strip();
    return furniture.stream().anyMatch(p -> p.matcher(t).matches());
  }

  /** True for a section tag line: capitalised words only, no punctuation, one of them a section word. */
  boolean isSectionLine(String line) {
    String[] words = line.strip().split("\\s+");
    if (words.length == 0 || words.length > 12) {
      return false;
    }
    boolean section = false;
    for (String w : words) {
      if (!w.matches("\\p{Lu}[\\p{L}\\-]*")) {
        return false;
      }
      section |= sectionWords.contains(w.toLowerCase(Locale.ROOT));
    }
    return section;
  }

  /** The first date in the text, or null. */
  static LocalDate findDate(CharSequence text) {
    Matcher m = ISO_DATE.matcher(text);
    if (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    Matcher w = WORD_DATE.matcher(text);
    if (w.find()) {
      String month = w.group(1) != null ? w.group(1) : w.group(5);
      String day = w.group(2) != null ? w.group(2) : w.group(4);
      String year = w.group(3) != null ? w.group(3) : w.group(6);
      try {
        String mon = month.replace(".", "");
        mon = mon.substring(0, 1).toUpperCase(Locale.ROOT) + mon.substring(1, 3).toLowerCase(Locale.ROOT);
        return LocalDate.parse(day + " " + mon + " " + year, DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
