package org.newsgraph.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists input files (a file, a directory read recursively, or a glob) with their sizes, on any
 * Hadoop file system. Only metadata is read here; contents are read by the executors.
 */
public final class InputLister {
  private InputLister() {
  }

  /** Nothing to read at the input: the run stops before any work, leaving the output as it is. */
  public static final class NoInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NoInputException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Size given to a folder that cannot be listed: it becomes a reject, not the end of the run. */
  public static final long UNLISTABLE = -1;

  /**
   * Sorted by path; throws {@link IllegalArgumentException} when nothing exists at the input or it holds no
   * file. A path that exists as written is taken literally ("news [2024]"), else as a glob. A folder that
   * cannot be listed (no permission) is listed itself with size {@link #UNLISTABLE}, so the run goes on and
   * reports it in {@code rejects}.
   */
  public static List<InputFile> list(String input, Configuration conf) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.exists(path) ? new FileStatus[] {fs.getFileStatus(path)} : fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new NoInputException("input path does not exist: " + input, null);
      }
      List<InputFile> out = new ArrayList<>();
      for (FileStatus status : matches) {
        if (status.isDirectory()) {
          walk(fs, status.getPath(), out);
        } else {
          out.add(new InputFile(status.getPath().toString(), status.getLen()));
        }
      }
      if (out.isEmpty()) {
        throw new NoInputException("no input files under " + input
            + " (nothing to do; tables already in the output folder are left as they are)", null);
      }
      out.sort(Comparator.comparing(InputFile::path));
      return out;
    } catch (FileNotFoundException e) {
      throw new NoInputException("input path does not exist: " + input, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + input, e);
    }
  }

  private static void walk(FileSystem fs, Path dir, List<InputFile> out) {
    java.util.ArrayDeque<Path> todo = new java.util.ArrayDeque<>(List.of(dir));
    while (!todo.isEmpty()) {
      Path d = todo.pop();
      FileStatus[] children;
      try {
        children = fs.listStatus(d);
      } catch (IOException e) {
        out.add(new InputFile(d.toString(), UNLISTABLE));
        continue;
      }
      for (FileStatus c : children) {
        if (c.isDirectory()) {
          todo.push(c.getPath());
        } else {
          out.add(new InputFile(c.getPath().toString(), c.getLen()));
        }
      }
    }
  }
}
