package org.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.people.matching.BloomEncoder;
import org.haven.people.matching.PersonRecord;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two NGOs deliver their anonymous outreach contacts of a year as encodings made on their side; the
 * centre learns how many distinct people they reached: a woman met by both NGOs (written
 * differently) and a man met twice by one count once, and one of them the centre already knows. No
 * name or date travels, and only counts come back.
 */
@HavenTest
class ContactCountsApiTest {

  static final int YEAR = 2025;

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired EncodingKey key;
  @Autowired JdbcClient jdbc;

  @Test
  void distinctPeopleAcrossNgosFromEncodingsOnly() {
    Http http = new Http(port);
    TestUser first = fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER);
    TestUser second = fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER);
    String ngoA = fixtures.token(first);
    String ngoB = fixtures.token(second);
    String centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    TestUser analystUser = fixtures.user(Role.CENTRE_ANALYST);
    String analyst = fixtures.token(analystUser);
    String tag = UUID.randomUUID().toString().substring(0, 4);
    // the centre knows one of the people the NGOs met
    assertThat(
            http.post(
                    "/api/v1/persons",
                    centre,
                    """
                    {"givenNames":"Oksana%s","familyName":"Melnychuk","gender":"Feminine",
                     "birth":{"precision":"EXACT","date":"1994-03-12"},"citizenships":["UA"]}
                    """
                        .formatted(tag))
                .status())
        .isEqualTo(201);
    BloomEncoder encoder = new BloomEncoder(key.bytes());
    String ngozi = encode(encoder, "Ngozi" + tag, "Eze", LocalDate.of(1996, 5, 1), "F");
    String ngoziAgain =
        encode(encoder, "NGOZI" + tag.toUpperCase(), "EZE", LocalDate.of(1996, 1, 5), "F");
    String tuan = encode(encoder, "Tuấn" + tag, "Phạm", LocalDate.of(1989, 9, 9), "M");
    String tuanAgain = encode(encoder, "Tuan" + tag, "Pham", LocalDate.of(1989, 9, 9), "M");
    String luz = encode(encoder, "Luz" + tag, "Villanueva", LocalDate.of(2001, 2, 3), "F");
    String oksana = encode(encoder, "Oksana" + tag, "Melnychuk", LocalDate.of(1994, 3, 12), "F");

    Answer delivered = deliver(http, ngoA, List.of(ngozi, tuan, tuanAgain, luz));
    assertThat(delivered.status()).as(delivered.raw().body()).isEqualTo(200);
    assertThat(delivered.json().get("contacts").asInt()).isEqualTo(4);
    assertThat(deliver(http, ngoB, List.of(ngoziAgain, oksana)).status()).isEqualTo(200);

    Answer count = http.get("/api/v1/outreach-contacts/" + YEAR + "/distinct", analyst);
    assertThat(count.status()).as(count.raw().body()).isEqualTo(200);
    JsonNode c = count.json();
    assertThat(c.get("contacts").asInt()).isEqualTo(6);
    assertThat(c.get("distinct").asInt()).as("Ngozi and Tuấn once each").isEqualTo(4);
    assertThat(c.get("organisations").asInt()).isEqualTo(2);
    assertThat(c.get("knownToCentre").asInt()).isEqualTo(1);
    JsonNode a = part(c, first.account().organisation().value());
    JsonNode b = part(c, second.account().organisation().value());
    assertThat(a.get("contacts").asInt()).isEqualTo(4);
    assertThat(a.get("distinct").asInt()).isEqualTo(3);
    assertThat(a.get("sharedWithOthers").asInt()).isEqualTo(1);
    assertThat(b.get("distinct").asInt()).isEqualTo(2);
    assertThat(b.get("sharedWithOthers").asInt()).isEqualTo(1);
    assertThat(count.raw().body()).doesNotContain("Ngozi").doesNotContain("Melnychuk");

    // a new delivery replaces the year's; a wrong encoding is named and nothing changes
    Answer wrong = deliver(http, ngoA, List.of(ngozi, "bm90IGFuIGVuY29kaW5n"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().at("/errors/0/field").asString()).isEqualTo("encodings[1]");
    assertThat(deliver(http, ngoA, List.of(luz)).status()).isEqualTo(200);
    JsonNode after = http.get("/api/v1/outreach-contacts/" + YEAR + "/distinct", analyst).json();
    assertThat(after.get("contacts").asInt()).isEqualTo(3);
    assertThat(after.get("distinct").asInt()).isEqualTo(3);

    // the year's report page says it in words and per NGO
    try (Browser browser = new Browser()) {
      browser.open("http://localhost:" + port + "/login");
      browser.type("email", analystUser.email());
      browser.type("password", AccessFixtures.PASSWORD);
      browser.submit("sign-in");
      browser.type("code", analystUser.code(0));
      browser.submit("verify-code");
      browser.open("http://localhost:" + port + "/statistics/annual/" + YEAR);
      assertThat(browser.text("outreach-reached"))
          .contains("3 anonymous contacts delivered by 2 NGOs: 3 distinct people");
      assertThat(browser.text("outreach-by-organisation")).contains("Organisation");
      // the page shows the last count and counts again on request
      browser.submit("count-outreach");
      assertThat(browser.text("outreach-counted")).startsWith("Counted").doesNotContain("since");
      assertThat(browser.text("outreach-reached")).contains("3 distinct people");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    // who may do what
    assertThat(deliver(http, centre, List.of(luz)).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/outreach-contacts/" + YEAR + "/distinct", ngoA).status())
        .isEqualTo(403);
    assertThat(deliver(http, ngoA, List.of(luz), LocalDate.now().getYear() + 1).status())
        .isEqualTo(400);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'OutreachContacts' AND purpose LIKE '% encodings'")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(3);
  }

  private static JsonNode part(JsonNode count, UUID organisation) {
    for (JsonNode p : count.get("byOrganisation")) {
      if (p.get("organisation").asString().equals(organisation.toString())) {
        return p;
      }
    }
    throw new AssertionError("no part for " + organisation);
  }

  private static Answer deliver(Http http, String token, List<String> encodings) {
    return deliver(http, token, encodings, YEAR);
  }

  private static Answer deliver(Http http, String token, List<String> encodings, int year) {
    StringBuilder body = new StringBuilder("{\"encodings\":[");
    for (int i = 0; i < encodings.size(); i++) {
      body.append(i == 0 ? "" : ",").append('"').append(encodings.get(i)).append('"');
    }
    body.append("]}");
    return http.put("/api/v1/outreach-contacts/" + year, token, body.toString(), null);
  }

  private static String encode(
      BloomEncoder encoder, String given, String family, LocalDate born, String sex) {
    return Base64.getEncoder()
        .encodeToString(
            encoder.encode(
                new PersonRecord("q", given, family, List.of(), born, null, sex, List.of())));
  }
}
