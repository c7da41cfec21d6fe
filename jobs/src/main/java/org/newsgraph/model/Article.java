package org.newsgraph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One parsed input file.
 *
 * @param docId         stable id derived from the raw content
 * @param sourcePath    where the file was read from
 * @param title         headline, or null when the text has none
 * @param publisher     normalised publisher name ("FNN"), or null
 * @param dateline      place of the dateline ("FREEDONIA CITY"), or null
 * @param datelineText  the full dateline as written ("FREEDONIA CITY, March 3 (FNN) --"), or null
 * @param publishedDate publication date stated in the text, or null
 * @param body          clean body text; {@code rawText.substring(bodyOffset, bodyOffset + body.length())}
 *                      equals it except that removed boilerplate lines inside it are blanked with spaces
 * @param bodyOffset    where {@code body} starts in {@code rawText}
 * @param rawText       the decoded file text
 * @param boilerplate   header, footer and boilerplate lines removed from the body
 * @param parseIssues   what could not be parsed (codes with detail, e.g. "unrecognised_header_line: ...")
 */
public record Article(String docId, String sourcePath, String title, String publisher, String dateline,
                      String datelineText, LocalDate publishedDate, String body, int bodyOffset,
                      String rawText, List<String> boilerplate, List<String> parseIssues) {
  public Article {
    boilerplate = List.copyOf(boilerplate);
    parseIssues = List.copyOf(parseIssues);
  }
}
