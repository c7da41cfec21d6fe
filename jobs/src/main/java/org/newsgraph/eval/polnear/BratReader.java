package org.newsgraph.eval.polnear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PolNeAR's brat standoff: text-bound lines {@code T<n>\tSource|Cue|Content|Attribution B E[;B E]\ttext}
 * and event lines {@code E<n>\tAttribution[-no-source]:T<a> Content:T<b> Cue:T<c> [Source:T<d>]}, one event
 * per attribution. Offsets are code points of the article text. Discard/Discuss spans, notes and
 * relations are ignored; an event missing its cue or content is skipped.
 */
public final class BratReader {

  private BratReader() {
  }

  public static List<Attribution> read(String docId, String text, String ann) {
    Map<String, List<int[]>> spans = new HashMap<>();
    List<String> events = new ArrayList<>();
    for (String line : ann.split("\n")) {
      String[] f = line.split("\t");
      if (f.length < 2) {
        continue;
      }
      if (f[0].startsWith("T")) {
        int sp = f[1].indexOf(' ');
        if (sp < 0) {
          continue;
        }
        List<int[]> ranges = new ArrayList<>();
        for (String range : f[1].substring(sp + 1).split(";")) {
          String[] be = range.trim().split("\\s+");
          if (be.length == 2) {
            ranges.add(new int[] {Integer.parseInt(be[0]), Integer.parseInt(be[1])});
          }
        }
        spans.put(f[0], ranges);
      } else if (f[0].startsWith("E")) {
        events.add(f[1]);
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String event : events) {
      Map<String, String> roles = new HashMap<>();
      for (String arg : event.trim().split("\\s+")) {
        int colon = arg.lastIndexOf(':');
        if (colon > 0) {
          roles.put(arg.substring(0, colon), arg.substring(colon + 1));
        }
      }
      List<int[]> cue = spans.get(roles.get("Cue"));
      List<int[]> content = spans.get(roles.get("Content"));
      if (cue == null || content == null) {
        continue;
      }
      List<int[]> source = spans.getOrDefault(roles.get("Source"), List.of());
      out.add(new Attribution(docId, Spans.of(text, source), Spans.of(text, cue), Spans.of(text, content)));
    }
    return out;
  }
}
