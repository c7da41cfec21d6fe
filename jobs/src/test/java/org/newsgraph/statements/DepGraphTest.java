package org.newsgraph.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnalyzedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

class DepGraphTest {
  /** A sentence of the words (one space apart, all tagged NN) with the arcs as given, in that order. */
  private static DepGraph graph(String[] words, List<Dependency> deps) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i + 1, at, at + words[i].length(), words[i], words[i], "NN", "O"));
      at += words[i].length() + 1;
    }
    return new DepGraph(new AnalyzedSentence(0, at, tokens, deps));
  }

  @Test
  void oneTreeHeadPerWordAndTheRelativeClauseSubjectKeptAside() {
    String[] words = {"Roe", ",", "who", "said", "it", "works"};
    // the tree arc of each word first, then the enhanced graph's second head of "Roe" and the ref arc
    List<Dependency> deps = List.of(new Dependency(0, 1, "root"), new Dependency(4, 1, "nsubj"),
        new Dependency(1, 3, "ref"), new Dependency(1, 4, "acl:relcl"), new Dependency(6, 5, "nsubj"),
        new Dependency(4, 6, "ccomp"));
    DepGraph g = graph(words, deps);
    assertEquals(-1, g.head[0], "Roe keeps its tree head (the root), not the relative clause");
    assertEquals(0, g.extraSubject[3], "said has Roe as its enhanced subject");
    assertEquals(-1, g.extraSubject[5]);
    assertEquals(List.of(3), g.children.get(0));
  }

  @Test
  void theBranchOfAnAncestorIsItsChildAboveTheWord() {
    // "Roe wrote in a note" : wrote <- root, Roe <- nsubj, note <- obl, in/a <- note
    String[] words = {"Roe", "wrote", "in", "a", "note"};
    List<Dependency> deps = List.of(new Dependency(2, 1, "nsubj"), new Dependency(0, 2, "root"),
        new Dependency(5, 3, "case"), new Dependency(5, 4, "det"), new Dependency(2, 5, "obl"));
    DepGraph g = graph(words, deps);
    assertEquals(4, g.branchOf(1, 2), "'in' lies below 'note', the cue's child");
    assertEquals(4, g.branchOf(1, 4), "a child of the ancestor is its own branch");
    assertEquals(-1, g.branchOf(4, 0), "'Roe' is not below 'note'");
  }

  @Test
  void theRootIsTheParsersRootNotARelativePronounLeftOutOfTheTree() {
    // "Roe , who left , saying it works", parsed with the name as the root
    String[] words = {"Roe", ",", "who", "left", ",", "saying", "it", "works"};
    List<Dependency> deps = List.of(new Dependency(0, 1, "root"), new Dependency(1, 3, "ref"),
        new Dependency(1, 4, "acl:relcl"), new Dependency(1, 6, "dep"), new Dependency(8, 7, "nsubj"),
        new Dependency(6, 8, "ccomp"));
    DepGraph g = graph(words, deps);
    assertEquals(-1, g.head[2], "who has no tree head");
    assertEquals(0, g.root());
  }

  @Test
  void theRelativeClauseArcBackToItsNounIsNeverTheNounsTreeHeadWhateverTheOrder() {
    // "Agents , who testified , said it works": the enhanced arc nsubj(testified, Agents) listed before
    // the tree arc nsubj(said, Agents), as the converter may list a dependent's heads in governor order
    String[] words = {"Agents", ",", "who", "testified", ",", "said", "it", "works"};
    List<Dependency> deps = List.of(new Dependency(4, 1, "nsubj"), new Dependency(6, 1, "nsubj"),
        new Dependency(1, 3, "ref"), new Dependency(1, 4, "acl:relcl"), new Dependency(0, 6, "root"),
        new Dependency(8, 7, "nsubj"), new Dependency(6, 8, "ccomp"));
    DepGraph g = graph(words, deps);
    assertEquals(5, g.head[0], "Agents is the subject of said");
    assertEquals("nsubj", g.rel[0]);
    assertEquals(0, g.head[3], "testified modifies Agents");
    assertEquals(0, g.extraSubject[3], "testified has Agents as its enhanced subject");
    assertEquals(0, g.nsubjBefore(5));
  }
}
