package org.newsgraph.entities;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

/**
 * A lookup index of a surface → title dictionary (the format {@link KbDictionary} reads), built once and
 * cached on disk, so a run looks up its names without decompressing and scanning the whole dictionary.
 *
 * <p>Why: CoreNLP's {@code wikidict.tab.gz} holds ~21 million lines (one title per surface, 195 MB
 * compressed, ~730 MB of text); the streaming pass over it took 8–11 s of every run, however few names the
 * corpus had. The index hashes each surface (and, for a surface with accents, its accent-free form, which
 * a corpus may write) into one of {@value #BLOCKS} blocks, each compressed on its own; a lookup
 * decompresses only the blocks its names fall in (a few KB each). Built in one pass over the dictionary
 * (temporary files of 256 first-level buckets keep memory small), written to a temporary file and
 * renamed into place, so concurrent runs never read half an index.
 *
 * <p>File layout: the magic {@code NGKBIDX1}, the source's size and modification time (a changed source
 * makes the index stale), the block count, {@code BLOCKS + 1} offsets, then the deflated blocks. A block
 * holds lines {@code kind TAB key TAB title TAB probability} in the dictionary's order, kind {@code E} for a surface as
 * written and {@code F} for the accent-free form of a surface.
 */
public final class KbIndex {

  static final int BLOCKS = 1 << 14;
  private static final int FIRST_LEVEL = 256;
  private static final byte[] MAGIC = "NGKBIDX1".getBytes(StandardCharsets.US_ASCII);

  private KbIndex() {
  }

  /**
   * The cached index of a dictionary file: beside it when that directory is writable, else under the JVM's
   * temporary directory ({@code cacheDir} overrides both when not null).
   */
  public static Path location(Path source, Path cacheDir) {
    String name = source.getFileName() + ".ngidx";
    if (cacheDir != null) {
      return cacheDir.resolve(name);
    }
    Path dir = source.toAbsolutePath().getParent();
    if (dir != null && Files.isWritable(dir)) {
      return dir.resolve(name);
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "newsgraph-kb").resolve(name);
  }

  /** True when the index exists and was built from this version of the source. */
  public static boolean isCurrent(Path index, Path source) {
    if (!Files.isRegularFile(index)) {
      return false;
    }
    try (DataInputStream in = new DataInputStream(Files.newInputStream(index))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      return java.util.Arrays.equals(magic, MAGIC) && in.readLong() == Files.size(source)
          && in.readLong() == Files.getLastModifiedTime(source).toMillis();
    } catch (IOException e) {
      return false;
    }
  }

