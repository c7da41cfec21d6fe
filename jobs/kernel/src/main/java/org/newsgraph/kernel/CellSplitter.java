package org.newsgraph.kernel;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;

/** Splits a notebook cell into the complete JShell snippets it holds, in order. */
final class CellSplitter {
  private final SourceCodeAnalysis analysis;

  CellSplitter(SourceCodeAnalysis analysis) {
    this.analysis = analysis;
  }

  /** The snippets; throws when the cell ends in an incomplete snippet. */
  List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    String rest = cell;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      if (!info.completeness().isComplete()) {
        if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
          break;
        }
        throw new IllegalArgumentException("incomplete statement: " + rest.strip());
      }
      out.add(info.source());
      rest = info.remaining();
    }
    return out;
  }

  /** Jupyter's is_complete answer for a cell. */
  String isComplete(String cell) {
    SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(cell);
    while (info.completeness().isComplete() && !info.remaining().isBlank()) {
      info = analysis.analyzeCompletion(info.remaining());
    }
    return switch (info.completeness()) {
      case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> "complete";
      case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "incomplete";
      default -> "invalid";
    };
  }
}
