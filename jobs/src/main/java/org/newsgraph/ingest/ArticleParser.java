package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.HeaderLines.Kind;
import org.newsgraph.model.Article;
import org.newsgraph.model.Reject;
import org.newsgraph.model.Reject.Reason;
import org.newsgraph.util.Ids;

/**
 * Splits decoded news text into header metadata, body and boilerplate by general layout rules.
 *
 * <p>Requires decoded text; adds an {@link Article}. Steps, in order: a {@code date YYYY-MM-DD} prefix is
 * read off the first line; the story starts at the first prose line (a line of at least
 * {@value #MIN_PROSE_WORDS} words ending like a sentence or a lead-in colon, a very long line, or one opening
 * with a dateline), moved past decks and captions when metadata lines (date, byline, outlet credit, reading
 * time) follow them, and past captions, photo credits and summary bullets at its start; header lines are
 * classified by {@link HeaderLines} and the first line left over is the title; the dateline
 * ({@link DatelineParser}) gives place, agency and day; furniture lines after the body are the footer and a
 * fragment cut off at the end (no closing punctuation) is dropped. The body is one contiguous slice of the raw
 * text, so offsets map back by adding {@code bodyOffset}; furniture lines inside it are blanked with spaces.
 * Publisher: the dateline's agency, else a credit or "From:" field, else a site name heading the page. Date: a
 * date prefix or date line, else the dateline's day in a year the text states, else a caption's date when the
 * story names no later year.
 */
public final class ArticleParser {

  static final int MIN_PROSE_WORDS = 8;
  static final int LONG_LINE_WORDS = 30;
  /** How many lines after the first prose line may still be decks and captions above a byline or date line. */
  static final int LEAD_LOOKAHEAD = 8;

  private static final Pattern DATE_PREFIX = Pattern.compile("\\s*(?i:date)\\s+(\\d{4}-\\d{2}-\\d{2})\\s*");
  private static final Pattern STATUS_TAG = Pattern.compile(
      "^(?:\\((?:LEAD|URGENT|UPDATE\\s*\\d*|CORRECTED|REFILE|RECASTS?|WRAPUP\\s*\\d*|EXCLUSIVE|BREAKING|AMENDED"
          + "|\\d+(?:ST|ND|RD|TH)\\s+LD)[^)]*\\)|(?:UPDATE\\s*\\d+|REFILE|CORRECTED|EXCLUSIVE|BREAKING)\\s*[-–:])\\s*");
  /** A field label before a headline in an exported or saved file ("Title: ...", "Headline: ..."). */
  private static final Pattern TITLE_LABEL = Pattern.compile("^(?i:title|headline|hed)\\s*:\\s*");
  private static final Pattern BULLET = Pattern.compile("\\s*[•·▪●*\\-–]\\s+.*");
  private static final Pattern BULLET_MARK = Pattern.compile("\\s*[•·▪●*\\-–]\\s+");
  /** A live blog's time stamp opening a paragraph ("9:15 a.m. - ", "14:05 GMT: ", "10.30am | "). */
  private static final Pattern TIME_STAMP = Pattern.compile("\\s*(?:[01]?\\d|2[0-3])[:.][0-5]\\d\\s*(?i:[ap]\\.?m\\.?)?"
      + "(?:\\s+(?:ET|EST|EDT|CT|PT|GMT|BST|CET|CEST|UTC|IST|JST|local time))?\\s*[-–—|:]\\s+(?=\\S)");

  private final MetadataPatterns patterns = new MetadataPatterns();
  private final HeaderLines headerLines = new HeaderLines(patterns);
  private final DatelineParser datelines = new DatelineParser();
  private final BodyLines bodyLines = new BodyLines(patterns);

  /** Result: exactly one of article and reject is set. */
  public record Result(Article article, Reject reject) {
  }

  record Line(int begin, int end, String text) {
    String trimmed() {
      return text.strip().replaceAll("[\\s|]+$", "").strip();
    }

    boolean blank() {
      return text.isBlank();
    }
  }

