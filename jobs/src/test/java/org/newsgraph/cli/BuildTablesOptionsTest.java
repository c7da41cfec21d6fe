package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BuildTablesOptionsTest {
  private static BuildTablesJob.Options parse(String... args) {
    return BuildTablesJob.Options.from(JobConfig.parse(args,
        Set.of("input", "output", "max-bytes", "aliases", "partitions"), Set.of()));
  }

  @Test
  void sizeLimitAndPartitionsAreCheckedBeforeAnythingRuns() {
    assertEquals(5, parse("--input", "in", "--output", "out", "--partitions", "5").partitions());
    JobConfig.UsageException zero = assertThrows(JobConfig.UsageException.class,
        () -> parse("--input", "in", "--output", "out", "--max-bytes", "0"));
    assertTrue(zero.getMessage().contains("--max-bytes"), zero.getMessage());
    JobConfig.UsageException negative = assertThrows(JobConfig.UsageException.class,
        () -> parse("--input", "in", "--output", "out", "--partitions", "-1"));
    assertTrue(negative.getMessage().contains("--partitions"), negative.getMessage());
  }

  @Test
  void anOutputWithLessFreeSpaceThanTheInputIsRefusedBeforeAnyWork(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
    String out = dir.resolve("not-yet/created").toString();
    BuildTablesJob.checkFreeSpace(conf, out, java.util.List.of(new org.newsgraph.spark.InputFile("a.txt", 1000)));
    org.newsgraph.spark.TableWriter.OutputException e = assertThrows(org.newsgraph.spark.TableWriter.OutputException.class,
        () -> BuildTablesJob.checkFreeSpace(conf, out,
            java.util.List.of(new org.newsgraph.spark.InputFile("huge.txt", Long.MAX_VALUE / 2))));
    assertTrue(e.getMessage().startsWith("not enough free space"), e.getMessage());
    BuildTablesJob.checkFreeSpace(conf, out, java.util.List.of(
        new org.newsgraph.spark.InputFile("pipe", Long.MAX_VALUE / 2, "unsupported_type", "not read")));
  }
}
