package org.newsgraph.spark;

/**
 * A file found under the input path, listed on the driver without reading it. {@code reason} and
 * {@code detail} are set when the listing already knows the file cannot be a document (a folder that
 * cannot be listed, a named pipe or device, a link to nothing or out of the input, a second path to the
 * same file): it becomes a {@code rejects} row without being opened.
 */
public record InputFile(String path, long size, String reason, String detail) {
  public InputFile(String path, long size) {
    this(path, size, null, null);
  }
}
