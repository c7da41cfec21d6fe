package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void isoAndNumericDatesInBothOrders() {
    assertEquals(LocalDate.of(2025, 3, 4), Dates.find("Date Add in:2025-03-04 10:11:12"));
    assertEquals(LocalDate.of(2019, 11, 30), Dates.find("Last Updated: 11/30/2019"));
    assertEquals(LocalDate.of(2019, 11, 30), Dates.find("30/11/2019 08:15"));
    assertEquals(LocalDate.of(2019, 3, 4), Dates.find("04.03.2019"));
    assertNull(Dates.find("version 1.2.3 of the 12/40 plan"));
  }

  @Test
  void wordDatesWithOrdinalsWeekdaysAndAbbreviations() {
    assertEquals(LocalDate.of(2021, 2, 3), Dates.find("Published: Wednesday, Feb 3rd 2021, 07:40"));
    assertEquals(LocalDate.of(2021, 2, 3), Dates.find("Wednesday 3 February 2021 07:40 GMT"));
    assertEquals(LocalDate.of(2018, 9, 14), Dates.find("Sept. 14, 2018"));
    assertEquals(LocalDate.of(2011, 10, 17), Dates.find("Oct 17 2011"));
    assertEquals(LocalDate.of(2016, 8, 1), Dates.find("Posted on 1st of August, 2016"));
  }

  @Test
  void monthDayWithoutYear() {
    assertEquals(MonthDay.of(10, 17), Dates.monthDay("Oct. 17"));
    assertEquals(MonthDay.of(5, 2), Dates.monthDay("2 May"));
    assertNull(Dates.monthDay("the May fair"));
  }

  @Test
  void dateLinesHoldADateAndLittleElse() {
    assertTrue(HeaderLines.isDateLine("Published on May 5, 2022, at 6:02 pm (Lisbon), updated on May 6, 2022"));
    assertTrue(HeaderLines.isDateLine("Freedonia Materials 5 June 2015 10:21 (UTC +03:00)"));
    assertTrue(HeaderLines.isDateLine("Thursday 2 March 2023 09:30 BST"));
    assertFalse(HeaderLines.isDateLine("The council will meet again on June 5, 2022 to vote on the budget."));
    assertTrue(HeaderLines.updateOnly("Last Updated: 08/14/2015"));
    assertFalse(HeaderLines.updateOnly("Published 8 May 2015, updated 9 May 2015"));
  }
}
