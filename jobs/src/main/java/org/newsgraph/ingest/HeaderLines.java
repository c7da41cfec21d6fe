package org.newsgraph.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.util.Lexicon;

/**
 * Classifies the lines around a story's start by shallow features, in a fixed order: date lines (a date
 * with labels, weekdays, times and zones around it), bylines ("By Jane Roe, Freedonia Daily"), outlet
 * credits ("Daily Planet with AP and AFP", "• Freedonia News"), reading-time lines, photo credits
 * ("Jane Roe | Agency | Getty Images", "Photo: ..."), captions (a trailing photographer credit or a
 * full date at the end of the line), breadcrumbs ("Home > News > ..."), wire notes in brackets, summary
 * headings ("Key Points") and page furniture from {@code boilerplate-lines.txt}. Words come from resource
 * files. Plain Java, no NLP.
 */
final class HeaderLines {

  /** What a line is. Metadata kinds never follow body text, so they mark where the story starts. */
  enum Kind {
    DATE, BYLINE, OUTLET_CREDIT, READING_TIME, PHOTO_CREDIT, CAPTION, BREADCRUMB, WIRE_NOTE, SUMMARY_HEADING,
    FURNITURE, SECTION, OTHER;

    boolean metadata() {
      return this == DATE || this == BYLINE || this == OUTLET_CREDIT || this == READING_TIME;
    }
  }

  private static final String CAP = "\\p{Lu}[\\p{L}.'’\\-]*";
  private static final Pattern BYLINE = Pattern.compile(
      "(?i:by)\\s+(" + CAP + "(?:\\s+(?:" + CAP + "|de|van|von|da|al|bin))*(?:\\s*(?:,|and|&)\\s*" + CAP
          + "(?:\\s+" + CAP + ")*)*?)(?:\\s*(?:,|\\||-|–|—)\\s*(.{2,60}))?");
  /** A name of two or three capitalised words, a comma and a credit: "Jane Roe, Eastbrook Gazette". */
  private static final Pattern NAME_AND_OUTLET = Pattern.compile(
      "(" + CAP + "(?:\\s+" + CAP + "){1,2})\\s*,\\s*(.{2,60})");
  private static final Pattern OUTLET_WITH_WIRES = Pattern.compile(
      "(\\p{Lu}[\\p{L}.'’ ]{1,40}?)\\s+with\\s+((?:\\p{Lu}{2,}|agencies|wires)(?:\\s*(?:,|and|&)\\s*(?:\\p{Lu}{2,}|agencies|wires))*)");
  private static final Pattern BULLET_OUTLET = Pattern.compile("[•·▪*]\\s*(\\p{Lu}[\\p{L}.'’&]*(?:\\s+\\p{Lu}[\\p{L}.'’&]*){0,3})");
  private static final Pattern READING_TIME = Pattern.compile(
      "(?i)(?:(?:time|reading time)\\s*(?:to|:)?\\s*)?\\d{1,2}\\s*-?\\s*min(?:ute)?s?\\.?(?:\\s*read)?\\.?");
  private static final Pattern PHOTO_LABEL = Pattern.compile(
      "(?i)(?:photo|picture|image|credit|photograph|file photo|photo credit)s?\\s*[:：|].{1,80}");
  /** A caption's trailing credit: "(Jane Roe/Agency)", "(Agency Wire)", "(Getty Images)". */
  private static final Pattern TRAILING_CREDIT = Pattern.compile(
      ".*\\((?:[^()]*\\S/\\S[^()]*|[^()]*\\b(?:Images?|Photos?|Wire|Pool|File|AFP|AP|Reuters|EPA)\\b[^()]*)\\)"
          + "(?:\\s*\\([^()]{1,30}\\))?\\s*");
  /**
   * A caption ending in its date ("Jane Roe speaks in Bergen, May 3, 2024.") is a line of a few dozen words;
   * a longer one ending in a date is a lead sentence ("... approved by the regulator on February 3, 2010.").
   */
  static final int MAX_DATED_CAPTION_WORDS = 40;
  /** A caption ending in the date it was taken: "... in the capital, Monday, March 3, 2025." */
  private static final Pattern DATE_AT_END = Pattern.compile(
      "(?i).*\\b(?:" + Dates.MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + Dates.MONTH + "\\s+\\d{4})"
          + "(?:,?\\s+in\\s+[^.]{1,60})?\\.?\\s*");
  private static final Pattern BREADCRUMB = Pattern.compile(".*(?:\\s[>›»]\\s|\\s/\\s).*|.*\\S\\s*/\\s*");
  private static final Pattern WIRE_NOTE = Pattern.compile("[(\\[][^()\\[\\]]{2,120}[)\\]]");
  private static final Pattern DATE_LABELS = Pattern.compile(
      "(?i)\\b(?:date|add(?:ed)?|in|published|posted|updated|last|modified|first|on|at|release|time|and)\\b|[,.:：|()\\-–—•]");

