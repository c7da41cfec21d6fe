package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines opening a story, in the forms agencies and sites use:
 * <ul>
 *   <li>place, optional region and date, agency in brackets or slashes, optional dash:
 *       {@code FREEDONIA CITY, March 3 (FNN) --}, {@code PORTVILLE, Sylvania (AP) —}, {@code Lakeside, Nov 3 (WNS)},
 *       {@code OSLO, May 2. /TASS/.}, {@code Freedonia, Capital City, Sept. 25 / Agency J. Roe /};</li>
 *   <li>an upper-case place with a dash and no agency: {@code ROME –}, {@code WASHINGTON—},
 *       {@code SPRINGFIELD, Ill. --};</li>
 *   <li>an upper-case place and a colon, as Indian and Australian papers write it: {@code NEW DELHI: }, unless
 *       the words label a column or a transcript's turns ({@code ANALYSIS:}, {@code REPORTER:});</li>
 *   <li>a date and an agency with a dash, no place: {@code Dec 3 (FNN) - };</li>
 *   <li>an agency alone: {@code (FNN) }, {@code (Reuters) - }.</li>
 * </ul>
 * Without an agency or a date the place must be written in capitals, so "Apple (AAPL) shares ..." or
 * "U.S.-China talks" are not datelines. Of "Country, City" the city is the place (country names come from
 * the JDK's locale data); of "CITY, Region" the city.
 */
final class DatelineParser {

  /** A parsed dateline: place (null for an agency alone), agency as written (or null), month-day, end offset. */
  record Dateline(String place, String agency, MonthDay monthDay, LocalDate date, int end) {
  }

  // (two places of one story are joined by a slash: "CAIRO/JERUSALEM (Reuters) -")
  private static final String WORD = "\\p{Lu}[\\p{L}.'’\\-]*(?:/\\p{Lu}[\\p{L}.'’\\-]*)?";
  private static final String NAME = WORD + "(?:\\s+" + WORD + "){0,3}";
  private static final String DATE = "(" + Dates.MONTH + "\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+" + Dates.MONTH
      + "(?:\\s+\\d{4})?)\\.?";
  private static final Pattern WITH_AGENCY = Pattern.compile(
      "\\s*(" + NAME + "(?:,\\s*" + NAME + "){0,2}?)(?:,\\s*" + DATE + ")?\\s*"
          + "(?:\\(([^(),]{2,40})\\)|/\\s*([^/]{2,40}?)\\s*/\\.?)\\s*(--|—|–|-|:)?\\s*");
  private static final Pattern WITH_DASH = Pattern.compile(
      "\\s*(" + NAME + "(?:,\\s*" + NAME + "){0,2}?)(?:,\\s*" + DATE + ")?\\s*(--|—|–|\\s-\\s)\\s*");
  /** An upper-case place and a colon before the story's first word: "NEW DELHI: The court ...". */
  private static final Pattern WITH_COLON = Pattern.compile(
      "\\s*(\\p{Lu}[\\p{Lu}.'’\\-]*(?:[ /]\\p{Lu}[\\p{Lu}.'’\\-]*){0,2}):\\s+(?=\\p{Lu})");
  /** Upper-case words before a colon that head a column, a format or a transcript turn, not a place. */
  private static final Set<String> COLON_LABELS = Set.of("ANALYSIS", "OPINION", "EDITORIAL", "COMMENT", "REVIEW",
      "WATCH", "LIVE", "VIDEO", "PHOTOS", "FACTBOX", "EXPLAINER", "INTERVIEW", "TRANSCRIPT", "REPORTER", "MODERATOR",
      "HOST", "ANCHOR", "QUESTION", "ANSWER", "NOTE", "UPDATE", "BREAKING", "EXCLUSIVE", "WARNING", "CORRECTION");
  /** An honorific opening a transcript's speaker label ("MS. ROE:", "SEN. SMITH:"), which no place starts with. */
  private static final Pattern SPEAKER_HONORIFIC = Pattern.compile(
      "(?:MR|MRS|MS|MISS|DR|PROF|SEN|REP|GOV|GEN|ADM|COL|CAPT|REV|SIR|DAME|LORD|LADY)\\.?\\s");
  /** A date and an agency with no place, as wires date company news: "Dec 3 (FNN) - ". */
  private static final Pattern DATE_AGENCY = Pattern.compile(
      "\\s*" + DATE + "\\s*\\(([^(),]{2,40})\\)\\s*(?:--|—|–|-|:)\\s*");
  private static final Pattern AGENCY_ONLY = Pattern.compile(
      "\\s*\\((\\p{Lu}[\\p{L}\\d.&'’]*(?:\\s+[\\p{L}\\d.&'’]+){0,2})\\)\\s*(?:--|—|–|-|:)?\\s*");
  /** "Agency J. Roe" in a slash credit: the outlet is the part before the author's initial. */
  private static final Pattern OUTLET_AUTHOR = Pattern.compile("(.+?)\\s+\\p{Lu}\\.\\s*\\p{Lu}[\\p{L}'’\\-]+");

  /** Wire status tags in brackets that are not agencies: "(LEAD)", "(UPDATE 2)", "(URGENT)". */
  static final Pattern STATUS = Pattern.compile(
      "(?i)(?:LEAD|URGENT|UPDATE\\s*\\d*|CORRECTED|CORRECTION|REFILE|RECASTS?|WRAPUP\\s*\\d*|EXCLUSIVE|BREAKING"
          + "|AMENDED|ANALYSIS|FOCUS|FEATURE|\\d+(?:ST|ND|RD|TH)\\s+LD)\\b.*");


  /** The dateline at {@code from} in the text, or null. Its end is where the story text starts. */
  Dateline parse(CharSequence text, int from, int to) {
    Matcher m = WITH_AGENCY.matcher(text).region(from, to);
    if (m.lookingAt()) {
      String agency = m.group(3) != null ? m.group(3) : outlet(m.group(4));
      Dateline d = build(m.group(1), m.group(2), agency, m.end(), m.group(5) != null);
      if (d != null) {
        return d;
      }
    }
    m = WITH_DASH.matcher(text).region(from, to);
    if (m.lookingAt()) {
      Dateline d = build(m.group(1), m.group(2), null, m.end(), true);
      if (d != null) {
        return d;
      }
    }
    m = WITH_COLON.matcher(text).region(from, to);
    if (m.lookingAt() && colonPlace(text, m.group(1), m.end())) {
      return new Dateline(m.group(1), null, null, null, m.end());
    }
    m = DATE_AGENCY.matcher(text).region(from, to);
    if (m.lookingAt() && m.end() < to && !STATUS.matcher(m.group(2)).matches()) {
      return new Dateline(null, m.group(2).strip(), Dates.monthDay(m.group(1)), Dates.find(m.group(1)), m.end());
    }
    m = AGENCY_ONLY.matcher(text).region(from, to);
    if (m.lookingAt() && m.end() < to && !STATUS.matcher(m.group(1)).matches()) {
      return new Dateline(null, m.group(1).strip(), null, null, m.end());
    }
    return null;
  }

  /**
   * Whether the upper-case words before a colon are a place: three letters or more, no label of a column, format
   * or turn ("ANALYSIS:", "THE MODERATOR:"), and not written again before a colon later, as a transcript's
   * speaker labels are ("JANE ROE: ... JANE ROE: ...").
   */
  private static boolean colonPlace(CharSequence text, String place, int end) {
    if (place.codePoints().filter(Character::isLetter).count() < 3 || place.startsWith("THE ")
        || SPEAKER_HONORIFIC.matcher(place).lookingAt()
        || java.util.Arrays.stream(place.split("[ /]")).anyMatch(COLON_LABELS::contains)
        || STATUS.matcher(place).matches()) {
      return false;
    }
    Pattern label = Pattern.compile("(?m)^\\s*" + Pattern.quote(place) + "\\s*:");
    return !label.matcher(text).region(end, text.length()).find();
  }

  private Dateline build(String places, String date, String agency, int end, boolean dash) {
    List<String> parts = new ArrayList<>();
    for (String p : places.split(",")) {
      parts.add(p.strip());
    }
    String first = parts.get(0);
    boolean upper = first.equals(first.toUpperCase(Locale.ROOT)) && first.codePoints().filter(Character::isLetter)
        .count() >= 3;
    // A mixed-case place needs a date or an agency with a dash ("Washington (FNN) -"): "Apple (AAPL) rose" is no dateline.
    if (!upper && (agency == null || date == null && !dash)) {
      return null;
    }
    MonthDay md = date == null ? null : Dates.monthDay(date);
    LocalDate full = date == null ? null : Dates.find(date);
    return new Dateline(place(parts), agency == null ? null : agency.strip(), md, full, end);
  }

  /** The city of "City, Region" or "Country, City". */
  private static String place(List<String> parts) {
    for (String p : parts) {
      if (!MetadataPatterns.COUNTRY_NAMES.contains(p.toLowerCase(Locale.ROOT)) && p.codePoints().filter(Character::isLetter).count() > 2) {
        return p;
      }
    }
    return parts.get(0);
  }

  private static String outlet(String credit) {
    Matcher m = OUTLET_AUTHOR.matcher(credit.strip());
    return m.matches() ? m.group(1) : credit;
  }
}
