package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.haven.access.AccessFixtures;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A person's request to see her data over real HTTP: recorded by a caseworker, refused to her own
 * approval, approved by an administrator, released once as JSON (her identity, what she told, the
 * case's timeline, who read her records) and once as a PDF in Danish; to anyone else the release
 * does not exist.
 */
@HavenTest
class SubjectAccessApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void aCopyIsReleasedOnlyAfterASecondPersonApprovedAndOnlyOnce() throws Exception {
    Http http = new Http(port);
    String caseworker = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    String colleague = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    String admin = fixtures.token(fixtures.user(Role.ADMINISTRATOR));
    String caseId = ReferralsApiFixture.acceptedCase(http, fixtures, jdbc, caseworker);
    String person =
        http.get("/api/v1/cases/" + caseId, caseworker)
            .json()
            .at("/summary/personReference")
            .asString();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    Answer future =
        http.post(
            "/api/v1/persons/" + person + "/subject-access",
            caseworker,
            "{\"receivedOn\":\"%s\",\"language\":\"da\"}".formatted(today.plusDays(1)));
    assertThat(future.status()).isEqualTo(400);
    Answer recorded =
        http.post(
            "/api/v1/persons/" + person + "/subject-access",
            caseworker,
            "{\"receivedOn\":\"%s\",\"language\":\"da\",\"note\":\"Asked at the shelter\"}"
                .formatted(today));
    assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(201);
    String id = recorded.json().get("id").asString();
    String base = "/api/v1/subject-access/" + id;

    assertThat(http.post(base + "/approval", caseworker, "").status())
        .as("not one's own")
        .isEqualTo(400);
    assertThat(http.get(base + "/copy.json", caseworker).status())
        .as("not before approval")
        .isEqualTo(400);
    assertThat(http.post(base + "/approval", admin, "").status()).isEqualTo(200);
    assertThat(http.get(base + "/copy.json", colleague).status())
        .as("only the one who recorded it releases")
        .isEqualTo(404);

    Answer copy = http.get(base + "/copy.json", caseworker);
    assertThat(copy.status()).as(copy.raw().body()).isEqualTo(200);
    JsonNode json = copy.json();
    assertThat(json.at("/identity/familyName").asString()).isEqualTo("Popescu");
    assertThat(json.at("/referrals/0/whatWasTold").asString()).contains("passport");
    assertThat(json.at("/case/timeline").size()).isGreaterThan(0);
    assertThat(json.get("whoReadOrChanged").toString()).contains("READ");
    assertThat(http.get(base + "/copy.json", caseworker).status()).as("once").isEqualTo(400);

    Http.Bytes pdf = http.getBytes(base + "/copy.pdf", caseworker);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Hvad Haven har om " + person)
          .contains("Popescu")
          .contains("Identitet");
    }
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'SubjectAccess' AND resource_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .as("recorded, refused, approved, made twice, released twice, at least")
        .isGreaterThanOrEqualTo(6);
  }
}
