package org.haven.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retention schedule (ISO-8601 periods such as {@code P2Y}, or {@code 2y}): how long each kind
 * of record is kept after it ends, before its personal data is erased.
 *
 * @param declinedReferrals a person's referrals (declined, withdrawn, or accepted without a case
 *     that outlives them), after the last was decided (default 2 years)
 * @param closedCases a person's case, stays, identification and returns, after the last ended
 *     (default 5 years)
 * @param anonymousNotifications anonymous notifications, after they were sent (default 2 years)
 * @param hotlineCalls hotline calls, after they were received (default 2 years)
 * @param audit the audit trail (default 10 years); shown, not pruned, so its chain stays whole
 * @param batch how many persons are erased in one transaction (default 500)
 * @param enabled whether the daily run erases what is due (default true)
 * @param cron when the daily run starts, in the installation's time zone (default 03:30, after the
 *     daily backup)
 */
@ConfigurationProperties("haven.retention")
public record RetentionSettings(
    @DefaultValue("2y") Period declinedReferrals,
    @DefaultValue("5y") Period closedCases,
    @DefaultValue("2y") Period anonymousNotifications,
    @DefaultValue("2y") Period hotlineCalls,
    @DefaultValue("10y") Period audit,
    @DefaultValue("500") int batch,
    @DefaultValue("true") boolean enabled,
    @DefaultValue("0 30 3 * * *") String cron) {

  public RetentionSettings {
    for (Period period :
        new Period[] {
          declinedReferrals, closedCases, anonymousNotifications, hotlineCalls, audit
        }) {
      if (period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("A retention period must be longer than zero");
      }
    }
    if (batch < 1 || batch > 10_000) {
      throw new IllegalArgumentException("haven.retention.batch must be between 1 and 10000");
    }
  }
}
