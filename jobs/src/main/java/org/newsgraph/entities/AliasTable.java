package org.newsgraph.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The user's alias file: one rule per line, {@code alias<TAB>canonical name[<TAB>TYPE]}; {@code #}
 * starts a comment. A mention whose surface or canonical name equals an alias (case-insensitive) gets
 * the canonical name (and type, when given): this merges entities ("Nursultan Nazarbayev" and
 * "Nazarbaev") or renames them without code changes.
 */
public final class AliasTable {
  /** Target of an alias rule; {@code type} null keeps the mention's type. */
  public record Target(String name, String type) {
  }

  private final Map<String, Target> rules = new HashMap<>();

  public AliasTable(List<String> lines) {
    int no = 0;
    for (String line : lines) {
      no++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] f = t.split("\t");
      if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
        throw new IllegalArgumentException("alias file line " + no + ": expected alias<TAB>canonical[<TAB>TYPE]: " + line);
      }
      String type = f.length > 2 ? f[2].strip().toUpperCase(Locale.ROOT) : null;
      if (type != null && EntityType.of(type) == null) {
        throw new IllegalArgumentException("alias file line " + no + ": unknown type " + f[2]);
      }
      rules.put(f[0].strip().toLowerCase(Locale.ROOT), new Target(f[1].strip(), type));
    }
  }

  public static AliasTable empty() {
    return new AliasTable(List.of());
  }

  /** The rule for a name, or null. */
  public Target lookup(String name) {
    return name == null ? null : rules.get(name.strip().toLowerCase(Locale.ROOT));
  }
}
