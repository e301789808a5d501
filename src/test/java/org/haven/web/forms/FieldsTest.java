package org.haven.web.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.UUID;
import org.haven.access.InvalidInput;
import org.junit.jupiter.api.Test;

class FieldsTest {

  enum Colour {
    RED
  }

  @Test
  void readsWhatAFormSends() {
    UUID id = UUID.randomUUID();
    assertThat(Fields.uuid("organisation", " " + id + " ")).isEqualTo(id);
    assertThat(Fields.optionalUuid("organisation", "")).isNull();
    assertThat(Fields.optionalNumber("months", " ")).isNull();
    assertThat(Fields.optionalNumber("months", " 6 ")).isEqualTo(6);
    assertThat(Fields.number("months", "12")).isEqualTo(12);
    assertThat(Fields.date("decidedOn", "2026-03-01"))
        .isEqualTo(LocalDate.of(2026, Month.MARCH, 1));
    assertThat(Fields.date("decidedOn", "")).isNull();
    assertThat(Fields.enumValue(Colour.class, "colour", "RED")).isEqualTo(Colour.RED);
    assertThat(Fields.enumValue(Colour.class, "colour", null)).isNull();
    assertThat(Fields.enumValue(Colour.class, "colour", " RED ")).isEqualTo(Colour.RED);
    assertThat(Fields.dateTime("informedAt", "2026-03-01T14:30", ZoneId.of("Europe/Copenhagen")))
        .as("a local time in the reader's zone: 14:30 in Copenhagen in March is 13:30 UTC")
        .isEqualTo(Instant.parse("2026-03-01T13:30:00Z"));
    assertThat(Fields.dateTime("informedAt", " ", ZoneId.of("Europe/Copenhagen"))).isNull();
  }

  @Test
  void namesTheFieldAndItsMessageWhenAValueCannotBeRead() {
    assertRefused(() -> Fields.uuid("organisation", "abc"), "organisation", "validation.invalid");
    assertRefused(
        () -> Fields.dateTime("informedAt", "yesterday", ZoneId.of("UTC")),
        "informedAt",
        "validation.invalid");
    assertRefused(() -> Fields.uuid("organisation", null), "organisation", "validation.invalid");
    assertRefused(() -> Fields.number("months", "six"), "months", "validation.number");
    assertRefused(() -> Fields.number("version", null), "version", "validation.number");
    assertRefused(
        () -> Fields.number("days", "x", "period.extensionPositive"),
        "days",
        "period.extensionPositive");
    assertRefused(() -> Fields.optionalNumber("months", "1.5"), "months", "validation.number");
    assertRefused(() -> Fields.date("decidedOn", "31/12/2026"), "decidedOn", "validation.date");
    assertRefused(
        () -> Fields.enumValue(Colour.class, "colour", "GREEN"), "colour", "validation.invalid");
  }

  private static void assertRefused(Runnable read, String field, String messageKey) {
    InvalidInput refused = catchThrowableOfType(InvalidInput.class, read::run);
    assertThat(refused).isNotNull();
    assertThat(refused.field()).isEqualTo(field);
    assertThat(refused.messageKey()).isEqualTo(messageKey);
  }
}
