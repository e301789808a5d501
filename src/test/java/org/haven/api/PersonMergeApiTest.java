package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.haven.access.AccessFixtures;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.people.MatchReviews;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * One person, one record, over real HTTP: a merge re-points every module's references to the
 * survivor (referrals, identifications, cases, placements, repatriations, imported records, the
 * statistics projections), an unmerge moves back exactly what it moved, only the centre merges; the
 * review queue proposes likely pairs once and remembers what was decided.
 */
@HavenTest
class PersonMergeApiTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired MatchReviews reviews;

  Http http;
  AccessFixtures.TestUser caseworker;
  String centre;
  String ngo;
  String analyst;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    centre = fixtures.token(caseworker);
    ngo =
        fixtures.token(fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER));
    analyst = fixtures.token(fixtures.user(Role.CENTRE_ANALYST));
  }

  @Test
  void aMergeRepointsEveryModuleAndAnUnmergeMovesBackExactlyWhatItMoved() {
    // P1 and P3: referred by an NGO and accepted (referral, identification, case); P3 also placed
    UUID p1 = acceptedPerson("Ioana", "Popescu");
    UUID p3 = acceptedPerson("Ioana", "Popesku");
    String shelter =
        http.post(
                "/api/v1/shelters",
                centre,
                """
                {"name":"Merge House","municipality":"Odense","address":"Vej 1","contact":"+45 1111 2222",
                 "approved":true,"places":{"WOMEN":4}}
                """)
            .json()
            .get("id")
            .asString();
    LocalDate today = LocalDate.now(ZONE);
    Answer placed =
        http.post(
            "/api/v1/placements",
            centre,
            "{\"person\":\"%s\",\"shelter\":\"%s\",\"targetGroup\":\"WOMEN\",\"startsOn\":\"%s\"}"
                .formatted(reference(p3), shelter, today));
    assertThat(placed.status()).as(placed.raw().body()).isEqualTo(201);
    // P2: delivered by HTCDS with a decision and a return (imported record, statistics)
    String external = "M" + UUID.randomUUID().toString().substring(0, 8);
    UUID p2 =
        imported(
            external
                + ",Ioana,Popescu,1998-03-04,Feminine,RO,ActualVictimOfTrafficking,SexualExploitation,,,"
                + "2017-01-10,,2017-02-01,NationalCentre,,2017-06-01,RO\n",
            external);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> count("statistics.return", p2) == 1 && count("statistics.decision", p2) == 1);

    Map<String, Long> p2Before = references(p2);
    assertThat(p2Before)
        .containsEntry("intake.referral", 1L)
        .containsEntry("identification.identification", 1L)
        .containsEntry("repatriation.repatriation", 1L)
        .containsEntry("exchange.external_record", 1L);
    Map<String, Long> p1Before = references(p1);
    UUID case1 = caseOf(p1);
    UUID case3 = caseOf(p3);

    // only the centre merges
    String body =
        "{\"survivor\":\"%s\",\"absorbed\":\"%s\",\"reason\":\"Same passport\"}"
            .formatted(reference(p1), reference(p2));
    assertThat(http.post("/api/v1/persons/merges", ngo, body).status()).isEqualTo(403);
    assertThat(http.post("/api/v1/persons/merges", analyst, body).status()).isEqualTo(403);
    assertThat(references(p2)).isEqualTo(p2Before);

    Answer merged = http.post("/api/v1/persons/merges", centre, body);
    assertThat(merged.status()).as(merged.raw().body()).isEqualTo(201);
    String mergeA = merged.json().get("id").asString();
    assertThat(references(p2).values())
        .as("nothing points at the absorbed record")
        .allMatch(n -> n == 0);
    Map<String, Long> p1After = references(p1);
    for (String table : p2Before.keySet()) {
      assertThat(p1After.get(table)).as(table).isEqualTo(p1Before.get(table) + p2Before.get(table));
    }
    Answer absorbedRead = http.get("/api/v1/persons/" + reference(p2), centre);
    JsonNode absorbed = absorbedRead.json();
    assertThat(absorbed.get("mergedInto").asString()).isEqualTo(reference(p1));
    assertThat(absorbed.get("familyName").asString()).as("kept as history").isEqualTo("Popescu");
    Answer change =
        http.put(
            "/api/v1/persons/" + reference(p2),
            centre,
            "{\"givenNames\":\"X\",\"gender\":\"Feminine\"}",
            absorbedRead.header("ETag"));
    assertThat(change.status()).isEqualTo(400);
    assertThat(change.raw().body()).contains("merged into another");
    assertThat(http.post("/api/v1/persons/merges", centre, body).raw().body())
        .as("absorbed once")
        .contains("already merged");

    // both records had a case: the absorbed one's is kept whole, pointing at the survivor's
    Answer second =
        http.post(
            "/api/v1/persons/merges",
            centre,
            "{\"survivor\":\"%s\",\"absorbed\":\"%s\"}".formatted(reference(p1), reference(p3)));
    assertThat(second.status()).as(second.raw().body()).isEqualTo(201);
    String mergeB = second.json().get("id").asString();
    assertThat(mergedInto(case3)).isEqualTo(case1);
    assertThat(
            http.get("/api/v1/cases/" + case3, centre).json().at("/summary/mergedInto").asString())
        .isEqualTo(case1.toString());
    assertThat(caseOf(p1)).isEqualTo(case1);
    assertThat(count("accommodation.placement", p1)).isEqualTo(1);
    // both case pages say so and link each other
    try (Browser browser = new Browser()) {
      browser.signIn("http://localhost:" + port, caseworker);
      browser.open("http://localhost:" + port + "/cases/" + case3);
      assertThat(browser.text("case-merged")).contains("kept, whole, as part of the person's case");
      browser.open("http://localhost:" + port + "/cases/" + case1);
      assertThat(browser.text("case-merged-from")).contains("case 1");
      assertThat(browser.text("timeline")).contains("merged into " + reference(p1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(timelineKinds(case1)).contains("PERSON_MERGED");
    assertThat(timelineKinds(case3)).contains("PERSON_MERGED");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'Person' AND resource_id = ? AND purpose LIKE 'merge:%'")
                .param(reference(p3))
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // a survivor absorbed since must be freed first
    UUID p4 = acceptedPerson("Ioana", "Popescu-Dan");
    String mergeC =
        http.post(
                "/api/v1/persons/merges",
                centre,
                "{\"survivor\":\"%s\",\"absorbed\":\"%s\"}".formatted(reference(p4), reference(p1)))
            .json()
            .get("id")
            .asString();
    Answer tooEarly = http.post("/api/v1/persons/merges/" + mergeA + "/undo", centre, "");
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.raw().body()).contains("Undo that merge first");
    assertThat(http.post("/api/v1/persons/merges/" + mergeC + "/undo", centre, "").status())
        .isEqualTo(200);

    // undone in any order once the chain is free: each moves back exactly its own rows
    assertThat(http.post("/api/v1/persons/merges/" + mergeA + "/undo", centre, "").status())
        .isEqualTo(200);
    assertThat(references(p2)).isEqualTo(p2Before);
    assertThat(http.post("/api/v1/persons/merges/" + mergeB + "/undo", centre, "").status())
        .isEqualTo(200);
    assertThat(references(p1)).isEqualTo(p1Before);
    assertThat(mergedInto(case3)).isNull();
    assertThat(caseOf(p3)).isEqualTo(case3);
    assertThat(count("accommodation.placement", p3)).isEqualTo(1);
    assertThat(
            http.get("/api/v1/persons/" + reference(p2), centre).json().get("mergedInto").isNull())
        .isTrue();
    assertThat(http.post("/api/v1/persons/merges/" + mergeB + "/undo", centre, "").raw().body())
        .contains("already undone");
    JsonNode list = http.get("/api/v1/persons/merges", centre).json();
    assertThat(list.get("items").findValuesAsString("id")).contains(mergeA, mergeB, mergeC);
    assertThat(http.get("/api/v1/persons/merges", ngo).status()).isEqualTo(403);
  }

  @Test
  void theReviewQueueProposesLikelyPairsOnceAndRemembersTheVerdict() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String given = "Oluwaseun" + tag;
    String a = register(given, "Adeyemi", "1990-05-04");
    String b = register("ADEYEMI", given.toUpperCase(), "1990-04-05");
    String c = register("Chidinma" + tag, "Okafor", "1985-01-02");
    String d = register("Chidinma" + tag, "Okafor", "1985-01-02");
    JsonNode ab = proposed(a, b);
    JsonNode cd = proposed(c, d);
    assertThat(ab).as("swapped names, day and month swapped").isNotNull();
    assertThat(cd).isNotNull();
    assertThat(pair(http.get("/api/v1/persons/reviews?person=" + a, centre).json(), a, c)).isNull();
    JsonNode ofA = http.get("/api/v1/persons/reviews?person=" + a, centre).json();
    assertThat(ofA.get("items").findValuesAsString("id")).contains(ab.get("id").asString());
    for (JsonNode item : ofA.get("items")) {
      assertThat(
              List.of(
                  item.get("a").get("reference").asString(),
                  item.get("b").get("reference").asString()))
          .as("only the pairs of the person asked about")
          .contains(a);
    }
    assertThat(ab.get("namesSwapped").asBoolean()).isTrue();
    assertThat(ab.get("agreements").findValuesAsString("field"))
        .contains("given", "family", "birth", "sex", "citizenship");
    assertThat(ab.get("a").get("givenNames").asString()).isNotBlank();
    assertThat(http.get("/api/v1/persons/reviews", ngo).status()).isEqualTo(403);
    assertThat(
            http.post(
                    "/api/v1/persons/reviews/" + ab.get("id").asString() + "/decision",
                    analyst,
                    "{\"verdict\":\"SAME\"}")
                .status())
        .isEqualTo(403);

    // not the same: remembered, never proposed again, even after a change and a new scan
    Answer notSame =
        http.post(
            "/api/v1/persons/reviews/" + ab.get("id").asString() + "/decision",
            centre,
            "{\"verdict\":\"NOT_SAME\"}");
    assertThat(notSame.status()).as(notSame.raw().body()).isEqualTo(200);
    assertThat(notSame.json().get("status").asString()).isEqualTo("NOT_SAME");
    Answer read = http.get("/api/v1/persons/" + b, centre);
    http.put(
        "/api/v1/persons/" + b,
        centre,
        """
        {"givenNames":"ADEYEMI","familyName":"%s","gender":"Feminine","birth":{"precision":"EXACT","date":"1990-04-05"},
         "citizenships":["NG","GB"]}
        """
            .formatted(given.toUpperCase()),
        read.header("ETag"));
    reviews.scan();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.sql(
                        "SELECT count(*) FROM people.review_pending p JOIN people.person x ON x.id = p.person_id WHERE x.reference = ?")
                    .param(b)
                    .query(Long.class)
                    .single(),
            n -> n == 0);
    assertThat(pair(http.get("/api/v1/persons/reviews?person=" + a, centre).json(), a, b)).isNull();
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM people.match_review r
                    JOIN people.person x ON x.id = r.person_a JOIN people.person y ON y.id = r.person_b
                    WHERE x.reference IN (?, ?) AND y.reference IN (?, ?)
                    """)
                .params(a, b, a, b)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // the same: merged, the chosen record survives; the pair's agreement levels teach the model
    Answer same =
        http.post(
            "/api/v1/persons/reviews/" + cd.get("id").asString() + "/decision",
            centre,
            "{\"verdict\":\"SAME\",\"survivor\":\"%s\"}".formatted(d));
    assertThat(same.status()).as(same.raw().body()).isEqualTo(200);
    assertThat(same.json().get("status").asString()).isEqualTo("SAME");
    assertThat(http.get("/api/v1/persons/" + c, centre).json().get("mergedInto").asString())
        .isEqualTo(d);
    assertThat(
            http.post(
                    "/api/v1/persons/reviews/" + cd.get("id").asString() + "/decision",
                    centre,
                    "{\"verdict\":\"NOT_SAME\"}")
                .raw()
                .body())
        .contains("already decided");
    // the absorbed record is no longer a candidate; its names still find the survivor
    JsonNode matches =
        http.post(
                "/api/v1/persons/match",
                centre,
                "{\"givenNames\":\"Chidinma%s\",\"familyName\":\"Okafor\",\"birth\":{\"precision\":\"EXACT\",\"date\":\"1985-01-02\"}}"
                    .formatted(tag))
            .json();
    assertThat(matches.get("candidates").findValuesAsString("reference"))
        .contains(d)
        .doesNotContain(c);
  }

  @Test
  void aPairProposedByARecordMergedIntoOneSideIsShownWithThatRecordsEvidence() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String given = "Ngozi" + tag;
    String kept = register(given, "Eze", "1987-02-03");
    String married = register(given, "Okonkwo", "1987-02-03");
    Answer merged =
        http.post(
            "/api/v1/persons/merges",
            centre,
            "{\"survivor\":\"%s\",\"absorbed\":\"%s\",\"reason\":\"Same passport\"}"
                .formatted(kept, married));
    assertThat(merged.status()).as(merged.raw().body()).isEqualTo(201);
    String later = register(given, "Okonkwo", "1987-02-03");

    // found by the merged record's keys, scored by that record: the view says so
    JsonNode pair = proposed(later, kept);
    assertThat(pair).isNotNull();
    boolean keptIsA = pair.get("a").get("reference").asString().equals(kept);
    assertThat(pair.get(keptIsA ? "comparedA" : "comparedB").asString()).isEqualTo(married);
    assertThat(pair.get(keptIsA ? "comparedB" : "comparedA").asString()).isEqualTo(later);
    assertThat(pair.get("score").asDouble()).isGreaterThan(0.9);
    JsonNode family =
        StreamSupport.stream(pair.get("agreements").spliterator(), false)
            .filter(g -> g.get("field").asString().equals("family"))
            .findFirst()
            .orElseThrow();
    assertThat(family.get("agreed").asBoolean()).isTrue();
    String id = pair.get("id").asString();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_id = ? AND purpose = 'match review'")
                .param(married)
                .query(Long.class)
                .single())
        .as("the merged record shown is an audited read")
        .isPositive();

    // once the later record is merged into the survivor too, each side is still read as itself
    Answer same =
        http.post(
            "/api/v1/persons/reviews/" + id + "/decision",
            centre,
            "{\"verdict\":\"SAME\",\"survivor\":\"%s\"}".formatted(kept));
    assertThat(same.status()).as(same.raw().body()).isEqualTo(200);
    JsonNode decided =
        pair(
            http.get("/api/v1/persons/reviews?status=SAME&person=" + kept, centre).json(),
            later,
            kept);
    assertThat(decided).isNotNull();
    assertThat(decided.get(keptIsA ? "comparedA" : "comparedB").asString()).isEqualTo(married);
    assertThat(decided.get(keptIsA ? "comparedB" : "comparedA").asString()).isEqualTo(later);
  }

  @Test
  void twoRecordsEachInARunningPeriodAreNotMergedAndNothingMoves() {
    UUID first = withRunningPeriod("Valentyna", "Hrytsenko");
    UUID second = withRunningPeriod("Valentyna", "Hrytsenko");
    Answer refused =
        http.post(
            "/api/v1/persons/merges",
            centre,
            "{\"survivor\":\"%s\",\"absorbed\":\"%s\"}"
                .formatted(reference(first), reference(second)));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.raw().body()).contains("end one first");
    assertThat(count("identification.identification", second)).isEqualTo(1);
    assertThat(
            http.get("/api/v1/persons/" + reference(second), centre)
                .json()
                .get("mergedInto")
                .isNull())
        .isTrue();
    assertThat(
            jdbc.sql("SELECT count(*) FROM people.person_merge WHERE absorbed_id = ?")
                .param(second)
                .query(Long.class)
                .single())
        .isZero();
  }

  /** A person referred, accepted and decided a victim, so a reflection period runs. */
  private UUID withRunningPeriod(String given, String family) {
    UUID person = acceptedPerson(given, family);
    String identification =
        jdbc.sql("SELECT id::text FROM identification.identification WHERE person_id = ?")
            .param(person)
            .query(String.class)
            .single();
    Answer read = http.get("/api/v1/identifications/" + identification, centre);
    Answer residence =
        http.put(
            "/api/v1/identifications/" + identification + "/residence-status",
            centre,
            "{\"residenceStatus\":\"EU_CITIZEN\"}",
            read.header("ETag"));
    Answer decided =
        http.send(
            "POST",
            "/api/v1/identifications/" + identification + "/decision",
            centre,
            "{\"outcome\":\"VICTIM\",\"decidedOn\":\"%s\",\"forms\":[\"SexualExploitation\"]}"
                .formatted(LocalDate.now(ZONE)),
            Map.of("If-Match", residence.header("ETag")));
    assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM identification.identification WHERE person_id = ? AND period_start IS NOT NULL AND period_ended_on IS NULL")
                .param(person)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    return person;
  }

  // ---- fixtures ----

  private String register(String given, String family, String born) {
    Answer created =
        http.post(
            "/api/v1/persons",
            centre,
            """
            {"givenNames":"%s","familyName":"%s","gender":"Feminine","birth":{"precision":"EXACT","date":"%s"},
             "citizenships":["NG"]}
            """
                .formatted(given, family, born));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    return created.json().get("reference").asString();
  }

  /**
   * The open pair of x and y once the review scan proposed it (the scan runs in the background
   * too).
   */
  private JsonNode proposed(String x, String y) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              reviews.scan();
              return pair(http.get("/api/v1/persons/reviews?person=" + x, centre).json(), x, y);
            },
            found -> found != null);
  }

  private static JsonNode pair(JsonNode queue, String x, String y) {
    for (JsonNode item : queue.get("items")) {
      List<String> refs =
          List.of(
              item.get("a").get("reference").asString(), item.get("b").get("reference").asString());
      if (refs.contains(x) && refs.contains(y)) {
        return item;
      }
    }
    return null;
  }

  private UUID acceptedPerson(String given, String family) {
    String body =
        ReferralsApiTest.FULL
            .replace("2026-11-01", LocalDate.now(ZONE).minusDays(10).toString())
            .replace("\"Ioana\"", "\"" + given + "\"")
            .replace("\"Popescu\"", "\"" + family + "\"");
    String referral = http.post("/api/v1/referrals", ngo, body).json().get("id").asString();
    assertThat(http.post("/api/v1/referrals/" + referral + "/submit", ngo, "").status())
        .isEqualTo(200);
    assertThat(http.post("/api/v1/referrals/" + referral + "/accept", centre, "{}").status())
        .isEqualTo(200);
    UUID person =
        jdbc.sql("SELECT person_id FROM intake.referral WHERE id = ?::uuid")
            .param(referral)
            .query(UUID.class)
            .single();
    await().atMost(Duration.ofSeconds(10)).until(() -> caseOf(person) != null);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> count("identification.identification", person) == 1);
    return person;
  }

  private UUID imported(String row, String external) {
    Answer started =
        http.postBytes(
            "/api/v1/imports/htcds",
            centre,
            (StatisticsApiTest.HEADER + row).getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
    String id = started.json().get("id").asString();
    JsonNode done =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> http.get("/api/v1/imports/" + id, centre).json(),
                s -> s.get("status").asString().equals("completed"));
    assertThat(done.get("rowsImported").asInt()).as(done.toString()).isEqualTo(1);
    return jdbc.sql("SELECT person_id FROM exchange.external_record WHERE external_id = ?")
        .param(external)
        .query(UUID.class)
        .single();
  }

  /** Every module table that refers to a person: a new one must be added here and re-pointed. */
  static final List<String> PERSON_TABLES =
      List.of(
          "intake.referral",
          "identification.identification",
          "casework.case_file",
          "accommodation.placement",
          "accommodation.waiting_list",
          "repatriation.repatriation",
          "privacy.subject_access",
          "privacy.legal_hold",
          "privacy.erasure_request",
          "exchange.external_record",
          "statistics.decision",
          "statistics.return",
          "statistics.interview",
          "statistics.period",
          "statistics.repatriation",
          "statistics.service",
          "statistics.placement",
          "statistics.joint_action_referral");

  @Test
  void everyModuleTableThatRefersToAPersonIsCoveredHere() {
    List<String> tables =
        jdbc.sql(
                """
                SELECT table_schema || '.' || table_name FROM information_schema.columns
                WHERE column_name = 'person_id' AND table_schema NOT IN ('people', 'public')
                  AND table_name <> 'person_repointed'
                """)
            .query(String.class)
            .list();
    assertThat(tables).containsExactlyInAnyOrderElementsOf(PERSON_TABLES);
  }

  private Map<String, Long> references(UUID person) {
    Map<String, Long> found = new TreeMap<>();
    for (String table : PERSON_TABLES) {
      found.put(table, count(table, person));
    }
    return found;
  }

  private long count(String table, UUID person) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE person_id = ?")
        .param(person)
        .query(Long.class)
        .single();
  }

  private String reference(UUID person) {
    return jdbc.sql("SELECT reference FROM people.person WHERE id = ?")
        .param(person)
        .query(String.class)
        .single();
  }

  private UUID caseOf(UUID person) {
    return jdbc.sql("SELECT id FROM casework.case_file WHERE person_id = ? AND merged_into IS NULL")
        .param(person)
        .query(UUID.class)
        .optional()
        .orElse(null);
  }

  private UUID mergedInto(UUID caseId) {
    return jdbc.sql("SELECT merged_into FROM casework.case_file WHERE id = ?")
        .param(caseId)
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .list()
        .get(0);
  }

  private List<String> timelineKinds(UUID caseId) {
    return jdbc.sql("SELECT kind FROM casework.timeline_entry WHERE case_id = ?")
        .param(caseId)
        .query(String.class)
        .list();
  }
}
