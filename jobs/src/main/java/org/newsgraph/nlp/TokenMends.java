package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** The copy-on-write loop the tag repairs share: each token may be replaced, a sentence is copied only if one is. */
final class TokenMends {
  private TokenMends() {
  }

  /**
   * The sentences with every token for which {@code mend} (sentence, index) gives a replacement replaced by it;
   * sentences with no replacement are returned as they are. {@code mend} sees the sentence as tagged, not as mended.
   */
  static List<List<Token>> mendEach(List<List<Token>> sentences, BiFunction<List<Token>, Integer, Token> mend) {
    List<List<Token>> out = new ArrayList<>(sentences.size());
    for (List<Token> s : sentences) {
      List<Token> mended = null;
      for (int i = 0; i < s.size(); i++) {
        Token t = mend.apply(s, i);
        if (t == null) {
          continue;
        }
        if (mended == null) {
          mended = new ArrayList<>(s);
        }
        mended.set(i, t);
      }
      out.add(mended == null ? s : mended);
    }
    return out;
  }
}
