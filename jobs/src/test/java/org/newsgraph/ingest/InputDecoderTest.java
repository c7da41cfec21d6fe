package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class InputDecoderTest {
  private final InputDecoder decoder = new InputDecoder(1000);

  private String reason(String path, byte[] bytes) {
    InputDecoder.Result r = decoder.decode(path, bytes);
    return r.ok() ? "ok" : r.reject().reason();
  }

  @Test
  void classifiesBadInputs() {
    assertEquals("empty", reason("a.txt", new byte[0]));
    assertEquals("whitespace_only", reason("a.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("binary", reason("a.txt", new byte[] {'a', 0, 'b'}));
    assertEquals("undecodable", reason("a.txt", "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals("too_large", reason("a.txt", new byte[1001]));
    assertEquals("unsupported_type", reason("a.pdf", "text".getBytes(StandardCharsets.UTF_8)));
    assertEquals("ok", reason("a.txt", "caf\u00e9 au lait".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void undecodableNamesTheByte() {
    InputDecoder.Result r = decoder.decode("a.txt", "abc\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(r.reject().detail().contains("byte 3"), r.reject().detail());
  }

  @Test
  void readsGzipAndStripsBom() throws IOException {
    assertEquals("hello", decoder.decode("a.txt.gz", gzip("\uFEFFhello")).text());
    assertEquals("undecodable", reason("a.txt.gz", "not gzip".getBytes(StandardCharsets.UTF_8)));
    assertEquals("too_large", reason("a.txt.gz", gzip("x".repeat(5000))));
  }

  @Test
  void utf16WithAByteOrderMarkIsDecoded() {
    String text = "Caf\u00e9 owners said the rent \u2014 \u201cnot the tax\u201d \u2014 closed them.\r\n";
    for (java.nio.charset.Charset cs : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] body = text.getBytes(cs);
      byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
      byte[] bytes = new byte[bom.length + body.length];
      System.arraycopy(bom, 0, bytes, 0, 2);
      System.arraycopy(body, 0, bytes, 2, body.length);
      assertEquals(text, decoder.decode("a.txt", bytes).text(), cs.name());
    }
    assertEquals("binary", reason("a.txt", new byte[] {'a', 0, 0, 0, 'b', 0, 0, 0}), "UTF-16 without a mark is not guessed");
    assertEquals("undecodable", reason("a.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a'}), "odd length");
  }

  @Test
  void anEmptyOrTruncatedGzipSaysSo() throws IOException {
    InputDecoder.Result empty = decoder.decode("a.txt.gz", new byte[0]);
    assertEquals("empty", empty.reject().reason());
    byte[] full = gzip("a story long enough to be cut in the middle of its compressed stream ".repeat(3));
    InputDecoder.Result cut = decoder.decode("a.txt.gz", java.util.Arrays.copyOf(full, full.length / 2));
    assertEquals("undecodable", cut.reject().reason());
    assertTrue(cut.reject().detail().contains("truncated"), cut.reject().detail());
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
