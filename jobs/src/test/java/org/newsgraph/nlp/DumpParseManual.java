package org.newsgraph.nlp;

public class DumpParseManual {
  public static void main(String[] a) throws Exception {
    CoreNlpEngine e = new CoreNlpEngine(NlpConfig.full());
    for (String text : a) {
      for (AnalyzedSentence s : e.analyze(text, t -> true)) {
        for (Token t : s.tokens()) {
          StringBuilder sb = new StringBuilder(t.index() + " " + t.word() + "/" + t.pos() + "/" + t.lemma() + " <-");
          for (Dependency d : s.dependencies()) {
            if (d.dependent() == t.index()) sb.append(" ").append(d.relation()).append(":").append(d.governor());
          }
          System.out.println(sb);
        }
        System.out.println();
      }
    }
  }
}
