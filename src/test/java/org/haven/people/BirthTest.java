package org.haven.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.haven.access.InvalidInput;
import org.junit.jupiter.api.Test;

class BirthTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void ageIsCountedInCompletedYears() {
    Birth birth = Birth.exact(LocalDate.of(2008, 11, 24));
    assertThat(birth.ageAt(TODAY)).hasValue(17);
    assertThat(birth.ageAt(LocalDate.of(2026, 11, 24))).hasValue(18);
    assertThat(birth.minorAt(TODAY)).isEqualTo(Birth.Minor.YES);
    assertThat(birth.minorAt(LocalDate.of(2026, 11, 24))).isEqualTo(Birth.Minor.NO);
  }

  @Test
  void aYearAloneCountsAsBornOnTheFirstOfJuly() {
    Birth birth = Birth.year(2008);
    assertThat(birth.ageAt(LocalDate.of(2026, 6, 30))).hasValue(17);
    assertThat(birth.ageAt(LocalDate.of(2026, 7, 1))).hasValue(18);
  }

  @Test
  void anUnknownBirthMeansPossiblyAChild() {
    assertThat(Birth.unknown().ageAt(TODAY)).isEmpty();
    assertThat(Birth.unknown().minorAt(TODAY)).isEqualTo(Birth.Minor.UNKNOWN);
  }

  @Test
  void anEstimateNeedsItsBasis() {
    assertThatThrownBy(() -> Birth.estimated(2007, " ").validated(TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("birthEstimateBasis"));
    assertThat(Birth.estimated(2007, "appearance").validated(TODAY).ageAt(TODAY)).hasValue(19);
  }

  @Test
  void refusesBirthsInTheFutureOrImplausiblyEarly() {
    assertThatThrownBy(() -> Birth.exact(TODAY.plusDays(1)).validated(TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("validation.futureDate"));
    assertThatThrownBy(() -> Birth.year(2027).validated(TODAY)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> Birth.year(1850).validated(TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("validation.tooEarly"));
    assertThatThrownBy(() -> new Birth(BirthPrecision.EXACT, null, null, null).validated(TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("birthDate"));
  }
}
