package org.haven.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Organisations;
import org.haven.access.Role;
import org.haven.access.Users;
import org.haven.accommodation.Placement;
import org.haven.accommodation.Placements;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditEntry;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditQuery;
import org.haven.audit.AuditTrail;
import org.haven.casework.CaseFiles;
import org.haven.casework.TimelineEntry;
import org.haven.crossborder.Transfer;
import org.haven.crossborder.Transfers;
import org.haven.identification.Identification;
import org.haven.identification.IdentificationId;
import org.haven.identification.Identifications;
import org.haven.intake.Referral;
import org.haven.intake.Referrals;
import org.haven.people.People;
import org.haven.people.Person;
import org.haven.people.PersonId;
import org.haven.people.PersonReference;
import org.haven.repatriation.Repatriation;
import org.haven.repatriation.RepatriationId;
import org.haven.repatriation.Repatriations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Front door of subject access: the centre records a person's request to see what Haven holds about
 * her; a second person — an administrator or another centre caseworker, never the one who recorded
 * it — approves; then the requester releases, once each and within 24 hours, a JSON copy and a
 * readable PDF in the person's language. The copy is made at release from every module's front door
 * (person, referrals with what was told, identification with interview notes, case with timeline,
 * tasks, notes and shares, stays, repatriations, transfers abroad) and the audit trail's account of
 * who read or changed her records when; every reading it takes, and every release, is audited.
 * Nothing of the copy is kept.
 */
@Service
public class SubjectAccess {

  static final String RESOURCE = "SubjectAccess";
  static final Duration VALID = Duration.ofHours(24);
  private static final int NOTE_LIMIT = 1000;
  private static final Set<String> LANGUAGES = Set.of("en", "da", "sv");

  private final JdbcClient jdbc;
  private final People people;
  private final Referrals referrals;
  private final Identifications identifications;
  private final CaseFiles cases;
  private final Placements placements;
  private final Repatriations repatriations;
  private final Transfers transfers;
  private final AuditTrail audit;
  private final Users users;
  private final Organisations organisations;
  private final SubjectAccessPdf pdf;
  private final JsonMapper json;
  private final Clock clock;

  SubjectAccess(
      JdbcClient jdbc,
      People people,
      Referrals referrals,
      Identifications identifications,
      CaseFiles cases,
      Placements placements,
      Repatriations repatriations,
      Transfers transfers,
      AuditTrail audit,
      Users users,
      Organisations organisations,
      SubjectAccessPdf pdf,
      JsonMapper json,
      Clock clock) {
    this.jdbc = jdbc;
    this.people = people;
    this.referrals = referrals;
    this.identifications = identifications;
    this.cases = cases;
    this.placements = placements;
    this.repatriations = repatriations;
    this.transfers = transfers;
    this.audit = audit;
    this.users = users;
    this.organisations = organisations;
    this.pdf = pdf;
    this.json = json;
    this.clock = clock;
  }

  /** Who records a request and releases its copy: the centre's caseworkers. */
  public static boolean mayRequest(Actor by) {
    return by.has(Role.CENTRE_CASEWORKER);
  }

  /** Who approves another person's request. */
  public static boolean mayApprove(Actor by) {
    return by.has(Role.ADMINISTRATOR) || by.has(Role.CENTRE_CASEWORKER);
  }

  /** Records the person's request: when she asked, in which language she reads, a note. */
  @Transactional
  public SubjectAccessRequest request(
      String reference, LocalDate receivedOn, String language, String note, Actor by) {
    if (!mayRequest(by)) {
      throw new AccessDeniedException("Subject access is handled by the centre");
    }
    InvalidInput.Gathered checks = new InvalidInput.Gathered();
    PersonId person = checks.check(() -> people.require(reference, "person"));
    if (receivedOn == null) {
      checks.add("receivedOn", "validation.required");
    } else if (receivedOn.isAfter(LocalDate.now(clock))) {
      checks.add("receivedOn", "validation.futureDate");
    }
    String lang = language == null || language.isBlank() ? "en" : language.strip();
    if (!LANGUAGES.contains(lang)) {
      checks.add("language", "subjectAccess.languageUnknown");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > NOTE_LIMIT) {
      checks.add("note", "validation.tooLong", NOTE_LIMIT);
    }
    checks.done();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO privacy.subject_access (id, person_id, reference, language, received_on, note, requested_by,
                                                requested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            person.value(),
            people.referenceOf(person).map(PersonReference::value).orElse(reference),
            lang,
            receivedOn,
            text,
            by.user().value(),
            utc(clock.instant()))
        .update();
    audit.record(by.audit(), AuditAction.CREATE, RESOURCE, id.toString());
    return find(id);
  }

