package org.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keys a person record is found by, and where a record and a query meet. */
class MatchKeysTest {

  private static PersonRecord record(String given, String family, LocalDate born, Integer year) {
    return new PersonRecord(
        "r",
        given,
        family,
        List.of(),
        born,
        year == null && born != null ? Integer.valueOf(born.getYear()) : year,
        "F",
        List.of("RO"));
  }

  private static Set<String> shared(PersonRecord query, PersonRecord known) {
    Set<String> both = new HashSet<>(MatchKeys.query(query));
    both.retainAll(MatchKeys.of(known));
    return both;
  }

  @Test
  void aRecordWhoseNamesAreBothMisspeltStillSharesItsBirthDate() {
    PersonRecord known = record("Mirela", "Pidan", LocalDate.of(1993, 12, 12), null);
    PersonRecord query = record("Mirena", "Pian", LocalDate.of(1993, 12, 12), null);

    assertThat(MatchKeys.of(known)).contains("b:1993-12-12");
    assertThat(shared(query, known)).containsExactly("b:1993-12-12");
  }

  @Test
  void theDaysRegistersWriteForAnUnknownDateAndAYearAloneGiveNoDateKey() {
    for (LocalDate placeholder : List.of(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 7, 1))) {
      assertThat(MatchKeys.of(record("Mirela", "Pidan", placeholder, null)))
          .noneMatch(k -> k.startsWith("b:"))
          .contains("y:" + MatchKeys.words("Pidan").get(0) + "|1990");
    }
    assertThat(MatchKeys.of(record("Mirela", "Pidan", null, 1993)))
        .noneMatch(k -> k.startsWith("b:"));
    assertThat(MatchKeys.of(record("Mirela", "Pidan", LocalDate.of(1990, 2, 1), null)))
        .contains("b:1990-02-01");
  }

  @Test
  void aWholeNameInOneFieldAndTheSameNameInTwoMeetWithoutABirthDate() {
    PersonRecord both = record("Besa", "Vata", null, null);
    PersonRecord inGiven = record("Besa Vata", null, null, null);
    PersonRecord inFamily = record(null, "VATA BESA", null, null);

    assertThat(shared(inGiven, both)).isNotEmpty();
    assertThat(shared(both, inGiven)).isNotEmpty();
    assertThat(shared(both, inFamily)).isNotEmpty();
    assertThat(shared(inFamily, inGiven)).isNotEmpty();
    assertThat(shared(record("Besa Kola", null, null, null), both)).isEmpty();
  }

  @Test
  void differentDatesAndNamesShareNothing() {
    assertThat(
            shared(
                record("Mirela", "Pidan", LocalDate.of(1993, 12, 12), null),
                record("Ioana", "Lazar", LocalDate.of(1993, 12, 13), null)))
        .isEmpty();
  }
}
