package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadOnlySqlTest {
  @Test
  void queriesRun() {
    for (String sql : List.of("SELECT * FROM statements", "  with t AS (SELECT 1) SELECT * FROM t",
        "SELECT 'insert into x', \"drop table\" FROM documents -- set x=1", "/* a note */ SELECT replace(title, 'a', 'b') FROM documents",
        "SHOW TABLES", "DESCRIBE statements", "EXPLAIN SELECT 1", "VALUES (1)", "select count(*) as `update` from mentions")) {
      assertEquals(null, ReadOnlySql.refusal(sql), sql);
    }
  }

  @Test
  void writesSessionChangesAndReflectionAreRefused() {
    for (String sql : List.of("INSERT OVERWRITE DIRECTORY '/tmp/x' SELECT 1",
        "WITH t AS (SELECT 1) INSERT OVERWRITE DIRECTORY '/tmp/x' SELECT * FROM t",
        "CREATE TABLE t AS SELECT 1", "DROP TABLE statements", "SET spark.sql.runSQLOnFiles=true", "ADD JAR /tmp/x.jar",
        "SELECT reflect('java.lang.Runtime', 'getRuntime')", "select java_method('java.lang.System', 'exit', 0)",
        "SELECT `reflect` ('java.lang.Thread', 'sleep', 1L)", "SELECT try_reflect('a', 'b')",
        "CACHE TABLE statements", "", "  ")) {
      assertNotNull(ReadOnlySql.refusal(sql), sql);
    }
  }
}
