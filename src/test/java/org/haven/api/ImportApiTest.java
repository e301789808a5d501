package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.haven.access.AccessFixtures;
import org.haven.access.Role;
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
 * Bad deliveries get clear row and column errors and leave nothing half written: wrong encoding, no
 * header, an oversized file, unknown codes, impossible dates, a decision before the referral,
 * duplicated ids, spreadsheet formulas. Good rows beside bad ones are imported.
 */
@HavenTest
class ImportApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  Http http;
  String caseworker;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    caseworker = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
  }

  @Test
  void aFileThatCannotBeReadIsRefusedWholeAndSaysWhy() {
    byte[] latin1 =
        (StatisticsApiTest.HEADER + "X1,Sø,Ærø,,,,,,,,,,,,,,\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Answer encoding = http.postBytes("/api/v1/imports/htcds", caseworker, latin1, "text/csv");
    assertThat(encoding.status()).isEqualTo(400);
    assertThat(encoding.json().at("/errors/0/field").asString()).isEqualTo("file");
    assertThat(encoding.json().at("/errors/0/message").asString()).contains("UTF-8");

    Answer header =
        http.postBytes(
            "/api/v1/imports/htcds",
            caseworker,
            "A1,Ana,Popescu\n".getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertThat(header.status()).isEqualTo(400);
    assertThat(header.json().at("/errors/0/message").asString()).contains("cas_ExternalId");

    byte[] huge = new byte[50 * 1024 * 1024 + 1];
    Arrays.fill(huge, (byte) 'a');
    Answer tooLarge = http.postBytes("/api/v1/imports/htcds", caseworker, huge, "text/csv");
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.json().get("detail").asString()).contains("50 MB");

    assertThat(
            http.postBytes(
                    "/api/v1/imports/htcds",
                    fixtures.token(fixtures.user(Role.NGO_WORKER)),
                    StatisticsApiTest.HEADER.getBytes(StandardCharsets.UTF_8),
                    "text/csv")
                .status())
        .isEqualTo(403);
  }

  @Test
  void badRowsAreLeftOutWholeWithTheirReasonsAndGoodRowsAreImported() {
    String tomorrow = LocalDate.now().plusDays(2).toString();
    String csv =
        StatisticsApiTest.HEADER
            + "B1,Ana,Good,1990-01-01,Feminine,RO,ActualVictimOfTrafficking,SexualExploitation,,,2014-01-01,,2014-02-01,NationalCentre,,,\n"
            + "B2,Bad,Gender,1990-01-01,Female,RO,,,,,2014-01-01,,,,,,\n"
            + "B3,Bad,Country,1990-01-01,Feminine,XY,,,,,2014-01-01,,,,,,\n"
            + "B4,Bad,Date,1990-02-30,Feminine,RO,,,,,2014-01-01,,,,,,\n"
            + "B5,Early,Decision,1990-01-01,Feminine,RO,ActualVictimOfTrafficking,SexualExploitation,,,2014-05-01,,2014-02-01,,,,\n"
            + "B6,Twice,One,,,,,,,,2014-01-01,,,,,,\n"
            + "B6,Twice,Two,,,,,,,,2014-01-01,,,,,,\n"
            + "B7,=HYPERLINK(\"x\"),Inject,,,,,,,,2014-01-01,,,,,,\n"
            + "B8,Future,Date,,,,,,,,"
            + tomorrow
            + ",,,,,,\n"
            + "B9,Short,Row\n"
            + "B10,Two,Problems,1990-01-01,Unknown,ZZ,,,,,2014-01-01,,,,,,\n"
            // refused by the person record itself, not by the file's checks: the chunk written in
            // a batch is rolled back and written row by row, and only this row is left out
            + "B11,Very,Old,1850-01-01,Feminine,RO,,,,,2014-01-01,,,,,,\n";
    long persons = count("people.person");
    long cases = count("casework.case_file");
    JsonNode status = imported(csv.replace(",,\n", ",,\n"), "extra_Column");
    assertThat(status.get("rowsTotal").asInt()).isEqualTo(12);
    assertThat(status.get("rowsImported").asInt()).isEqualTo(1);
    assertThat(status.get("rowsRejected").asInt()).isEqualTo(11);
    assertThat(count("people.person"))
        .as("only the good row became a person")
        .isEqualTo(persons + 1);
    assertThat(count("casework.case_file")).as("delivered history opens no case").isEqualTo(cases);
    List<String> errors = new ArrayList<>();
    status
        .get("errors")
        .forEach(
            e ->
                errors.add(
                    e.get("row").asInt()
                        + " "
                        + (e.get("column").isNull() ? "-" : e.get("column").asString())
                        + " "
                        + e.get("message").asString()));
    assertThat(errors)
        .anyMatch(e -> e.startsWith("3 prs_Gender Not an HTCDS 2.0 gender"))
        .anyMatch(e -> e.startsWith("4 prs_Citizenship Not an ISO 3166"))
        .anyMatch(e -> e.startsWith("5 prs_Birthdate Not a date that exists"))
        .anyMatch(e -> e.startsWith("6 ext_DecisionDate The decision date is before the referral"))
        .anyMatch(e -> e.startsWith("7 cas_ExternalId The same cas_ExternalId is in rows 7, 8"))
        .anyMatch(e -> e.startsWith("8 cas_ExternalId The same cas_ExternalId is in rows 7, 8"))
        .anyMatch(e -> e.startsWith("9 prs_FirstName Starts like a spreadsheet formula"))
        .anyMatch(e -> e.startsWith("10 cas_IncomingReferralDate Lies in the future"))
        .anyMatch(e -> e.startsWith("11 - The row has 3 cells"))
        .anyMatch(e -> e.startsWith("12 prs_Gender"))
        .anyMatch(e -> e.startsWith("12 prs_Citizenship"))
        .anyMatch(e -> e.startsWith("13 prs_Birthdate"));
    assertThat(status.toString()).doesNotContain("HYPERLINK").doesNotContain("Popescu");
    assertThat(status.get("warnings").get(0).asString()).contains("extra_Column");
  }

  private JsonNode imported(String csv, String extraColumn) {
    String withExtra =
        csv.replaceFirst(
            "ext_RepatriationCountry\n", "ext_RepatriationCountry," + extraColumn + "\n");
    // every other row gets an empty cell for the extra column
    StringBuilder body = new StringBuilder();
    String[] lines = withExtra.split("\n");
    body.append(lines[0]).append('\n');
    for (int i = 1; i < lines.length; i++) {
      body.append(lines[i]).append(lines[i].startsWith("B9,") ? "" : ",").append('\n');
    }
    Answer started =
        http.postBytes(
            "/api/v1/imports/htcds",
            caseworker,
            body.toString().getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
    String id = started.json().get("id").asString();
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> http.get("/api/v1/imports/" + id, caseworker).json(),
            s -> s.get("status").asString().equals("completed"));
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }
}
