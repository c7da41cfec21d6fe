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

  @Test
  void aRankBeforeTheGivenNameIsSkippedButNoOtherWord() {
    assertEquals(NameGender.Gender.FEMALE, genders.of("Sergeant Anna Roe"));
    assertEquals(NameGender.Gender.FEMALE, genders.of("Detective Sergeant Anna Roe"));
    assertEquals(NameGender.Gender.UNKNOWN, genders.of("Sergeant Roe"), "the surname is never read as a given name");
    assertEquals(NameGender.Gender.UNKNOWN, genders.of("de Anna"), "only capitalised words are skipped");
    assertEquals(NameGender.Gender.FEMALE, genders.title("Mrs."));
    assertEquals(NameGender.Gender.UNKNOWN, genders.title("Anna"), "a given name is no title");
    assertEquals(NameGender.Gender.FEMALE, genders.title("Councilwoman"));
    assertEquals(NameGender.Gender.MALE, genders.title("Congressman"));
    assertEquals(NameGender.Gender.UNKNOWN, genders.title("Chairman"), "said of women too");
  }
}
