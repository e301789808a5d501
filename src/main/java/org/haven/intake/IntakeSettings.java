package org.haven.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake configuration.
 *
 * @param draftRetention how long an untouched draft is kept before it is deleted (default 28 days)
 * @param draftWarning how long before deletion the author is warned (default 7 days)
 */
@ConfigurationProperties("haven.intake")
public record IntakeSettings(
    @DefaultValue("28d") Duration draftRetention, @DefaultValue("7d") Duration draftWarning) {}
