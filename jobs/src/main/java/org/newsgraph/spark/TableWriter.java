package org.newsgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes tables atomically: every table of a run goes to a staging folder under the output first; only
 * when all are written are they moved to {@code <output>/<table>/}, each replacing the previous version
 * by renames, and a rename that fails puts every table moved so far back, so readers see all tables of
 * one run or all of the previous one. A crash before the commit leaves only the staging folder (named
 * {@code _staging-*}, which readers ignore), never a partial table under a table's name.
 *
 * <p>{@link #open} is called before any work: it checks that the output is a writable folder (not a file,
 * not read-only) and takes {@code <output>/_lock}, so two runs cannot write one output at once; a lock left
 * by a run that no longer exists on this host is taken over, and the staging folders such runs left behind
 * are removed. {@link #close} releases the lock.
 */
public final class TableWriter implements AutoCloseable {

  /** The output cannot be written: the run stops before any work, with this message. */
  public static final class OutputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    OutputException(String message) {
      super(message);
    }
  }

  static final String LOCK = "_lock";

  private final Configuration conf;
  private final Path output;
  private final Path staging;
  private final Map<String, Path> written = new LinkedHashMap<>();
  private boolean locked;

  private TableWriter(Configuration conf, String output) {
    this.conf = conf;
    this.output = new Path(output);
    this.staging = new Path(this.output, "_staging-" + UUID.randomUUID());
  }

  /** Checks and locks the output folder; throws {@link OutputException} when it cannot be used. */
  public static TableWriter open(Configuration conf, String output) {
    TableWriter w = new TableWriter(conf, output);
    w.lock();
    return w;
  }

  private FileSystem fs() throws IOException {
    return output.getFileSystem(conf);
  }

  private void lock() {
    try {
      FileSystem fs = fs();
      if (fs.exists(output) && !fs.getFileStatus(output).isDirectory()) {
        throw new OutputException("--output is a file, not a folder: " + output);
      }
      if (!fs.mkdirs(output)) {
        throw new OutputException("cannot create the output folder " + output);
      }
      Path lock = new Path(output, LOCK);
      String me = ProcessHandle.current().pid() + "@" + java.net.InetAddress.getLocalHost().getHostName();
      if (fs.exists(lock)) {
        String holder = new String(fs.open(lock).readAllBytes(), StandardCharsets.UTF_8).strip();
        if (alive(holder)) {
          throw new OutputException("another run (" + holder + ") is writing to " + output
              + "; wait for it, or delete " + lock + " if no run is active");
        }
        fs.delete(lock, false);
      }
      try (OutputStream out = fs.create(lock, false)) {
        out.write(me.getBytes(StandardCharsets.UTF_8));
      }
      locked = true;
      removeLeftovers(fs);
    } catch (OutputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new OutputException("cannot write to the output folder " + output + ": " + e.getMessage());
    }
  }

  /** True when the lock holder ("pid@host") is a live process of this host, or of another host (unknowable). */
  static boolean alive(String holder) {
    int at = holder.indexOf('@');
    try {
      long pid = Long.parseLong(holder.substring(0, at));
      String host = holder.substring(at + 1);
      if (!host.equals(java.net.InetAddress.getLocalHost().getHostName())) {
        return true;
      }
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (RuntimeException | IOException e) {
      return false;
    }
  }

  /** Staging and replaced folders of earlier runs that died: safe to remove while holding the lock. */
  private void removeLeftovers(FileSystem fs) throws IOException {
    for (FileStatus s : fs.listStatus(output)) {
      String name = s.getPath().getName();
      if (s.isDirectory() && (name.startsWith("_staging-") || name.startsWith("_replaced-"))) {
        fs.delete(s.getPath(), true);
      }
    }
  }

  /** Writes one table to staging, rows sorted by {@code sortKeys} so re-runs give identical files. */
  public void stage(String table, Dataset<Row> rows, Column... sortKeys) {
    Path target = new Path(staging, table);
    rows.orderBy(sortKeys).write().mode(SaveMode.ErrorIfExists)
        .option("compression", "snappy")
        .parquet(target.toString());
    written.put(table, target);
  }

  /** Moves every staged table into place, or none of them. */
  public void commit() {
    commit(written);
  }

  void commit(Map<String, Path> tables) {
    Deque<Path[]> done = new ArrayDeque<>();
    try {
      FileSystem fs = fs();
      Path old = new Path(output, "_replaced-" + UUID.randomUUID());
      try {
        for (Map.Entry<String, Path> e : tables.entrySet()) {
          Path finalPath = new Path(output, e.getKey());
          if (fs.exists(finalPath)) {
            fs.mkdirs(old);
            rename(fs, finalPath, new Path(old, e.getKey()));
            done.push(new Path[] {finalPath, new Path(old, e.getKey())});
          }
          rename(fs, e.getValue(), finalPath);
          done.push(new Path[] {e.getValue(), finalPath});
        }
      } catch (IOException e) {
        rollBack(fs, done);
        throw e;
      }
      fs.delete(old, true);
      fs.delete(staging, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit tables under " + output
          + " (the previous tables are left in place)", e);
    }
  }

  /** Undoes the renames of a failed commit, newest first, so the previous run's tables are whole again. */
  private static void rollBack(FileSystem fs, Deque<Path[]> done) {
    while (!done.isEmpty()) {
      Path[] move = done.pop();
      try {
        fs.rename(move[1], move[0]);
      } catch (IOException ignored) {
        // best effort: the other moves are still undone
      }
    }
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename failed: " + from + " -> " + to);
    }
  }

  /** Releases the lock; a failed run's staging folder goes too. */
  @Override
  public void close() {
    if (!locked) {
      return;
    }
    try {
      FileSystem fs = fs();
      fs.delete(staging, true);
      fs.delete(new Path(output, LOCK), false);
      locked = false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release " + new Path(output, LOCK), e);
    }
  }
}
