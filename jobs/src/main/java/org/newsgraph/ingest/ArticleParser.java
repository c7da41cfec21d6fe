package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.newsgraph.model.Article;
import org.newsgraph.model.Reject;
import org.newsgraph.model.Reject.Reason;
import org.newsgraph.util.Ids;

/**
 * Splits decoded news text into header metadata, body and boilerplate by general layout rules.
 *
 * <p>Requires decoded text; adds an {@link Article}. The header is every line before the first prose
 * line (a line of at least {@value #MIN_PROSE_WORDS} words ending like a sentence or a lead-in colon, a very
 * long line, or one opening with a dateline). Header lines are classified as section tags, date lines, publisher
 * fields, page furniture or the title. Furniture lines after the body ("Source : X", "Translate") are
 * the footer. The body is one contiguous slice of the raw text, so offsets map back by adding
 * {@code bodyOffset}; furniture lines inside it are blanked with spaces.
 */
public final class ArticleParser {

  static final int MIN_PROSE_WORDS = 8;
  static final int LONG_LINE_WORDS = 30;

  private final MetadataPatterns patterns = new MetadataPatterns();

  /** Result: exactly one of article and reject is set. */
  public record Result(Article article, Reject reject) {
  }

  private record Line(int begin, int end, String text) {
    String trimmed() {
      return text.strip().replaceAll("[\\s|]+$", "").strip();
    }

    boolean blank() {
      return text.isBlank();
    }
  }

  private static final class Meta {
    String title;
    String publisher;
    LocalDate date;
    final List<String> boilerplate = new ArrayList<>();
    final List<String> issues = new ArrayList<>();
  }

