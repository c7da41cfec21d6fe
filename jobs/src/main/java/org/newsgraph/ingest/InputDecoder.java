package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.Reject;
import org.newsgraph.model.Reject.Reason;

/**
 * Decides whether the bytes of one input file are usable text and decodes them.
 *
 * <p>Requires the file name (for the {@code .gz} and type checks) and its bytes; adds the decoded
 * UTF-8 text (BOM removed) or a {@link Reject} with a reason. Accepted names end in {@code .txt} or
 * {@code .txt.gz}; compressed input is bounded by the same size limit after decompression.
 */
public final class InputDecoder {

  /** Default upper bound of a file's (decompressed) size in bytes. */
  public static final long MAX_BYTES_DEFAULT = 10L * 1024 * 1024;

  private final long maxBytes;

  public InputDecoder(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** Outcome: exactly one of {@code text} and {@code reject} is non-null. */
  public record Result(String text, Reject reject) {
    public boolean ok() {
      return text != null;
    }
  }

  /** True when the path names a file type newsgraph reads. */
  public static boolean isSupported(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".txt.gz");
  }

  /** Checks a file's size before it is read, so huge files are never loaded. */
  public Reject checkBeforeRead(String path, long size) {
    if (!isSupported(path)) {
      return Reject.of(path, Reason.UNSUPPORTED_TYPE, "not a .txt or .txt.gz file");
    }
    if (size > maxBytes) {
      return Reject.of(path, Reason.TOO_LARGE, size + " bytes exceeds the limit of " + maxBytes);
    }
    return null;
  }

  public Result decode(String path, byte[] bytes) {
    Reject early = checkBeforeRead(path, bytes.length);
    if (early != null) {
      return new Result(null, early);
    }
    byte[] data = bytes;
    if (path.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      if (bytes.length == 0) {
        return reject(path, Reason.EMPTY, "file has no bytes (not even a gzip header)");
      }
      try {
        data = gunzip(bytes);
      } catch (java.io.EOFException e) {
        return reject(path, Reason.UNDECODABLE, "gzip data ends early (truncated file)");
      } catch (IOException e) {
        return reject(path, Reason.UNDECODABLE, "not valid gzip: " + (e.getMessage() != null ? e.getMessage()
            : e.getClass().getSimpleName()));
      }
      if (data == null) {
        return reject(path, Reason.TOO_LARGE, "decompressed size exceeds the limit of " + maxBytes);
      }
    }
    if (data.length == 0) {
      return reject(path, Reason.EMPTY, "file has no bytes");
    }
    java.nio.charset.Charset utf16 = utf16ByBom(data);
    if (utf16 != null) {
      return decodeUtf16(path, data, utf16);
    }
    for (int i = 0; i < data.length; i++) {
      if (data[i] == 0) {
        return reject(path, Reason.BINARY, "NUL byte at offset " + i);
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(data);
    CharBuffer out = CharBuffer.allocate(data.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return reject(path, Reason.UNDECODABLE, "invalid UTF-8 byte sequence at byte " + in.position()
          + " (Latin-1 or another legacy encoding?)");
    }
    String text = out.flip().toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return checked(path, text);
  }

  /** Decoded text, unless blank or mostly control characters. */
  private static Result checked(String path, String text) {
    if (text.indexOf('\u0000') >= 0) {
      return reject(path, Reason.BINARY, "NUL character at offset " + text.indexOf('\u0000'));
    }
    if (text.isBlank()) {
      return reject(path, Reason.WHITESPACE_ONLY, "file holds only whitespace");
    }
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control > 0 && control * 100L > text.length()) {
      return reject(path, Reason.BINARY, control + " control characters in " + text.length());
    }
    return new Result(text, null);
  }

  /** UTF-16 announced by a byte order mark (Windows "Unicode" text), or null. */
  private static java.nio.charset.Charset utf16ByBom(byte[] data) {
    if (data.length >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE
        && !(data.length >= 4 && data[2] == 0 && data[3] == 0)) {
      return StandardCharsets.UTF_16LE;
    }
    if (data.length >= 2 && (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private Result decodeUtf16(String path, byte[] data, java.nio.charset.Charset charset) {
    if (data.length % 2 != 0) {
      return reject(path, Reason.UNDECODABLE, "odd number of bytes in a " + charset.name() + " file");
    }
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(data, 2, data.length - 2)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return reject(path, Reason.UNDECODABLE, "invalid " + charset.name() + " text (unpaired surrogate)");
    }
    return checked(path, text);
  }

  private static Result reject(String path, Reason reason, String detail) {
    return new Result(null, Reject.of(path, reason, detail));
  }

  /** Decompresses, or returns null when the output would exceed the limit. */
  private byte[] gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          return null;
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }
}
