package org.haven.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment as recorded: the date, the amount (in the grant's currency) and a note. */
public record PaymentDetails(LocalDate paidOn, BigDecimal amount, String currency, String note) {}
