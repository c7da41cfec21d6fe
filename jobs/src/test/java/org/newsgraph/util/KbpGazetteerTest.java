package org.newsgraph.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The KBP gazetteer's one pass on a tiny fixture in its format (not the 18 MB file). */
class KbpGazetteerTest {

  @Test
  void placesKeepTheirMostSpecificTypeAndTitlesAreOneWord() throws Exception {
    String tab = String.join("\n",
        "Sylvania\tCOUNTRY\tMISC,LOCATION\t1",
        "Sylvania\tCITY\tLOCATION\t1",
        "Freedonia City\tCITY\tLOCATION\t1",
        "Sylvanian\tNATIONALITY\tMISC\t1",
        "Goalkeeper\tTITLE\tMISC\t1",
        "vice president\tTITLE\tMISC\t1",
        "Acme Corp\tORGANIZATION\tMISC\t1",
        "St\\. Paul\tCITY\tLOCATION\t1",
        "");
    KbpGazetteer.Data d = KbpGazetteer.read(new ByteArrayInputStream(tab.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Map.of("sylvania", "COUNTRY", "freedonia city", "CITY", "sylvanian", "NATIONALITY"), d.placeTypes());
    assertEquals(Set.of("goalkeeper"), d.titles());
  }
}