  public Result parse(String sourcePath, String text) {
    List<Line> lines = lines(text);
    HeaderFields meta = new HeaderFields(patterns);
    readDatePrefix(lines, meta);
    java.util.Map<String, Integer> counts = BodyLines.counts(lines);
    Kind[] kinds = new Kind[lines.size()];
    int bodyFirst = firstProse(lines, text);
    if (bodyFirst >= 0) {
      bodyFirst = storyStart(lines, kinds, bodyFirst, text, meta, counts);
    }
    int headerEnd = bodyFirst >= 0 ? bodyFirst : lines.size();
    List<Line> titleCandidates = new ArrayList<>();
    for (int i = 0; i < headerEnd; i++) {
      Line line = lines.get(i);
      if (!line.blank() && !classifyHeader(line.trimmed(), kind(lines, kinds, i), meta)) {
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
    chooseTitle(titleCandidates, lines, meta);
    int bodyLast = lines.size() - 1;
    List<String> footer = new ArrayList<>();
    while (bodyLast > bodyFirst && (lines.get(bodyLast).blank() || isFooterLine(lines.get(bodyLast).trimmed()))) {
      Line l = lines.get(bodyLast);
      if (!l.blank()) {
        footer.add(0, l.text().strip());
        meta.readField(l.trimmed());
      }
      bodyLast--;
    }

    Line first = lines.get(bodyFirst);
    int bodyBegin = first.begin() + leadingSpace(first.text());
    Matcher firstStamp = TIME_STAMP.matcher(first.text());
    if (firstStamp.lookingAt()) {
      meta.boilerplate.add(first.text().substring(0, firstStamp.end()).strip());
      bodyBegin = first.begin() + firstStamp.end();
    }
    String dateline = null;
    String datelineText = null;
    DatelineParser.Dateline dl = datelines.parse(text, bodyBegin, first.end());
    if (dl != null) {
      dateline = dl.place();
      datelineText = text.substring(bodyBegin, dl.end()).strip();
      meta.boilerplate.add(datelineText);
      meta.datelineAgency(dl.agency());
      meta.datelineDay(dl.monthDay(), dl.date());
      bodyBegin = dl.end();
    } else if (meta.headerDateline != null) {
      dateline = meta.headerDateline;
    }
    int bodyEnd = truncatedTail(text, bodyBegin, wireTag(text, bodyBegin, lines.get(bodyLast).end(), meta), meta);
    StringBuilder body = new StringBuilder(text.substring(bodyBegin, bodyEnd));
    for (int i = bodyFirst + 1; i < bodyLast; i++) {
      Line l = lines.get(i);
      if (l.blank() || l.end() > bodyEnd) {
        continue;
      }
      if (patterns.isFurniture(l.text()) || bodyLines.isBoilerplate(lines, i, counts)) {
        meta.boilerplate.add(l.text().strip());
        blank(body, bodyBegin, l.begin(), l.end());
      } else {
        // a bullet before a sentence belongs to neither the sentence nor the boilerplate
        Matcher bullet = BULLET_MARK.matcher(l.text());
        if (bullet.lookingAt()) {
          blank(body, bodyBegin, l.begin(), l.begin() + bullet.end());
        }
        // a live blog's time stamp before a paragraph is page furniture, like a dateline
        Matcher stamp = TIME_STAMP.matcher(l.text());
        if (stamp.lookingAt()) {
          meta.boilerplate.add(l.text().substring(0, stamp.end()).strip());
          blank(body, bodyBegin, l.begin(), l.begin() + stamp.end());
        }
      }
    }
    meta.boilerplate.addAll(footer);
    if (body.toString().isBlank()) {
      return new Result(null, Reject.of(sourcePath, Reason.NO_BODY, "body is empty after removing the header"));
    }
    Article article = new Article(Ids.hash(text), sourcePath, meta.title, meta.publisher(), dateline, datelineText,
        meta.publishedDate(text), body.toString(), bodyBegin, text, meta.boilerplate, meta.issues);
    return new Result(article, null);
  }

  /** Blanks the raw text's {@code [from, to)} in the body that starts at raw offset {@code bodyBegin}. */
  private static void blank(StringBuilder body, int bodyBegin, int from, int to) {
    for (int c = from; c < to; c++) {
      body.setCharAt(c - bodyBegin, ' ');
    }
  }

  /** "date 2024-01-02 Headline ..." (a page store's prefix): the date is read and the line keeps the rest. */
  private static void readDatePrefix(List<Line> lines, HeaderFields meta) {
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      Matcher m = DATE_PREFIX.matcher(l.text());
      if (m.lookingAt() && m.end() < l.text().length()) {
        meta.dateLine(LocalDate.parse(m.group(1)), false);
        meta.boilerplate.add(l.text().substring(0, m.end()).strip());
        lines.set(i, new Line(l.begin() + m.end(), l.end(), l.text().substring(m.end())));
      }
      return;
    }
  }

  private int firstProse(List<Line> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (!l.blank() && (isProse(l.trimmed()) || datelineStart(l, text))) {
        return i;
      }
    }
    return -1;
  }