  /** A second person approves; never the one who recorded the request. */
  @Transactional
  public SubjectAccessRequest approve(UUID id, Actor by) {
    if (!mayApprove(by)) {
      throw new AccessDeniedException("Subject access is approved by administrators or the centre");
    }
    SubjectAccessRequest request = locked(id);
    if (request.requestedBy().equals(by.user().value())) {
      audit.record(
          by.audit(),
          AuditAction.UPDATE,
          RESOURCE,
          id.toString(),
          AuditOutcome.FAILURE,
          "approval of one's own request refused");
      throw new InvalidInput("approval", "subjectAccess.selfApproval");
    }
    if (request.approvedAt() != null) {
      throw new InvalidInput("approval", "subjectAccess.approvedAlready");
    }
    Instant now = clock.instant();
    jdbc.sql(
            "UPDATE privacy.subject_access SET approved_by = ?, approved_at = ?, expires_at = ? WHERE id = ?")
        .params(by.user().value(), utc(now), utc(now.plus(VALID)), id)
        .update();
    audit.record(
        by.audit(), AuditAction.UPDATE, RESOURCE, id.toString(), AuditOutcome.SUCCESS, "approved");
    return find(id);
  }

  /** The JSON copy, once, for the requester after the approval. */
  @Transactional
  public String releaseJson(UUID id, Actor by) {
    SubjectAccessRequest request = releasable(id, "json_released_at", by);
    ObjectNode copy = gather(request, by);
    markReleased(id, "json_released_at", "JSON copy released", by);
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(copy);
  }

  /**
   * The readable copy (PDF in the person's language), once, for the requester after the approval.
   */
  @Transactional
  public byte[] releasePdf(UUID id, Actor by) {
    SubjectAccessRequest request = releasable(id, "pdf_released_at", by);
    ObjectNode copy = gather(request, by);
    markReleased(id, "pdf_released_at", "PDF copy released", by);
    return pdf.render(copy, request);
  }

  /** The requests the actor recorded, and for approvers those waiting for a second person. */
  @Transactional(readOnly = true)
  public List<SubjectAccessRequest> visibleTo(Actor by) {
    if (!mayRequest(by) && !mayApprove(by)) {
      throw new AccessDeniedException("Subject access is the centre's");
    }
    return jdbc
        .sql("SELECT * FROM privacy.subject_access ORDER BY requested_at DESC LIMIT 500")
        .query(SubjectAccess::row)
        .list()
        .stream()
        .filter(
            r ->
                r.requestedBy().equals(by.user().value())
                    || (mayApprove(by) && r.approvedAt() == null))
        .toList();
  }

  @Transactional(readOnly = true)
  public SubjectAccessRequest find(UUID id, Actor by) {
    SubjectAccessRequest request = find(id);
    if (!request.requestedBy().equals(by.user().value()) && !mayApprove(by)) {
      throw new NotFound(RESOURCE);
    }
    return request;
  }

  private SubjectAccessRequest releasable(UUID id, String column, Actor by) {
    SubjectAccessRequest request = locked(id);
    if (!request.requestedBy().equals(by.user().value())) {
      throw new NotFound(RESOURCE);
    }
    if (request.approvedAt() == null) {
      throw new InvalidInput("approval", "subjectAccess.notApproved");
    }
    if (!request.releasable(clock.instant())) {
      throw new InvalidInput("approval", "subjectAccess.expired");
    }
    Instant released =
        column.equals("json_released_at") ? request.jsonReleasedAt() : request.pdfReleasedAt();
    if (released != null) {
      throw new InvalidInput("approval", "subjectAccess.releasedAlready");
    }
    return request;
  }

  private void markReleased(UUID id, String column, String what, Actor by) {
    jdbc.sql("UPDATE privacy.subject_access SET " + column + " = ? WHERE id = ?")
        .params(utc(clock.instant()), id)
        .update();
    audit.record(
        by.audit(), AuditAction.EXPORT, RESOURCE, id.toString(), AuditOutcome.SUCCESS, what);
  }

