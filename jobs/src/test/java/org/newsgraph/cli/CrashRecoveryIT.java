package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.spark.SparkTestSupport;
import org.newsgraph.spark.TableWriter;

/**
 * Runs of the job in a child JVM killed with SIGKILL during the NLP pass and in the middle of the commit:
 * afterwards the output reads as the previous run's tables, and a rerun succeeds.
 */
class CrashRecoveryIT {
  private static final List<String> TABLES = List.of("documents", "rejects", "sentences", "mentions", "entities",
      "statements", "cooccurrences", "statement_edges");

  private static SparkSession spark;
  @TempDir
  static Path tmp;
  private static Path smallCorpus;

  @BeforeAll
  static void start() throws Exception {
    spark = SparkTestSupport.session();
    smallCorpus = Files.createDirectories(tmp.resolve("small"));
    try (Stream<Path> seeds = Files.list(SparkTestSupport.seeds())) {
      for (Path p : seeds.sorted().limit(2).toList()) {
        Files.copy(p, smallCorpus.resolve(p.getFileName()));
      }
    }
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void aRunKilledDuringTheNlpPassLeavesThePreviousTables() throws Exception {
    Path out = previousRun("out-nlp");
    List<String> before = snapshot(out);
    Process child = child(smallCorpus, out, 0);
    waitFor(() -> Files.exists(out.resolve("_lock")), child, "the child run to lock the output");
    Thread.sleep(3000);
    kill(child);
    assertEquals(before, snapshot(out), "previous tables untouched");
    rerunSucceeds(out);
  }

  @Test
  void aRunKilledInTheMiddleOfItsCommitLeavesThePreviousTables() throws Exception {
    Path out = previousRun("out-commit");
    List<String> before = snapshot(out);
    Process child = child(smallCorpus, out, 600_000);
    // the child pauses after moving its first table into place: killed there, the output is half new
    waitFor(() -> Files.exists(out.resolve("_commit")) && !listReplaced(out).isEmpty(), child,
        "the child run to start its commit");
    kill(child);
    assertTrue(Files.exists(out.resolve("_commit")), "killed inside the commit");
    assertTrue(TableWriter.recover(spark.sparkContext().hadoopConfiguration(), out.toString()));
    assertEquals(before, snapshot(out), "previous tables whole again");
    rerunSucceeds(out);
  }

  /** An output folder holding the tables of a finished run on the seeds: the "previous run". */
  private static Path previousRun(String name) {
    Path out = tmp.resolve(name);
    BuildTablesJob.run(spark, BuildTablesJobIT.options(SparkTestSupport.seeds(), out, 10_000_000));
    return out;
  }

  private static void rerunSucceeds(Path out) throws Exception {
    BuildTablesJob.run(spark, BuildTablesJobIT.options(smallCorpus, out, 10_000_000));
    assertEquals(2, spark.read().parquet(out.resolve("documents").toString()).count());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of(), files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("_staging") || n.startsWith("_replaced") || n.startsWith("_commit")
              || n.equals("_lock")).toList(), "no leftovers of the killed run");
    }
  }

  /** Every table's rows as text, in a fixed order. */
  private static List<String> snapshot(Path out) {
    List<String> rows = new ArrayList<>();
    for (String t : TABLES) {
      spark.read().parquet(out.resolve(t).toString()).collectAsList().forEach(r -> rows.add(t + " " + r));
    }
    return rows;
  }

  private static List<Path> listReplaced(Path out) {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(p -> p.getFileName().toString().startsWith("_replaced-")).toList();
    } catch (java.io.IOException e) {
      return List.of();
    }
  }

  private static Process child(Path input, Path out, long commitPauseMs) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-") || arg.startsWith("-XX:+IgnoreUnrecognized") || arg.startsWith("-Dio.netty")) {
        cmd.add(arg);
      }
    }
    cmd.addAll(List.of("-Xmx3g", "-Dspark.master=local[2]", "-Dnewsgraph.fault.commit-pause-ms=" + commitPauseMs,
        "-cp", System.getProperty("java.class.path"), BuildTablesJob.class.getName(),
        "--input", input.toString(), "--output", out.toString()));
    return new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child-" + System.nanoTime() + ".log").toFile()).start();
  }

  private static void kill(Process child) throws InterruptedException {
    child.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no cleanup
    child.waitFor();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, Process child, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (!child.isAlive()) {
        throw new AssertionError("the child run ended (exit " + child.exitValue() + ") before " + what);
      }
      if (System.nanoTime() > deadline) {
        kill(child);
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }
}
