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

    public OutputException(String message) {
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
      String me = me();
      if (fs.exists(lock)) {
        String holder = readText(fs, lock).strip();
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
      recover(conf, output.toString(), true);
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
    commit(tables, -1);
  }

  /** Thrown by the crash tests' {@code dieAfterMoves}: a run killed in the middle of its commit. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;
  }

  /** The commit; with {@code dieAfterMoves} >= 0 it stops dead after that many tables, as a killed run would. */
  void commit(Map<String, Path> tables, int dieAfterMoves) {
    Deque<Path[]> done = new ArrayDeque<>();
    try {
      FileSystem fs = fs();
      Path old = new Path(output, "_replaced-" + UUID.randomUUID());
      // the journal names every move before the first one: a commit killed half-way is rolled back from it
      // by the next run or reader (see recover); deleting it is the commit point
      StringBuilder journal = new StringBuilder("replaced\t" + old.getName() + "\n");
      for (Map.Entry<String, Path> e : tables.entrySet()) {
        journal.append("table\t").append(e.getKey()).append('\t').append(e.getValue())
            .append('\t').append(fs.exists(new Path(output, e.getKey()))).append('\n');
      }
      writeAtomically(fs, new Path(output, JOURNAL), journal.toString());
      try {
        int moved = 0;
        for (Map.Entry<String, Path> e : tables.entrySet()) {
          Path finalPath = new Path(output, e.getKey());
          if (fs.exists(finalPath)) {
            fs.mkdirs(old);
            rename(fs, finalPath, new Path(old, e.getKey()));
            done.push(new Path[] {finalPath, new Path(old, e.getKey())});
          }
          rename(fs, e.getValue(), finalPath);
          done.push(new Path[] {e.getValue(), finalPath});
          if (++moved == 1) {
            faultPause();
          }
          if (moved == dieAfterMoves) {
            throw new SimulatedCrash();
          }
        }
      } catch (IOException e) {
        rollBack(fs, done);
        fs.delete(new Path(output, JOURNAL), false);
        throw e;
      }
      if (!fs.delete(new Path(output, JOURNAL), false)) {
        throw new IOException("cannot remove the commit journal " + new Path(output, JOURNAL));
      }
      fs.delete(old, true);
      fs.delete(staging, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit tables under " + output
          + " (the previous tables are left in place)", e);
    }
  }

  /** Name of the commit journal: present only while a commit is under way (or was killed during one). */
  static final String JOURNAL = "_commit";

  /** Fault injection for the crash tests: a pause after the first table is moved, in milliseconds. */
  private static void faultPause() {
    long ms = Long.getLong("newsgraph.fault.commit-pause-ms", 0);
    if (ms > 0) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Writes a small file under a temporary name and renames it into place, replacing an older one. */
  public static void writeAtomically(FileSystem fs, Path target, String text) throws IOException {
    Path tmp = new Path(target.getParent(), target.getName() + ".tmp");
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    fs.delete(target, false);
    rename(fs, tmp, target);
  }

  private static String readText(FileSystem fs, Path file) throws IOException {
    try (java.io.InputStream in = fs.open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Puts the previous run's tables back when a commit was killed half-way ({@code _commit} journal left
   * behind), so the output reads as one run's tables again. Does nothing while a live run holds the lock.
   * Called by every run before it starts and by the readers (scripts/sql, evaluate, export-graph,
   * notebooks) before they read. Returns true when something was rolled back.
   */
  public static boolean recover(Configuration conf, String output) {
    return recover(conf, output, false);
  }

  private static boolean recover(Configuration conf, String output, boolean holdingLock) {
    try {
      Path out = new Path(output);
      FileSystem fs = out.getFileSystem(conf);
      Path journal = new Path(out, JOURNAL);
      if (!fs.exists(journal)) {
        return false;
      }
      Path lock = new Path(out, LOCK);
      if (!holdingLock && fs.exists(lock) && alive(readText(fs, lock).strip())) {
        return false;
      }
      String[] lines = readText(fs, journal).split("\n");
      Path old = new Path(out, lines[0].split("\t")[1]);
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split("\t");
        Path current = new Path(out, f[1]);
        Path staged = new Path(f[2]);
        Path previous = new Path(old, f[1]);
        boolean hadPrevious = Boolean.parseBoolean(f[3]);
        boolean newInPlace = hadPrevious ? fs.exists(previous) && fs.exists(current)
            : fs.exists(current) && !fs.exists(staged);
        if (newInPlace) {
          fs.delete(current, true);
        }
        if (hadPrevious && fs.exists(previous)) {
          rename(fs, previous, current);
        }
      }
      fs.delete(journal, false);
      return true;
    } catch (IOException | RuntimeException e) {
      throw new UncheckedIOException("cannot restore the tables under " + output + " after an interrupted commit",
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  private static String me() throws IOException {
    return ProcessHandle.current().pid() + "@" + java.net.InetAddress.getLocalHost().getHostName();
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
