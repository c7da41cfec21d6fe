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

  /** Sorted by path; throws {@link IllegalArgumentException} when nothing exists at the input. */
  public static List<InputFile> list(String input, Configuration conf) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new IllegalArgumentException("input path does not exist: " + input);
      }
      List<InputFile> out = new ArrayList<>();
      for (FileStatus status : matches) {
        if (status.isDirectory()) {
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
          while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            out.add(new InputFile(f.getPath().toString(), f.getLen()));
          }
        } else {
          out.add(new InputFile(status.getPath().toString(), status.getLen()));
        }
      }
      out.sort(Comparator.comparing(InputFile::path));
      return out;
    } catch (FileNotFoundException e) {
      throw new IllegalArgumentException("input path does not exist: " + input, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + input, e);
    }
  }
}
