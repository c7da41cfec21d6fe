package org.newsgraph.entities;

import java.util.List;
import java.util.Map;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Annotated;

/** A small gazetteer and resolver for entity unit tests (no models jar needed). */
final class EntityFixtures {
  static final Gazetteer GAZETTEER = new Gazetteer(
      Map.of("brazil", "COUNTRY", "france", "COUNTRY", "germany", "COUNTRY", "india", "COUNTRY",
          "pakistan", "COUNTRY", "paris", "CITY", "africa", "CITY", "asia", "CITY", "kenya", "COUNTRY",
          "sylvania", "COUNTRY"),
      Map.of("brazilian", "Brazil", "french", "France", "german", "Germany", "indian", "India",
          "pakistani", "Pakistan", "african", "Africa", "kenyan", "Kenya", "asian", "Asia", "sylvanian", "Sylvania"));

  private EntityFixtures() {
  }

  static DocumentResolver resolver(String... aliasLines) {
    return new DocumentResolver(new EntityLexicons(), GAZETTEER, new AliasTable(List.of(aliasLines)));
  }

  static List<Mention> resolve(String... sentences) {
    Annotated a = Annotated.of("d1", sentences);
    return resolver().resolve("d1", a.body, a.sentences).mentions();
  }

  /** "text=canonical/TYPE" of each mention, in order. */
  static List<String> summary(List<Mention> mentions) {
    return mentions.stream().map(m -> m.text() + "=" + m.canonical() + "/" + m.type()).toList();
  }
}
