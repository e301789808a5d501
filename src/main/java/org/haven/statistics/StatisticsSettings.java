package org.haven.statistics;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the statistics module ({@code haven.statistics.*}).
 *
 * @param threshold the smallest count the published view shows as a number (k, default 5)
 * @param noiseEpsilon when set, the published view adds two-sided geometric noise with this ε to
 *     every count (smaller ε: more noise); absent: no noise
 * @param reportingCountry the country the report is for (ISO alpha-2), for Eurostat's citizenship
 *     groups
 * @param zone the time zone that places a hotline call in a year
 * @param importMaxBytes the largest HTCDS file accepted
 */
@ConfigurationProperties("haven.statistics")
public record StatisticsSettings(
    Integer threshold,
    Double noiseEpsilon,
    String reportingCountry,
    ZoneId zone,
    Long importMaxBytes) {

  public StatisticsSettings {
    threshold = threshold == null ? 5 : threshold;
    if (threshold < 1) {
      throw new IllegalArgumentException("haven.statistics.threshold must be at least 1");
    }
    if (noiseEpsilon != null && !(noiseEpsilon > 0)) {
      throw new IllegalArgumentException("haven.statistics.noise-epsilon must be positive");
    }
    reportingCountry = reportingCountry == null ? "DK" : reportingCountry;
    zone = zone == null ? ZoneId.of("Europe/Copenhagen") : zone;
    importMaxBytes = importMaxBytes == null ? 50L * 1024 * 1024 : importMaxBytes;
  }
}
