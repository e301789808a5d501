package org.haven.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * One fact of a timeline entry's sentence, typed: a day, a moment, a code that has a label in the
 * message bundles (an outcome, a basis, a closure reason…), or plain text (a number, a name of
 * record). Pages render each kind in the reader's language and time zone; none is shown as stored.
 */
public sealed interface TimelineFact {

  /** A calendar day, e.g. the end of a reflection period. */
  record Day(LocalDate value) implements TimelineFact {}

  /** A moment, shown in the reader's time zone. */
  record Moment(Instant value) implements TimelineFact {}

  /** A code of one of the product's lists, shown by its label. */
  record Code(String value) implements TimelineFact {}

  /** Anything else: a count, a free word. */
  record Text(String value) implements TimelineFact {}

  Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\S+");
  Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");

  /** The fact as it was stored with the entry. */
  static TimelineFact of(String stored) {
    try {
      if (DAY.matcher(stored).matches()) {
        return new Day(LocalDate.parse(stored));
      }
      if (MOMENT.matcher(stored).matches()) {
        return new Moment(Instant.parse(stored));
      }
    } catch (DateTimeParseException notADate) {
      return new Text(stored);
    }
    return CODE.matcher(stored).matches() ? new Code(stored) : new Text(stored);
  }
}
