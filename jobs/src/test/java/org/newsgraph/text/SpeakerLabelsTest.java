package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerLabelsTest {
  static List<String> labels(String body) {
    return SpeakerLabels.find(body).stream().map(l -> body.substring(l.begin(), l.end()) + "|"
        + body.substring(l.turnBegin(), l.turnBegin() + 3)).toList();
  }

  @Test
  void upperCaseLabelsQuotedParagraphsAndQuestionMarks() {
    assertEquals(List.of("THE MODERATOR|Wel", "JANE ROE|Tha", "Q|Why"),
        labels("THE MODERATOR: Welcome.\n\n\"JANE ROE: Thanks.\nQ. Why now?"));
  }

  @Test
  void aRoleInBracketsAfterTheNameIsNeitherLabelNorTurn() {
    assertEquals(List.of("JANE ROE|We ", "PARK|Why"), labels("JANE ROE (chief executive, Acme Rail): We did act.\n\nPARK: Why?"));
    assertEquals(List.of("Roe|Yes", "Park|No.", "Roe|Fin"), labels("Roe (Acme): Yes.\nPark: No.\nRoe: Fine."));
  }

  @Test
  void interviewLabelsWithAColon() {
    assertEquals(List.of("Q|You", "A|I c", "Q|And"), labels("Q: You wrote a book.\n\nA: I came home.\n\nQ: And then?"));
    assertEquals(List.of(), labels("B: one letter is no label.\n\nC: nor is this."));
  }

  @Test
  void answersUnderTheSpeakersNameInTitleCaseBetweenQuestions() {
    assertEquals(List.of("Q|Why", "Roe|Bec", "Q|And", "Roe|It "),
        labels("Q: Why now?\n\nRoe: Because.\n\nQ: And the cost?\n\nRoe: It fell."));
    assertEquals(List.of("Q|Why", "Q|And", "Jane Roe|Fin"), labels("Q. Why now?\nQ. And?\nJane Roe: Fine."));
    assertEquals(List.of("Q|Why", "Q|And"), labels("Q: Why now?\nQ: And?\nEditor's Note: Fixed."));
    assertEquals(List.of("Q|Why", "Roe|Bec"), labels("Q: Why now?\nRoe: Because."));
    assertEquals(List.of(), labels("Q: Why now?\nThe answer is no."));
  }

  @Test
  void titleCaseLabelsNeedThreeTurnsAndOneUpperCaseLineIsNotATranscript() {
    assertEquals(List.of(), labels("Roe: Yes.\n\nPark: No."));
    assertEquals(3, labels("Roe: Yes.\nPark: No.\nRoe: Fine.").size());
    assertEquals(List.of(), labels("UPDATE: The road is open.\n\nTraffic moves again."));
  }

  @Test
  void headingsAndNotesEndingInAColonAreNoSpeakers() {
    assertEquals(List.of(), labels("The Latest: Rain ahead.\nThe Latest: Roads shut.\nThe Latest: Schools close."));
    assertEquals(List.of(), labels("Editor's Note: This story was updated.\nEditor’s Note: Fixed.\nIn Brief: Done."));
    assertEquals(List.of(), labels("EDITOR'S NOTE: Corrected.\n\nCORRECTION: A name was misspelled."));
    assertEquals(2, labels("THE MODERATOR: Welcome.\nO'BRIEN: Thanks.").size(), "names with an apostrophe stay");
  }
}
