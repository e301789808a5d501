package org.haven.crossborder;

import java.util.Map;
import java.util.UUID;

/**
 * What the administrator registers about a partner, from the partner's installation document
 * ({@code GET /exchange/v1/installation} on the partner's side) and what was agreed.
 *
 * @param endpoint the partner's inbox, {@code https://…/exchange/v1/inbox}
 * @param keys the partner's public keys as a JWK set: at least one EC P-256 key with {@code use}
 *     {@code sig} and one with {@code use} {@code enc}, each with a {@code kid}, no private parts
 */
public record PartnerDetails(
    String name,
    String country,
    PartnerKind kind,
    String endpoint,
    UUID installation,
    Map<String, Object> keys) {}
