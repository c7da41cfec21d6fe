package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cached dictionary index answers as the streaming pass does, on the tiny dictionary of KbLinkerTest. */
class KbIndexTest {

  private static final List<String> SURFACES = List.of("FR", "Acme", "Nowhere", "Jane Roe", "Zoe Muller", "Zoë Müller",
      "Freedonia", "Freedonians", "Public", "");

  private static Path gz(Path dir, String text) throws Exception {
    Path f = dir.resolve("dict.tab.gz");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(f))) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return f;
  }

  private static KbDictionary streamed(Path f) throws Exception {
    return KbDictionary.read(new ByteArrayInputStream(Files.readAllBytes(f)), SURFACES);
  }

  @Test
  void theIndexGivesTheCandidatesOfTheStreamingPass(@TempDir Path dir) throws Exception {
    Path f = gz(dir, KbLinkerTest.DICT);
    Path index = dir.resolve("cache").resolve("dict.ngidx");
    KbIndex.build(f, index);
    assertTrue(KbIndex.isCurrent(index, f));
    KbDictionary fromIndex = KbIndex.lookup(index, SURFACES);
    KbDictionary fromStream = streamed(f);
    for (String s : SURFACES) {
      assertEquals(fromStream.candidates(s), fromIndex.candidates(s), s);
    }
    assertEquals(fromStream.size(), fromIndex.size());
    // a surface the dictionary has only with accents is found as the corpus writes it
    assertEquals("Zoë_Müller", fromIndex.candidates("Zoe Muller").get(0).title());
    // both lines of a surface, best first; the malformed line is skipped
    assertEquals(List.of("Freedonia", "French_Rail"), fromIndex.candidates("FR").stream().map(KbDictionary.Candidate::title).toList());
    assertEquals(1, fromIndex.candidates("Acme").size());
    assertTrue(fromIndex.candidates("Nowhere").isEmpty());
  }

  @Test
  void readingAFileBuildsItsIndexOnceAndRebuildsItWhenTheFileChanges(@TempDir Path dir) throws Exception {
    Path f = gz(dir, KbLinkerTest.DICT);
    Path index = KbIndex.location(f, null);
    assertEquals(dir.resolve("dict.tab.gz.ngidx"), index, "beside a dictionary in a writable directory");
    assertFalse(Files.exists(index));
    assertEquals("Jane_Roe", KbDictionary.read(f, SURFACES).candidates("Jane Roe").get(0).title());
    assertTrue(KbIndex.isCurrent(index, f));
    FileTime built = Files.getLastModifiedTime(index);

    KbDictionary.read(f, SURFACES);
    assertEquals(built, Files.getLastModifiedTime(index), "a current index is reused");

    gz(dir, "Jane Roe\tJane_Roe_(judge)\t0.9\n");
    Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5000));
    assertFalse(KbIndex.isCurrent(index, f));
    assertEquals("Jane_Roe_(judge)", KbDictionary.read(f, SURFACES).candidates("Jane Roe").get(0).title());
    assertTrue(KbDictionary.read(f, SURFACES).candidates("Acme").isEmpty());
    try (var left = Files.list(dir)) {
      assertEquals(List.of("dict.tab.gz", "dict.tab.gz.ngidx"), left.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary files are left");
    }
  }
}