  private boolean datelineStart(Line l, String text) {
    int b = l.begin() + leadingSpace(l.text());
    DatelineParser.Dateline d = datelines.parse(text, b, l.end());
    return d != null && HeaderLines.words(text.substring(d.end(), l.end())) >= 3;
  }

  /** The kind of line i, classified once per document. */
  private Kind kind(List<Line> lines, Kind[] kinds, int i) {
    if (kinds[i] == null) {
      kinds[i] = headerLines.kind(lines.get(i).trimmed());
    }
    return kinds[i];
  }

  /**
   * Where the story starts, given the first prose line: after the last metadata line (date, byline, outlet
   * credit, reading time) among the next few lines, since decks and captions come before those and body text
   * never does; then past captions, photo credits, repeated lines and summary bullets.
   */
  private int storyStart(List<Line> lines, Kind[] kinds, int firstProse, String text, HeaderFields meta,
      java.util.Map<String, Integer> counts) {
    int start = firstProse;
    int seen = 0;
    for (int i = firstProse; i < lines.size() && seen < LEAD_LOOKAHEAD; i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      if (i > firstProse && datelineStart(l, text)) {
        // "Roe Says the Plan Will Fail." above "CITY, March 3 (FNN) -- ...": a dateline opens the story, so a short
        // headline or deck that ends like a sentence above it is header, not the first paragraph
        if (seen <= 2 && shortLinesBefore(lines, firstProse, i)) {
          start = i;
        }
        break;
      }
      seen++;
      if (kind(lines, kinds, i).metadata()) {
        start = i + 1;
      }
    }
    boolean summary = false;
    for (int i = 0; i < start && i < lines.size(); i++) {
      summary |= !lines.get(i).blank() && kind(lines, kinds, i) == Kind.SUMMARY_HEADING;
    }
    while (start < lines.size()) {
      Line l = lines.get(start);
      if (l.blank()) {
        start++;
        continue;
      }
      if (datelineStart(l, text)) {
        break;
      }
      Kind k = kind(lines, kinds, start);
      summary |= k == Kind.SUMMARY_HEADING;
      boolean skip = k != Kind.OTHER || counts.getOrDefault(l.trimmed(), 0) > 1 || summary && BULLET.matcher(l.text()).matches()
          || nextIsPhotoCredit(lines, kinds, start);
      if (!skip) {
        break;
      }
      start++;
    }
    for (int i = firstProse; i < start && i < lines.size(); i++) {
      if (!lines.get(i).blank()) {
        meta.leadLine(lines.get(i).trimmed(), kind(lines, kinds, i), headerLines);
      }
    }
    return start < lines.size() ? start : firstProse;
  }

