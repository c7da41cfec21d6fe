package org.newsgraph.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CoreNLP's KBP gazetteer ({@code regexner_caseless.tab} in the models jar, 18 MB), read in one pass per JVM
 * for what newsgraph takes from it: the fine type of place names (country, state or province, nationality,
 * city; the entities' gazetteer) and the one-word job titles ("economist", "goalkeeper"; the statements' role
 * nouns). Both used to read the file on their own.
 */
public final class KbpGazetteer {
  public static final String RESOURCE = "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  /** Place types kept, most specific reading first when a name has several. */
  public static final List<String> PLACE_TYPES = List.of("COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "CITY");

  /**
   * @param placeTypes lower-case place name → its type among {@link #PLACE_TYPES}
   * @param titles     lower-case one-word job titles
   */
  public record Data(Map<String, String> placeTypes, Set<String> titles) {
  }

  private static volatile Data shared;

  private KbpGazetteer() {
  }

  /** The gazetteer's data, read once per JVM; null when the models jar is not on the classpath. */
  public static Data get() {
    Data d = shared;
    if (d == null) {
      synchronized (KbpGazetteer.class) {
        if (shared == null) {
          try (InputStream in = KbpGazetteer.class.getResourceAsStream(RESOURCE)) {
            shared = in == null ? null : read(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        d = shared;
      }
    }
    return d;
  }

  /** Reads lines "name TAB TYPE [TAB ...]" (the gazetteer's format). */
  public static Data read(InputStream in) throws IOException {
    Map<String, String> places = new HashMap<>(1 << 20);
    Set<String> titles = new HashSet<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    for (String line; (line = r.readLine()) != null; ) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        continue;
      }
      int end = line.indexOf('\t', tab + 1);
      String type = end < 0 ? line.substring(tab + 1) : line.substring(tab + 1, end);
      String name = line.substring(0, tab);
      if (type.equals("TITLE") && name.indexOf(' ') < 0) {
        titles.add(name.toLowerCase(Locale.ROOT));
      } else if (PLACE_TYPES.contains(type) && !name.contains("\\") && !name.contains("[")) {
        places.merge(name.toLowerCase(Locale.ROOT), type,
            (a, b) -> PLACE_TYPES.indexOf(a) <= PLACE_TYPES.indexOf(b) ? a : b);
      }
    }
    return new Data(Map.copyOf(places), Set.copyOf(titles));
  }
}
