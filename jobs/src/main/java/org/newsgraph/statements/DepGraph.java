package org.newsgraph.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.AnalyzedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * A basic-tree view of a sentence's dependencies (the first governor of each token; enhanced extra arcs
 * ignored), with 0-based token positions.
 */
final class DepGraph {
  final List<Token> tokens;
  final int[] head;
  final String[] rel;
  final List<List<Integer>> children = new ArrayList<>();
  /** Per word, a nominal subject it has only in the enhanced graph (the tree gave that subject another head), or -1. */
  final int[] extraSubject;
  /** The word the parser attached to ROOT, or -1. */
  private int parsedRoot = -1;

  DepGraph(AnalyzedSentence s) {
    tokens = s.tokens();
    int n = tokens.size();
    head = new int[n];
    rel = new String[n];
    java.util.Arrays.fill(head, -2);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    extraSubject = new int[n];
    java.util.Arrays.fill(extraSubject, -1);
    // arcs back from a relative clause to the noun it modifies ("Roe, who said ...": nsubj(said, Roe) beside
    // acl:relcl(Roe, said)) are the enhanced graph's, whatever order the parser listed them in: the noun's
    // tree head is the verb of its own clause, not the verb of the clause that modifies it
    Set<Long> relcl = new java.util.HashSet<>();
    for (Dependency d : s.dependencies()) {
      if (d.relation().equals("acl:relcl")) {
        relcl.add((long) d.governor() << 32 | d.dependent());
      }
    }
    for (Dependency d : s.dependencies()) {
      int dep = d.dependent() - 1;
      boolean back = relcl.contains((long) d.dependent() << 32 | d.governor());
      if (dep >= 0 && dep < n && (head[dep] != -2 || back) && d.relation().equals("nsubj") && d.governor() > 0
          && d.governor() <= n && extraSubject[d.governor() - 1] < 0) {
        // a second head: the enhanced graph's subject of a relative clause ("Roe, who said ...")
        extraSubject[d.governor() - 1] = dep;
      }
      if (dep < 0 || dep >= n || head[dep] != -2 || back || d.relation().equals("ref")) {
        continue;
      }
      int gov = d.governor() - 1;
      if (gov >= n || gov == dep || createsCycle(gov, dep)) {
        continue;
      }
      head[dep] = gov;
      rel[dep] = d.relation();
      if (gov < 0 && parsedRoot < 0) {
        parsedRoot = dep;
      }
      if (gov >= 0) {
        children.get(gov).add(dep);
      }
    }
    for (int i = 0; i < n; i++) {
      if (head[i] == -2) {
        head[i] = -1;
        rel[i] = "root";
      }
    }
    reattachParticiplesReadAsAdjectives();
    reattachNounsReadAsVerbs();
  }

  /**
   * "Roe told co-host Jane Doe that ...", parsed with the title as a verb ("co-host") hung on the verb before it,
   * the name as its object and the clause as its complement: the name is the verb's object with the title as its
   * compound, and the clause the verb's own.
   */
  private void reattachNounsReadAsVerbs() {
    for (int k = 1; k < tokens.size(); k++) {
      int h = k - 1;
      if (head[k] != h || !"dep".equals(rel[k]) || !String.valueOf(tokens.get(k).pos()).matches("VBP?")
          || !String.valueOf(tokens.get(h).pos()).startsWith("VB")) {
        continue;
      }
      int obj = -1;
      int clause = -1;
      for (int c : children.get(k)) {
        if (obj < 0 && c > k && "obj".equals(rel[c]) && "NNP".equals(tokens.get(c).pos())) {
          obj = c;
        } else if (obj >= 0 && c > obj && "ccomp".equals(rel[c])) {
          clause = c;
        }
      }
      boolean ownComplement = children.get(h).stream().anyMatch(c -> rel[c].matches("obj|iobj|ccomp|xcomp"));
      boolean ownSubject = children.get(k).stream().anyMatch(c -> rel[c].startsWith("nsubj"));
      if (obj < 0 || clause < 0 || ownComplement || ownSubject) {
        continue;
      }
      move(obj, h, "obj");
      move(clause, h, "ccomp");
      move(k, obj, "compound");
    }
  }

  /** Gives {@code dep} the head {@code gov} by the relation {@code relation}. */
  private void move(int dep, int gov, String relation) {
    children.get(head[dep]).remove(Integer.valueOf(dep));
    head[dep] = gov;
    rel[dep] = relation;
    children.get(gov).add(dep);
    children.get(gov).sort(Integer::compare);
  }