  private final Set<String> newsWords = lower(Lexicon.lines("/org/newsgraph/ingest/news-words.txt"));
  private final Set<String> summaryHeadings = lower(Lexicon.lines("/org/newsgraph/ingest/summary-headings.txt"));
  private final MetadataPatterns patterns;

  HeaderLines(MetadataPatterns patterns) {
    this.patterns = patterns;
  }

  Kind kind(String line) {
    String t = line.strip();
    if (isDateLine(t)) {
      return Kind.DATE;
    }
    if (byline(t) != null) {
      return Kind.BYLINE;
    }
    if (outletCredit(t) != null) {
      return Kind.OUTLET_CREDIT;
    }
    if (READING_TIME.matcher(t).matches()) {
      return Kind.READING_TIME;
    }
    if (PHOTO_LABEL.matcher(t).matches() || isPipedCredit(t)) {
      return Kind.PHOTO_CREDIT;
    }
    if (summaryHeadings.contains(t.replaceAll("[:：]$", "").toLowerCase(Locale.ROOT))) {
      return Kind.SUMMARY_HEADING;
    }
    if (WIRE_NOTE.matcher(t).matches()) {
      return Kind.WIRE_NOTE;
    }
    if (patterns.isFurniture(t)) {
      return Kind.FURNITURE;
    }
    if (patterns.isSectionLine(t)) {
      return Kind.SECTION;
    }
    if (TRAILING_CREDIT.matcher(t).matches()
        || words(t) >= 6 && words(t) <= MAX_DATED_CAPTION_WORDS && DATE_AT_END.matcher(t).matches()) {
      return Kind.CAPTION;
    }
    if (BREADCRUMB.matcher(t).matches() && !t.matches(".*[.!?]\\s*")) {
      return Kind.BREADCRUMB;
    }
    return Kind.OTHER;
  }

  /**
   * A line holding a date and little else (labels, weekday, time, zone, at most two other words), or a date and
   * who published it ("Posted on 2026-03-03 by The Eastbrook Gazette", "3 March 2026 | The Eastbrook Gazette").
   */
  static boolean isDateLine(String t) {
    if (Dates.first(t) == null || words(t) > 16) {
      return false;
    }
    String rest = DATE_LABELS.matcher(Dates.withoutDates(withoutPublisher(t))).replaceAll(" ").strip();
    return rest.isEmpty() || rest.split("\\s+").length <= 2;
  }

  /** "... by The Eastbrook Gazette" closing a date line: who posted it. */
  static final Pattern POSTED_BY = Pattern.compile("\\s+[Bb]y\\s+(\\p{Lu}[^|•·]{1,60}?)\\s*$");

  /** The line less a closing "by ..." credit ({@link #POSTED_BY}). */
  static String withoutPublisher(String t) {
    return Dates.first(t) == null ? t : POSTED_BY.matcher(t).replaceFirst("");
  }

