package org.newsgraph.cooccurrence;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes an entity network as GraphML (opens in Gephi, networkx, igraph, yEd): entities as nodes,
 * co-occurrence edges (undirected) and statement edges (directed, speaker → target).
 */
public final class GraphMlWriter {
  /** A node: entity id, name, type and mention count. */
  public record Node(String id, String name, String type, long mentions) {
  }

  /** An edge; {@code kind} is "cooccurrence" (undirected) or "statement" (directed). */
  public record Edge(String source, String target, String kind, long count, double weight, String label) {
  }

  private GraphMlWriter() {
  }

  public static void write(List<Node> nodes, List<Edge> edges, Writer out) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    key(out, "name", "node", "string");
    key(out, "type", "node", "string");
    key(out, "mentions", "node", "long");
    key(out, "kind", "edge", "string");
    key(out, "count", "edge", "long");
    key(out, "weight", "edge", "double");
    key(out, "label", "edge", "string");
    out.write("  <graph id=\"newsgraph\" edgedefault=\"undirected\">\n");
    for (Node n : nodes) {
      out.write("    <node id=\"" + esc(n.id()) + "\">");
      data(out, "name", n.name());
      data(out, "type", n.type());
      data(out, "mentions", Long.toString(n.mentions()));
      out.write("</node>\n");
    }
    int i = 0;
    for (Edge e : edges) {
      out.write("    <edge id=\"e" + i++ + "\" source=\"" + esc(e.source()) + "\" target=\"" + esc(e.target())
          + "\" directed=\"" + e.kind().equals("statement") + "\">");
      data(out, "kind", e.kind());
      data(out, "count", Long.toString(e.count()));
      data(out, "weight", String.format(Locale.ROOT, "%.6f", e.weight()));
      if (e.label() != null) {
        data(out, "label", e.label());
      }
      out.write("</edge>\n");
    }
    out.write("  </graph>\n</graphml>\n");
  }

  private static void key(Writer out, String name, String target, String type) throws IOException {
    out.write("  <key id=\"" + name + "\" for=\"" + target + "\" attr.name=\"" + name + "\" attr.type=\"" + type + "\"/>\n");
  }

  private static void data(Writer out, String key, String value) throws IOException {
    out.write("<data key=\"" + key + "\">" + esc(value) + "</data>");
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
