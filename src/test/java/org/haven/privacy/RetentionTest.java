package org.haven.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.InvalidInput;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.audit.AuditTrail;
import org.haven.people.PersonReference;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * The retention schedule, legal holds and erasure on real records (made over HTTP as an NGO and the
 * centre make them, then aged in the database): a person whose case closed six years ago is erased
 * by the run in every module while the statistics keep their counts and the audit chain stays
 * intact without a name in it; a person with an open case is kept; a legal hold keeps a person
 * until it is lifted; an erasure on request needs a second person and is refused under a hold. Its
 * own database (a run erases whatever is due), in batches of two.
 */
@HavenTest
@TestPropertySource(properties = "haven.retention.batch=2")
class RetentionTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired Retention retention;
  @Autowired AuditTrail audit;

  Http http;
  TestUser caseworker;
  TestUser colleague;
  TestUser admin;
  String centre;
  String ngo;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    colleague = fixtures.user(Role.CENTRE_CASEWORKER);
    admin = fixtures.user(Role.ADMINISTRATOR);
    centre = fixtures.token(caseworker);
    ngo =
        fixtures.token(fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER));
  }

  @Test
  void aPersonWhosePeriodsRanOutIsErasedEverywhereWhileCountsAndTheAuditChainStay() {
    Person old = person("Zabrowska");
    note(old, "Her brother in Gdansk knows the recruiter.");
    closeLongAgo(old, 6);
    Person open = person("Wierzbinska");
    long referralsCounted = count("SELECT count(*) FROM statistics.referral");

    RetentionOverview before = retention.overview(caseworker.actor());
    assertThat(rule(before, RetentionKind.CLOSED_CASES).dueNow()).isGreaterThanOrEqualTo(1);
    assertThat(before.soonest()).extracting(RetentionOverview.Due::reference).contains(old.ref);
    assertThat(before.soonest())
        .extracting(RetentionOverview.Due::reference)
        .doesNotContain(open.ref);

    ErasureRun run = retention.runNow(admin.actor());
    assertThat(run.failure()).isNull();
    assertThat(run.persons()).isGreaterThanOrEqualTo(1);

    // the person record keeps its reference and codes, and loses every identifying value
    assertThat(
            count(
                """
                SELECT count(*) FROM people.person WHERE reference = ? AND erased_at IS NOT NULL
                  AND given_names IS NULL AND family_name IS NULL AND birth_year IS NULL AND phone IS NULL
                  AND gender IS NOT NULL
                """,
                old.ref))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM people.match_key WHERE person_id = ?::uuid", old.id))
        .isZero();
    assertThat(
            count("SELECT count(*) FROM people.person_encoding WHERE person_id = ?::uuid", old.id))
        .isZero();
    // every module's part: the referral's identity and account, the case's notes
    assertThat(
            count(
                """
                SELECT count(*) FROM intake.referral WHERE person_id = ?::uuid
                  AND (family_name IS NOT NULL OR account IS NOT NULL OR encounter_place IS NOT NULL)
                """,
                old.id))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM casework.note n JOIN casework.case_file c ON c.id = n.case_id"
                    + " WHERE c.person_id = ?::uuid",
                old.id))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM casework.timeline_entry t JOIN casework.case_file c ON c.id = t.case_id"
                    + " WHERE c.person_id = ?::uuid",
                old.id))
        .as("the timeline keeps its dates and codes")
        .isPositive();
    // the person with an open case is untouched
    assertThat(
            count(
                "SELECT count(*) FROM people.person WHERE reference = ? AND family_name = ?",
                open.ref,
                open.name))
        .isEqualTo(1);
    // what holds no identity stays
    assertThat(count("SELECT count(*) FROM statistics.referral")).isEqualTo(referralsCounted);
    assertThat(audit.verify(fixtures.user(Role.AUDITOR).actor().audit()).intact()).isTrue();
    assertThat(
            count(
                """
                SELECT count(*) FROM audit.audit_event
                WHERE concat_ws('|', actor, resource_type, resource_id, purpose) ILIKE '%' || ? || '%'
                """,
                old.name))
        .as("the audit trail holds ids, never names")
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'Person' AND resource_id = ?"
                    + " AND action = 'DELETE'",
                old.ref))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM privacy.erasure WHERE erased_person = ?::uuid AND basis = 'RETENTION'",
                old.id))
        .as("the proof it was done, and when it was due")
        .isEqualTo(1);

    // a second run finds nothing more of her, and a change of the erased record is refused
    retention.runNow(admin.actor());
    assertThat(count("SELECT count(*) FROM privacy.erasure WHERE erased_person = ?::uuid", old.id))
        .isEqualTo(1);
    assertThatThrownBy(
            () -> retention.placeHold(old.ref, "Court order 12/2026", caseworker.actor()))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("messageKey", "retention.erasedAlready");
  }

  @Test
  void aLegalHoldKeepsThePersonUntilItIsLiftedAndNeedsAReason() {
    Person held = person("Kowalczykowa");
    closeLongAgo(held, 7);

    assertThatThrownBy(() -> retention.placeHold(held.ref, "  ", caseworker.actor()))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "reason");
    assertThat(count("SELECT count(*) FROM privacy.legal_hold WHERE person_id = ?::uuid", held.id))
        .isZero();
    assertThatThrownBy(
            () ->
                retention.placeHold(
                    held.ref,
                    "Police investigation",
                    fixtures
                        .user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER)
                        .actor()))
        .isInstanceOf(AccessDeniedException.class);

    LegalHold hold =
        retention.placeHold(held.ref, "Police investigation 0100-2026-7", caseworker.actor());
    assertThat(hold.inForce()).isTrue();
    assertThat(retention.overview(admin.actor()).heldBack()).isGreaterThanOrEqualTo(1);

    ErasureRun run = retention.runNow(admin.actor());
    assertThat(run.held()).isGreaterThanOrEqualTo(1);
    assertThat(erased(held)).isFalse();

    assertThatThrownBy(() -> retention.liftHold(hold.id(), "", caseworker.actor()))
        .isInstanceOf(InvalidInput.class);
    retention.liftHold(hold.id(), "The investigation was closed", colleague.actor());
    assertThatThrownBy(() -> retention.liftHold(hold.id(), "again", colleague.actor()))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("messageKey", "retention.liftedAlready");
    retention.runNow(admin.actor());
    assertThat(erased(held)).isTrue();
  }

  @Test
  void anErasureOnRequestNeedsASecondPersonAndIsRefusedUnderAHold() {
    Person asking = person("Nowakowska");
    note(asking, "She wants nothing kept.");

    assertThatThrownBy(() -> retention.requestErasure(asking.ref, "", caseworker.actor()))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "reason");
    ErasureRequest request =
        retention.requestErasure(asking.ref, "She asked at the shelter", caseworker.actor());
    assertThatThrownBy(() -> retention.requestErasure(asking.ref, "asked twice", colleague.actor()))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("messageKey", "retention.requestedAlready");
    assertThatThrownBy(() -> retention.approveErasure(request.id(), caseworker.actor()))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("messageKey", "retention.selfApproval");
    assertThat(erased(asking)).isFalse();

    // a hold placed meanwhile wins over the request
    LegalHold hold =
        retention.placeHold(asking.ref, "Complaint to the ombudsman", colleague.actor());
    assertThatThrownBy(() -> retention.approveErasure(request.id(), admin.actor()))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("messageKey", "retention.held");
    assertThat(erased(asking)).isFalse();
    retention.liftHold(hold.id(), "Complaint answered", colleague.actor());

    ErasureRequest approved = retention.approveErasure(request.id(), admin.actor());
    assertThat(approved.outcome()).isEqualTo("ERASED");
    assertThat(erased(asking)).isTrue();
    assertThat(
            count(
                "SELECT count(*) FROM casework.note n JOIN casework.case_file c ON c.id = n.case_id"
                    + " WHERE c.person_id = ?::uuid",
                asking.id))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM privacy.erasure WHERE erased_person = ?::uuid AND request = ?",
                asking.id,
                request.id()))
        .isEqualTo(1);
    assertThatThrownBy(() -> retention.approveErasure(request.id(), colleague.actor()))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("messageKey", "retention.decidedAlready");
  }

  @Test
  void anOpenRecordKeepsThePersonWhateverTheOthersSay() {
    Person person = person("Lewandowska");
    closeLongAgo(person, 9);
    // a new referral of hers, not yet decided
    jdbc.sql(
            """
            UPDATE intake.referral SET status = 'SUBMITTED', decided_at = NULL
            WHERE person_id = ?::uuid
            """)
        .param(person.id)
        .update();
    retention.runNow(admin.actor());
    assertThat(erased(person)).isFalse();
  }

  @Test
  void oldAnonymousNotificationsAndHotlineCallsLoseTheirWordsAndStillCount() {
    String anonymous =
        http.post(
                "/api/v1/referrals",
                ngo,
                """
                {"path":"ANONYMOUS","channel":"NGO_OUTREACH","encounterDate":"%s","encounterPlace":"Behind the station",
                 "exploitation":["ForcedLabour"],"forcedLabourIndustry":"F","indicators":["WRK_EXCESSIVE_HOURS"],
                 "gender":"Masculine","citizenships":["UA"],"ageBand":"AGE_25_34"}
                """
                    .formatted(LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(3)))
            .json()
            .get("id")
            .asString();
    http.post("/api/v1/referrals/" + anonymous + "/submit", ngo, "");
    String recent =
        jdbc.sql(
                """
                INSERT INTO intake.hotline_call (id, received_at, caller_type, topic, outcome, logged_by, organisation,
                                                 logged_at)
                SELECT gen_random_uuid(), now() - interval '3 days', 'PUBLIC', 'A neighbour worried', NULL, id,
                       organisation_id, now() FROM access.user_account LIMIT 1
                RETURNING id::text
                """)
            .query(String.class)
            .single();
    String old =
        jdbc.sql(
                """
                INSERT INTO intake.hotline_call (id, received_at, caller_type, topic, outcome, logged_by, organisation,
                                                 logged_at)
                SELECT gen_random_uuid(), now() - interval '3 years', 'POSSIBLE_VICTIM', 'Her employer keeps her pass',
                       'Told about the centre', id, organisation_id, now() FROM access.user_account LIMIT 1
                RETURNING id::text
                """)
            .query(String.class)
            .single();
    long callsBefore = count("SELECT count(*) FROM intake.hotline_call");
    assertThat(
            rule(retention.overview(admin.actor()), RetentionKind.ANONYMOUS_NOTIFICATIONS).dueNow())
        .isZero();
    jdbc.sql(
            "UPDATE intake.referral SET submitted_at = now() - interval '25 months' WHERE id = ?::uuid")
        .param(anonymous)
        .update();
    RetentionOverview overview = retention.overview(admin.actor());
    assertThat(rule(overview, RetentionKind.ANONYMOUS_NOTIFICATIONS).dueNow()).isEqualTo(1);
    assertThat(rule(overview, RetentionKind.HOTLINE_CALLS).dueNow()).isEqualTo(1);

    ErasureRun run = retention.runNow(admin.actor());
    assertThat(run.notifications()).isEqualTo(1);
    assertThat(run.calls()).isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM intake.referral WHERE id = ?::uuid AND encounter_place IS NULL"
                    + " AND encounter_date IS NOT NULL AND age_band = 'AGE_25_34'",
                anonymous))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM intake.hotline_call WHERE id = ?::uuid AND topic = '' AND outcome IS NULL"
                    + " AND caller_type = 'POSSIBLE_VICTIM'",
                old))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM intake.hotline_call WHERE id = ?::uuid AND topic = 'A neighbour worried'",
                recent))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM intake.hotline_call")).isEqualTo(callsBefore);
  }

  private record Person(String id, String ref, String name) {}

  /** A person an NGO referred and the centre accepted, with a name no other test uses. */
  private Person person(String family) {
    String name = family + Long.toString(new Random().nextLong(1L << 40), 36);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    String body =
        """
        {"path":"FULL","channel":"NGO_OUTREACH","encounterDate":"%s","encounterPlace":"Odense harbour",
         "exploitation":["SexualExploitation"],"indicators":["DOC_DOCUMENTS_WITHHELD"],
         "account":"She was brought by %s's cousin.","immediateDanger":false,
         "givenNames":"Anna","familyName":"%s","gender":"Feminine","phone":"+48 601 234 567",
         "birth":{"precision":"YEAR","year":1997},"citizenships":["PL"],
         "consent":{"toReferral":true,"toPolice":false,"toContact":true}}
        """
            .formatted(today.minusDays(10), name, name);
    String referral = http.post("/api/v1/referrals", ngo, body).json().get("id").asString();
    http.post("/api/v1/referrals/" + referral + "/submit", ngo, "");
    http.post("/api/v1/referrals/" + referral + "/accept", centre, "{}");
    String id =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    jdbc.sql(
                            "SELECT c.person_id::text FROM casework.case_file c JOIN intake.referral r"
                                + " ON r.person_id = c.person_id WHERE r.id = ?::uuid")
                        .param(UUID.fromString(referral))
                        .query(String.class)
                        .optional()
                        .orElse(null),
                found -> found != null);
    String reference =
        jdbc.sql("SELECT reference FROM people.person WHERE id = ?::uuid")
            .param(id)
            .query(String.class)
            .single();
    assertThat(PersonReference.isValid(reference)).isTrue();
    return new Person(id, reference, name);
  }

  private void note(Person person, String text) {
    String caseId =
        jdbc.sql("SELECT id::text FROM casework.case_file WHERE person_id = ?::uuid")
            .param(person.id)
            .query(String.class)
            .single();
    assertThat(
            http.post(
                    "/api/v1/cases/" + caseId + "/notes",
                    centre,
                    "{\"sensitivity\":\"NORMAL\",\"text\":\"%s\"}".formatted(text))
                .status())
        .isEqualTo(201);
  }

  /** Her identification decided, her referral decided and her case closed, years ago. */
  private void closeLongAgo(Person person, int years) {
    String ago = "now() - interval '" + years + " years'";
    jdbc.sql("UPDATE intake.referral SET decided_at = " + ago + " WHERE person_id = ?::uuid")
        .param(person.id)
        .update();
    jdbc.sql(
            "UPDATE identification.identification SET status = 'DECIDED', period_start = NULL,"
                + " opened_at = "
                + ago
                + " WHERE person_id = ?::uuid")
        .param(person.id)
        .update();
    jdbc.sql(
            "UPDATE casework.case_file SET status = 'CLOSED', closure_reason = 'CONTINUED_STAY',"
                + " closed_at = "
                + ago
                + " WHERE person_id = ?::uuid")
        .param(person.id)
        .update();
  }

  private boolean erased(Person person) {
    return count(
            "SELECT count(*) FROM people.person WHERE id = ?::uuid AND erased_at IS NOT NULL",
            person.id)
        == 1;
  }

  private static RetentionOverview.Rule rule(RetentionOverview overview, RetentionKind kind) {
    return overview.rules().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }
}
