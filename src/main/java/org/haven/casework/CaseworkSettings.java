package org.haven.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings. Mail is off unless {@code haven.notifications.mail-enabled=true} and
 * Spring's {@code spring.mail.*} name an SMTP server; a mail never holds personal data, only a
 * link.
 *
 * @param mailEnabled send an e-mail for each in-app notification
 * @param mailFrom the sender address
 */
@ConfigurationProperties("haven.notifications")
public record CaseworkSettings(
    @DefaultValue("false") boolean mailEnabled, @DefaultValue("haven@localhost") String mailFrom) {}