  /** Builds the index of a dictionary file (see {@link KbDictionary#open}) and renames it into place. */
  public static void build(Path source, Path index) {
    try {
      Files.createDirectories(index.toAbsolutePath().getParent());
      Path tmpDir = Files.createTempDirectory(index.toAbsolutePath().getParent(), ".kb-build-");
      try {
        Path out = tmpDir.resolve("index");
        try (InputStream in = KbDictionary.open(source)) {
          build(in, Files.size(source), Files.getLastModifiedTime(source).toMillis(), tmpDir, out);
        }
        try {
          Files.move(out, index, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(out, index, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        try (var files = Files.list(tmpDir)) {
          for (Path f : files.toList()) {
            Files.deleteIfExists(f);
          }
        }
        Files.deleteIfExists(tmpDir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds an index of a gzipped dictionary stream into {@code out}, using {@code tmpDir} for buckets. */
  static void build(InputStream gzipped, long sourceSize, long sourceTime, Path tmpDir, Path out) throws IOException {
    OutputStream[] buckets = new OutputStream[FIRST_LEVEL];
    Path[] bucketFiles = new Path[FIRST_LEVEL];
    for (int i = 0; i < FIRST_LEVEL; i++) {
      bucketFiles[i] = tmpDir.resolve("bucket-" + i);
      buckets[i] = new BufferedOutputStream(Files.newOutputStream(bucketFiles[i]), 1 << 16);
    }
    try (InputStream in = new GZIPInputStream(gzipped, 1 << 16)) {
      KbDictionary.forEachLine(in, (b, start, end) -> {
        int tab = KbDictionary.surfaceEnd(b, start, end);
        if (tab < 0) {
          return;
        }
        long h = hash(b, start, tab);
        OutputStream o = buckets[(int) (h >>> 56)];
        o.write('E');
        o.write('\t');
        o.write(b, start, end - start);
        o.write('\n');
        if (!KbDictionary.isAscii(b, start, tab)) {
          String surface = new String(b, start, tab - start, StandardCharsets.UTF_8);
          String folded = KbDictionary.fold(surface);
          if (!folded.equals(surface)) {
            byte[] f = folded.getBytes(StandardCharsets.UTF_8);
            OutputStream fo = buckets[(int) (hash(f, 0, f.length) >>> 56)];
            fo.write('F');
            fo.write('\t');
            fo.write(f);
            fo.write(b, tab, end - tab);
            fo.write('\n');
          }
        }
      });
    } finally {
      for (OutputStream o : buckets) {
        o.close();
      }
    }
    long[] offsets = new long[BLOCKS + 1];
    int perBucket = BLOCKS / FIRST_LEVEL;
    Path data = tmpDir.resolve("data");
    try (OutputStream d = new BufferedOutputStream(Files.newOutputStream(data), 1 << 16)) {
      Deflater deflater = new Deflater(Deflater.BEST_SPEED);
      long pos = 0;
      for (int i = 0; i < FIRST_LEVEL; i++) {
        byte[] all = Files.readAllBytes(bucketFiles[i]);
        Files.delete(bucketFiles[i]);
        ByteArrayOutputStream[] blocks = new ByteArrayOutputStream[perBucket];
        for (int j = 0; j < perBucket; j++) {
          blocks[j] = new ByteArrayOutputStream(all.length / perBucket + 1024);
        }
        int start = 0;
        for (int k = 0; k < all.length; k++) {
          if (all[k] == '\n') {
            int keyStart = start + 2;
            int keyEnd = keyStart;
            while (keyEnd < k && all[keyEnd] != '\t') {
              keyEnd++;
            }
            blocks[block(all, keyStart, keyEnd) - i * perBucket].write(all, start, k - start + 1);
            start = k + 1;
          }
        }
        for (int j = 0; j < perBucket; j++) {
          offsets[i * perBucket + j] = pos;
          byte[] packed = deflate(deflater, blocks[j].toByteArray());
          d.write(packed);
          pos += packed.length;
        }
      }
      offsets[BLOCKS] = pos;
      deflater.end();
    }
    try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16))) {
      o.write(MAGIC);
      o.writeLong(sourceSize);
      o.writeLong(sourceTime);
      o.writeInt(BLOCKS);
      for (long off : offsets) {
        o.writeLong(off);
      }
      Files.copy(data, o);
    }
    Files.delete(data);
  }

  private static byte[] deflate(Deflater deflater, byte[] raw) {
    deflater.reset();
    deflater.setInput(raw);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 3));
    byte[] buf = new byte[1 << 15];
    while (!deflater.finished()) {
      int n = deflater.deflate(buf);
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** The dictionary lines of the given surfaces, as {@link KbDictionary#read(InputStream, Collection)} would. */
  public static KbDictionary lookup(Path index, Collection<String> surfaces) {
    Map<Integer, Set<String>> byBlock = new TreeMap<>();
    for (String s : new HashSet<>(surfaces)) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      byBlock.computeIfAbsent(block(b), k -> new HashSet<>()).add(s);
    }
    Map<String, List<KbDictionary.Candidate>> out = new HashMap<>();
    Map<String, List<KbDictionary.Candidate>> foldedOut = new HashMap<>();
    int headerLongs = BLOCKS + 1;
    long dataStart = MAGIC.length + 8 + 8 + 4 + 8L * headerLongs;
    try (FileChannel ch = FileChannel.open(index, StandardOpenOption.READ)) {
      ByteBuffer header = ByteBuffer.allocate((int) dataStart);
      readFully(ch, header, 0);
      header.flip();
      byte[] magic = new byte[MAGIC.length];
      header.get(magic);
      header.getLong();
      header.getLong();
      if (!java.util.Arrays.equals(magic, MAGIC) || header.getInt() != BLOCKS) {
        throw new IllegalStateException(index + " is not a newsgraph dictionary index of this version");
      }
      long[] offsets = new long[headerLongs];
      for (int i = 0; i < headerLongs; i++) {
        offsets[i] = header.getLong();
      }
      Inflater inflater = new Inflater();
      try {
        for (Map.Entry<Integer, Set<String>> e : byBlock.entrySet()) {
          int blk = e.getKey();
          int len = (int) (offsets[blk + 1] - offsets[blk]);
          ByteBuffer packed = ByteBuffer.allocate(len);
          readFully(ch, packed, dataStart + offsets[blk]);
          byte[] text = inflate(inflater, packed.array());
          // keys are compared as bytes: only the lines of a wanted name are decoded
          List<byte[]> wanted = new ArrayList<>();
          for (String w : e.getValue()) {
            wanted.add(w.getBytes(StandardCharsets.UTF_8));
          }
          int start = 0;
          for (int i = 0; i <= text.length; i++) {
            if (i < text.length && text[i] != '\n') {
              continue;
            }
            int keyStart = start + 2;
            int lineStart = start;
            start = i + 1;
            if (keyStart >= i) {
              continue;
            }
            for (byte[] w : wanted) {
              int keyEnd = keyStart + w.length;
              if (keyEnd < i && text[keyEnd] == '\t' && java.util.Arrays.equals(w, 0, w.length, text, keyStart, keyEnd)) {
                KbDictionary.Candidate c = KbDictionary.candidate(
                    new String(text, keyEnd + 1, i - keyEnd - 1, StandardCharsets.UTF_8));
                if (c != null) {
                  (text[lineStart] == 'E' ? out : foldedOut)
                      .computeIfAbsent(new String(w, StandardCharsets.UTF_8), k -> new ArrayList<>()).add(c);
                }
                break;
              }
            }
          }
        }
      } finally {
        inflater.end();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    foldedOut.forEach(out::putIfAbsent);
    return new KbDictionary(out);
  }

  private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
    long pos = position;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, pos);
      if (n < 0) {
        throw new IOException("the dictionary index is truncated");
      }
      pos += n;
    }
  }

  private static byte[] inflate(Inflater inflater, byte[] packed) throws IOException {
    inflater.reset();
    inflater.setInput(packed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
    byte[] buf = new byte[1 << 15];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(buf, 0, n);
      }
    } catch (DataFormatException e) {
      throw new IOException("the dictionary index is corrupt", e);
    }
    return out.toByteArray();
  }

  private static int block(byte[] key) {
    return block(key, 0, key.length);
  }

  private static int block(byte[] b, int from, int to) {
    return (int) (hash(b, from, to) >>> (64 - Integer.numberOfTrailingZeros(BLOCKS)));
  }

  /** FNV-1a, 64 bits. */
  static long hash(byte[] b, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= b[i] & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
