package org.haven.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.OrganisationId;
import org.haven.access.Organisations;
import org.haven.access.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for sharing a case with another organisation: the centre shares parts of a case on the
 * person's recorded consent or a cited legal basis ({@link ShareRequest#checked}), and ends a
 * share; when the person withdraws consent, every share resting on it ends at once.
 */
@Service
public class CaseShares {

  private final JdbcClient jdbc;
  private final CaseRecords records;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseShares(
      JdbcClient jdbc,
      CaseRecords records,
      Organisations organisations,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.records = records;
    this.organisations = organisations;
    this.events = events;
    this.clock = clock;
  }

  /** Shares the case (the centre). */
  @Transactional
  public CaseShare share(CaseId id, ShareRequest request, Actor by) {
    CaseFile file = records.load(id);
    records.requireFull(file, by);
    file.requireOpen();
    if (request.organisation() == null
        || organisations.find(new OrganisationId(request.organisation())).isEmpty()) {
      throw new InvalidInput("organisation", "share.organisationUnknown");
    }
    ShareRequest share =
        request.checked(file, by.organisation().value(), LocalDate.now(clock), clock.getZone());
    UUID shareId = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO casework.case_share (id, case_id, organisation, parts, basis, basis_detail, consent_given_on,
                                             recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            shareId,
            id.value(),
            share.organisation(),
            share.parts().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
            share.basis().name(),
            share.basisDetail(),
            share.consentGivenOn(),
            by.user().value(),
            CaseRecords.utc(now))
        .update();
    records.entry(id, now, "SHARED", by.user().value(), shareId, share.basis().name());
    records.auditChange(id, by, "shared " + shareId);
    return find(id, shareId);
  }

  /** Ends a share (the centre). */
  @Transactional
  public CaseShare revoke(CaseId id, UUID shareId, String reason, Actor by) {
    records.requireFull(records.load(id), by);
    CaseShare share = find(id, shareId);
    if (!share.active()) {
      throw new InvalidInput("share", "share.alreadyRevoked");
    }
    end(
        id,
        List.of(shareId),
        Texts.optional("reason", reason, CaseFiles.TITLE_LIMIT),
        by.user().value(),
        clock.instant());
    records.auditChange(id, by, "share revoked " + shareId);
    return find(id, shareId);
  }

  /**
   * The shares that {@link #withdrawConsent} would end now: every active share resting on consent
   * (shares on a legal basis stay). For the page that asks first.
   */
  @Transactional(readOnly = true)
  public List<CaseShare> endedByConsentWithdrawal(CaseId id, Actor by) {
    records.requireFull(records.load(id), by);
    return onConsent(id);
  }

  /**
   * The person withdrew consent: every share resting on consent ends now, and new consent-based
   * shares need consent given after today. Returns how many shares ended.
   */
  @Transactional
  public int withdrawConsent(CaseId id, Actor by) {
    records.requireFull(records.load(id), by);
    Instant now = clock.instant();
    List<UUID> ending = onConsent(id).stream().map(CaseShare::id).toList();
    end(id, ending, "consent withdrawn", by.user().value(), now);
    jdbc.sql(
            "UPDATE casework.case_file SET consent_withdrawn_at = ?, version = version + 1 WHERE id = ?")
        .params(CaseRecords.utc(now), id.value())
        .update();
    records.entry(
        id, now, "CONSENT_WITHDRAWN", by.user().value(), null, String.valueOf(ending.size()));
    records.auditChange(id, by, "consent withdrawn");
    events.publishEvent(new CaseConsentWithdrawn(id, now));
    return ending.size();
  }

  private List<CaseShare> onConsent(CaseId id) {
    return records.shares(id).stream()
        .filter(s -> s.active() && s.basis() == ShareBasis.CONSENT)
        .toList();
  }

  private CaseShare find(CaseId id, UUID shareId) {
    return records.shares(id).stream()
        .filter(s -> s.id().equals(shareId))
        .findFirst()
        .orElseThrow(() -> new NotFound("Share"));
  }

  private void end(CaseId id, List<UUID> shareIds, String reason, UUID by, Instant at) {
    for (UUID shareId : shareIds) {
      jdbc.sql(
              "UPDATE casework.case_share SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL")
          .params(CaseRecords.utc(at), by, reason, shareId)
          .update();
      records.entry(id, at, "SHARE_REVOKED", by, shareId);
    }
  }
}
