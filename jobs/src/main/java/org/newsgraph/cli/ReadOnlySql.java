package org.newsgraph.cli;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements {@code scripts/sql --read-only} runs: queries (SELECT, WITH, VALUES, TABLE) and
 * SHOW, DESCRIBE, EXPLAIN. Refused: anything that writes or changes the session (INSERT, INSERT
 * OVERWRITE DIRECTORY, CREATE ... AS, DROP, ALTER, CACHE, SET, ADD JAR, ...) and the functions that
 * call Java methods ({@code reflect}, {@code java_method}, {@code try_reflect}). Checked on the text with
 * string literals and comments removed, so a quoted word is never mistaken for a command.
 */
final class ReadOnlySql {
  private ReadOnlySql() {
  }

  private static final Set<String> FIRST_WORDS = Set.of("select", "with", "values", "table", "show", "describe",
      "desc", "explain");
  private static final Set<String> WRITE_WORDS = Set.of("insert", "overwrite", "directory", "create", "drop", "alter",
      "delete", "update", "merge", "truncate", "load", "cache", "uncache", "refresh", "set", "reset", "add", "msck",
      "analyze", "repair", "grant", "revoke", "declare", "call", "execute");
  private static final Set<String> REFLECTIVE = Set.of("reflect", "java_method", "try_reflect");
  private static final Pattern LITERALS = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|--[^\\n]*|/\\*(?s:.*?)\\*/");
  private static final Pattern WORD = Pattern.compile("`([^`]*)`|([A-Za-z_][A-Za-z_0-9]*)");

  /** Why the statement is refused in read-only mode, or null when it may run. */
  static String refusal(String sql) {
    String text = LITERALS.matcher(sql).replaceAll(" '' ");
    Matcher m = WORD.matcher(text);
    boolean first = true;
    while (m.find()) {
      String word = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
      boolean call = text.substring(m.end()).stripLeading().startsWith("(");
      if (first) {
        if (!FIRST_WORDS.contains(word)) {
          return "read-only mode runs queries only (SELECT, WITH, VALUES, SHOW, DESCRIBE, EXPLAIN), not "
              + word.toUpperCase(Locale.ROOT);
        }
        first = false;
      } else if (REFLECTIVE.contains(word) && call) {
        return "read-only mode refuses " + word + "(): it calls Java methods";
      } else if (m.group(2) != null && WRITE_WORDS.contains(word) && !call) {
        return "read-only mode refuses statements that write or change the session (" + word.toUpperCase(Locale.ROOT) + ")";
      }
    }
    return first ? "empty statement" : null;
  }
}
