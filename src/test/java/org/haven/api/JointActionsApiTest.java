package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Joint actions over real HTTP: the police plan with the tax agency and the centre; the tax
 * inspector sees the address and the counts, an NGO not invited does not see the action at all; the
 * day is recorded and a person met referred with the channel prefilled; the after-action report
 * carries the numbers and never the address; bad input gets field errors.
 */
@HavenTest
class JointActionsApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void participantsSeeTheAddressOutsidersDoNotSeeTheActionAndTheDayIsRecorded() throws Exception {
    Http http = new Http(port);
    Organisation district = fixtures.organisation(OrganisationType.POLICE_DISTRICT);
    Organisation taxAgency = fixtures.organisation(OrganisationType.TAX_AGENCY);
    Organisation centre = fixtures.organisation(OrganisationType.NATIONAL_CENTRE);
    TestUser police = fixtures.user(district, Role.POLICE_KEY_PERSON);
    TestUser taxUser = fixtures.user(taxAgency, Role.TAX_INSPECTOR);
    String policeToken = fixtures.token(police);
    String tax = fixtures.token(taxUser);
    String centreToken = fixtures.token(fixtures.user(centre, Role.CENTRE_CASEWORKER));
    String outsideNgo = fixtures.token(fixtures.user(Role.NGO_WORKER));
    String otherTax = fixtures.token(fixtures.user(Role.TAX_INSPECTOR));
    String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
    String plan =
        """
        {"title":"Car washes, Odense south","lead":"%s","startsAt":"%sT00:05:00+01:00",
         "sector":"G","siteType":"CAR_WASH","municipality":"Odense","area":"Dalum",
         "address":"Hjallesevej 999","organisations":["%s","%s"],"participants":["%s"],
         "briefing":["ROLES_AGREED","INTERPRETERS_BOOKED"]}
        """
            .formatted(district.id(), today, taxAgency.id(), centre.id(), taxUser.id().value());

    assertThat(http.post("/api/v1/joint-actions", outsideNgo, plan).status()).isEqualTo(403);
    Answer planned = http.post("/api/v1/joint-actions", policeToken, plan);
    assertThat(planned.status()).as(planned.raw().body()).isEqualTo(201);
    String id = planned.json().get("id").asString();
    assertThat(planned.json().get("status").asString()).isEqualTo("PLANNED");

