package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.outreach.Outreach;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outreach over real HTTP: an NGO records an activity and its anonymous contacts (a retry with the
 * same Idempotency-Key adds nothing), a suspicion becomes a referral draft on the outreach channel,
 * the summary counts it, other NGOs see nothing, the centre sees counts but a venue's address only
 * on request, audited.
 */
@HavenTest
class OutreachApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired Outreach outreach;

  Http http;
  Organisation ngo;
  String worker;
  String otherNgo;
  String centre;
  String analyst;
  String police;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    ngo = fixtures.organisation(OrganisationType.NGO);
    worker = fixtures.token(fixtures.user(ngo, Role.NGO_WORKER));
    otherNgo = fixtures.token(fixtures.user(Role.NGO_WORKER));
    centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    analyst = fixtures.token(fixtures.user(Role.CENTRE_ANALYST));
    police = fixtures.token(fixtures.user(Role.POLICE_KEY_PERSON));
  }

  private String activity(String date) {
    Answer created =
        http.post(
            "/api/v1/outreach/activities",
            worker,
            """
            {"type":"MOBILE_HEALTH_VISIT","date":"%s","durationMinutes":180,"municipality":"København",
             "area":"Vesterbro","teamMembers":["Grace","Nurse Anna"],"languages":["ro","th"],"interpreter":true}
            """
                .formatted(date));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  @Test
  void anNgoRecordsContactsOnceAndASuspicionBecomesAReferralDraft() {
    String from = LocalDate.now().withDayOfYear(1).toString();
    String today = LocalDate.now().toString();
    String id = activity(today);

    String contact =
        """
        {"sex":"FEMALE","ageBand":"AGE_25_34","citizenship":"RO","services":["HEALTH_CHECK","HARM_REDUCTION"],
         "code":"AB-1990"}
        """;
    Answer first =
        http.send(
            "POST",
            "/api/v1/outreach/activities/" + id + "/contacts",
            worker,
            contact,
            Map.of("Idempotency-Key", "c-" + id));
    Answer retry =
        http.send(
            "POST",
            "/api/v1/outreach/activities/" + id + "/contacts",
            worker,
            contact,
            Map.of("Idempotency-Key", "c-" + id));
    assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(first.json().get("firstContact").asBoolean()).isTrue();

    // the same person met again, coded the same way with other spacing: a repeat contact
    Answer again =
        http.post(
            "/api/v1/outreach/activities/" + id + "/contacts",
            worker,
            """
            {"sex":"FEMALE","ageBand":"AGE_25_34","code":"ab 1990","services":["INFORMATION"]}
            """);
    assertThat(again.json().get("firstContact").asBoolean()).isFalse();
    http.post(
        "/api/v1/outreach/activities/" + id + "/contacts",
        worker,
        """
        {"sex":"MALE","ageBand":"UNKNOWN","people":3,"services":["INFORMATION"]}
        """);

    Answer activity = http.get("/api/v1/outreach/activities/" + id, worker);
    assertThat(activity.json().get("contacts").size()).isEqualTo(3);
    assertThat(activity.json().get("people").asInt()).isEqualTo(5);
    assertThat(activity.json().get("teamMembers").size()).isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM outreach.contact WHERE code_hash LIKE '%AB%' OR code_hash LIKE '%1990%'")
                .query(Long.class)
                .single())
        .as("the agreed code is never stored as typed")
        .isZero();

    String contactId = first.json().get("id").asString();
    Answer referral =
        http.post(
            "/api/v1/outreach/activities/" + id + "/contacts/" + contactId + "/referral",
            worker,
            """
            {"indicators":[],"exploitation":["SexualExploitation"],"immediateDanger":false}
            """);
    assertThat(referral.status()).as(referral.raw().body()).isEqualTo(201);
    String referralId = referral.json().get("referral").asString();
    Answer draft = http.get("/api/v1/referrals/" + referralId, worker);
    assertThat(draft.json().get("referral").get("channel").asString()).isEqualTo("NGO_OUTREACH");
    assertThat(draft.json().get("referral").get("path").asString()).isEqualTo("ANONYMOUS");
    assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
    assertThat(
            http.post(
                    "/api/v1/outreach/activities/" + id + "/contacts/" + contactId + "/referral",
                    worker,
                    "{}")
                .json()
                .get("referral")
                .asString())
        .as("a contact is referred once")
        .isEqualTo(referralId);

    String repeatId = again.json().get("id").asString();
    Answer withoutConsent =
        http.post(
            "/api/v1/outreach/activities/" + id + "/contacts/" + repeatId + "/referral",
            worker,
            "{\"account\":\"He owes the boss money.\"}");
    assertThat(withoutConsent.status()).isEqualTo(400);
    assertThat(withoutConsent.raw().body()).contains("\"field\":\"account\"");
    Answer withConsent =
        http.post(
            "/api/v1/outreach/activities/" + id + "/contacts/" + repeatId + "/referral",
            worker,
            "{\"account\":\"She owes the boss money.\",\"consent\":true}");
    assertThat(withConsent.status()).as(withConsent.raw().body()).isEqualTo(201);
    assertThat(
            http.get("/api/v1/referrals/" + withConsent.json().get("referral").asString(), worker)
                .json()
                .get("referral")
                .get("path")
                .asString())
        .isEqualTo("FULL");

    String summaryPath =
        "/api/v1/outreach/summary?from=" + from + "&to=" + today + "&organisation=" + ngo.id();
    Answer summary = http.get(summaryPath, centre);
    assertThat(summary.status()).as(summary.raw().body()).isEqualTo(200);
    assertThat(summary.json().get("activities").asLong()).isEqualTo(1);
    assertThat(summary.json().get("activitiesByType").get("MOBILE_HEALTH_VISIT").asLong())
        .isEqualTo(1);
    assertThat(summary.json().get("contacts").asLong()).isEqualTo(5);
    assertThat(summary.json().get("firstContacts").asLong()).isEqualTo(4);
    assertThat(summary.json().get("distinctCodes").asLong()).isEqualTo(1);
    assertThat(summary.json().get("services").get("INFORMATION").asLong()).isEqualTo(4);
    assertThat(summary.json().get("suspicions").asLong()).isEqualTo(2);
    assertThat(summary.json().get("referrals").asLong()).isEqualTo(2);
    assertThat(http.get(summaryPath, analyst).json().get("contacts").asLong()).isEqualTo(5);
    http.post(
        "/api/v1/outreach/activities/" + id + "/contacts",
        worker,
        "{\"sex\":\"FEMALE\",\"services\":[\"INFORMATION\"]}");
    assertThat(http.get(summaryPath, centre).json().get("contacts").asLong())
        .as("a summary kept by the server moves with the next contact")
        .isEqualTo(6);
    assertThat(http.get("/api/v1/outreach/summary", worker).json().get("contacts").asLong())
        .isGreaterThanOrEqualTo(5);

    // the centre reads the activity's counts, not the team's names
    Answer seenByCentre = http.get("/api/v1/outreach/activities/" + id, centre);
    assertThat(seenByCentre.status()).isEqualTo(200);
    assertThat(seenByCentre.json().get("teamMembers").size()).isZero();

    // the centre's view across NGOs: this NGO among them, with the same counts
    assertThat(
            outreach
                .byOrganisation(
                    LocalDate.parse(from),
                    LocalDate.parse(today),
                    fixtures.user(Role.CENTRE_ANALYST).actor())
                .get(ngo.id())
                .contacts())
        .isEqualTo(6);

    // the ministry reads the counts, never an activity
    String ministry = fixtures.token(fixtures.user(Role.MINISTRY_OFFICIAL));
    assertThat(http.get(summaryPath, ministry).json().get("contacts").asLong()).isEqualTo(6);
    assertThat(http.get("/api/v1/outreach/activities/" + id, ministry).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/outreach/activities", ministry).status()).isEqualTo(403);

    // another NGO and the police see nothing of it
    assertThat(http.get("/api/v1/outreach/activities/" + id, otherNgo).status()).isEqualTo(404);
    assertThat(http.get(summaryPath, otherNgo).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/outreach/activities/" + id, police).status()).isEqualTo(403);
    assertThat(
            http.post(
                    "/api/v1/outreach/activities/" + id + "/contacts",
                    otherNgo,
                    "{\"sex\":\"MALE\"}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void badInputGetsFieldErrorsAndAClosedActivityAConflict() {
    String tomorrow = LocalDate.now().plusDays(2).toString();
    Answer future =
        http.post(
            "/api/v1/outreach/activities",
            worker,
            """
            {"type":"STREET","date":"%s","durationMinutes":60,"municipality":"Aarhus"}
            """
                .formatted(tomorrow));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.raw().body()).contains("date");
    Answer tooLong =
        http.post(
            "/api/v1/outreach/activities",
            worker,
            """
            {"type":"STREET","date":"%s","durationMinutes":1500,"municipality":"Aarhus"}
            """
                .formatted(LocalDate.now()));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.raw().body()).contains("durationMinutes");

    String id = activity(LocalDate.now().toString());
    Answer negative =
        http.post(
            "/api/v1/outreach/activities/" + id + "/contacts",
            worker,
            "{\"sex\":\"FEMALE\",\"people\":-2}");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.raw().body()).contains("people");

    // a child at a health visit to a venue: kept, with a child-protection prompt
    Answer child =
        http.post(
            "/api/v1/outreach/activities/" + id + "/contacts",
            worker,
            "{\"sex\":\"FEMALE\",\"ageBand\":\"UNDER_18\"}");
    assertThat(child.status()).isEqualTo(201);
    assertThat(child.json().get("childProtection").asBoolean()).isTrue();
    String childReferral =
        http.post(
                "/api/v1/outreach/activities/"
                    + id
                    + "/contacts/"
                    + child.json().get("id").asString()
                    + "/referral",
                worker,
                "{}")
            .json()
            .get("referral")
            .asString();
    assertThat(
            http.get("/api/v1/referrals/" + childReferral, worker)
                .json()
                .get("referral")
                .get("path")
                .asString())
        .isEqualTo("CHILD");

    assertThat(http.post("/api/v1/outreach/activities/" + id + "/close", worker, "").status())
        .isEqualTo(200);
    Answer late =
        http.post("/api/v1/outreach/activities/" + id + "/contacts", worker, "{\"sex\":\"MALE\"}");
    assertThat(late.status()).isEqualTo(409);
    assertThat(
            jdbc.sql("SELECT count(*) FROM outreach.contact WHERE activity_id = ?::uuid")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aVenuesAddressIsForItsNgoAndTheCentreOnRequestAndAudited() {
    String address = "Istedgade " + UUID.randomUUID().toString().substring(0, 4);
    Answer venue =
        http.post(
            "/api/v1/outreach/venues",
            worker,
            """
            {"type":"MASSAGE_CLINIC","name":"Lotus","municipality":"København","area":"Vesterbro","address":"%s"}
            """
                .formatted(address));
    assertThat(venue.status()).as(venue.raw().body()).isEqualTo(201);
    assertThat(venue.raw().body()).doesNotContain(address);
    String id = venue.json().get("id").asString();
    assertThat(http.get("/api/v1/outreach/venues", centre).raw().body())
        .contains("Lotus")
        .doesNotContain(address);
    assertThat(http.get("/api/v1/outreach/venues", otherNgo).raw().body()).doesNotContain("Lotus");
    assertThat(
            http.get("/api/v1/outreach/venues/" + id + "/address", centre)
                .json()
                .get("address")
                .asString())
        .isEqualTo(address);
    assertThat(http.get("/api/v1/outreach/venues/" + id + "/address", worker).status())
        .isEqualTo(200);
    assertThat(http.get("/api/v1/outreach/venues/" + id + "/address", otherNgo).status())
        .isEqualTo(404);
    assertThat(http.get("/api/v1/outreach/venues/" + id + "/address", analyst).status())
        .isEqualTo(403);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'OutreachVenue' AND resource_id = ? AND action = 'READ' AND purpose = 'address'")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }
}
