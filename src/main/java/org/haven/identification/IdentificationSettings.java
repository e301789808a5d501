package org.haven.identification;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identification configuration.
 *
 * @param periodDays length of a reflection or restitution period (default 30 days)
 * @param periodMaxDays the most a period may last with all extensions (default 120 days)
 * @param warningDays days before a period's end at which the contact person is warned (default 7
 *     and 2)
 * @param deadlineCheckInterval how often deadlines are checked (default hourly)
 */
@ConfigurationProperties("haven.identification")
public record IdentificationSettings(
    @DefaultValue("30") int periodDays,
    @DefaultValue("120") int periodMaxDays,
    @DefaultValue({"7", "2"}) List<Integer> warningDays,
    @DefaultValue("PT1H") Duration deadlineCheckInterval) {

  public IdentificationSettings {
    if (periodDays < 1 || periodMaxDays < periodDays) {
      throw new IllegalArgumentException(
          "haven.identification: period-days must be at least 1 and at most period-max-days");
    }
    warningDays =
        warningDays.stream().filter(d -> d > 0).sorted(Comparator.reverseOrder()).toList();
  }
}