  public Result parse(String sourcePath, String text) {
    List<Line> lines = lines(text);
    Meta meta = new Meta();
    int bodyFirst = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).blank() && isProse(lines.get(i).trimmed())) {
        bodyFirst = i;
        break;
      }
    }
    int headerEnd = bodyFirst >= 0 ? bodyFirst : lines.size();
    List<Line> titleCandidates = new ArrayList<>();
    for (int i = 0; i < headerEnd; i++) {
      Line line = lines.get(i);
      if (!line.blank() && !classifyHeader(line.trimmed(), meta)) {
        titleCandidates.add(line);
      }
    }
    if (bodyFirst < 0) {
      // No prose line: the body is whatever the header rules did not recognise.
      if (titleCandidates.isEmpty()) {
        return new Result(null, Reject.of(sourcePath, Reason.NO_BODY, "no text besides header and boilerplate lines"));
      }
      bodyFirst = lines.indexOf(titleCandidates.get(0));
      titleCandidates.clear();
      meta.boilerplate.clear();
    }
    for (Line candidate : titleCandidates) {
      if (meta.title == null) {
        meta.title = candidate.trimmed();
        meta.boilerplate.add(candidate.text().strip());
      } else {
        meta.issues.add("unrecognised_header_line: " + candidate.trimmed());
      }
    }
    int bodyLast = lines.size() - 1;
    List<String> footer = new ArrayList<>();
    while (bodyLast > bodyFirst && (lines.get(bodyLast).blank() || patterns.isFurniture(lines.get(bodyLast).text()))) {
      Line l = lines.get(bodyLast);
      if (!l.blank()) {
        footer.add(0, l.text().strip());
        readPublisherField(l.trimmed(), meta);
      }
      bodyLast--;
    }

    Line first = lines.get(bodyFirst);
    int bodyBegin = first.begin() + leadingSpace(first.text());
    String dateline = null;
    String datelineText = null;
    Matcher dl = MetadataPatterns.DATELINE.matcher(text).region(bodyBegin, first.end());
    if (dl.lookingAt() && isDatelinePlace(dl.group(1), dl.group(2))) {
      dateline = dl.group(1).strip();
      datelineText = text.substring(bodyBegin, dl.end()).strip();
      String agency = patterns.publisher(dl.group(3));
      if (meta.publisher == null) {
        meta.publisher = agency;
      }
      bodyBegin = dl.end();
    }
    int bodyEnd = lines.get(bodyLast).end();
    while (bodyEnd > bodyBegin && (Character.isWhitespace(text.charAt(bodyEnd - 1)) || text.charAt(bodyEnd - 1) == '|')) {
      bodyEnd--;
    }
    StringBuilder body = new StringBuilder(text.substring(bodyBegin, bodyEnd));
    for (int i = bodyFirst + 1; i < bodyLast; i++) {
      Line l = lines.get(i);
      if (!l.blank() && patterns.isFurniture(l.text())) {
        meta.boilerplate.add(l.text().strip());
        for (int c = l.begin(); c < l.end(); c++) {
          body.setCharAt(c - bodyBegin, ' ');
        }
      }
    }
    meta.boilerplate.addAll(footer);
    if (body.toString().isBlank()) {
      return new Result(null, Reject.of(sourcePath, Reason.NO_BODY, "body is empty after removing the header"));
    }
    Article article = new Article(Ids.hash(text), sourcePath, meta.title, meta.publisher, dateline, datelineText,
        meta.date, body.toString(), bodyBegin, text, meta.boilerplate, meta.issues);
    return new Result(article, null);
  }

  /** Classifies one header line; returns false when it is not metadata (a title candidate). */
  private boolean classifyHeader(String t, Meta meta) {
    String[] segments = t.split("\\s*\\|\\s*");
    if (segments.length > 1) {
      boolean allMeta = true;
      for (String segment : segments) {
        allMeta &= segment.isBlank() || readPublisherField(segment, meta) || readDateField(segment, meta)
            || patterns.isFurniture(segment);
      }
      if (allMeta) {
        meta.boilerplate.add(t);
        return true;
      }
      return false;
    }
    if (patterns.isFurniture(t) || patterns.isSectionLine(t)) {
      readPublisherField(t, meta);
      meta.boilerplate.add(t);
      return true;
    }
    if (readPublisherField(t, meta)) {
      meta.boilerplate.add(t);
      return true;
    }
    Matcher m = MetadataPatterns.ISO_DATE.matcher(t);
    if (m.find() && (m.start() == 0 || MetadataPatterns.DATE_LABEL.matcher(t.substring(0, m.start())).matches())) {
      LocalDate date = MetadataPatterns.findDate(t.substring(m.start(), m.end()));
      if (meta.date == null) {
        meta.date = date;
      }
      String rest = t.substring(m.end()).strip();
      meta.boilerplate.add(t);
      if (rest.split("\\s+").length > 3 && meta.title == null) {
        meta.title = rest;
      }
      return true;
    }
    return false;
  }

  private boolean readPublisherField(String segment, Meta meta) {
    Matcher m = MetadataPatterns.PUBLISHER_FIELD.matcher(segment);
    if (!m.matches()) {
      return false;
    }
    if (meta.publisher == null) {
      meta.publisher = patterns.publisher(m.group(1));
    }
    return true;
  }

  private boolean readDateField(String segment, Meta meta) {
    Matcher m = MetadataPatterns.ISO_DATE.matcher(segment);
    if (!m.find()) {
      return false;
    }
    String label = segment.substring(0, m.start()).replaceAll("[\\s:：]+$", "");
    String rest = segment.substring(m.end()).replaceAll("\\[\\s*A\\s+A\\s*]", "").strip();
    if (!(label.isEmpty() || MetadataPatterns.DATE_LABEL.matcher(label).matches()) || !rest.isEmpty()) {
      return false;
    }
    if (meta.date == null) {
      meta.date = MetadataPatterns.findDate(segment.substring(m.start()));
    }
    return true;
  }

  private static boolean isDatelinePlace(String place, String date) {
    String p = place.strip();
    boolean upper = p.equals(p.toUpperCase(java.util.Locale.ROOT));
    return upper || date != null;
  }

  static boolean isProse(String t) {
    if (MetadataPatterns.DATELINE.matcher(t).lookingAt() && t.split("\\s+").length >= MIN_PROSE_WORDS) {
      return true;
    }
    int words = t.split("\\s+").length;
    return words >= LONG_LINE_WORDS
        || words >= MIN_PROSE_WORDS && t.matches("(?s).*[.!?。！？…][\"”’')\\]]*$")
        // a lead-in sentence: "Below are his remarks:", "Here are the key moments from the interview:"
        || words >= MIN_PROSE_WORDS && t.endsWith(":") && !t.substring(0, t.length() - 1).contains(":");
  }

  private static int leadingSpace(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        out.add(new Line(start, end, text.substring(start, end)));
        start = i + 1;
      }
    }
    return out;
  }
}
