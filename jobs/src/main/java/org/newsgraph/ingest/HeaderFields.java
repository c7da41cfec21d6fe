package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.newsgraph.ingest.HeaderLines.Kind;

/**
 * What the header and lead lines of one article say, with the precedence rules that turn it into document
 * fields. Publisher: the dateline's agency, else a credit (byline, outlet credit, "From:"/"Source :" field),
 * else the site name heading the page. Date: a date prefix or a published/plain date line, else the
 * dateline's month and day in the year of a full date the text states for that day, else a caption's date
 * when the story names no later year (an old file photo is not the publication date), else the story's own
 * "Updated ..." stamp. "Last updated" dates are not publication dates.
 */
final class HeaderFields {

  String title;
  String headerDateline;
  String siteName;
  final List<String> boilerplate = new ArrayList<>();
  final List<String> issues = new ArrayList<>();

  private final MetadataPatterns patterns;
  private String datelineAgency;
  private String credit;
  private LocalDate date;
  private LocalDate datelineDate;
  private MonthDay datelineDay;
  private LocalDate captionDate;
  private LocalDate storyUpdate;

  HeaderFields(MetadataPatterns patterns) {
    this.patterns = patterns;
  }

  /** A date line or prefix; update-only dates are ignored. */
  void dateLine(LocalDate d, boolean updateOnly) {
    if (date == null && d != null && !updateOnly) {
      date = d;
    }
  }

  /**
   * A date line of the header: a publication date, or an update-only one; a story's own update stamp ("Updated
   * 4:12 PM GMT, March 14, 2025", the only date many agency pages print) is kept as the last resort, never a
   * page's "Last updated" footer of an archive.
   */
  void dateLine(String line) {
    LocalDate d = Dates.find(line);
    boolean updateOnly = HeaderLines.updateOnly(line);
    dateLine(d, updateOnly);
    if (updateOnly && d != null && storyUpdate == null && STORY_UPDATE.matcher(line).lookingAt()) {
      storyUpdate = d;
    }
  }

  private static final java.util.regex.Pattern STORY_UPDATE = java.util.regex.Pattern.compile(
      "\\W*(?i:updated)\\b");

  void datelineAgency(String agency) {
    if (agency != null && datelineAgency == null) {
      datelineAgency = patterns.publisher(agency);
    }
  }

  void datelineDay(MonthDay day, LocalDate full) {
    if (datelineDay == null) {
      datelineDay = day;
      datelineDate = full;
    }
  }

  /** A "From: X" / "Source : X" field; true when the segment is one. */
  boolean readField(String segment) {
    Matcher m = MetadataPatterns.PUBLISHER_FIELD.matcher(segment);
    if (!m.matches()) {
      return false;
    }
    credit(m.group(1));
    return true;
  }

  /** The publisher a line credits, unless an earlier line gave one: the first credit wins. */
  private void credit(String outlet) {
    if (credit == null && outlet != null) {
      credit = patterns.publisher(outlet);
    }
  }

  /** "From: X | Date: 2024-01-02 [A A] |": true when every segment is a field, a date or furniture. */
  boolean readPipedFields(String t) {
    String[] segments = t.split("\\s*\\|\\s*");
    if (segments.length < 2) {
      return false;
    }
    for (String segment : segments) {
      if (!(segment.isBlank() || isField(segment) || HeaderLines.isDateLine(segment) || patterns.isFurniture(segment))) {
        return false;
      }
    }
    for (String segment : segments) {
      if (!readField(segment) && HeaderLines.isDateLine(segment)) {
        dateLine(segment);
      }
    }
    return true;
  }

  private static boolean isField(String segment) {
    return MetadataPatterns.PUBLISHER_FIELD.matcher(segment).matches();
  }

  /** Reads a metadata, caption or credit line of the header or the lead and keeps it as boilerplate. */
  void leadLine(String t, Kind k, HeaderLines lines) {
    switch (k) {
      case DATE -> {
        dateLine(t);
        credit(lines.outletOfDateLine(t));
      }
      case BYLINE -> {
        credit(lines.byline(t)); // ("" when the byline credits no outlet: no publisher)
        // "By Jane Roe | The Eastbrook Gazette | March 3, 2026": the segments after the name
        String[] segments = t.split("\\s*[|•·]\\s*");
        for (int i = 1; i < segments.length; i++) {
          if (HeaderLines.isDateLine(segments[i])) {
            dateLine(segments[i]);
          } else if (lines.isOutletName(segments[i])) {
            credit(segments[i]);
          }
        }
      }
      case OUTLET_CREDIT -> credit(lines.outletCredit(t));
      case FURNITURE, SECTION -> readField(t);
      default -> {
        if (captionDate == null && (k == Kind.CAPTION || k == Kind.OTHER)) {
          captionDate = Dates.find(t);
        }
      }
    }
    boilerplate.add(t);
  }

  String publisher() {
    if (datelineAgency != null) {
      return datelineAgency;
    }
    return credit != null ? credit : siteName;
  }

  LocalDate publishedDate(String text) {
    if (date != null) {
      return date;
    }
    if (datelineDate != null) {
      return datelineDate;
    }
    List<Dates.Found> all = Dates.all(text);
    if (datelineDay != null) {
      for (Dates.Found f : all) {
        if (MonthDay.from(f.date()).equals(datelineDay)) {
          return f.date();
        }
      }
    }
    if (captionDate != null && latestYear(text) <= captionDate.getYear()) {
      return captionDate;
    }
    return storyUpdate;
  }

  /** The latest year from 1900 to 2099 written in the text. */
  private static int latestYear(String text) {
    Matcher m = java.util.regex.Pattern.compile("(?<![\\d$£€.,])(19\\d\\d|20\\d\\d)(?![\\d%])").matcher(text);
    int max = 0;
    while (m.find()) {
      max = Math.max(max, Integer.parseInt(m.group(1)));
    }
    return max;
  }
}
