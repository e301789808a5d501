package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.haven.access.AccessFixtures;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.funding.ReportFiles;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.haven.support.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The action plan's money over real HTTP: the centre enters a plan and an initiative, an NGO
 * applies, the centre grants in part and pays out, the NGO reports and the ministry sends the
 * report back then accepts it; every total is exact, bad money is refused field by field and every
 * change of money is audited with the amounts before and after.
 */
@HavenTest
class FundingApiTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void aGrantFromApplicationToAcceptedReport() throws Exception {
    Http http = new Http(port);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    int year = today.getYear();
    String centre = fixtures.token(fixtures.user(Role.CENTRE_ANALYST));
    String ministry =
        fixtures.token(
            fixtures.user(
                fixtures.organisation(OrganisationType.MINISTRY), Role.MINISTRY_OFFICIAL));
    Organisation ngo = fixtures.organisation(OrganisationType.NGO);
    String worker = fixtures.token(fixtures.user(ngo, Role.NGO_WORKER));
    String otherNgo = fixtures.token(fixtures.user(Role.NGO_WORKER));

    Answer refused =
        http.post(
            "/api/v1/action-plans",
            centre,
            """
            {"name":"","startsOn":"%d-01-01","endsOn":"%d-12-31","budget":-5,"currency":"DKR"}
            """
                .formatted(year, year - 1));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.raw().body())
        .contains("\"name\"")
        .contains("\"endsOn\"")
        .contains("\"budgetCurrency\"");
    assertThat(
            http.post(
                    "/api/v1/action-plans",
                    worker,
                    "{\"name\":\"x\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-12-31\",\"budget\":1,\"currency\":\"DKK\"}")
                .status())
        .isEqualTo(403);

    Answer plan =
        http.post(
            "/api/v1/action-plans",
            centre,
            """
            {"name":"Action plan %d–%d","startsOn":"%d-01-01","endsOn":"%d-12-31","budget":118200000.00,
             "currency":"DKK","source":"Finance act"}
            """
                .formatted(year - 1, year + 2, year - 1, year + 2));
    assertThat(plan.status()).as(plan.raw().body()).isEqualTo(201);
    String planId = plan.json().get("id").asString();
    assertThat(plan.json().get("budget").get("amount").decimalValue())
        .isEqualByComparingTo("118200000.00");

    Answer initiative =
        http.post(
            "/api/v1/initiatives",
            centre,
            """
            {"plan":"%s","name":"Outreach to persons in prostitution","goal":"Reach them where they are",
             "theme":"OUTREACH","responsible":"%s","budgets":[{"year":%d,"amount":2500000}],
             "indicators":[{"name":"Contacts counted by Haven","unit":"contacts","measure":"OUTREACH_CONTACTS",
                            "targets":[{"year":%d,"amount":4000}]},
                           {"name":"Outreach contacts","unit":"contacts","measure":"NONE",
                            "targets":[{"year":%d,"amount":1500}]}]}
            """
                .formatted(planId, ngo.id(), year, year, year));
    assertThat(initiative.status()).as(initiative.raw().body()).isEqualTo(201);
    String initiativeId = initiative.json().get("id").asString();
    assertThat(initiative.json().get("status").asString()).isEqualTo("PLANNED");
    assertThat(
            http.post(
                    "/api/v1/initiatives",
                    centre,
                    """
                    {"plan":"%s","name":"Too much","theme":"KNOWLEDGE","responsible":"%s",
                     "budgets":[{"year":%d,"amount":116000000}]}
                    """
                        .formatted(planId, ngo.id(), year))
                .status())
        .as("initiatives never exceed the plan's budget")
        .isEqualTo(400);

    Answer running =
        http.send(
            "POST",
            "/api/v1/initiatives/" + initiativeId + "/status",
            centre,
            "{\"status\":\"RUNNING\",\"note\":\"Agreement signed\"}",
            Map.of("If-Match", initiative.header("ETag")));
    assertThat(running.status()).as(running.raw().body()).isEqualTo(200);
    assertThat(running.json().get("history")).hasSize(2);
    assertThat(running.json().get("fundsReturns").isNull()).as("pays for no returns").isTrue();
    assertThat(
            http.send(
                    "POST",
                    "/api/v1/initiatives/" + initiativeId + "/funds-returns",
                    worker,
                    "{\"fundsReturns\":\"VOLUNTARY_RETURN_IOM\"}",
                    Map.of("If-Match", running.header("ETag")))
                .status())
        .as("the centre says what an initiative pays for")
        .isEqualTo(403);
    Answer paysFor =
        http.send(
            "POST",
            "/api/v1/initiatives/" + initiativeId + "/funds-returns",
            centre,
            "{\"fundsReturns\":\"VOLUNTARY_RETURN_IOM\"}",
            Map.of("If-Match", running.header("ETag")));
    assertThat(paysFor.status()).as(paysFor.raw().body()).isEqualTo(200);
    assertThat(paysFor.json().get("fundsReturns").asString()).isEqualTo("VOLUNTARY_RETURN_IOM");
    assertThat(
            http.send(
                    "POST",
                    "/api/v1/initiatives/" + initiativeId + "/funds-returns",
                    centre,
                    "{\"fundsReturns\":null}",
                    Map.of("If-Match", running.header("ETag")))
                .status())
        .as("an old version is refused")
        .isEqualTo(412);
    Answer paysForNone =
        http.send(
            "POST",
            "/api/v1/initiatives/" + initiativeId + "/funds-returns",
            centre,
            "{\"fundsReturns\":null}",
            Map.of("If-Match", paysFor.header("ETag")));
    assertThat(paysForNone.status()).as(paysForNone.raw().body()).isEqualTo(200);
    assertThat(paysForNone.json().get("fundsReturns").isNull()).isTrue();

    Answer application =
        http.post(
            "/api/v1/grants",
            worker,
            """
            {"initiative":"%s","amount":500000,"currency":"DKK","periodFrom":"%d-01-01","periodTo":"%d-12-31",
             "purpose":"Street and online outreach"}
            """
                .formatted(initiativeId, year, year));
    assertThat(application.status()).as(application.raw().body()).isEqualTo(201);
    String grantId = application.json().get("id").asString();
    assertThat(application.json().get("organisation").asString()).isEqualTo(ngo.id().toString());
    assertThat(http.get("/api/v1/grants/" + grantId, otherNgo).status())
        .as("another NGO does not see it")
        .isEqualTo(404);

    Answer decided =
        http.send(
            "POST",
            "/api/v1/grants/" + grantId + "/decision",
            centre,
            """
            {"outcome":"PARTLY","amount":400000,"conditions":"Half-yearly accounts","decidedOn":"%s",
             "duties":[{"kind":"ACTIVITY_REPORT","dueOn":"%s"}]}
            """
                .formatted(today, today),
            Map.of("If-Match", application.header("ETag")));
    assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
    assertThat(decided.json().get("status").asString()).isEqualTo("PARTLY_GRANTED");

    Answer tooEarly =
        http.post(
            "/api/v1/grants/" + grantId + "/disbursements",
            centre,
            "{\"paidOn\":\"%s\",\"amount\":1000}".formatted(today.minusDays(1)));
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.raw().body()).contains("paidOn");
    assertThat(
            http.post(
                    "/api/v1/grants/" + grantId + "/disbursements",
                    centre,
                    "{\"paidOn\":\"%s\",\"amount\":250000.25}".formatted(today))
                .status())
        .isEqualTo(201);
    Answer beyond =
        http.post(
            "/api/v1/grants/" + grantId + "/disbursements",
            centre,
            "{\"paidOn\":\"%s\",\"amount\":149999.76}".formatted(today));
    assertThat(beyond.status()).as("more than granted").isEqualTo(400);
    Answer repaid =
        http.post(
            "/api/v1/grants/" + grantId + "/repayments",
            centre,
            "{\"paidOn\":\"%s\",\"amount\":0.25,\"note\":\"Unspent\"}".formatted(today));
    assertThat(repaid.status()).as(repaid.raw().body()).isEqualTo(201);
    assertThat(repaid.json().get("disbursed").get("amount").decimalValue())
        .isEqualByComparingTo("250000.25");
    assertThat(repaid.json().get("net").get("amount").decimalValue())
        .isEqualByComparingTo("250000.00");
    assertThat(repaid.json().get("undisbursed").get("amount").decimalValue())
        .isEqualByComparingTo("149999.75");

    Answer owed = http.get("/api/v1/reporting-duties?due-before=" + today.plusDays(30), worker);
    assertThat(owed.status()).isEqualTo(200);
    assertThat(owed.json()).hasSize(1);
    String dutyId = owed.json().get(0).get("duty").get("id").asString();
    assertThat(
            http.get("/api/v1/reporting-duties?due-before=" + today.plusDays(30), otherNgo).json())
        .isEmpty();

    // a report's files: PDFs only, by content; within the size limit; read by the funder, audited
    String files = "/api/v1/reporting-duties/" + dutyId + "/attachments";
    Answer exe =
        http.postBytes(
            files,
            worker,
            "MZ\u0090\u0000 an executable named report.pdf %%EOF"
                .getBytes(StandardCharsets.ISO_8859_1),
            "application/pdf");
    assertThat(exe.status()).isEqualTo(400);
    assertThat(exe.raw().body()).contains("\"file\"");
    byte[] huge = new byte[ReportFiles.MOST_BYTES + 1];
    System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
    Answer tooLarge = http.postBytes(files, worker, huge, "application/pdf");
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.raw().body()).contains("\"file\"");
    byte[] pdf =
        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    Answer attached = http.postBytes(files, worker, pdf, "application/pdf");
    assertThat(attached.status()).as(attached.raw().body()).isEqualTo(201);
    assertThat(http.get(files, ministry).json()).hasSize(1);
    assertThat(http.get(files, otherNgo).status()).isEqualTo(404);
    String fileId = attached.json().get("id").asString();
    Http.Bytes read = http.getBytes(files + "/" + fileId, ministry);
    assertThat(read.body()).isEqualTo(pdf);
    assertThat(read.contentType()).isEqualTo("application/pdf");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE resource_type = 'ReportAttachment' AND action = 'READ' AND resource_id = ?")
                .param(fileId)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    Answer submitted =
        http.post(
            "/api/v1/reporting-duties/" + dutyId + "/submission",
            worker,
            "{\"spent\":240000,\"figures\":{\"outreach contacts\":1850},\"summary\":\"Two teams, four nights a week\"}");
    assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(200);
    assertThat(
            http.post(
                    "/api/v1/reporting-duties/" + dutyId + "/review",
                    ministry,
                    "{\"accepted\":false}")
                .status())
        .as("sending back says what to change")
        .isEqualTo(400);
    Answer back =
        http.post(
            "/api/v1/reporting-duties/" + dutyId + "/review",
            ministry,
            "{\"accepted\":false,\"note\":\"Split the spending by quarter\"}");
    assertThat(back.json().get("status").asString()).isEqualTo("CHANGES_REQUESTED");
    http.post(
        "/api/v1/reporting-duties/" + dutyId + "/submission",
        worker,
        "{\"spent\":240000,\"figures\":{\"outreach contacts\":1850},\"summary\":\"Q1 120000, Q2 120000\"}");
    Answer accepted =
        http.post(
            "/api/v1/reporting-duties/" + dutyId + "/review", ministry, "{\"accepted\":true}");
    assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");

    Answer overview = http.get("/api/v1/action-plans/" + planId + "/overview", ministry);
    assertThat(overview.status()).isEqualTo(200);
    assertThat(overview.json().get("totals").get("granted").get("amount").decimalValue())
        .isEqualByComparingTo("400000.00");
    assertThat(overview.json().get("totals").get("disbursed").get("amount").decimalValue())
        .isEqualByComparingTo("250000.25");
    assertThat(http.get("/api/v1/action-plans/" + planId + "/overview", worker).status())
        .isEqualTo(403);

    // the ministry's export: CSV by initiative and by holder, XLSX with both, the same every time
    Http.Bytes csv = http.getBytes("/api/v1/action-plans/" + planId + "/overview.csv", ministry);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .isEqualTo(
            "initiative,organisation,year,currency,budget,granted,disbursed,repaid,spent,returnCosts\n"
                + "Outreach to persons in prostitution,,%d,DKK,2500000.00,400000.00,250000.25,0.25,240000.00,0.00\n"
                    .formatted(year));
    Http.Bytes byHolder =
        http.getBytes("/api/v1/action-plans/" + planId + "/overview.csv?by=organisation", ministry);
    assertThat(new String(byHolder.body(), StandardCharsets.UTF_8))
        .contains(
            "Outreach to persons in prostitution,%s,%d,DKK,,400000.00,250000.25,0.25,240000.00,\n"
                .formatted(ngo.name(), year));
    assertThat(
            http.get("/api/v1/action-plans/" + planId + "/overview.csv?by=colour", ministry)
                .status())
        .isEqualTo(400);
    assertThat(http.getBytes("/api/v1/action-plans/" + planId + "/overview.csv", worker).status())
        .isEqualTo(403);
    Http.Bytes xlsx = http.getBytes("/api/v1/action-plans/" + planId + "/overview.xlsx", ministry);
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.contentType()).contains("spreadsheetml");
    assertThat(http.getBytes("/api/v1/action-plans/" + planId + "/overview.xlsx", ministry).body())
        .as("the same records give the same workbook")
        .isEqualTo(xlsx.body());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var row = workbook.getSheet("Initiatives").getRow(1);
      assertThat(row.getCell(0).getStringCellValue())
          .isEqualTo("Outreach to persons in prostitution");
      assertThat(BigDecimal.valueOf(row.getCell(6).getNumericCellValue()))
          .isEqualByComparingTo("250000.25");
      assertThat(workbook.getSheet("Grant holders").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo(ngo.name());
    }

    assertThat(
            jdbc.sql(
                    "SELECT purpose FROM audit.audit_event WHERE resource_type = 'Grant' AND resource_id = ?")
                .param(grantId)
                .query(String.class)
                .list())
        .contains("disbursed 0.00 DKK -> 250000.25 DKK", "repaid 0.00 DKK -> 0.25 DKK");

    // the status report's action-plan section: the year's money and the indicators' results
    Answer report =
        http.get(
            "/api/v1/statistics/annual/" + year,
            fixtures.token(fixtures.user(Role.POLICE_KEY_PERSON)));
    assertThat(report.status()).isEqualTo(200);
    JsonNode section = null;
    for (JsonNode p : report.json().get("actionPlan").get("plans")) {
      if (p.get("name").asString().equals("Action plan %d–%d".formatted(year - 1, year + 2))) {
        section = p;
      }
    }
    assertThat(section).as("the plan runs this year").isNotNull();
    assertThat(section.get("currency").asString()).isEqualTo("DKK");
    JsonNode line = section.get("initiatives").get(0);
    assertThat(line.get("status").asString()).isEqualTo("RUNNING");
    assertThat(line.get("budget").decimalValue()).isEqualByComparingTo("2500000");
    assertThat(line.get("granted").decimalValue()).isEqualByComparingTo("400000");
    assertThat(line.get("disbursed").decimalValue()).isEqualByComparingTo("250000.25");
    assertThat(line.get("repaid").decimalValue()).isEqualByComparingTo("0.25");
    assertThat(line.get("spent").decimalValue()).isEqualByComparingTo("240000");
    assertThat(line.get("returnCosts").decimalValue())
        .as("an initiative that pays for no returns has none")
        .isZero();
    assertThat(section.get("year").get("disbursed").decimalValue())
        .isEqualByComparingTo("250000.25");
    JsonNode counted = line.get("indicators").get(0);
    assertThat(counted.get("measure").asString()).isEqualTo("OUTREACH_CONTACTS");
    assertThat(counted.get("target").decimalValue()).isEqualByComparingTo("4000");
    assertThat(counted.get("actual").decimalValue()).as("no outreach recorded").isZero();
    JsonNode reported = line.get("indicators").get(1);
    assertThat(reported.get("actual").decimalValue())
        .as("the figure the holder reported under the indicator's name")
        .isEqualByComparingTo("1850");
    assertThat(report.json().get("actionPlan").get("training").get("bySector").size())
        .isEqualTo(10);
  }
}
