package org.haven.intake;

import java.time.LocalDate;
import java.util.UUID;

/** Criteria for the referrals list; every one is optional. */
public record ReferralFilter(
    ReferralStatus status,
    UUID organisation,
    Channel channel,
    LocalDate from,
    LocalDate to,
    Boolean minors,
    Boolean immediateDanger,
    int page,
    int size) {

  public ReferralFilter {
    page = Math.max(0, page);
    size = size <= 0 ? 50 : Math.min(size, 500);
  }

  public static ReferralFilter all() {
    return new ReferralFilter(null, null, null, null, null, null, null, 0, 50);
  }
}
