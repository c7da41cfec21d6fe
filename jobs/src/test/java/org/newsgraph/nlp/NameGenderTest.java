package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NameGenderTest {
  private final NameGender genders = new NameGender(Map.of("anna", NameGender.Gender.FEMALE));

  @Test
  void aGenderedTitleDecidesBeforeTheFirstName() {
    assertEquals(NameGender.Gender.FEMALE, genders.of("Anna Roe"));
    assertEquals(NameGender.Gender.MALE, genders.of("Alhaji Anna Roe"), "the title wins over the name list");
    assertEquals(NameGender.Gender.FEMALE, genders.of("Mrs. Roe"));
    assertEquals(NameGender.Gender.UNKNOWN, genders.of("Dr. Roe"));
  }
}
