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
    // the wanted surfaces as UTF-8 bytes, by hash: most of the 21 million lines are rejected without decoding
    Map<Integer, List<byte[]>> byHash = new HashMap<>();
    for (String w : wanted) {
      byte[] b = w.getBytes(StandardCharsets.UTF_8);
      byHash.computeIfAbsent(hash(b, 0, b.length), k -> new ArrayList<>()).add(b);
    }
    Map<String, List<Candidate>> out = new HashMap<>();
    Map<String, List<Candidate>> foldedOut = new HashMap<>();
    try (InputStream in = new GZIPInputStream(gzipped, 1 << 16)) {
      forEachLine(in, (b, start, end) -> line(b, start, end, wanted, prefixes, byHash, out, foldedOut));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // a surface the dictionary has as written keeps its own lines; folded matches only fill in missing ones
    foldedOut.forEach(out::putIfAbsent);
    return new KbDictionary(out);
  }

  /** Receives one line of a stream as bytes {@code [start, end)} of a buffer (without the line end). */
  interface LineConsumer {
    void accept(byte[] b, int start, int end) throws IOException;
  }

  /** Calls {@code consumer} for every line of {@code in}, without decoding. */
  static void forEachLine(InputStream in, LineConsumer consumer) throws IOException {
    byte[] buf = new byte[1 << 20];
    int len = 0;
    while (true) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0 && len == 0) {
        break;
      }
      if (n > 0) {
        len += n;
      }
      int start = 0;
      for (int i = 0; i < len; i++) {
        if (buf[i] == '\n') {
          consumer.accept(buf, start, i);
          start = i + 1;
        }
      }
      if (n < 0) {
        if (start < len) {
          consumer.accept(buf, start, len);
        }
        break;
      }
      System.arraycopy(buf, start, buf, 0, len - start);
      len -= start;
      if (len == buf.length) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      }
    }
  }

  /** The candidate of a line's {@code title TAB probability} part, or null when malformed. */
  static Candidate candidate(String rest) {
    int tab2 = rest.indexOf('\t');
    if (tab2 < 0) {
      return null;
    }
    try {
      return new Candidate(rest.substring(0, tab2), Double.parseDouble(rest.substring(tab2 + 1).strip()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void line(byte[] b, int start, int end, Set<String> wanted, Set<String> prefixes,
                           Map<Integer, List<byte[]>> byHash, Map<String, List<Candidate>> out,
                           Map<String, List<Candidate>> foldedOut) {
    int tab = surfaceEnd(b, start, end);
    if (tab < 0) {
      return;
    }
    boolean ascii = isAscii(b, start, tab);
    String exact = null;
    List<byte[]> same = byHash.get(hash(b, start, tab));
    if (same != null) {
      for (byte[] w : same) {
        if (java.util.Arrays.equals(w, 0, w.length, b, start, tab)) {
          exact = new String(w, StandardCharsets.UTF_8);
        }
      }
    }
    String foldedKey = null;
    if (!ascii) {
      // the corpus may write a name without its accents ("Jurgen" for "Jürgen"); only lines whose start folds to
      // a wanted start are folded whole
      String surface = new String(b, start, tab - start, StandardCharsets.UTF_8);
      if (prefixes.contains(fold(surface.substring(0, Math.min(2, surface.length()))))) {
        String folded = fold(surface);
        if (!folded.equals(surface) && wanted.contains(folded)) {
          foldedKey = folded;
        }
      }
    }
    if (exact == null && foldedKey == null) {
      return;
    }
    Candidate c = candidate(new String(b, tab + 1, end - tab - 1, StandardCharsets.UTF_8));
    if (c == null) {
      return; // a malformed line is skipped
    }
    if (exact != null) {
      out.computeIfAbsent(exact, x -> new ArrayList<>()).add(c);
    }
    if (foldedKey != null) {
      foldedOut.computeIfAbsent(foldedKey, x -> new ArrayList<>()).add(c);
    }
  }

  private static int hash(byte[] b, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + b[i];
    }
    return h;
  }

  /** The tab that ends a line's surface, or -1 when the surface is empty or nothing follows it. */
  static int surfaceEnd(byte[] b, int start, int end) {
    int tab = start;
    while (tab < end && b[tab] != '\t') {
      tab++;
    }
    return tab <= start || tab >= end ? -1 : tab;
  }

  static boolean isAscii(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** The text without combining accents ("Jürgen Łódź" → "Jurgen Łodz"). */
  static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  /**
   * Reads the given surfaces from a dictionary file: CoreNLP's KBP models jar (the entry {@link #ENTRY}) or
   * a {@code .tab.gz} file of the same format. Through the file's cached {@link KbIndex}, built on first use
   * (one pass, ~30 s, once per machine); straight from the file when the index cannot be written.
   */
  public static KbDictionary read(Path file, Collection<String> surfaces) {
    Path index = KbIndex.location(file, cacheDir());
    if (!KbIndex.isCurrent(index, file)) {
      try {
        System.err.println("newsgraph: indexing the Wikipedia dictionary for fast lookups (once; about a minute): "
            + index);
        KbIndex.build(file, index);
      } catch (UncheckedIOException | IllegalStateException e) {
        System.err.println("newsgraph: cannot cache an index of " + file + " (" + e.getMessage()
            + "); reading the whole dictionary");
        try (InputStream in = open(file)) {
          return read(in, surfaces);
        } catch (IOException io) {
          throw new UncheckedIOException(io);
        }
      }
    }
    return KbIndex.lookup(index, surfaces);
  }

  /** {@code newsgraph.kb.cache} (system property) or {@code NEWSGRAPH_KB_CACHE}: where indexes are kept. */
  private static Path cacheDir() {
    String dir = System.getProperty("newsgraph.kb.cache", System.getenv("NEWSGRAPH_KB_CACHE"));
    return dir == null || dir.isBlank() ? null : Path.of(dir);
  }

  /** The gzipped dictionary stream of a KBP models jar or a {@code .tab.gz} file (closing it closes the jar). */
  static InputStream open(Path file) throws IOException {
    if (!file.toString().endsWith(".jar")) {
      return Files.newInputStream(file);
    }
    ZipFile zip = new ZipFile(file.toFile());
    var entry = zip.getEntry(ENTRY);
    if (entry == null) {
      zip.close();
      throw new IllegalArgumentException(file + " holds no " + ENTRY);
    }
    return new java.io.FilterInputStream(zip.getInputStream(entry)) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          zip.close();
        }
      }
    };
  }
}
