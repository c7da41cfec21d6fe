package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Gender of first names, from the name list CoreNLP's models jar ships for coreference
 * ({@code edu/stanford/nlp/models/dcoref/namegender.combine.txt}, ~14,600 names). Used only to tell
 * which person "he" or "she" can refer to (a name not in the list is compatible with both), and whether a
 * word is a given name at all (entity rules use it to tell a mis-typed person from a place).
 */
public final class NameGender {
  /** Gender of a name: male, female or unknown. */
  public enum Gender { MALE, FEMALE, UNKNOWN }

  static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static volatile NameGender shared;
  private final Map<String, Gender> names;

  public NameGender(Map<String, Gender> names) {
    this.names = Map.copyOf(names);
  }

  /** The list from CoreNLP's models jar (empty when the jar is not on the classpath). */
  public static NameGender fromCoreNlpModels() {
    NameGender g = shared;
    if (g == null) {
      synchronized (NameGender.class) {
        if (shared == null) {
          shared = new NameGender(load());
        }
        g = shared;
      }
    }
    return g;
  }

  private static Map<String, Gender> load() {
    Map<String, Gender> out = new HashMap<>();
    try (InputStream in = NameGender.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
          out.merge(f[0].toLowerCase(Locale.ROOT), Gender.valueOf(f[1]), (a, b) -> a == b ? a : Gender.UNKNOWN);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The gender of a person's name: a gendered title first (Mr, Mrs, Sir, Lady, Alhaji, Sheikh ...), else its
   * first word; when that word is no given name at all (a rank or role the name kept, "Sergeant Helen Roe"),
   * the first given name among the words before the surname.
   */
  public Gender of(String fullName) {
    String[] w = fullName.trim().split("\\s+");
    if (w.length == 0 || w[0].isEmpty()) {
      return Gender.UNKNOWN;
    }
    Gender titled = title(w[0]);
    if (titled != Gender.UNKNOWN) {
      return titled;
    }
    for (int i = 0; i < Math.max(1, w.length - 1); i++) {
      String word = w[i].toLowerCase(Locale.ROOT).replace(".", "");
      if (names.containsKey(word)) {
        return names.get(word);
      }
      if (!Character.isUpperCase(w[i].charAt(0))) {
        break;
      }
    }
    return Gender.UNKNOWN;
  }

  /** The gender a title word gives the name it precedes ("Mrs", "Sir", "Sheikh"), else unknown. */
  public Gender title(String word) {
    switch (word.toLowerCase(Locale.ROOT).replace(".", "")) {
      case "mr", "sir", "lord", "king", "prince", "mister", "alhaji", "sheikh", "emir", "sultan", "duke", "baron" -> {
        return Gender.MALE;
      }
      case "mrs", "ms", "miss", "lady", "dame", "queen", "princess", "madam", "alhaja", "hajiya", "duchess",
           "baroness", "empress" -> {
        return Gender.FEMALE;
      }
      default -> {
        // a title built on "woman" or "man": "Councilwoman Roe", "Congressman Roe" ("Chairman" is said of women too)
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("woman") ? Gender.FEMALE : GENDERED_MAN.contains(w) ? Gender.MALE : Gender.UNKNOWN;
      }
    }
  }

  /** Titles built on "man" that name a man. */
  private static final java.util.Set<String> GENDERED_MAN = java.util.Set.of("congressman", "councilman", "assemblyman",
      "alderman", "spokesman", "businessman", "sportsman", "frontman", "statesman");

  /** How many given names the list holds (none when the models jar is missing). */
  public int size() {
    return names.size();
  }

  /** True when the word is a given name of the list ("Anna"), whatever its gender. */
  public boolean isGivenName(String word) {
    return names.containsKey(word.toLowerCase(Locale.ROOT));
  }
}