  /** The non-blank lines in [from, to) are each shorter than a long line (headlines and decks, not paragraphs). */
  private static boolean shortLinesBefore(List<Line> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!lines.get(i).blank() && HeaderLines.words(lines.get(i).text()) >= LONG_LINE_WORDS) {
        return false;
      }
    }
    return true;
  }

  private boolean nextIsPhotoCredit(List<Line> lines, Kind[] kinds, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).blank()) {
        return kind(lines, kinds, j) == Kind.PHOTO_CREDIT;
      }
    }
    return false;
  }

  /** Classifies one header line; returns false when it is not metadata (a title candidate). */
  private boolean classifyHeader(String t, Kind k, HeaderFields meta) {
    if (meta.readPipedFields(t) || meta.readField(t)) {
      meta.boilerplate.add(t);
      return true;
    }
    DatelineParser.Dateline d = datelines.parse(t, 0, t.length());
    if (d != null && d.place() != null && d.end() >= t.length() && d.agency() != null) {
      meta.headerDateline = d.place();
      meta.datelineAgency(d.agency());
      meta.datelineDay(d.monthDay(), d.date());
      meta.boilerplate.add(t);
      return true;
    }
    if (k == Kind.OTHER) {
      // a title has two words or more and capitals: "...", "Idaho" or a lower-case menu "home jobs contact us" is none
      // nor is a lead-in ending in a colon or a press release's sub-headline between dashes ("- Sales up 5% -")
      boolean noTitle = !t.matches(".*\\p{L}.*\\s\\S*\\p{L}.*") || t.equals(t.toLowerCase(java.util.Locale.ROOT))
          || t.endsWith(":") || t.matches("[-–—].*[-–—]");
      if (noTitle) {
        meta.boilerplate.add(t);
      }
      return noTitle;
    }
    meta.leadLine(t, k, headerLines);
    return true;
  }

  /** The first header line left is the title; a site name heading the page ("Freedonia News") is not. */
  private void chooseTitle(List<Line> candidates, List<Line> lines, HeaderFields meta) {
    if (candidates.size() > 1 && candidates.get(0) == firstNonBlank(lines)) {
      String first = candidates.get(0).trimmed();
      if (headerLines.isOutletName(first) || first.matches("(?i).*\\bnews\\b.*")) {
        if (headerLines.isOutletName(first) && HeaderLines.words(first) <= 4) {
          meta.siteName = first;
        }
        meta.boilerplate.add(first);
        candidates.remove(0);
      }
    }
    for (Line candidate : candidates) {
      if (meta.title == null) {
        meta.title = STATUS_TAG.matcher(TITLE_LABEL.matcher(candidate.trimmed()).replaceFirst("")).replaceFirst("").strip();
        meta.boilerplate.add(candidate.text().strip());
      } else {
        meta.issues.add("unrecognised_header_line: " + candidate.trimmed());
      }
    }
  }

  private static Line firstNonBlank(List<Line> lines) {
    return lines.stream().filter(l -> !l.blank()).findFirst().orElse(null);
  }

  /**
   * The end of the body without a fragment cut off at the end of the file: when the last line does not end
   * like a sentence, the body ends after its last sentence end (or at the line before).
   */
  private static int truncatedTail(String text, int begin, int end, HeaderFields meta) {
    int e = end;
    // (a no-break space is a space too: "... governments.\u00a0" ends like a sentence)
    while (e > begin && (Character.isWhitespace(text.charAt(e - 1)) || Character.isSpaceChar(text.charAt(e - 1))
        || text.charAt(e - 1) == '|')) {
      e--;
    }
    int lineStart = Math.max(begin, text.lastIndexOf('\n', e - 1) + 1);
    String last = text.substring(lineStart, e);
    if (last.matches("(?s).*[.!?…:;][\"”’')\\]]*") || last.matches("(?s).*[\"”’]")) {
      return e;
    }
    Matcher m = Pattern.compile("[.!?…][\"”’')\\]]*(?=\\s+[\"“‘'(\\[]?\\p{Lu})").matcher(last);
    int cut = -1;
    while (m.find()) {
      cut = m.end();
    }
    int newEnd = cut > 0 ? lineStart + cut : lineStart;
    while (newEnd > begin && Character.isWhitespace(text.charAt(newEnd - 1))) {
      newEnd--;
    }
    if (newEnd <= begin) {
      return e;
    }
    meta.issues.add("truncated_text: " + text.substring(newEnd, e).strip());
    return newEnd;
  }

  /** A line that ends a page: furniture, a promotional or legal line, or a short line that is no sentence. */
  private boolean isFooterLine(String t) {
    return patterns.isFurniture(t) || patterns.isFooter(t) || HeaderLines.words(t) <= 5 && !endsSentence(t);
  }

  private static boolean endsSentence(String t) {
    return t.matches("(?s).*[.!?…][\"”’')\\]]*") || t.matches("(?s).*\\p{L}[\"”’]");
  }

  /** A wire tag after the last sentence ("... he said. FNA"): the body ends before it. */
  private static int wireTag(String text, int begin, int end, HeaderFields meta) {
    Matcher m = Pattern.compile("[.!?][\"”’]?\\s+(\\(?\\p{Lu}{2,6}\\)?)\\s*$").matcher(text.substring(begin, end));
    if (m.find()) {
      meta.boilerplate.add(m.group(1));
      int e = begin + m.start(1);
      while (e > begin && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      return e;
    }
    return end;
  }

  static boolean isProse(String t) {
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
