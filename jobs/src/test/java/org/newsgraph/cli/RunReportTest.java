package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunReportTest {
  @Test
  void jsonAndSummarySayWhatTheRunDid() {
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("documents", 3L);
    rows.put("rejects", 2L);
    RunReport r = new RunReport("in \"news\"", "/data/out", Instant.parse("2026-03-01T10:00:00Z"), 12.4, 5,
        rows, Map.of("duplicate", 2L), 1, 2);
    assertEquals("""
        {
          "input": "in \\"news\\"",
          "output": "/data/out",
          "started_at": "2026-03-01T10:00:00Z",
          "elapsed_seconds": 12.4,
          "input_files": 5,
          "rows": {"documents": 3, "rejects": 2},
          "rejects_by_reason": {"duplicate": 2},
          "near_duplicates": 1,
          "stories": 2
        }
        """, r.json());
    String summary = r.summary();
    assertTrue(summary.startsWith("newsgraph: done in 12 s: 5 input files -> 3 documents, 2 rejects"), summary);
    assertTrue(summary.contains("rejects by reason: duplicate 2"), summary);
    assertTrue(summary.contains("near-duplicates: 1 documents are copies of another; 2 distinct stories"), summary);
    assertTrue(summary.contains("scripts/sql --output /data/out"), summary);
  }
}
