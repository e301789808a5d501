package org.haven.web.forms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.haven.access.InvalidInput;

/**
 * Reads one typed value out of a posted form field. A value that cannot be read becomes an {@link
 * InvalidInput} naming the field, so the page shows the message beside it and keeps what was typed.
 * Every page's controller parses fields here, never by hand.
 */
public final class Fields {

  private Fields() {}

  /** An id that must be there. */
  public static UUID uuid(String field, String value) {
    try {
      return UUID.fromString(value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "validation.invalid");
    }
  }

  /** An id chosen in a form, or null when none was chosen. */
  public static UUID optionalUuid(String field, String value) {
    return value == null || value.isBlank() ? null : uuid(field, value);
  }

  /** A whole number typed in a form, or null when the field was left empty. */
  public static Integer optionalNumber(String field, String value) {
    return value == null || value.isBlank() ? null : number(field, value);
  }

  /** A whole number that must be there. */
  public static int number(String field, String value) {
    return number(field, value, "validation.number");
  }

  /** A whole number that must be there, with the field's own message when it is not a number. */
  public static int number(String field, String value, String messageKey) {
    try {
      return Integer.parseInt(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, messageKey);
    }
  }

  /** A calendar date (as a date input sends it), or null when the field was left empty. */
  public static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "validation.date");
    }
  }

  /** One of an enumeration's values, or null when none was chosen. */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "validation.invalid");
    }
  }

  /**
   * A local date and time (as a {@code datetime-local} input sends it) as the instant it names in
   * {@code zone}, or null when the field was left empty.
   */
  public static Instant dateTime(String field, String value, ZoneId zone) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "validation.invalid");
    }
  }
}
