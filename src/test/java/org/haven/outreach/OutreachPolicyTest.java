package org.haven.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.Language;
import org.haven.access.OrganisationId;
import org.haven.access.Role;
import org.haven.access.UserId;
import org.junit.jupiter.api.Test;

/** Who may read, change and add to outreach, decided by the policy alone. */
class OutreachPolicyTest {

  private static final UUID NGO = UUID.randomUUID();
  private static final UUID OTHER_NGO = UUID.randomUUID();

  private static Actor actor(UUID organisation, Role role) {
    return new Actor(
        new UserId(UUID.randomUUID()),
        new OrganisationId(organisation),
        "Someone",
        Set.of(role),
        Language.EN,
        Instant.now());
  }

  private static Activity activity(boolean closed) {
    return new Activity(
        UUID.randomUUID(),
        NGO,
        ActivityType.VENUE,
        LocalDate.of(2026, 11, 1),
        120,
        "Copenhagen",
        null,
        null,
        List.of(),
        List.of(),
        false,
        null,
        closed,
        0,
        0,
        0);
  }

  @Test
  void theNgoChangesItsOwnOpenActivitiesAndNobodyElseDoes() {
    Actor worker = actor(NGO, Role.NGO_WORKER);
    Actor otherWorker = actor(OTHER_NGO, Role.NGO_WORKER);
    Actor centre = actor(UUID.randomUUID(), Role.CENTRE_CASEWORKER);
    assertThat(OutreachPolicy.mayAddContact(activity(false), worker)).isTrue();
    assertThat(OutreachPolicy.mayAddContact(activity(true), worker)).as("closed").isFalse();
    assertThat(OutreachPolicy.mayAddContact(activity(false), otherWorker)).isFalse();
    assertThat(OutreachPolicy.mayAddContact(activity(false), centre)).isFalse();
    assertThat(OutreachPolicy.mayRead(NGO, centre)).isTrue();
    assertThat(OutreachPolicy.mayRead(NGO, otherWorker)).isFalse();
    assertThat(OutreachPolicy.mayRevealAddress(NGO, actor(UUID.randomUUID(), Role.CENTRE_ANALYST)))
        .isFalse();
  }

  @Test
  void theMinistryReadsCountsOnlyAndAChildAtAVenueIsFlagged() {
    Actor ministry = actor(UUID.randomUUID(), Role.MINISTRY_OFFICIAL);
    assertThat(OutreachPolicy.mayReadCountsOnly(ministry)).isTrue();
    assertThat(OutreachPolicy.mayRead(NGO, ministry)).isFalse();
    assertThat(OutreachPolicy.childProtection(ActivityType.VENUE, ContactAge.UNDER_18)).isTrue();
    assertThat(OutreachPolicy.childProtection(ActivityType.DROP_IN, ContactAge.UNDER_18)).isFalse();
    assertThat(OutreachPolicy.childProtection(ActivityType.VENUE, ContactAge.AGE_18_24)).isFalse();
  }
}
