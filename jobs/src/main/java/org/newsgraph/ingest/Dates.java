package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news pages write them: ISO ({@code 2023-03-02}, {@code 2023/03/02 08:48}), numeric with the year last
 * ({@code 11/30/2019} month first, {@code 27.07.2016} or {@code 27/07/2016} day first when the first number cannot
 * be a month), and word dates in US or European order with abbreviated months, ordinals and weekdays
 * ({@code Friday, Feb 7th 2025}, {@code 2 March 2023}, {@code Sept. 14, 2018}, {@code Oct 17 2011}). A month and
 * day without a year ({@code May 22}, {@code 10 Nov}) is a {@link MonthDay}, resolved against a full date the text
 * states. Plain Java; no state.
 */
final class Dates {

  static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  static final String WEEKDAY = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|\\.)?";

  static final Pattern ISO = Pattern.compile(
      "(?<![\\d/.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d/])");
  static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?![\\d/])");
  /** Month first: "June 7, 2022", "Feb 7th 2025", "Sept. 14, 2018". */
  static final Pattern MONTH_FIRST = Pattern.compile(
      "(?i)\\b(" + MONTH + ")\\s+" + DAY + "\\b,?\\s+(\\d{4})\\b");
  /** Day first: "2 March 2023", "4th Nov. 2024". */
  static final Pattern DAY_FIRST = Pattern.compile(
      "(?i)\\b" + DAY + "\\s+(?:of\\s+)?(" + MONTH + ")(?!\\w),?\\s+(\\d{4})\\b");
  static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b(?:(" + MONTH + ")\\s+" + DAY + "|" + DAY + "\\s+("
      + MONTH + "))(?![\\w:])");
  /** A time of day with optional zone: "09:30 BST", "9:05 am.", "6:02 pm (Lisbon)", "(UTC +04:00)". */
  static final Pattern TIME = Pattern.compile(
      "(?i)\\(?\\b(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)"
          + "(?:\\s*\\(?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|JST|KST|MSK)\\b"
          + "(?:\\s*[+-]\\s*\\d{1,2}(?::\\d{2})?)?\\)?)?\\)?");
  private static final Pattern ZONE = Pattern.compile(
      "\\(?\\b(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|JST|KST|MSK)\\b(?:\\s*[+-]\\s*\\d{1,2}"
          + "(?::\\d{2})?)?\\)?");

  private Dates() {
  }

  /** A date found in text: the date and where it was written. */
  record Found(LocalDate date, int start, int end) {
  }

  /** The first full date (day, month and year) in the text, or null. */
  static Found first(CharSequence text) {
    Found best = null;
    for (Pattern p : new Pattern[] {ISO, NUMERIC, MONTH_FIRST, DAY_FIRST}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        LocalDate d = toDate(p, m);
        if (d != null) {
          if (best == null || m.start() < best.start()) {
            best = new Found(d, m.start(), m.end());
          }
          break;
        }
      }
    }
    return best;
  }

  /** The first full date in the text, or null. */
  static LocalDate find(CharSequence text) {
    Found f = first(text);
    return f == null ? null : f.date();
  }

  /** Every full date in the text, in order of appearance. */
  static java.util.List<Found> all(CharSequence text) {
    java.util.List<Found> out = new java.util.ArrayList<>();
    for (Pattern p : new Pattern[] {ISO, NUMERIC, MONTH_FIRST, DAY_FIRST}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        LocalDate d = toDate(p, m);
        if (d != null) {
          out.add(new Found(d, m.start(), m.end()));
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Found::start));
    return out;
  }

  /** A month and day without a year at the start of the text ("May 22", "Sept. 25", "10 Nov"), or null. */
  static MonthDay monthDay(CharSequence text) {
    Matcher m = MONTH_DAY.matcher(text);
    if (!m.find()) {
      return null;
    }
    String month = m.group(1) != null ? m.group(1) : m.group(4);
    String day = m.group(1) != null ? m.group(2) : m.group(3);
    int mon = month(month);
    try {
      return MonthDay.of(mon, Integer.parseInt(day));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The text with its dates, times, weekdays and time zones removed (what a date line holds besides them). */
  static String withoutDates(String text) {
    String t = text;
    for (Pattern p : new Pattern[] {ISO, NUMERIC, MONTH_FIRST, DAY_FIRST, TIME, ZONE}) {
      t = p.matcher(t).replaceAll(" ");
    }
    return t.replaceAll("(?i)\\b" + WEEKDAY + "\\b", " ");
  }

  private static LocalDate toDate(Pattern p, Matcher m) {
    if (p == ISO) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    if (p == NUMERIC) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      boolean dayFirst = m.group(2).equals(".") || a > 12;
      return dayFirst ? of(m.group(4), String.valueOf(b), String.valueOf(a))
          : of(m.group(4), String.valueOf(a), String.valueOf(b));
    }
    if (p == MONTH_FIRST) {
      return of(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
    }
    return of(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
  }

  static int month(String written) {
    String m = written.replace(".", "").toLowerCase(Locale.ROOT);
    String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < names.length; i++) {
      if (m.startsWith(names[i])) {
        return i + 1;
      }
    }
    return -1;
  }

  private static LocalDate of(String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1900 || year > 2100) {
        return null;
      }
      return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
