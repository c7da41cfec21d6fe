package org.newsgraph.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Loads lexicon resources: one entry per line, {@code #} comments and blank lines skipped. */
public final class Lexicon {
  private Lexicon() {
  }

  /** Non-comment, non-blank lines of a classpath resource, trimmed. */
  public static List<String> lines(String resource) {
    InputStream in = Lexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Tab-separated two-column resource as a map, keys lower-cased. */
  public static Map<String, String> map(String resource) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(resource)) {
      String[] parts = line.split("\t");
      if (parts.length < 2) {
        throw new IllegalStateException(resource + ": expected two tab-separated columns: " + line);
      }
      out.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
    }
    return out;
  }
}
