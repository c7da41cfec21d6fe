package org.newsgraph.eval.polnear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One split of a PolNeAR checkout: {@code data/<split>/text/<article>.txt} and
 * {@code data/<split>/attributions/<article>_<annotator>.ann}. Articles annotated by several annotators
 * (agreement checks) are scored against the first annotator in name order, which gives the published
 * counts (test: 84 articles, 2,044 attributions).
 */
public final class PolnearCorpus {

  /** A gold article: its text and attributions. */
  public record Article(String docId, String text, List<Attribution> attributions) {
  }

  private PolnearCorpus() {
  }

  /** The split folder under a checkout root, its {@code data} folder, or the split folder itself. */
  public static Path splitDir(Path polnear, String split) {
    for (Path p : List.of(polnear.resolve("data").resolve(split), polnear.resolve(split), polnear)) {
      if (Files.isDirectory(p.resolve("text")) && Files.isDirectory(p.resolve("attributions"))) {
        return p;
      }
    }
    throw new IllegalArgumentException("no PolNeAR split '" + split + "' under " + polnear
        + " (expected data/" + split + "/text and data/" + split + "/attributions)");
  }

  public static List<Article> read(Path splitDir) {
    Map<String, Path> annotations = new TreeMap<>();
    try (Stream<Path> files = Files.list(splitDir.resolve("attributions"))) {
      files.filter(f -> f.getFileName().toString().endsWith(".ann")).sorted().forEach(f -> {
        String name = f.getFileName().toString();
        String article = name.substring(0, name.length() - ".ann".length()).replaceFirst("_[0-9a-f]{4}$", "");
        annotations.putIfAbsent(article, f);
      });
      List<Article> out = new ArrayList<>();
      for (Map.Entry<String, Path> e : annotations.entrySet()) {
        Path textFile = splitDir.resolve("text").resolve(e.getKey() + ".txt");
        if (!Files.exists(textFile)) {
          continue;
        }
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        String ann = Files.readString(e.getValue(), StandardCharsets.UTF_8);
        out.add(new Article(e.getKey(), text, BratReader.read(e.getKey(), text, ann)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
