package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing inputs on the local file system (Hadoop's API, no Spark session). */
class InputListerTest {
  @TempDir
  Path dir;

  @Test
  void aFolderWithGlobCharactersIsTakenLiterallyWhenItExists() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("news [2024]"));
    Files.writeString(folder.resolve("report 12:30.txt"), "Text.");
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(folder.resolve("sub/b.txt"), "More text.");
    List<InputFile> files = InputLister.list(folder.toString(), new Configuration());
    assertEquals(2, files.size(), files.toString());
    assertTrue(files.get(0).path().endsWith("report 12:30.txt"), files.toString());
    assertEquals(AnalyzePartitionFn.notRegular(files.get(0).path()), null, "a regular file, though its name has a colon");
  }

  @Test
  void anEmptyFolderOrAMissingPathStopsTheRunBeforeAnyWork() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty/inner"));
    InputLister.NoInputException e = assertThrows(InputLister.NoInputException.class,
        () -> InputLister.list(empty.getParent().toString(), new Configuration()));
    assertTrue(e.getMessage().startsWith("no input files under"), e.getMessage());
    assertThrows(InputLister.NoInputException.class,
        () -> InputLister.list(dir.resolve("missing").toString(), new Configuration()));
  }

  @Test
  void linksPipesAndDevicesAreRejectsWithTheirReasonAndEachFileIsListedOnce() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path outside = Files.writeString(dir.resolve("secret.txt"), "Not part of the input.");
    Files.writeString(in.resolve("a.txt"), "A story.");
    Files.createDirectories(in.resolve("sub"));
    Files.createSymbolicLink(in.resolve("sub/again.txt"), in.resolve("a.txt"));
    Files.createSymbolicLink(in.resolve("out.txt"), outside);
    Files.createSymbolicLink(in.resolve("gone.txt"), dir.resolve("missing.txt"));
    Files.createSymbolicLink(in.resolve("sub/loop"), in);
    Files.createSymbolicLink(in.resolve("zero.txt"), Path.of("/dev/zero"));
    Process fifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
    assertEquals(0, fifo.waitFor());

    java.util.Map<String, InputFile> byName = new java.util.TreeMap<>();
    for (InputFile f : InputLister.list(in.toString(), new Configuration())) {
      assertEquals(null, byName.put(f.path().substring(f.path().indexOf("/in/") + 4), f), "listed once: " + f);
    }
    assertEquals(java.util.Set.of("a.txt", "sub/again.txt", "out.txt", "gone.txt", "sub/loop", "zero.txt", "pipe.txt"),
        byName.keySet());
    assertEquals(null, byName.get("a.txt").reason());
    assertEquals("duplicate", byName.get("sub/again.txt").reason());
    assertTrue(byName.get("sub/again.txt").detail().contains("a.txt"));
    assertEquals("outside_input", byName.get("out.txt").reason());
    assertEquals("unreadable", byName.get("gone.txt").reason());
    assertTrue(byName.get("gone.txt").detail().startsWith("link to nothing"));
    assertEquals("unreadable", byName.get("sub/loop").reason());
    assertTrue(byName.get("sub/loop").detail().contains("loop"));
    assertEquals("unsupported_type", byName.get("zero.txt").reason());
    assertEquals("unsupported_type", byName.get("pipe.txt").reason());

    List<InputFile> followed = InputLister.list(in.toString(), new Configuration(), true);
    assertTrue(followed.stream().anyMatch(f -> f.path().endsWith("/out.txt") && f.reason() == null),
        "read when the user allows links out of the input");
  }
}
