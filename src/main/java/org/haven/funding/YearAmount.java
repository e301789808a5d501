package org.haven.funding;

import java.math.BigDecimal;

/** An amount (a budget, or an indicator's target) for one calendar year. */
public record YearAmount(int year, BigDecimal amount) {}
