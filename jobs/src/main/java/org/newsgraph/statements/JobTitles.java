package org.newsgraph.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One-word job titles ("economist", "actress", "goalkeeper", "attorney") from the TITLE entries of CoreNLP's
 * KBP gazetteer ({@code regexner_caseless.tab} in the models jar, ~11,700 one-word titles of its 26,000): a
 * definite phrase headed by one ("the actress said") is a person's role, as "the minister" is. Loaded once per
 * JVM; empty when the models jar is not on the classpath.
 */
final class JobTitles {
  static final String RESOURCE = "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

  private static volatile Set<String> shared;

  private JobTitles() {
  }

  /** True when {@code word} (lower case, singular) is a one-word job title. */
  static boolean contains(String word) {
    return all().contains(word);
  }

  static Set<String> all() {
    Set<String> s = shared;
    if (s == null) {
      synchronized (JobTitles.class) {
        if (shared == null) {
          shared = Set.copyOf(load());
        }
        s = shared;
      }
    }
    return s;
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = JobTitles.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab > 0 && line.startsWith("TITLE\t", tab + 1) && line.lastIndexOf(' ', tab) < 0) {
          out.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
