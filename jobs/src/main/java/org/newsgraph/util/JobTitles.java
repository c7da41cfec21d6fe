package org.newsgraph.util;

import java.util.Set;

/**
 * One-word job titles ("economist", "actress", "goalkeeper", "attorney") from the TITLE entries of CoreNLP's
 * KBP gazetteer (~11,700 one-word titles of its 26,000; read once per JVM with the place names the entities
 * use, {@link KbpGazetteer}): a definite phrase headed by one ("the actress said") is a person's role, as "the
 * minister" is, and a capitalised plural of one the tagger calls MISC ("Paediatricians said") is people of a
 * trade, not a named group. Empty when the models jar is not on the classpath.
 */
public final class JobTitles {

  private JobTitles() {
  }

  /** True when {@code word} (lower case, singular) is a one-word job title. */
  public static boolean contains(String word) {
    return all().contains(word);
  }

  private static Set<String> all() {
    KbpGazetteer.Data kbp = KbpGazetteer.get();
    return kbp == null ? Set.of() : kbp.titles();
  }
}
