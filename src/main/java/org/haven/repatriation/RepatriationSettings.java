package org.haven.repatriation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Repatriation configuration.
 *
 * @param reintegrationMonths how long reintegration support runs after return (default 6)
 * @param followUpIntervalDays how often the partner is expected to report (default 30 days)
 */
@ConfigurationProperties("haven.repatriation")
public record RepatriationSettings(
    @DefaultValue("6") int reintegrationMonths, @DefaultValue("30") int followUpIntervalDays) {}
