package org.newsgraph.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.ingest.ArticleParser.Line;

/**
 * Boilerplate lines inside a story's body, told by shallow features of the line and its neighbours:
 * sub-headings (a short line with no closing punctuation between a sentence end and a capitalised line),
 * photo captions ("... at the summit. (Agency)", "This photo, taken ..."), lines repeated elsewhere in the
 * document (a caption or promo shown twice), short lines without lower-case words ("VIDEO 2:31"), lists of
 * related links (two or more bullet lines that are no sentences, with the headline line above them) and the
 * lead-in line of a list ("More on the case:"). A hard-wrapped line ("... he met with" / "Jane Roe on
 * Monday.") ends in a function word or runs into a lower-case word, and is kept. Requires the document's
 * lines; plain Java.
 */
final class BodyLines {

  private static final Pattern FUNCTION_WORD_END = Pattern.compile(
      "(?i).*\\b(?:the|a|an|of|to|and|or|but|with|in|on|at|for|that|by|from|as|his|her|their|its)");
  private static final Pattern STARTS_CAPITAL = Pattern.compile("[\"“‘'(\\p{Lu}\\d].*");
  private static final Pattern BULLET = Pattern.compile("\\s*[•·▪●*\\-–—]\\s+\\S.*");
  /** A photo line, or a line ending in a credit in parentheses ("... on Monday. (FNN Photo/Anna Roe)"); a
   *  closing sentence in parentheses ("(He has since left.)") ends in its own full stop and is body. */
  private static final Pattern CAPTION = Pattern.compile(
      "(?i)(?:(?:this|in this|a) (?:file )?(?:photo|picture|image)\\b.*|.*[.]\\s*\\((?-i:\\p{Lu})[^()]{0,39}[^().!?]\\))");

  private final MetadataPatterns patterns;

  BodyLines(MetadataPatterns patterns) {
    this.patterns = patterns;
  }

  /** How often each trimmed line occurs in the document; computed once per document. */
  static java.util.Map<String, Integer> counts(List<Line> lines) {
    java.util.Map<String, Integer> out = new java.util.HashMap<>();
    for (Line l : lines) {
      if (!l.blank()) {
        out.merge(l.trimmed(), 1, Integer::sum);
      }
    }
    return out;
  }

  boolean isBoilerplate(List<Line> lines, int i, java.util.Map<String, Integer> counts) {
    String t = lines.get(i).trimmed();
    return isSubheading(lines, i) || CAPTION.matcher(t).matches()
        || HeaderLines.words(t) >= 4 && counts.getOrDefault(t, 0) > 1
        || HeaderLines.words(t) <= 4 && !t.matches(".*\\p{Ll}.*") && !t.endsWith(":")
        || isLinkList(lines, i) || isListLeadIn(lines, i);
  }

  static boolean endsSentence(String t) {
    return t.matches("(?s).*[.!?…][\"”’')\\]]*");
  }

  private static boolean isSubheading(List<Line> lines, int i) {
    String t = lines.get(i).trimmed();
    if (HeaderLines.words(t) > 12 || endsSentence(t) || t.matches(".*[,;:–—-]") || !STARTS_CAPITAL.matcher(t).matches()
        || FUNCTION_WORD_END.matcher(t).matches() || BULLET.matcher(lines.get(i).text()).matches()) {
      return false;
    }
    String prev = i > 0 ? lines.get(i - 1).trimmed() : "";
    if (!prev.isEmpty() && !endsSentence(prev) && !prev.endsWith(":") && !prev.matches(".*\\p{L}[\"”’]")) {
      return false;
    }
    String next = next(lines, i, 1);
    return next != null && STARTS_CAPITAL.matcher(next).matches();
  }

  /** A bullet line that is no sentence, next to another one; or the headline line just above such a list. */
  private static boolean isLinkList(List<Line> lines, int i) {
    if (isLinkItem(lines, i)) {
      return isLinkItem(lines, i - 1) || isLinkItem(lines, i + 1);
    }
    return isLinkItem(lines, i + 1) && isLinkItem(lines, i + 2) && HeaderLines.words(lines.get(i).trimmed()) <= 12;
  }

  private static boolean isLinkItem(List<Line> lines, int i) {
    if (i < 0 || i >= lines.size()) {
      return false;
    }
    Line l = lines.get(i);
    return BULLET.matcher(l.text()).matches() && !endsSentence(l.trimmed()) && HeaderLines.words(l.trimmed()) <= 20;
  }

  /** "More on the case:" above a bullet line. */
  private static boolean isListLeadIn(List<Line> lines, int i) {
    String t = lines.get(i).trimmed();
    if (!t.endsWith(":") || HeaderLines.words(t) > 8) {
      return false;
    }
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).blank()) {
        return BULLET.matcher(lines.get(j).text()).matches();
      }
    }
    return false;
  }

  private static String next(List<Line> lines, int i, int step) {
    for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
      if (!lines.get(j).blank()) {
        return lines.get(j).trimmed();
      }
    }
    return null;
  }
}
