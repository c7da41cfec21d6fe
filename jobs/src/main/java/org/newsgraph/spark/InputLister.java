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
import org.apache.hadoop.fs.Path;
import org.newsgraph.model.Reject.Reason;

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

  /**
   * Sorted by path; throws {@link NoInputException} when nothing exists at the input or it holds no
   * file. A path that exists as written is taken literally ("news [2024]"), else as a glob. Files the run
   * cannot read come back with a reject reason instead of ending the run; on the local file system that
   * includes named pipes, devices and sockets, links to nothing, links that leave the input folder
   * (unless {@code followOutside}), link loops, and a second path to a file already listed.
   */
  public static List<InputFile> list(String input, Configuration conf) {
    return list(input, conf, false);
  }

  public static List<InputFile> list(String input, Configuration conf, boolean followOutside) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.exists(path) ? new FileStatus[] {fs.getFileStatus(path)} : fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new NoInputException("input path does not exist: " + input, null);
      }
      List<InputFile> out = new ArrayList<>();
      LocalWalk local = fs instanceof org.apache.hadoop.fs.LocalFileSystem || fs instanceof org.apache.hadoop.fs.RawLocalFileSystem
          ? new LocalWalk(out, followOutside) : null;
      for (FileStatus status : matches) {
        if (local != null) {
          local.walk(java.nio.file.Paths.get(fs.makeQualified(status.getPath()).toUri()));
        } else if (status.isDirectory()) {
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
        out.add(unlistable(d.toString()));
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

  private static InputFile unlistable(String path) {
    return new InputFile(path, -1, Reason.UNREADABLE.code(), "folder cannot be listed (permission denied?)");
  }

  /** A local walk with java.nio, which tells links, pipes and devices apart and detects link loops. */
  private static final class LocalWalk {
    private final List<InputFile> out;
    private final boolean followOutside;
    private final java.util.Map<java.nio.file.Path, String> seen = new java.util.HashMap<>();
    private final List<Found> regular = new ArrayList<>();

    /** A regular file inside the input: the path it was listed under and the file it is. */
    private record Found(String name, java.nio.file.Path real, long size) {
    }

    LocalWalk(List<InputFile> out, boolean followOutside) {
      this.out = out;
      this.followOutside = followOutside;
    }

    void walk(java.nio.file.Path start) throws IOException {
      java.nio.file.Path root = start.toRealPath();
      java.nio.file.Path top = java.nio.file.Files.isDirectory(root) ? root : root.getParent();
      java.nio.file.Files.walkFileTree(start, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(java.nio.file.Path dir,
                java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
              String why = outside(dir, top);
              if (why != null) {
                out.add(new InputFile(name(dir), -1, Reason.OUTSIDE_INPUT.code(), why));
                return java.nio.file.FileVisitResult.SKIP_SUBTREE;
              }
              return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(java.nio.file.Path file,
                java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
              if (attrs.isSymbolicLink()) {
                // following links, a link's own attributes only come back when its target does not exist
                out.add(new InputFile(name(file), -1, Reason.UNREADABLE.code(), "link to nothing: "
                    + java.nio.file.Files.readSymbolicLink(file)));
              } else if (!attrs.isRegularFile()) {
                out.add(new InputFile(name(file), -1, Reason.UNSUPPORTED_TYPE.code(),
                    "not a regular file (a named pipe, device or socket): never read"));
              } else {
                String why = outside(file, top);
                if (why != null) {
                  out.add(new InputFile(name(file), attrs.size(), Reason.OUTSIDE_INPUT.code(), why));
                } else {
                  regular.add(new Found(name(file), file.toRealPath(), attrs.size()));
                }
              }
              return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(java.nio.file.Path file, IOException e) {
              if (e instanceof java.nio.file.FileSystemLoopException) {
                out.add(new InputFile(name(file), -1, Reason.UNREADABLE.code(),
                    "link loop: leads back to a folder above it"));
              } else if (java.nio.file.Files.isDirectory(file)) {
                out.add(unlistable(name(file)));
              } else {
                out.add(new InputFile(name(file), -1, Reason.UNREADABLE.code(), "cannot be read: " + e));
              }
              return java.nio.file.FileVisitResult.CONTINUE;
            }
          });
      // a file reached by two paths (through a link) is read once, under the first path in sorted order
      regular.sort(Comparator.comparing(Found::name));
      for (Found r : regular) {
        String first = seen.putIfAbsent(r.real(), r.name());
        out.add(first == null ? new InputFile(r.name(), r.size())
            : new InputFile(r.name(), r.size(), Reason.DUPLICATE.code(), "same file as " + first
                + " (reached through a link)"));
      }
      regular.clear();
    }

    /** Why a path reached through links lies outside the input folder, or null. */
    private String outside(java.nio.file.Path p, java.nio.file.Path top) throws IOException {
      if (followOutside) {
        return null;
      }
      java.nio.file.Path real = p.toRealPath();
      return real.startsWith(top) ? null
          : "link leading out of the input folder, to " + real + " (--follow-links-outside reads it)";
    }

    private static String name(java.nio.file.Path p) {
      String name = new Path(p.toUri()).toString();
      return name.endsWith("/") && name.length() > "file:/".length() ? name.substring(0, name.length() - 1) : name;
    }
  }
}