  /** Everything held about the person, module by module; every reading audited for this request. */
  private ObjectNode gather(SubjectAccessRequest request, Actor by) {
    String purpose = "subject access " + request.id();
    // the person as she is now: a merge of her records since the request moved it to the survivor
    UUID personId =
        jdbc.sql("SELECT person_id FROM privacy.subject_access WHERE id = ?")
            .param(request.id())
            .query(UUID.class)
            .single();
    PersonReference reference =
        people
            .referenceOf(new PersonId(personId))
            .orElseGet(() -> new PersonReference(request.reference()));
    Person person = people.find(reference, by).orElseThrow(() -> new NotFound("Person"));
    ObjectNode copy = json.createObjectNode();
    copy.put("person", reference.value());
    copy.put("made", clock.instant().toString());
    copy.put("receivedOn", request.receivedOn().toString());
    ObjectNode identity = copy.putObject("identity");
    identity.put("givenNames", person.givenNames());
    identity.put("familyName", person.familyName());
    identity.set("otherNames", json.valueToTree(person.aliases()));
    identity.put("gender", person.gender().name());
    identity.set("birth", json.valueToTree(person.birth()));
    identity.set("citizenships", json.valueToTree(person.citizenships()));
    identity.set("languages", json.valueToTree(person.languages()));
    identity.put("interpreterNeeded", person.interpreterNeeded());
    identity.put("phone", person.phone());
    identity.set("identityDocuments", json.valueToTree(person.documents()));
    identity.put("registeredAt", person.registeredAt().toString());
    identity.put("safeAddressRecorded", people.hasSafeAddress(reference));

    // the organisations' names, read once for every part of the copy
    Map<UUID, String> orgs = organisations.names();
    Set<String> records = new LinkedHashSet<>();
    records.add(reference.value());
    records.add(request.reference());
    ArrayNode referralList = copy.putArray("referrals");
    for (Referral r : referrals.ofPerson(person.personId(), purpose, by)) {
      records.add(r.referralId().toString());
      ObjectNode item = referralList.addObject();
      item.put("status", r.status().name());
      item.put("path", r.path().name());
      item.put("channel", r.channel() == null ? null : r.channel().name());
      item.put("from", orgs.get(r.sourceOrganisation()));
      item.put("encounterDate", r.encounterDate() == null ? null : r.encounterDate().toString());
      item.put("encounterPlace", r.encounterPlace());
      item.put("whatWasTold", r.account());
      item.set("exploitation", json.valueToTree(r.exploitation()));
      item.set("indicators", json.valueToTree(r.indicators()));
      item.set("consent", json.valueToTree(r.consent()));
      item.put("submittedAt", r.submittedAt() == null ? null : r.submittedAt().toString());
      item.put("decidedAt", r.decidedAt() == null ? null : r.decidedAt().toString());
    }

    cases
        .caseOf(person.personId())
        .ifPresent(
            caseId -> {
              records.add(caseId.toString());
              CaseFiles.Folder folder = cases.open(caseId, by);
              ObjectNode file = copy.putObject("case");
              file.put("status", folder.file().status().name());
              file.put("openedAt", folder.file().openedAt().toString());
              file.put(
                  "closedAt",
                  folder.file().closedAt() == null ? null : folder.file().closedAt().toString());
              file.put("decision", folder.file().decisionOutcome());
              file.put(
                  "periodEndsOn",
                  folder.file().periodEndsOn() == null
                      ? null
                      : folder.file().periodEndsOn().toString());
              ArrayNode timeline = file.putArray("timeline");
              for (int page = 0; page < 50; page++) {
                List<TimelineEntry> entries = cases.timeline(caseId, page, 200, by);
                for (TimelineEntry e : entries) {
                  ObjectNode item = timeline.addObject();
                  item.put("at", e.occurredAt().toString());
                  item.put("what", e.kind());
                }
                if (entries.size() < 200) {
                  break;
                }
              }
              file.set(
                  "tasks",
                  json.valueToTree(
                      folder.tasks().stream()
                          .map(
                              t ->
                                  Map.of(
                                      "title",
                                      t.title() == null ? t.kind() : t.title(),
                                      "status",
                                      t.status().name()))
                          .toList()));
              file.set(
                  "notes",
                  json.valueToTree(
                      folder.notes().stream()
                          .map(n -> Map.of("writtenAt", n.createdAt().toString(), "text", n.text()))
                          .toList()));
              file.set(
                  "sharedWith",
                  json.valueToTree(
                      folder.shares().stream()
                          .map(
                              s ->
                                  Map.of(
                                      "organisation",
                                      String.valueOf(orgs.get(s.organisation())),
                                      "basis",
                                      s.basis().name(),
                                      "active",
                                      s.active()))
                          .toList()));
              if (folder.file().identification() != null) {
                records.add(folder.file().identification().toString());
                Identification identification =
                    identifications.findWithTestimony(
                        new IdentificationId(folder.file().identification()), by);
                ObjectNode process = copy.putObject("identification");
                process.put("status", identification.status().name());
                process.put("openedAt", identification.openedAt().toString());
                process.set("interviews", json.valueToTree(identification.interviews()));
                process.set("decisions", json.valueToTree(identification.decisions()));
                process.put(
                    "periodStart",
                    identification.periodStart() == null
                        ? null
                        : identification.periodStart().toString());
                process.put(
                    "periodEndedOn",
                    identification.periodEndedOn() == null
                        ? null
                        : identification.periodEndedOn().toString());
              }
              ArrayNode abroad = copy.putArray("transfersAbroad");
              for (Transfer t : transfers.forCase(caseId, by)) {
                records.add(t.id().toString());
                ObjectNode item = abroad.addObject();
                item.put("to", t.partnerName() + " (" + t.partnerCountry() + ")");
                item.put("purpose", t.purpose().name());
                item.put("basis", t.basis().name());
                item.set("parts", json.valueToTree(t.parts()));
                item.put("sentAt", t.createdAt().toString());
                item.put("status", t.status().name());
                item.put(
                    "consentWithdrawnAt",
                    t.consentWithdrawnAt() == null ? null : t.consentWithdrawnAt().toString());
              }
            });

    ArrayNode stays = copy.putArray("stays");
    for (Placement p : placements.of(person.personId(), by)) {
      records.add(p.id().value().toString());
      ObjectNode item = stays.addObject();
      item.put("from", p.startsOn().toString());
      item.put("to", p.endedOn() == null ? null : p.endedOn().toString());
      item.put("endReason", p.endReason() == null ? null : p.endReason().name());
    }
    ArrayNode returns = copy.putArray("repatriations");
    for (RepatriationId id : repatriations.of(person.personId(), by)) {
      records.add(id.toString());
      Repatriation r = repatriations.find(id, by);
      ObjectNode item = returns.addObject();
      item.put("programme", r.programme().name());
      item.put("status", r.status().name());
      item.put("country", r.destinationCountry());
      item.put("departedOn", r.actualDeparture() == null ? null : r.actualDeparture().toString());
      item.set("support", json.valueToTree(r.supportItems()));
      item.set("followUps", json.valueToTree(r.followUps()));
    }

    // who read or changed her records, when: the audit trail's rows about each record above
    Map<UUID, String> names = users.displayNames();
    List<AuditEntry> entries = new ArrayList<>();
    for (String record : records) {
      entries.addAll(
          audit.search(new AuditQuery(null, null, null, record, null, null, null, 0, 500)));
    }
    entries.sort(
        (a, b) ->
            a.occurredAt().equals(b.occurredAt())
                ? Long.compare(a.id(), b.id())
                : a.occurredAt().compareTo(b.occurredAt()));
    ArrayNode readers = copy.putArray("whoReadOrChanged");
    for (AuditEntry e : entries) {
      ObjectNode item = readers.addObject();
      item.put("at", e.occurredAt().toString());
      item.put("what", e.action().name() + " " + e.resourceType());
      item.put("who", who(e.actor(), names));
      item.put("organisation", e.organisation() == null ? null : orgs.get(e.organisation()));
    }
    audit.record(
        by.audit(),
        AuditAction.READ,
        RESOURCE,
        request.id().toString(),
        AuditOutcome.SUCCESS,
        "copy made of " + records.size() + " records");
    return copy;
  }

