package org.haven.crossborder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This installation as its partners see it, and how envelopes travel.
 *
 * @param name the installation's name in envelopes (the centre's or organisation's name)
 * @param country ISO 3166-1 alpha-2 of the installation's country
 * @param endpoint the inbox's address as partners reach it ({@code https://…/exchange/v1/inbox});
 *     published in the installation document
 * @param allowHttp accept partner endpoints without TLS: for tests and local trials only
 * @param deliverEvery how often the outbox looks for envelopes due
 * @param messageLifetime how long an envelope may travel (retries included) before it expires
 * @param requestTimeout how long one delivery attempt waits for the partner's answer
 * @param maxEnvelopeBytes the largest envelope the inbox reads (2 MiB by default)
 * @param clockSkew how far a partner's clock may run ahead of ours
 * @param firstRetry the wait before the second attempt at a delivery; it doubles with every
 *     attempt, up to an hour
 */
@ConfigurationProperties("haven.crossborder")
public record CrossborderSettings(
    @DefaultValue("Haven") String name,
    @DefaultValue("DK") String country,
    @DefaultValue("") String endpoint,
    @DefaultValue("false") boolean allowHttp,
    @DefaultValue("PT5S") Duration deliverEvery,
    @DefaultValue("P7D") Duration messageLifetime,
    @DefaultValue("PT10S") Duration requestTimeout,
    @DefaultValue("2097152") int maxEnvelopeBytes,
    @DefaultValue("PT5M") Duration clockSkew,
    @DefaultValue("PT10S") Duration firstRetry) {}
