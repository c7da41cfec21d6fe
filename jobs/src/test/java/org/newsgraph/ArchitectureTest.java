package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Package rules: extraction stages know nothing of Spark, and only {@code nlp} (plus the benchmark,
 * which measures CoreNLP itself) imports CoreNLP. Every package says what it owns in package-info.
 */
class ArchitectureTest {
  private static final Path SRC = Path.of("src/main/java/org/newsgraph");
  private static final List<String> NO_SPARK = List.of("model", "ingest", "text", "entities", "statements",
      "cooccurrence", "pipeline", "nlp", "eval", "util");
  private static final Map<String, String> FORBIDDEN = Map.of("org.apache.spark", "Spark", "edu.stanford.nlp", "CoreNLP");

  private static List<String> violations(String pkg, String prefix) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SRC.resolve(pkg))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("import ") && line.contains(prefix)) {
            out.add(f.getFileName() + ": " + line);
          }
        }
      }
    }
    return out;
  }

  @Test
  void stagesDoNotImportSpark() throws IOException {
    for (String pkg : NO_SPARK) {
      assertEquals(List.of(), violations(pkg, "org.apache.spark"), pkg + " imports Spark");
    }
  }

  @Test
  void onlyTheNlpPackageImportsCoreNlp() throws IOException {
    try (Stream<Path> dirs = Files.list(SRC)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        String pkg = d.getFileName().toString();
        if (!pkg.equals("nlp") && !pkg.equals("bench")) {
          assertEquals(List.of(), violations(pkg, "edu.stanford.nlp"), pkg + " imports " + FORBIDDEN.get("edu.stanford.nlp"));
        }
      }
    }
  }

  @Test
  void everyPackageHasPackageInfo() throws IOException {
    try (Stream<Path> dirs = Files.list(SRC)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        assertTrue(Files.exists(d.resolve("package-info.java")), d + " lacks package-info.java");
      }
    }
  }
}
