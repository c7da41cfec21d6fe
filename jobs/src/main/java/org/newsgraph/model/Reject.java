package org.newsgraph.model;

/**
 * An input file that is not a usable document.
 *
 * @param sourcePath where the file was found
 * @param reason     short machine-readable code, one of {@link Reason}
 * @param detail     human-readable explanation
 */
public record Reject(String sourcePath, String reason, String detail) {

  /** Reject reason codes. */
  public enum Reason {
    EMPTY, WHITESPACE_ONLY, BINARY, UNDECODABLE, TOO_LARGE, UNREADABLE, UNSUPPORTED_TYPE, OUTSIDE_INPUT, NO_BODY, DUPLICATE, ANALYSIS_FAILED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static Reject of(String path, Reason reason, String detail) {
    return new Reject(path, reason.code(), detail);
  }
}
