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

  @Test
  void aCommitKilledHalfwayIsRolledBackByTheNextReaderOrRun() throws Exception {
    for (int movedBeforeDeath = 1; movedBeforeDeath <= 2; movedBeforeDeath++) {
      Path out = Files.createDirectories(dir.resolve("out" + movedBeforeDeath));
      Files.writeString(Files.createDirectories(out.resolve("documents")).resolve("part"), "old documents");
      Files.writeString(Files.createDirectories(out.resolve("mentions")).resolve("part"), "old mentions");
      Map<String, org.apache.hadoop.fs.Path> tables = new LinkedHashMap<>();
      for (String t : new String[] {"documents", "mentions", "statements"}) {
        Path staged = Files.createDirectories(dir.resolve("staged" + movedBeforeDeath).resolve(t));
        Files.writeString(staged.resolve("part"), "new " + t);
        tables.put(t, new org.apache.hadoop.fs.Path(staged.toString()));
      }
      TableWriter w = TableWriter.open(conf, out.toString());
      int dieAfter = movedBeforeDeath == 1 ? 1 : 3;
      assertThrows(TableWriter.SimulatedCrash.class, () -> w.commit(tables, dieAfter));
      // the dead run's lock stays; its pid is ours, so make it a dead one's as after a SIGKILL
      Files.writeString(out.resolve(TableWriter.LOCK), "999999999@" + java.net.InetAddress.getLocalHost().getHostName());
      Files.deleteIfExists(out.resolve("." + TableWriter.LOCK + ".crc"));
      assertTrue(Files.exists(out.resolve(TableWriter.JOURNAL)));

      assertTrue(TableWriter.recover(conf, out.toString()), "a reader rolls the commit back");
      assertEquals("old documents", Files.readString(out.resolve("documents/part")));
      assertEquals("old mentions", Files.readString(out.resolve("mentions/part")));
      assertFalse(Files.exists(out.resolve("statements")), "a table new in the dead run is gone too");
      assertFalse(TableWriter.recover(conf, out.toString()), "nothing left to do");
      try (TableWriter next = TableWriter.open(conf, out.toString())) {
        for (Map.Entry<String, org.apache.hadoop.fs.Path> t : tables.entrySet()) {
          Path staged = Files.createDirectories(Path.of(t.getValue().toUri().getPath()));
          Files.writeString(staged.resolve("part"), "new " + t.getKey());
        }
        next.commit(tables);
      }
      assertEquals("new statements", Files.readString(out.resolve("statements/part")), "the rerun commits");
      assertEquals(java.util.Set.of("documents", "mentions", "statements"),
          java.util.Set.copyOf(Files.list(out).map(p -> p.getFileName().toString()).toList()), "no leftovers");
    }
  }

  @Test
  void aReaderLeavesACommitInProgressAlone() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    try (TableWriter w = TableWriter.open(conf, out.toString())) {
      Files.writeString(out.resolve(TableWriter.JOURNAL), "replaced\t_replaced-x\n");
      assertFalse(TableWriter.recover(conf, out.toString()), "the lock holder is alive: not ours to touch");
      Files.delete(out.resolve(TableWriter.JOURNAL));
    }
  }
}
