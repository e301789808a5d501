package org.haven.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.haven.accommodation.PlacementEnded;
import org.haven.accommodation.PlacementStarted;
import org.haven.identification.IdentificationAssigned;
import org.haven.identification.IdentificationOpened;
import org.haven.identification.InterviewHeld;
import org.haven.identification.InterviewScheduled;
import org.haven.identification.ReflectionPeriodEnded;
import org.haven.identification.ReflectionPeriodEnding;
import org.haven.identification.ReflectionPeriodExtended;
import org.haven.identification.ReflectionPeriodStarted;
import org.haven.identification.VictimStatusDecided;
import org.haven.intake.ReferralAccepted;
import org.haven.intake.Referrals;
import org.haven.people.People;
import org.haven.people.PersonId;
import org.haven.people.PersonReference;
import org.haven.repatriation.PersonReturned;
import org.haven.repatriation.ReintegrationEnded;
import org.haven.repatriation.RepatriationAgreed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each case's timeline from the facts other modules announce, opens the case when a referral
 * is accepted, keeps the summary's key dates, and turns deadline warnings into tasks and
 * notifications for the contact person. Each event is handled once, after its source committed (the
 * event publication registry replays what a crash interrupted).
 */
@Component
class CaseTimeline {

  static final String PERIOD_ENDING = "PERIOD_ENDING";

  private final CaseFiles cases;
  private final Referrals referrals;
  private final People people;
  private final Notifications notifications;
  private final JdbcClient jdbc;

  CaseTimeline(
      CaseFiles cases,
      Referrals referrals,
      People people,
      Notifications notifications,
      JdbcClient jdbc) {
    this.cases = cases;
    this.referrals = referrals;
    this.people = people;
    this.notifications = notifications;
    this.jdbc = jdbc;
  }

  @ApplicationModuleListener
  void on(ReferralAccepted accepted) {
    if (accepted.person() == null) {
      return; // an anonymous notification is counted, not worked as a case
    }
    referrals
        .acceptance(accepted.referral())
        .ifPresent(
            referral -> {
              Instant at = referral.acceptedAt();
              CaseId id =
                  cases.openFor(
                      accepted.person(),
                      reference(accepted.person()),
                      referral.acceptedBy(),
                      referral.minor(),
                      at);
              cases.entry(
                  id,
                  at,
                  "REFERRAL_ACCEPTED",
                  "intake",
                  referral.acceptedBy(),
                  accepted.referral().value());
            });
  }

  @ApplicationModuleListener
  void on(IdentificationOpened opened) {
    CaseId id = caseFor(opened.person(), opened.assignedTo(), opened.occurredAt());
    jdbc.sql("UPDATE casework.case_file SET identification_id = ? WHERE id = ?")
        .params(opened.identification().value(), id.value())
        .update();
    jdbc.sql(
            "UPDATE casework.case_file SET contact_person = ? WHERE id = ? AND contact_person IS NULL")
        .params(opened.assignedTo(), id.value())
        .update();
    entry(
        id,
        opened.occurredAt(),
        "IDENTIFICATION_OPENED",
        opened.assignedTo(),
        opened.identification().value());
  }

  @ApplicationModuleListener
  void on(IdentificationAssigned assigned) {
    CaseId id = caseFor(assigned.person(), assigned.assignedTo(), assigned.occurredAt());
    entry(
        id,
        assigned.occurredAt(),
        "IDENTIFICATION_ASSIGNED",
        null,
        assigned.identification().value());
  }

  @ApplicationModuleListener
  void on(InterviewScheduled scheduled) {
    CaseId id = caseFor(scheduled.person(), null, scheduled.occurredAt());
    entry(
        id,
        scheduled.occurredAt(),
        "INTERVIEW_SCHEDULED",
        scheduled.actor(),
        scheduled.interview(),
        scheduled.scheduledAt().toString());
  }

  @ApplicationModuleListener
  void on(InterviewHeld held) {
    CaseId id = caseFor(held.person(), null, held.occurredAt());
    entry(
        id,
        held.occurredAt(),
        "INTERVIEW_HELD",
        held.actor(),
        held.interview(),
        held.heldOn().toString(),
        held.conductor().name());
  }

  @ApplicationModuleListener
  void on(VictimStatusDecided decided) {
    CaseId id = caseFor(decided.person(), null, decided.occurredAt());
    jdbc.sql(
            "UPDATE casework.case_file SET decision_outcome = ?, competent_authority = ? WHERE id = ?")
        .params(decided.outcome().name(), decided.authority().name(), id.value())
        .update();
    entry(
        id,
        decided.occurredAt(),
        decided.reconsideration() ? "DECISION_RECONSIDERED" : "VICTIM_STATUS_DECIDED",
        decided.actor(),
        decided.decision(),
        decided.outcome().name(),
        decided.authority().name(),
        decided.decidedOn().toString());
  }

  @ApplicationModuleListener
  void on(ReflectionPeriodStarted started) {
    CaseId id = caseFor(started.person(), null, started.occurredAt());
    periodEnds(id, started.endsOn());
    entry(
        id,
        started.occurredAt(),
        "PERIOD_STARTED",
        started.actor(),
        started.identification().value(),
        started.type().name(),
        started.start().toString(),
        started.endsOn().toString());
  }

