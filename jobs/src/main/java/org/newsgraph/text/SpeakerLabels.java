package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Speaker labels of transcripts and interviews: a line opening with a label and a colon ("MODERATOR:
 * ...", "JANE ROE: ...", "Q. ..." / "A: ...", or "Roe: ..." in title case when a document has three or
 * more), also inside a quotation paragraph ("\"JANE ROE: ..."). Upper-case labels count only when a document has two or more, so a single "UPDATE: ..." line is
 * not a transcript. A label is page furniture, not part of the sentence it opens; the turn it starts
 * runs to the next label.
 */
public final class SpeakerLabels {
  /** Upper-case labels of one to five words ("THE MODERATOR", "SEN. ROE", "O'BRIEN") or "Q."/"A.". */
  private static final Pattern UPPER = Pattern.compile(
      "(?m)^[ \\t]*[\"“]?((?:[A-Z][A-Z.'’\\-]*)(?:[ \\t]+[A-Z][A-Z.'’\\-]*){0,4})[ \\t]*:[ \\t]+(?=\\S)"
          + "|(?m)^[ \\t]*[\"“]?(Q|A)[.:][ \\t]+(?=\\S)");
  /** Title-case labels of one to three words ("Roe:", "Jane Roe:"). */
  private static final Pattern TITLE = Pattern.compile(
      "(?m)^[ \\t]*[\"“]?([A-Z][a-z’'\\-]+(?:[ \\t]+[A-Z][a-z’'.\\-]+){0,2})[ \\t]*:[ \\t]+(?=\\S)");

  /**
   * A label: its text span (without the colon) and where the turn's words start.
   */
  public record Label(int lineBegin, int begin, int end, int turnBegin) {
    public Span span() {
      return new Span(begin, end);
    }
  }

  private SpeakerLabels() {
  }

  public static List<Label> find(String body) {
    List<Label> labels = find(body, UPPER, 2);
    return labels.isEmpty() ? find(body, TITLE, 3) : labels;
  }

  private static List<Label> find(String body, Pattern p, int min) {
    List<Label> out = new ArrayList<>();
    Matcher m = p.matcher(body);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      if (g == 1 && m.group(g).replaceAll("[^A-Za-z]", "").length() < 2) {
        continue;
      }
      int line = m.start();
      while (Character.isWhitespace(body.charAt(line))) {
        line++;
      }
      out.add(new Label(line, m.start(g), m.end(g), m.end()));
    }
    return out.size() >= min ? out : List.of();
  }
}
