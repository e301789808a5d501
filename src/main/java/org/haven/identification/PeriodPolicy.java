package org.haven.identification;

import java.time.LocalDate;
import java.util.Optional;
import org.haven.access.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * The rule for reflection and restitution periods: a positive decision opens one of {@code
 * periodDays} (30); extensions, each with a ground and an approver, may bring it to at most {@code
 * periodMaxDays} (120) in total, never beyond. The period ends on its start plus its total days:
 * that date is the deadline. Other modules ask this policy rather than repeating it.
 */
@Component
public class PeriodPolicy {

  private final IdentificationSettings settings;

  PeriodPolicy(IdentificationSettings settings) {
    this.settings = settings;
  }

  public int initialDays() {
    return settings.periodDays();
  }

  public int maxDays() {
    return settings.periodMaxDays();
  }

  /** The deadline of a period that started on {@code start} and lasts {@code totalDays}. */
  public LocalDate endsOn(LocalDate start, int totalDays) {
    return start.plusDays(totalDays);
  }

  /** The earliest warning, in days before a deadline (0 when none is configured). */
  int warningHorizon() {
    return settings.warningDays().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** How many more days a period of {@code totalDays} may be extended by. */
  public int extensionRoom(int totalDays) {
    return Math.max(0, settings.periodMaxDays() - totalDays);
  }

  /** Refuses an extension of {@code days} to a period now lasting {@code totalDays}. */
  void checkExtension(int totalDays, int days) {
    if (days < 1) {
      throw new InvalidInput("days", "period.extensionPositive");
    }
    if (totalDays + days > settings.periodMaxDays()) {
      throw new InvalidInput(
          "days", "period.beyondMaximum", settings.periodMaxDays(), extensionRoom(totalDays));
    }
  }

  /**
   * The warning due for a period with {@code daysLeft} whose last warning was at {@code warnedDays}
   * (null: none yet): the smallest configured warning day not yet passed, if any.
   */
  Optional<Integer> warningDue(long daysLeft, Integer warnedDays) {
    Optional<Integer> due = Optional.empty();
    for (int warning : settings.warningDays()) {
      if (daysLeft <= warning && (warnedDays == null || warning < warnedDays)) {
        due = Optional.of(warning);
      }
    }
    return due;
  }
}
