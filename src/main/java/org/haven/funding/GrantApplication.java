package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An application for a grant under an initiative: the applying organisation (the caller's own when
 * left out), the amount asked for, the period and the purpose.
 */
public record GrantApplication(
    UUID initiative,
    UUID organisation,
    BigDecimal amount,
    String currency,
    LocalDate periodFrom,
    LocalDate periodTo,
    String purpose) {}
