package org.newsgraph.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

/**
 * The part of a surface → Wikipedia title dictionary that a corpus needs: CoreNLP's {@code wikidict.tab.gz}
 * (from the {@code stanford-corenlp} {@code models-english-kbp} jar; lines {@code surface TAB title TAB
 * probability}, the probability that an anchor text links to that title, ~21 million lines) read in one
 * streaming pass that keeps only the lines whose surface is one of the corpus's names (also when the corpus
 * writes it without accents). The result is small
 * (a few candidates per name) and serialisable, so the driver builds it once per run and the linker uses it.
 */
public final class KbDictionary implements Serializable {

  /** Where CoreNLP keeps the dictionary inside its KBP models jar. */
  public static final String ENTRY = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

  /** A candidate title of a surface with the probability that the surface means it. */
  public record Candidate(String title, double probability) implements Serializable {
  }

  private final Map<String, List<Candidate>> bySurface;

  KbDictionary(Map<String, List<Candidate>> bySurface) {
    Map<String, List<Candidate>> copy = new TreeMap<>();
    bySurface.forEach((k, v) -> copy.put(k, List.copyOf(v.stream()
        .sorted(Comparator.comparingDouble(Candidate::probability).reversed().thenComparing(Candidate::title)).toList())));
    this.bySurface = copy;
  }

  /** An empty dictionary: nothing links. */
  public static KbDictionary empty() {
    return new KbDictionary(Map.of());
  }

  /** Candidates of a surface as written, best first; empty when unknown. */
  public List<Candidate> candidates(String surface) {
    return bySurface.getOrDefault(surface, List.of());
  }

  public int size() {
    return bySurface.size();
  }

  /** Reads the lines of the given surfaces from a gzipped dictionary stream (closed afterwards). */
  public static KbDictionary read(InputStream gzipped, Collection<String> surfaces) {
    Set<String> wanted = new HashSet<>(surfaces);
    Set<String> prefixes = new HashSet<>();
    wanted.forEach(w -> prefixes.add(w.substring(0, Math.min(2, w.length()))));
    Map<String, List<Candidate>> out = new HashMap<>();
    Map<String, List<Candidate>> foldedOut = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16),
        StandardCharsets.UTF_8), 1 << 16)) {
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          continue;
        }
        String surface = line.substring(0, tab);
        String exact = wanted.contains(surface) ? surface : null;
        String foldedKey = null;
        // the corpus may write a name without its accents ("Jurgen" for "Jürgen"); only non-ASCII lines whose
        // start folds to a wanted start are folded whole
        if (hasNonAscii(surface) && prefixes.contains(fold(surface.substring(0, Math.min(2, surface.length()))))) {
          String folded = fold(surface);
          if (!folded.equals(surface) && wanted.contains(folded)) {
            foldedKey = folded;
          }
        }
        if (exact == null && foldedKey == null) {
          continue;
        }
        int tab2 = line.indexOf('\t', tab + 1);
        if (tab2 < 0) {
          continue;
        }
        try {
          double p = Double.parseDouble(line.substring(tab2 + 1).strip());
          Candidate c = new Candidate(line.substring(tab + 1, tab2), p);
          if (exact != null) {
            out.computeIfAbsent(exact, x -> new ArrayList<>()).add(c);
          }
          if (foldedKey != null) {
            foldedOut.computeIfAbsent(foldedKey, x -> new ArrayList<>()).add(c);
          }
        } catch (NumberFormatException e) {
          // a malformed line is skipped
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // a surface the dictionary has as written keeps its own lines; folded matches only fill in missing ones
    foldedOut.forEach(out::putIfAbsent);
    return new KbDictionary(out);
  }

  private static boolean hasNonAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return true;
      }
    }
    return false;
  }

  /** The text without combining accents ("Jürgen Łódź" → "Jurgen Łodz"). */
  static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  /**
   * Reads the given surfaces from a dictionary file: CoreNLP's KBP models jar (the entry {@link #ENTRY}) or
   * a {@code .tab.gz} file of the same format.
   */
  public static KbDictionary read(Path file, Collection<String> surfaces) {
    try {
      if (file.toString().endsWith(".jar")) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
          var entry = zip.getEntry(ENTRY);
          if (entry == null) {
            throw new IllegalArgumentException(file + " holds no " + ENTRY);
          }
          return read(zip.getInputStream(entry), surfaces);
        }
      }
      return read(Files.newInputStream(file), surfaces);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