  private static String who(String actor, Map<UUID, String> names) {
    try {
      return names.getOrDefault(UUID.fromString(actor), actor);
    } catch (IllegalArgumentException notAUser) {
      return actor; // "system", "anonymous"
    }
  }

  private SubjectAccessRequest find(UUID id) {
    return jdbc.sql("SELECT * FROM privacy.subject_access WHERE id = ?")
        .param(id)
        .query(SubjectAccess::row)
        .optional()
        .orElseThrow(() -> new NotFound(RESOURCE));
  }

  private SubjectAccessRequest locked(UUID id) {
    return jdbc.sql("SELECT * FROM privacy.subject_access WHERE id = ? FOR UPDATE")
        .param(id)
        .query(SubjectAccess::row)
        .optional()
        .orElseThrow(() -> new NotFound(RESOURCE));
  }

  private static SubjectAccessRequest row(ResultSet rs, int n) throws SQLException {
    return new SubjectAccessRequest(
        rs.getObject("id", UUID.class),
        rs.getString("reference"),
        rs.getString("language"),
        rs.getObject("received_on", LocalDate.class),
        rs.getString("note"),
        rs.getObject("requested_by", UUID.class),
        instant(rs, "requested_at"),
        rs.getObject("approved_by", UUID.class),
        instant(rs, "approved_at"),
        instant(rs, "expires_at"),
        instant(rs, "json_released_at"),
        instant(rs, "pdf_released_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
