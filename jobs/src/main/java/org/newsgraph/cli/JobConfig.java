package org.newsgraph.cli;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command-line options, immutable. Unknown options fail fast.
 *
 * @param values option name (without dashes) to value
 */
public record JobConfig(Map<String, String> values) implements Serializable {

  /** Thrown for bad command lines; the message is the one-line error shown to the user. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }

  public JobConfig {
    values = Map.copyOf(values);
  }

  /**
   * Parses {@code --name value} pairs and {@code --flag}s. {@code options} are those taking a value,
   * {@code flags} those without. {@code --help} yields a config with key "help".
   */
  public static JobConfig parse(String[] args, Set<String> options, Set<String> flags) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String a = rest.remove(0);
      if (a.equals("--help") || a.equals("-h")) {
        out.put("help", "true");
        continue;
      }
      if (!a.startsWith("--")) {
        throw new UsageException("unexpected argument: " + a);
      }
      String name = a.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flags.contains(name)) {
        out.put(name, value == null ? "true" : value);
      } else if (options.contains(name)) {
        if (value == null) {
          if (rest.isEmpty()) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = rest.remove(0);
        }
        out.put(name, value);
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
    return new JobConfig(out);
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public String get(String name, String dflt) {
    return values.getOrDefault(name, dflt);
  }

  public String require(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new UsageException("missing required option --" + name);
    }
    return v;
  }

  public long getLong(String name, long dflt) {
    String v = values.get(name);
    try {
      return v == null ? dflt : Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a number: " + v);
    }
  }
}
