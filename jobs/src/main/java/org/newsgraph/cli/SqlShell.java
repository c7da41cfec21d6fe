package org.newsgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code scripts/sql}: Spark SQL over a run's tables. Every table folder under the output is a temporary
 * view of the same name. Runs {@code -e SQL} or {@code -f FILE} (statements separated by {@code ;}), or
 * reads statements from standard input, and prints each result as a plain text table.
 */
public final class SqlShell {
  static final String USAGE = """
      usage: SqlShell [--output DIR] [-e SQL | -f FILE] [--max-rows N] [--read-only]
        --output    folder holding the tables (default out)
        -e SQL      run these statements
        -f FILE     run the statements of a file
        --max-rows  rows printed per result (default 1000)
        --read-only queries only, for shared use: no statement that writes or changes the session
                    (INSERT, CREATE, DROP, SET, ADD JAR, ...), no reflect()/java_method(), no
                    queries on arbitrary files (SELECT ... FROM text.`/path`). Without it any Spark
                    SQL runs with the rights of the user running scripts/sql.
      without -e or -f, statements are read from standard input (end each with ;)
      """;

  private SqlShell() {
  }

  public static void main(String[] args) {
    List<String> normalised = new ArrayList<>();
    for (String a : args) {
      normalised.add(a.equals("-e") ? "--execute" : a.equals("-f") ? "--file" : a);
    }
    JobConfig c;
    try {
      c = JobConfig.parse(normalised.toArray(String[]::new), Set.of("output", "execute", "file", "max-rows"),
          Set.of("read-only"));
      if (c.has("help")) {
        System.out.print(USAGE);
        return;
      }
    } catch (JobConfig.UsageException e) {
      System.err.println("sql: " + e.getMessage() + " (see --help)");
      System.exit(2);
      return;
    }
    boolean readOnly = c.has("read-only");
    SparkSession spark = Sessions.create("newsgraph-sql");
    if (readOnly) {
      // no SELECT ... FROM text.`/any/file`: only the run's tables can be read
      spark.conf().set("spark.sql.runSQLOnFiles", "false");
    }
    int status = 0;
    try {
      List<String> views = registerTables(spark, c.get("output", "out"));
      if (views.isEmpty()) {
        System.err.println("sql: no tables under " + c.get("output", "out") + " (run scripts/run first)");
        status = 1;
      } else if (c.has("execute") || c.has("file")) {
        String sql = c.has("execute") ? c.require("execute") : Files.readString(Path.of(c.require("file")));
        for (String statement : statements(sql)) {
          print(run(spark, statement, readOnly), (int) c.getLong("max-rows", 1000), System.out);
        }
      } else {
        repl(spark, views, (int) c.getLong("max-rows", 1000), readOnly);
      }
    } catch (Exception e) {
      // (Spark's AnalysisException, a misspelt column or table, is a checked exception Java does not see thrown: its
      // first line says what is wrong, the rest is the query plan)
      System.err.println("sql: " + firstLine(e));
      status = 1;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /** The first line of an error's message ("[UNRESOLVED_COLUMN...] A column ... cannot be resolved ..."). */
  static String firstLine(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(e.getClass().getSimpleName());
  }

  /** Registers every Parquet table folder under {@code output} as a view; returns their names. */
  public static List<String> registerTables(SparkSession spark, String output) throws IOException {
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(output);
    FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
    List<String> views = new ArrayList<>();
    if (!fs.exists(dir)) {
      return views;
    }
    // a run killed during its commit left a journal: its previous tables are put back before reading
    org.newsgraph.spark.TableWriter.recover(spark.sparkContext().hadoopConfiguration(), output);
    for (FileStatus st : fs.listStatus(dir)) {
      String name = st.getPath().getName();
      if (st.isDirectory() && !name.startsWith("_") && !name.startsWith(".")
          && fs.exists(new org.apache.hadoop.fs.Path(st.getPath(), "_SUCCESS"))) {
        spark.read().parquet(st.getPath().toString()).createOrReplaceTempView(name);
        views.add(name);
      }
    }
    views.sort(String::compareTo);
    return views;
  }

  /** Splits on semicolons outside quotes; blank statements and "--" comment lines are dropped. */
  public static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (String line : sql.split("\n", -1)) {
      if (quote == 0 && line.strip().startsWith("--")) {
        continue;
      }
      for (char ch : (line + "\n").toCharArray()) {
        if (quote != 0) {
          if (ch == quote) {
            quote = 0;
          }
        } else if (ch == '\'' || ch == '"' || ch == '`') {
          quote = ch;
        } else if (ch == ';') {
          add(out, cur);
          continue;
        }
        cur.append(ch);
      }
    }
    add(out, cur);
    return out;
  }

  private static void add(List<String> out, StringBuilder cur) {
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    cur.setLength(0);
  }

  /** Runs one statement, refusing writes and reflection in read-only mode. */
  static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> run(SparkSession spark, String statement, boolean readOnly) {
    String refused = readOnly ? ReadOnlySql.refusal(statement) : null;
    if (refused != null) {
      throw new IllegalArgumentException(refused);
    }
    return spark.sql(statement);
  }

  private static void repl(SparkSession spark, List<String> views, int maxRows, boolean readOnly) throws IOException {
    System.out.println("tables: " + String.join(", ", views) + "   (end statements with ;  quit with Ctrl-D)");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    StringBuilder buf = new StringBuilder();
    System.out.print("newsgraph> ");
    System.out.flush();
    for (String line; (line = in.readLine()) != null; ) {
      buf.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        for (String st : statements(buf.toString())) {
          try {
            print(run(spark, st, readOnly), maxRows, System.out);
          } catch (Exception e) {
            // (the shell stays up after a misspelt column: Spark's AnalysisException is checked, no RuntimeException)
            System.out.println("error: " + firstLine(e));
          }
        }
        buf.setLength(0);
      }
      System.out.print(buf.length() == 0 ? "newsgraph> " : "        -> ");
      System.out.flush();
    }
    System.out.println();
  }

  /** Prints rows as a plain text table with a header and a row count. */
  public static void print(Dataset<Row> result, int maxRows, PrintStream out) {
    String[] cols = result.columns();
    List<Row> rows = result.limit(maxRows + 1).collectAsList();
    boolean more = rows.size() > maxRows;
    if (more) {
      rows = rows.subList(0, maxRows);
    }
    out.print(TextTable.render(cols, rows));
    out.println("(" + rows.size() + (more ? "+" : "") + " row" + (rows.size() == 1 ? "" : "s") + ")");
  }
}
