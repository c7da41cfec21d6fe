package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizeBalancerTest {
  @Test
  void bigFilesGoToDifferentPartitionsAndLoadsEvenOut() {
    List<InputFile> files = new ArrayList<>();
    files.add(new InputFile("a-big.txt", 900_000));
    files.add(new InputFile("b-big.txt", 800_000));
    for (int i = 0; i < 100; i++) {
      files.add(new InputFile("small-" + i + ".txt", 17_000));
    }
    int[] part = SizeBalancer.assign(files, 2);
    assertEquals(0, part[0]);
    assertEquals(1, part[1]);
    long[] load = new long[2];
    for (int i = 0; i < files.size(); i++) {
      load[part[i]] += files.get(i).size();
    }
    assertEquals(true, Math.abs(load[0] - load[1]) <= 100_000, load[0] + " vs " + load[1]);
    assertArrayEquals(part, SizeBalancer.assign(new ArrayList<>(files), 2), "deterministic");
  }

  @Test
  void rejectsAndEmptyFilesWeighLittle() {
    List<InputFile> files = List.of(new InputFile("x.txt", 5_000_000), new InputFile("pipe", -1, "unsupported_type", "d"),
        new InputFile("y.txt", 0), new InputFile("z.txt", 10));
    int[] part = SizeBalancer.assign(files, 3);
    assertEquals(0, part[0]);
    assertEquals(true, part[1] != 0 && part[2] != 0 && part[3] != 0, "the small ones keep off the big file's partition");
  }
}