  @ApplicationModuleListener
  void on(ReflectionPeriodExtended extended) {
    CaseId id = caseFor(extended.person(), null, extended.occurredAt());
    periodEnds(id, extended.endsOn());
    obsoleteDeadlineTasks(id, extended.occurredAt());
    entry(
        id,
        extended.occurredAt(),
        "PERIOD_EXTENDED",
        extended.actor(),
        extended.identification().value(),
        String.valueOf(extended.days()),
        extended.ground().name(),
        extended.endsOn().toString());
  }

  @ApplicationModuleListener
  void on(ReflectionPeriodEnding ending) {
    CaseId id = caseFor(ending.person(), null, ending.occurredAt());
    UUID contact = cases.load(id).contactPerson();
    int inserted =
        jdbc.sql(
                """
                INSERT INTO casework.task (id, case_id, kind, args, due_on, assignee, status, created_at, policy_key)
                VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                ON CONFLICT (policy_key) DO NOTHING
                """)
            .params(
                UUID.randomUUID(),
                id.value(),
                PERIOD_ENDING,
                ending.daysLeft() + "|" + ending.endsOn(),
                ending.endsOn(),
                contact,
                CaseRecords.utc(ending.occurredAt()),
                "period-ending:"
                    + ending.identification()
                    + ":"
                    + ending.endsOn()
                    + ":"
                    + ending.daysLeft())
            .update();
    if (inserted == 0) {
      return; // announced before (a replay)
    }
    entry(
        id,
        ending.occurredAt(),
        "PERIOD_ENDING",
        null,
        ending.identification().value(),
        String.valueOf(ending.daysLeft()),
        ending.endsOn().toString());
    notifications.notify(
        contact,
        PERIOD_ENDING,
        "/cases/" + id.value(),
        List.of(String.valueOf(ending.daysLeft()), ending.endsOn().toString()));
  }

  @ApplicationModuleListener
  void on(ReflectionPeriodEnded ended) {
    CaseId id = caseFor(ended.person(), null, ended.occurredAt());
    periodEnds(id, null);
    obsoleteDeadlineTasks(id, ended.occurredAt());
    entry(
        id,
        ended.occurredAt(),
        "PERIOD_ENDED",
        ended.actor(),
        ended.identification().value(),
        ended.reason().name(),
        ended.endedOn().toString());
  }

  @ApplicationModuleListener
  void on(PlacementStarted started) {
    CaseId id = caseFor(started.person(), null, started.occurredAt());
    cases.entry(
        id,
        started.occurredAt(),
        "PLACEMENT_STARTED",
        "accommodation",
        started.actor(),
        started.placement().value(),
        started.startsOn().toString());
  }

  @ApplicationModuleListener
  void on(PlacementEnded ended) {
    CaseId id = caseFor(ended.person(), null, ended.occurredAt());
    cases.entry(
        id,
        ended.occurredAt(),
        "PLACEMENT_ENDED",
        "accommodation",
        ended.actor(),
        ended.placement().value(),
        ended.endedOn().toString(),
        ended.reason().name());
  }

  @ApplicationModuleListener
  void on(RepatriationAgreed agreed) {
    CaseId id = caseFor(agreed.person(), null, agreed.occurredAt());
    cases.entry(
        id,
        agreed.occurredAt(),
        "REPATRIATION_AGREED",
        "repatriation",
        agreed.actor(),
        agreed.repatriation().value(),
        agreed.programme().name());
  }

  @ApplicationModuleListener
  void on(PersonReturned returned) {
    CaseId id = caseFor(returned.person(), null, returned.occurredAt());
    cases.entry(
        id,
        returned.occurredAt(),
        "PERSON_RETURNED",
        "repatriation",
        returned.actor(),
        returned.repatriation().value(),
        returned.destinationCountry(),
        returned.departedOn().toString(),
        returned.reintegrationEndsOn().toString());
  }

  @ApplicationModuleListener
  void on(ReintegrationEnded ended) {
    CaseId id = caseFor(ended.person(), null, ended.occurredAt());
    cases.entry(
        id,
        ended.occurredAt(),
        "REINTEGRATION_ENDED",
        "repatriation",
        ended.actor(),
        ended.repatriation().value(),
        ended.outcome().name(),
        ended.endedOn().toString());
  }

  private CaseId caseFor(PersonId person, UUID contact, Instant at) {
    return cases
        .caseOf(person)
        .orElseGet(() -> cases.openFor(person, reference(person), contact, false, at));
  }

  private String reference(PersonId person) {
    return people.referenceOf(person).map(PersonReference::value).orElse("?");
  }

  private void periodEnds(CaseId id, LocalDate endsOn) {
    jdbc.sql("UPDATE casework.case_file SET period_ends_on = ? WHERE id = ?")
        .params(endsOn, id.value())
        .update();
  }

  private void obsoleteDeadlineTasks(CaseId id, Instant at) {
    jdbc.sql(
            "UPDATE casework.task SET status = 'OBSOLETE', done_at = ? WHERE case_id = ? AND kind = ? AND status = 'OPEN'")
        .params(CaseRecords.utc(at), id.value(), PERIOD_ENDING)
        .update();
  }

  private void entry(CaseId id, Instant at, String kind, UUID actor, UUID subject, String... args) {
    cases.entry(id, at, kind, "identification", actor, subject, args);
  }
}
