package org.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.haven.access.AccessFixtures;
import org.haven.access.Actor;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.audit.AuditTrail;
import org.haven.people.matching.BloomEncoder;
import org.haven.people.matching.PersonRecord;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An NGO asks "is this person already known?" with an encoding made on its side: a person the
 * centre registered (written differently by the NGO) is known and answered with an opaque token
 * only the centre can resolve; a stranger is not known; nothing of the person travels or is logged.
 */
@HavenTest
class KnownCheckApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired EncodingKey key;
  @Autowired JdbcClient jdbc;

  @Test
  void anNgoLearnsOnlyWhetherThePersonIsKnown() {
    Http http = new Http(port);
    String centre = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    String ngo =
        fixtures.token(fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER));
    Answer registered =
        http.post(
            "/api/v1/persons",
            centre,
            "{\"givenNames\":\"Nkechi\",\"familyName\":\"Obiageli\",\"gender\":\"Feminine\","
                + "\"birth\":{\"precision\":\"EXACT\",\"date\":\"1993-07-21\"},\"citizenships\":[\"NG\"]}");
    assertThat(registered.status()).isEqualTo(201);
    String reference = registered.json().get("reference").asString();

    BloomEncoder encoder = new BloomEncoder(key.bytes());
    String sameWrittenDifferently =
        encode(encoder, "NKECHI", "OBIAGELI", LocalDate.of(1993, 7, 21));
    Answer known =
        http.post(
            "/api/v1/persons/known", ngo, "{\"encoding\":\"" + sameWrittenDifferently + "\"}");
    assertThat(known.status()).as(known.raw().body()).isEqualTo(200);
    assertThat(known.json().get("answer").asString()).isEqualTo("known");
    String token = known.json().get("token").asString();
    assertThat(known.raw().body()).doesNotContain(reference).doesNotContain("Obiageli");

    Answer stranger =
        http.post(
            "/api/v1/persons/known",
            ngo,
            "{\"encoding\":\""
                + encode(encoder, "Zsófia", "Várkonyi", LocalDate.of(1960, 1, 2))
                + "\"}");
    assertThat(stranger.json().get("answer").asString()).isEqualTo("notKnown");
    assertThat(stranger.json().get("token").isNull()).isTrue();

    // the birth date weighs apart from the names: the same name born another year is someone else;
    // the same year and month with another day, or no birth date, may be the same person
    assertThat(
            answerAbout(http, ngo, encode(encoder, "Nkechi", "Obiageli", LocalDate.of(1971, 3, 2))))
        .isEqualTo("notKnown");
    assertThat(
            answerAbout(
                http, ngo, encode(encoder, "Nkechi", "Obiageli", LocalDate.of(1993, 7, 12))))
        .isEqualTo("possiblyKnown");
    assertThat(answerAbout(http, ngo, encode(encoder, "Nkechi", "Obiageli", null)))
        .isEqualTo("possiblyKnown");
    assertThat(
            answerAbout(
                http,
                ngo,
                encode(
                    new BloomEncoder(new byte[32]),
                    "Nkechi",
                    "Obiageli",
                    LocalDate.of(1993, 7, 21))))
        .as("an encoding made under another key is refused, not compared")
        .isEqualTo("400");

    assertThat(http.get("/api/v1/persons/known/" + token, ngo).status()).isEqualTo(403);
    Answer resolved = http.get("/api/v1/persons/known/" + token, centre);
    assertThat(resolved.status()).isEqualTo(200);
    assertThat(resolved.json().get("reference").asString()).isEqualTo(reference);

    Answer bad = http.post("/api/v1/persons/known", ngo, "{\"encoding\":\"bm90IGFuIGVuY29kaW5n\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().at("/errors/0/field").asString()).isEqualTo("encoding");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'KnownCheck' AND purpose = 'known'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  private static String answerAbout(Http http, String token, String encoding) {
    Answer answer =
        http.post("/api/v1/persons/known", token, "{\"encoding\":\"" + encoding + "\"}");
    return answer.status() == 200
        ? answer.json().get("answer").asString()
        : Integer.toString(answer.status());
  }

  @Autowired AuditTrail audit;
  @Autowired People people;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aRegistrationRolledBackIsNotKnown() {
    Http http = new Http(port);
    String ngo =
        fixtures.token(fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER));
    String question =
        encode(new BloomEncoder(key.bytes()), "Zuleika", "Marchetti", LocalDate.of(1977, 4, 9));
    // the question loads the encodings into memory first
    assertThat(answerAbout(http, ngo, question)).isEqualTo("notKnown");
    Actor centre = fixtures.user(Role.CENTRE_CASEWORKER).actor();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            tx -> {
              people.register(
                  new PersonDetails(
                      "Zuleika",
                      "Marchetti",
                      null,
                      null,
                      List.of(),
                      Gender.Feminine,
                      Birth.exact(LocalDate.of(1977, 4, 9)),
                      List.of("IT"),
                      List.of(),
                      false,
                      null,
                      List.of()),
                  centre);
              tx.setRollbackOnly();
            });
    assertThat(answerAbout(http, ngo, question)).isEqualTo("notKnown");
  }

  @Test
  void anOrganisationAskingTooManyQuestionsInAnHourIsRefusedAndTheRefusalAudited() {
    KnownCheck limited = new KnownCheck(key, jdbc, audit, Clock.systemUTC(), 3);
    Actor ngo = fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER).actor();
    Actor other =
        fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER).actor();
    String question =
        encode(new BloomEncoder(key.bytes()), "Rasa", "Petrauskaite", LocalDate.of(1990, 1, 1));
    for (int i = 0; i < 3; i++) {
      limited.ask(question, ngo);
    }
    Assertions.assertThatThrownBy(() -> limited.ask(question, ngo))
        .isInstanceOfSatisfying(
            KnownCheck.TooManyQuestions.class,
            e -> assertThat(e.retryAfterSeconds()).isBetween(0L, 3600L));
    // another organisation has its own hour
    assertThat(limited.ask(question, other).answer()).isNotNull();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'KnownCheck' AND purpose = 'rate limit' AND actor = ?")
                .param(ngo.audit().id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private static String encode(BloomEncoder encoder, String given, String family, LocalDate born) {
    return Base64.getEncoder()
        .encodeToString(
            encoder.encode(
                new PersonRecord("q", given, family, List.of(), born, null, "F", List.of("NG"))));
  }
}
