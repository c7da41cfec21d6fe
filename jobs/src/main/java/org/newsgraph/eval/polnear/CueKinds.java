package org.newsgraph.eval.polnear;

import java.util.Locale;
import java.util.Map;
import org.newsgraph.util.Lexicon;

/** Tells a gold cue's kind (speech, belief, evidence, other) from its words; see polnear-cue-kinds.tsv. */
public final class CueKinds {
  public static final String RESOURCE = "/org/newsgraph/eval/polnear-cue-kinds.tsv";
  private static final String[] ORDER = {"speech", "belief", "evidence"};

  private final Map<String, String> words;

  public CueKinds() {
    this(Lexicon.map(RESOURCE));
  }

  CueKinds(Map<String, String> words) {
    this.words = words;
  }

  public String kind(String cueText) {
    String[] tokens = cueText.toLowerCase(Locale.ROOT).split("[^\\p{L}:]+");
    if (cueText.strip().equals(":")) {
      return "speech";
    }
    for (String kind : ORDER) {
      for (String token : tokens) {
        String t = token.replace(":", "");
        if (!t.isEmpty() && kind.equals(kindOf(t))) {
          return kind;
        }
      }
    }
    return "other";
  }

  private String kindOf(String token) {
    String k = words.get(token);
    if (k != null) {
      return k;
    }
    for (String base : candidates(token)) {
      k = words.get(base);
      if (k != null) {
        return k;
      }
    }
    return null;
  }

  /** Base forms a regularly inflected token may come from. */
  static String[] candidates(String t) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String suffix : new String[] {"ing", "ed", "es", "s", "d"}) {
      if (t.length() > suffix.length() + 1 && t.endsWith(suffix)) {
        String stem = t.substring(0, t.length() - suffix.length());
        out.add(stem);
        out.add(stem + "e");
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
          out.add(stem.substring(0, n - 1));
        }
        if (stem.endsWith("i")) {
          out.add(stem.substring(0, n - 1) + "y");
        }
      }
    }
    return out.toArray(String[]::new);
  }
}