    Answer seenByTax = http.get("/api/v1/joint-actions/" + id, tax);
    assertThat(seenByTax.status()).isEqualTo(200);
    assertThat(seenByTax.json().get("address").asString()).isEqualTo("Hjallesevej 999");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'JointAction'"
                        + " AND resource_id = ? AND actor = ? AND action = 'READ' AND purpose = 'address'")
                .params(id, taxUser.id().toString())
                .query(Long.class)
                .single())
        .as("the address's reading is audited")
        .isEqualTo(1);
    assertThat(http.get("/api/v1/joint-actions/" + id, outsideNgo).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/joint-actions/" + id, otherTax).status())
        .as("another tax agency's inspector is not a participant")
        .isEqualTo(404);
    assertThat(http.get("/api/v1/joint-actions/" + id + "/report.pdf", outsideNgo).status())
        .isEqualTo(404);
    assertThat(http.get("/api/v1/joint-actions", outsideNgo).raw().body()).doesNotContain(id);
    Answer calendar = http.get("/api/v1/joint-actions", tax);
    assertThat(calendar.raw().body()).contains(id).doesNotContain("Hjallesevej");

    String record =
        """
        {"met":[{"sex":"MALE","ageBand":"AGE_25_34","citizenship":"RO","people":7},
                {"sex":"FEMALE","ageBand":"AGE_18_24","citizenship":"UA","people":2}],
         "screenings":[{"indicators":[]},{"indicators":[]}],"interviews":2,"declined":1,
         "findings":[{"organisation":"%s","codes":["UNDECLARED_WORK"],"text":"No contracts"}],
         "followUps":[{"organisation":"%s","task":"Check the payroll","due":"%s"}]}
        """
            .formatted(taxAgency.id(), district.id(), today);
    Answer recorded = http.put("/api/v1/joint-actions/" + id + "/record", tax, record, null);
    assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(200);
    assertThat(recorded.json().get("status").asString()).isEqualTo("HELD");
    assertThat(http.get("/api/v1/joint-actions/" + id, tax).json().get("record").get("met").size())
        .isEqualTo(2);
    assertThat(
            http.get("/api/v1/joint-actions/" + id + "/record", tax)
                .json()
                .get("interviews")
                .asInt())
        .isEqualTo(2);

    Answer referred =
        http.post(
            "/api/v1/joint-actions/" + id + "/referrals",
            centreToken,
            "{\"sex\":\"FEMALE\",\"ageBand\":\"AGE_18_24\",\"citizenship\":\"UA\"}");
    assertThat(referred.status()).as(referred.raw().body()).isEqualTo(201);
    String referral = referred.json().get("referral").asString();
    Answer draft = http.get("/api/v1/referrals/" + referral, centreToken);
    assertThat(draft.status()).isEqualTo(200);
    assertThat(draft.raw().body()).contains("JOINT_ACTION").contains("Odense");
    assertThat(http.get("/api/v1/joint-actions/" + id + "/referrals", policeToken).raw().body())
        .contains(referral);

    Http.Bytes pdf = http.getBytes("/api/v1/joint-actions/" + id + "/report.pdf", tax);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Car washes, Odense south").contains("Undeclared work");
      assertThat(text).contains("Persons met").contains("9");
      assertThat(text).doesNotContain("Hjallesevej");
    }

    assertThat(http.delete("/api/v1/joint-actions/" + id, policeToken).status())
        .as("a held action is not called off")
        .isEqualTo(409);
  }

  @Test
  void badPlansAndRecordsGetFieldErrors() {
    Http http = new Http(port);
    Organisation district = fixtures.organisation(OrganisationType.POLICE_DISTRICT);
    Organisation ngo = fixtures.organisation(OrganisationType.NGO);
    String police = fixtures.token(fixtures.user(district, Role.POLICE_KEY_PERSON));
    TestUser stranger = fixtures.user(Role.TAX_INSPECTOR);
    String base =
        """
        {"title":"Farms","lead":%s,"startsAt":"2027-03-01T06:00:00+01:00","endsAt":%s,"sector":"%s",
         "siteType":"FARM","municipality":"Lolland","organisations":["%s"],"participants":[%s]}
        """;
    Answer noLead =
        http.post(
            "/api/v1/joint-actions", police, base.formatted("null", "null", "A", ngo.id(), ""));
    assertThat(noLead.status()).isEqualTo(400);
    assertThat(noLead.raw().body()).contains("\"field\":\"lead\"");
    Answer notInvited =
        http.post(
            "/api/v1/joint-actions",
            police,
            base.formatted(
                "\"" + district.id() + "\"",
                "null",
                "A",
                ngo.id(),
                "\"" + stranger.id().value() + "\""));
    assertThat(notInvited.status()).isEqualTo(400);
    assertThat(notInvited.raw().body()).contains("\"field\":\"participants\"");
    Answer badSector =
        http.post(
            "/api/v1/joint-actions",
            police,
            base.formatted("\"" + district.id() + "\"", "null", "Z", ngo.id(), ""));
    assertThat(badSector.raw().body()).contains("\"field\":\"sector\"");
    Answer endBeforeStart =
        http.post(
            "/api/v1/joint-actions",
            police,
            base.formatted(
                "\"" + district.id() + "\"", "\"2027-03-01T05:00:00+01:00\"", "A", ngo.id(), ""));
    assertThat(endBeforeStart.raw().body()).contains("\"field\":\"endsAt\"");

    Answer planned =
        http.post(
            "/api/v1/joint-actions",
            police,
            base.formatted("\"" + district.id() + "\"", "null", "A", ngo.id(), ""));
    assertThat(planned.status()).isEqualTo(201);
    String id = planned.json().get("id").asString();
    Answer tooEarly =
        http.put(
            "/api/v1/joint-actions/" + id + "/record", police, "{\"met\":[{\"people\":3}]}", null);
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.raw().body()).contains("\"field\":\"record\"");
    Answer unversioned =
        http.send(
            "PUT",
            "/api/v1/joint-actions/" + id,
            police,
            base.formatted("\"" + district.id() + "\"", "null", "A", ngo.id(), ""),
            Map.of());
    assertThat(unversioned.status()).isEqualTo(428);
    assertThat(http.delete("/api/v1/joint-actions/" + id, police).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/joint-actions/" + id, police).json().get("status").asString())
        .isEqualTo("CANCELLED");
  }
}
