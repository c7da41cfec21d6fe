package org.newsgraph.spark;

/** A file found under the input path, listed on the driver without reading it. */
public record InputFile(String path, long size) {
}
