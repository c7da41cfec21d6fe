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
}
