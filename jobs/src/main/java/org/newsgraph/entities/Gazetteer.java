package org.newsgraph.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.util.KbpGazetteer;

/**
 * Place data maintained by the CoreNLP project and shipped in its models jar: the KBP gazetteer
 * (countries, states and provinces, cities, nationalities) and the demonym list used by its
 * coreference system ("French" → France, "Kenyans" → Kenya). Read as plain resources; lookups are
 * case-insensitive. Immutable after construction and safe to share between threads.
 */
public final class Gazetteer {
  static final String DEMONYMS = "/edu/stanford/nlp/models/dcoref/demonyms.txt";

  private final Map<String, String> fineTypes;
  private final Map<String, String> demonymToPlace;
  private final Map<String, String> singularToPlace;
  private final Map<String, String> placeToDemonym = new HashMap<>();
  /** Other countries a demonym of the list is given for, after its first place ("Dutch": Holland, Netherlands). */
  private final Map<String, List<String>> otherCountries = new HashMap<>();

  /** Loads CoreNLP's data from the classpath (the KBP gazetteer's one pass per JVM: {@link KbpGazetteer}). */
  public static Gazetteer fromCoreNlpModels() {
    KbpGazetteer.Data kbp = KbpGazetteer.get();
    if (kbp == null) {
      throw new IllegalStateException("CoreNLP models jar not on the classpath: missing " + KbpGazetteer.RESOURCE);
    }
    Map<String, String> demonyms = new HashMap<>();
    Map<String, List<String>> countries = new HashMap<>();
    read(DEMONYMS, line -> {
      if (line.startsWith("#")) {
        return;
      }
      String[] f = line.split("\t");
      for (int i = 1; i < f.length; i++) {
        if (!f[i].isBlank()) {
          String demonym = f[i].strip().toLowerCase(Locale.ROOT);
          String place = f[0].strip();
          // (once each: the list gives "Dutch" twice on the Netherlands' line)
          if (demonyms.putIfAbsent(demonym, place) != null && !demonyms.get(demonym).equals(place)
              && !countries.getOrDefault(demonym, List.of()).contains(place)
              && "COUNTRY".equals(kbp.placeTypes().get(place.toLowerCase(Locale.ROOT)))) {
            countries.computeIfAbsent(demonym, k -> new java.util.ArrayList<>()).add(place);
          }
        }
      }
    });
    Gazetteer g = new Gazetteer(kbp.placeTypes(), demonyms, true);
    countries.forEach((demonym, places) -> g.otherCountries.put(demonym, List.copyOf(places)));
    return g;
  }

  /** For tests: explicit data. */
  public Gazetteer(Map<String, String> fineTypes, Map<String, String> demonymToPlace) {
    this(fineTypes, demonymToPlace, false);
  }

  /** For tests: explicit data, with the other countries some demonyms are given for (lower-case demonyms). */
  public Gazetteer(Map<String, String> fineTypes, Map<String, String> demonymToPlace,
                   Map<String, List<String>> otherCountries) {
    this(fineTypes, demonymToPlace, false);
    this.otherCountries.putAll(otherCountries);
  }

  /** {@code lowered}: the fine types have lower-case keys and are immutable (the KBP data: shared, not copied). */
  private Gazetteer(Map<String, String> fineTypes, Map<String, String> demonymToPlace, boolean lowered) {
    this.fineTypes = lowered ? fineTypes : Map.copyOf(lower(fineTypes));
    this.demonymToPlace = Map.copyOf(lower(demonymToPlace));
    // the singular of a plural people noun the list gives alone ("Spaniards", "Poles", "Finns")
    Map<String, String> singulars = new HashMap<>();
    this.demonymToPlace.forEach((demonym, place) -> {
      if (demonym.endsWith("s") && !demonym.endsWith("ss") && demonym.length() >= 5 && !demonym.contains(" ")) {
        String one = demonym.substring(0, demonym.length() - 1);
        if (!this.demonymToPlace.containsKey(one)) {
          singulars.putIfAbsent(one, place);
        }
      }
    });
    this.singularToPlace = Map.copyOf(singulars);
    demonymToPlace.forEach((demonym, place) -> {
      String d = demonym.substring(0, 1).toUpperCase(Locale.ROOT) + demonym.substring(1);
      placeToDemonym.merge(place, d, (a, b) -> a.length() <= b.length() ? a : b);
    });
  }

  /** The shortest demonym of a place ("Kenya" → "Kenyan"), or null. */
  public String demonymOf(String place) {
    return placeToDemonym.get(place);
  }

  private static Map<String, String> lower(Map<String, String> m) {
    Map<String, String> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
    return out;
  }

  /** COUNTRY, STATE_OR_PROVINCE, NATIONALITY or CITY for a place name, else null. */
  public String fineType(String name) {
    return fineTypes.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The countries other than {@link #placeOfDemonym}'s that the demonym list gives for a word ("Dutch" → Netherlands,
   * after Holland), in the list's order; empty for most.
   */
  public List<String> otherCountriesOfDemonym(String word) {
    return otherCountries.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
  }

  /** The place a demonym or adjective refers to ("Chinese" → "China"), else null. */
  public String placeOfDemonym(String word) {
    return demonymToPlace.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The place of a word for one of its people: a demonym ({@link #placeOfDemonym}) or the singular of a plural
   * one the list gives alone ("Spaniard" of "Spaniards" → Spain, "Finn" → Finland); else null. Only for a whole
   * name: inside one ("North Pole") the singular is no people noun.
   */
  public String placeOfPersonNoun(String word) {
    String place = placeOfDemonym(word);
    return place != null ? place : singularToPlace.get(word.toLowerCase(Locale.ROOT));
  }

  /** True for countries and demonyms: names that are places wherever they occur. */
  public boolean isCountryOrDemonym(String word) {
    return "COUNTRY".equals(fineType(word)) || placeOfDemonym(word) != null;
  }

  private interface LineConsumer {
    void accept(String line);
  }

  private static void read(String resource, LineConsumer f) {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("CoreNLP models jar not on the classpath: missing " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      for (String line; (line = r.readLine()) != null; ) {
        f.accept(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
