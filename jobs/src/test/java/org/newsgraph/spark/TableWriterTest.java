package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder's checks, lock and all-or-nothing commit, on the local file system (no Spark). */
class TableWriterTest {
  @TempDir
  Path dir;

  private final Configuration conf = new Configuration();

  @Test
  void anOutputThatIsAFileFailsBeforeAnyWork() throws Exception {
    Path file = Files.writeString(dir.resolve("out.txt"), "x");
    TableWriter.OutputException e = assertThrows(TableWriter.OutputException.class,
        () -> TableWriter.open(conf, file.toString()));
    assertTrue(e.getMessage().contains("is a file"), e.getMessage());
  }

  @Test
  void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsTheLock() {
    String out = dir.resolve("out").toString();
    try (TableWriter first = TableWriter.open(conf, out)) {
      TableWriter.OutputException e = assertThrows(TableWriter.OutputException.class, () -> TableWriter.open(conf, out));
      assertTrue(e.getMessage().contains("another run"), e.getMessage());
    }
    TableWriter.open(conf, out).close();
    assertFalse(Files.exists(dir.resolve("out").resolve(TableWriter.LOCK)), "released");
  }

  @Test
  void aLockOfADeadRunIsTakenOverAndItsStagingRemoved() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(out.resolve("_staging-dead/documents"));
    Files.writeString(out.resolve(TableWriter.LOCK), "999999999@" + java.net.InetAddress.getLocalHost().getHostName());
    try (TableWriter w = TableWriter.open(conf, out.toString())) {
      assertFalse(Files.exists(out.resolve("_staging-dead")));
    }
  }

  @Test
  void aCommitThatFailsHalfwayLeavesThePreviousTablesWhole() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(Files.createDirectories(out.resolve("documents")).resolve("part"), "old documents");
    Files.writeString(Files.createDirectories(out.resolve("mentions")).resolve("part"), "old mentions");
    Path staged = Files.createDirectories(dir.resolve("staged/documents"));
    Files.writeString(staged.resolve("part"), "new documents");
    try (TableWriter w = TableWriter.open(conf, out.toString())) {
      Map<String, org.apache.hadoop.fs.Path> tables = new LinkedHashMap<>();
      tables.put("documents", new org.apache.hadoop.fs.Path(staged.toString()));
      tables.put("mentions", new org.apache.hadoop.fs.Path(dir.resolve("staged/missing").toString()));
      assertThrows(UncheckedIOException.class, () -> w.commit(tables));
    }
    assertEquals("old documents", Files.readString(out.resolve("documents/part")));
    assertEquals("old mentions", Files.readString(out.resolve("mentions/part")));
  }
}