  /**
   * "Roe responded, accusing Smith of hypocrisy", parsed with the participle as an adjective of the noun after it
   * and that noun as the object of the verb before the comma: the participle is a clause of that verb, and the noun
   * its own object.
   */
  private void reattachParticiplesReadAsAdjectives() {
    for (int k = 1; k < tokens.size(); k++) {
      int h = head[k];
      if (!"VBG".equals(tokens.get(k).pos()) || !"amod".equals(rel[k]) || !",".equals(tokens.get(k - 1).word())
          || h <= k || !"obj".equals(rel[h]) || head[h] < 0 || head[h] >= k - 1
          || tokens.get(head[h]).pos() == null || !tokens.get(head[h]).pos().startsWith("VB")) {
        continue;
      }
      boolean thatLater = false;
      for (int t = h + 1; t < tokens.size(); t++) {
        thatLater |= "that".equalsIgnoreCase(tokens.get(t).word()) && "mark".equals(rel[t]);
      }
      if (thatLater) {
        continue; // ("reported, citing sources, that ...": the clause after is what the participle's verb reports)
      }
      int verb = head[h];
      move(k, verb, "advcl");
      move(h, k, "obj");
    }
  }

  private boolean createsCycle(int gov, int dep) {
    int g = gov;
    for (int steps = 0; g >= 0 && steps < head.length; steps++) {
      if (g == dep) {
        return true;
      }
      g = head[g] == -2 ? -1 : head[g];
    }
    return false;
  }

  /** The first child with a relation in {@code rels} (prefix match on "obl", "nsubj"...), or -1. */
  int child(int t, Set<String> rels) {
    for (int c : children.get(t)) {
      if (matches(rel[c], rels)) {
        return c;
      }
    }
    return -1;
  }

  static boolean matches(String relation, Set<String> rels) {
    String base = relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation;
    return rels.contains(relation) || rels.contains(base);
  }

  /** Token positions of t's subtree, skipping the subtrees rooted at {@code cut}. */
  List<Integer> subtree(int t, Set<Integer> cut) {
    List<Integer> out = new ArrayList<>();
    collect(t, cut, out);
    out.sort(Integer::compare);
    return out;
  }

  private void collect(int t, Set<Integer> cut, List<Integer> out) {
    out.add(t);
    for (int c : children.get(t)) {
      if (!cut.contains(c)) {
        collect(c, cut, out);
      }
    }
  }

  /**
   * The child of {@code ancestor} whose subtree holds token {@code t} ({@code t} itself when it hangs right on it);
   * -1 when {@code t} is not below {@code ancestor}.
   */
  int branchOf(int ancestor, int t) {
    int top = t;
    while (top >= 0 && head[top] != ancestor) {
      top = head[top];
    }
    return top;
  }

  /** The part-of-speech tag of token {@code t}, "" when the tagger gave none. */
  String pos(int t) {
    String pos = tokens.get(t).pos();
    return pos == null ? "" : pos;
  }

  /**
   * The root word: the parser's root, else the last word with no head (a relative pronoun the graph keeps out of
   * the tree has none either: "Roe, who ..."), or -1.
   */
  int root() {
    if (parsedRoot >= 0) {
      return parsedRoot;
    }
    int root = -1;
    for (int t = 0; t < head.length; t++) {
      if (head[t] < 0) {
        root = t;
      }
    }
    return root;
  }

  /** The nominal subject of {@code verb} to its left, or -1. */
  int nsubjBefore(int verb) {
    for (int c : children.get(verb)) {
      if (rel[c].equals("nsubj") && c < verb) {
        return c;
      }
    }
    return -1;
  }

  boolean isPunct(int t) {
    String w = tokens.get(t).word();
    return !w.chars().anyMatch(Character::isLetterOrDigit) && !isQuote(w) && !isUnitSymbol(w);
  }

  /** A symbol that is part of an amount, not punctuation: "20%", "$4 billion", "£3", "40°". */
  private static boolean isUnitSymbol(String w) {
    return w.length() == 1 && "%$€£¥₹°".indexOf(w.charAt(0)) >= 0;
  }

  /**
   * A quotation mark token: the double marks, or a single one (' ‘ ’) that the tagger tagged as a quotation
   * mark rather than an apostrophe ("'We won,' he said": British quotations).
   */
  static boolean isQuote(Token t) {
    String w = t.word();
    return isQuote(w) || (w.equals("'") || w.equals("‘") || w.equals("’")) && ("``".equals(t.pos()) || "''".equals(t.pos()));
  }

  static boolean isQuote(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("«") || w.equals("»") || w.equals("''")
        || w.equals("``");
  }
}