  /**
   * The outlet a date line names besides its date: "by The Eastbrook Gazette" at its end, or a segment set off by a
   * pipe, bullet, dash or comma that is an outlet's name ("3 March 2026 | BBC News", "Eastbrook Gazette, 3 March
   * 2026"); null when it names none.
   */
  String outletOfDateLine(String t) {
    Matcher by = POSTED_BY.matcher(t);
    if (by.find() && isOutletName(by.group(1))) {
      return by.group(1).strip();
    }
    for (String segment : t.split("\\s*(?:[|•·]|\\s[-–—]\\s|,\\s)\\s*")) {
      if (!segment.isBlank() && Dates.first(segment) == null && isOutletName(segment)) {
        return segment.strip();
      }
    }
    return null;
  }

  /** True when a date line gives only an update time ("Last Updated: ..."), not the publication date. */
  static boolean updateOnly(String t) {
    String l = t.toLowerCase(Locale.ROOT);
    return l.contains("updated") && !l.contains("published") && !l.contains("posted")
        && l.indexOf("updated") < Math.max(0, Dates.first(t).start());
  }

  /** The outlet a byline credits ("By Jane Roe, The Daily Planet" gives "The Daily Planet"); "" if none; null if no byline. */
  String byline(String t) {
    if (words(t) > 14 || t.endsWith(".") && !t.matches(".*\\b\\p{Lu}\\.")) {
      return null;
    }
    Matcher m = BYLINE.matcher(t);
    if (!m.matches()) {
      // "Jane Roe, Eastbrook Gazette": a byline without its "By", when what follows the name is an outlet's name
      Matcher named = NAME_AND_OUTLET.matcher(t);
      return named.matches() && isOutletName(named.group(2)) ? named.group(2).strip() : null;
    }
    String credit = m.group(2);
    Matcher role = credit == null ? null : JOB_TITLE.matcher(credit.strip());
    if (role != null && role.matches()) {
      // "By Jane Roe, Sports Reporter": a job title, whose section word names no outlet; "By Jane Roe, Daily
      // Planet Staff Writer": the outlet before the title
      String rest = role.group(1).strip();
      credit = rest.isEmpty() || patterns.isSectionLine(rest) ? null : rest;
    }
    return credit != null && isOutletName(credit) ? credit.strip() : "";
  }

  /** A credit ending in a journalist's job title ("Sports Reporter", "Daily Planet Staff Writer"). */
  private static final Pattern JOB_TITLE = Pattern.compile("(?i)(.*?)[\\s,]*\\b(?:staff\\s+)?(?:reporter|correspondent"
      + "|writer|editor|columnist|contributor|producer|journalist|photographer|intern|commentator|bureau chief)s?");

  /** The outlet of "Daily Planet with AP and AFP" or "• Freedonia News", or null. */
  String outletCredit(String t) {
    Matcher m = OUTLET_WITH_WIRES.matcher(t);
    if (m.matches()) {
      return m.group(1).strip();
    }
    m = BULLET_OUTLET.matcher(t);
    if (m.matches() && (patterns.isKnownPublisher(m.group(1)) || isOutletName(m.group(1)) || words(m.group(1)) == 1)) {
      return m.group(1).strip();
    }
    return null;
  }

  /** A short capitalised name holding a news word ("Freedonia News", "The Daily Planet") or a known outlet. */
  boolean isOutletName(String s) {
    String t = s.strip();
    if (patterns.isKnownPublisher(t)) {
      return true;
    }
    if (words(t) > 5 || t.contains(",") || !Character.isUpperCase(t.codePointAt(0))) {
      return false;
    }
    for (String w : t.split("[\\s.]+")) {
      if (newsWords.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "Jane Roe | Agency | Getty Images": short capitalised segments between pipes, no sentence. */
  private static boolean isPipedCredit(String t) {
    String[] segments = t.split("\\s*\\|\\s*");
    if (segments.length < 2 || t.matches(".*[.!?]\\s*")) {
      return false;
    }
    for (String s : segments) {
      if (s.isBlank() || words(s) > 4 || !Character.isUpperCase(s.strip().codePointAt(0))) {
        return false;
      }
    }
    return t.matches("(?i).*\\b(images?|photos?|pictures?|getty|shutterstock|reuters|afp|ap|epa|pool)\\b.*");
  }

  static int words(String t) {
    String s = t.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  private static Set<String> lower(List<String> lines) {
    return lines.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }
}
