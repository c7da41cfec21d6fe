package org.newsgraph.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class DumpNerManual {
  public static void main(String[] a) throws Exception {
    CoreNlpEngine e = new CoreNlpEngine(NlpConfig.full());
    for (String f : a) {
      String text = Files.readString(Path.of(f));
      for (String para : text.split("\n")) {
        if (para.isBlank()) continue;
        for (AnalyzedSentence s : e.analyze(para, t -> false)) {
          StringBuilder sb = new StringBuilder();
          for (Token t : s.tokens()) {
            sb.append(t.word()).append(t.ner().equals("O") ? "" : "/" + t.ner()).append(' ');
          }
          System.out.println(sb);
        }
      }
    }
  }
}
