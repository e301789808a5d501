package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An action plan as the centre enters it. */
public record ActionPlanDetails(
    String name,
    LocalDate startsOn,
    LocalDate endsOn,
    BigDecimal budget,
    String currency,
    String source) {}
