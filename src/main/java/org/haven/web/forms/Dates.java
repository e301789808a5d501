package org.haven.web.forms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as each language writes them (Danish 23.11.2026, Swedish 2026-11-23, English 23
 * Nov 2026), in the users' time zone. Templates call it as {@code @dates}.
 */
@Component("dates")
public class Dates {

  private final ZoneId zone;

  Dates(@Value("${haven.time-zone:Europe/Copenhagen}") String zone) {
    this.zone = ZoneId.of(zone);
  }

  public String date(Instant instant) {
    return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
  }

  public String date(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofPattern(datePattern(), locale()).format(date);
  }

  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern(datePattern() + " HH:mm", locale())
            .format(instant.atZone(zone));
  }

  /** A date a form holds as typed: in the reader's format when it is a date, else as typed. */
  public String typed(String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    try {
      return date(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  /** A local time to the second, as an auditor reads the trail. */
  public String dateTimeSeconds(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern(datePattern() + " HH:mm:ss", locale())
            .format(instant.atZone(zone));
  }

  public ZoneId zone() {
    return zone;
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  private static String datePattern() {
    return switch (locale().getLanguage()) {
      case "da" -> "dd.MM.yyyy";
      case "sv" -> "yyyy-MM-dd";
      default -> "d MMM yyyy";
    };
  }
}
