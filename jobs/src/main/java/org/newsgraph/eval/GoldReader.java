package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a gold folder of JSON Lines files ({@code documents.jsonl}, {@code sentences.jsonl}, ...). */
public final class GoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReader() {
  }

  public static Gold.Set read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("gold folder does not exist: " + dir);
    }
    return new Gold.Set(
        lines(dir.resolve("documents.jsonl"), n -> new Gold.Document(text(n, "doc_id"), text(n, "title"),
            text(n, "published_date"), text(n, "publisher"), text(n, "dateline"))),
        lines(dir.resolve("sentences.jsonl"), n -> new Gold.Sentence(text(n, "doc_id"), n.get("idx").asInt(),
            text(n, "text"))),
        lines(dir.resolve("entities.jsonl"), n -> new Gold.Entity(text(n, "id"), text(n, "name"), text(n, "type"),
            strings(n.get("aliases")), n.path("optional").asBoolean(false))),
        lines(dir.resolve("mentions.jsonl"), n -> new Gold.Mention(text(n, "doc_id"), n.get("idx").asInt(),
            text(n, "entity"), text(n, "surface"))),
        lines(dir.resolve("statements.jsonl"), n -> new Gold.Statement(text(n, "doc_id"), n.get("idx").asInt(),
            strings(n.get("speaker")), text(n, "speaker_surface"), text(n, "cue"), text(n, "content"),
            text(n, "kind"), n.path("optional").asBoolean(false))));
  }

  private static <T> List<T> lines(Path file, Function<JsonNode, T> f) {
    List<T> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    try {
      int no = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        no++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(f.apply(JSON.readTree(line)));
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException(file + ":" + no + ": bad gold line: " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      n.forEach(x -> out.add(x.asText()));
    } else {
      out.add(n.asText());
    }
    return out;
  }
}
