package org.haven.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.haven.access.AccessFixtures;
import org.haven.access.Role;
import org.haven.audit.AuditTrail;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drafts left alone are deleted after their period, their authors warned seven days before; time is
 * a clock.
 */
@HavenTest
class DraftExpiryTest {

  @Autowired Referrals referrals;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail audit;
  @Autowired IntakeSettings settings;

  @Test
  void anUntouchedDraftIsWarnedAboutAndThenDeleted() {
    Referral draft =
        referrals.startDraft(ReferralTest.anonymous(), fixtures.user(Role.NGO_WORKER).actor());
    Referral another =
        referrals.startDraft(ReferralTest.anonymous(), fixtures.user(Role.NGO_WORKER).actor());
    List<Object> events = new ArrayList<>();

    DraftExpiry in20Days = expiry(Duration.ofDays(20), events);
    in20Days.warn();
    assertThat(events)
        .doesNotContain(new ReferralDraftExpiring(draft.referralId(), draft.sourceUser()));

    DraftExpiry in22Days = expiry(Duration.ofDays(22), events);
    in22Days.warn();
    assertThat(events).contains(new ReferralDraftExpiring(draft.referralId(), draft.sourceUser()));
    events.clear();
    in22Days.warn();
    assertThat(events)
        .as("warned once")
        .doesNotContain(new ReferralDraftExpiring(draft.referralId(), draft.sourceUser()));

    expiry(Duration.ofDays(27), events).expire();
    assertThat(exists(draft)).isTrue();
    expiry(Duration.ofDays(28).plusMinutes(1), events).expire();
    assertThat(exists(draft)).isFalse();
    assertThat(exists(another)).as("another draft of the same age goes too").isFalse();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE action = 'DELETE' AND resource_id = ?")
                .param(draft.referralId().toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void submittedReferralsAreNeverDeleted() {
    var author = fixtures.user(Role.NGO_WORKER).actor();
    Referral referral = referrals.startDraft(ReferralTest.anonymous(), author);
    referrals.submit(referral.referralId(), author);
    expiry(Duration.ofDays(365), new ArrayList<>()).expire();
    assertThat(exists(referral)).isTrue();
  }

  private DraftExpiry expiry(Duration ahead, List<Object> events) {
    Clock later = Clock.offset(Clock.systemUTC(), ahead);
    return new DraftExpiry(
        jdbc, settings, audit, events::add, Clock.fixed(later.instant(), ZoneOffset.UTC));
  }

  private boolean exists(Referral referral) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM intake.referral WHERE id = ?)")
        .param(referral.referralId().value())
        .query(Boolean.class)
        .single();
  }
}
