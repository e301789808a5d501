package org.haven.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.OrganisationType;
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
 * The counting rules on a hand-built fixture with known answers, delivered as an HTCDS import over
 * real HTTP (so the import → report round trip is proven too): two exploitation forms, a minor, a
 * birth year alone, a reconsidered decision, two positive decisions in one year; then re-import,
 * rebuild, the published view, CSV and PDF. The fixture lives in 2011–2012, which no other test
 * uses.
 */
@HavenTest
class StatisticsApiTest {

  static final String HEADER =
      "cas_ExternalId,prs_FirstName,prs_SecondName,prs_Birthdate,prs_Gender,prs_Citizenship,"
          + "vic_TraffickingStatus,vic_TypeOfExploitation,vic_ForcedLabourIndustry,"
          + "cas_ReferringOrganisation,cas_IncomingReferralDate,hte_Country,ext_DecisionDate,"
          + "ext_DecidingAuthority,ext_MainExploitation,ext_RepatriationDate,ext_RepatriationCountry\n";

  /** The first delivery. */
  static final String FIRST =
      HEADER
          + """
          A1,Ana,Popescu,1990-03-01,Feminine,RO;BG,ActualVictimOfTrafficking,SexualExploitation;ForcedLabour,F_Construction,NGO Reden,2012-01-05,DK,2012-05-10,NationalCentre,ForcedLabour,,
          A2,Chidi,Okafor,1995,Masculine,NG,ActualVictimOfTrafficking,ForcedCriminality,,Police,2012-01-05,DK,2012-06-01,ImmigrationService,,,
          A3,Nok,Sukjai,1988-12-31,TransgenderFeminine,TH,ActualVictimOfTrafficking,SexualExploitation;Servitude,,,2012-01-05,DK,2012-12-31,Other,,,
          A4,,,,,VN,ActualVictimOfTrafficking,Other,,,2012-01-05,,2012-02-01,,,,
          A5,Elena,Ionescu,1980-01-15,Feminine,RO,NotAVictimOfTrafficking,,,,2012-01-05,,2012-03-01,NationalCentre,,,
          A6,Andrii,Shevchenko,1985-05-05,Masculine,UA,PossibleVictimOfTrafficking,ForcedLabour,,,2012-01-05,,,,,,
          A7,Blessing,Eze,1992-02-02,Feminine,NG,NotAVictimOfTrafficking,,,,2011-10-01,,2011-11-01,NationalCentre,,,
          A8,Ion,Rusu,1975-01-01,Masculine,RO,ActualVictimOfTrafficking,ForcedLabour,A_AgricultureForestryAndFishing,,2011-06-01,DK,2011-08-01,ImmigrationService,,2012-09-01,RO
          A9,Maria,Santos,2000-01-01,Feminine,PH,ActualVictimOfTrafficking,ForcedBegging,,,2012-01-05,,2012-07-07,ImmigrationService,,2012-10-10,PH
          A10,Karen,Holm,1970-06-15,Feminine,DK,ActualVictimOfTrafficking,ForcedLabour,,,2012-01-05,,2012-01-10,NationalCentre,,,
          A11,Arben,Hoxha,1980-05-05,Masculine,AL,ActualVictimOfTrafficking,ForcedLabour,,,2012-01-05,,2012-05-05,NationalCentre,Undetermined,,
          """;

  /** The second delivery: A7 reconsidered as a victim, A10 assessed again later in the year. */
  static final String SECOND =
      HEADER
          + """
          A7,Blessing,Eze,1992-02-02,Feminine,NG,ActualVictimOfTrafficking,SexualExploitation,,,2011-10-01,,2012-04-01,NationalCentre,,,
          A10,Karen,Holm,1970-06-15,Feminine,DK,ActualVictimOfTrafficking,SexualExploitation,,,2012-01-05,,2012-11-11,NationalCentre,,,
          """;

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  Http http;
  String caseworker;
  String analyst;
  String admin;
  String ngo;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    TestUser centre = fixtures.user(Role.CENTRE_CASEWORKER);
    caseworker = fixtures.token(centre);
    analyst = fixtures.token(fixtures.user(Role.CENTRE_ANALYST));
    admin = fixtures.token(fixtures.user(Role.ADMINISTRATOR));
    ngo =
        fixtures.token(fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER));
  }

  @Test
  void theCountingRulesOnAHandBuiltFixture() throws Exception {
    JsonNode first = imported(FIRST);
    assertThat(first.get("rowsImported").asInt()).as(first.toString()).isEqualTo(11);
    assertThat(first.get("rowsRejected").asInt()).isZero();
    long persons = count("people.person");
    long decisions = count("identification.decision");
    JsonNode again = imported(FIRST);
    assertThat(again.get("rowsImported").asInt()).isEqualTo(11);
    assertThat(count("people.person")).as("re-import adds no person").isEqualTo(persons);
    assertThat(count("identification.decision")).as("nor a decision").isEqualTo(decisions);
    imported(SECOND);
    logCall("2012-03-03T10:00:00Z", "POLICE");
    logCall("2012-08-03T10:00:00Z", "PUBLIC");

    JsonNode report =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> http.get("/api/v1/statistics/annual/2012?disclosure=exact", analyst).json(),
                r ->
                    r.at("/victims/total").asLong() == 8
                        && r.at("/repatriations/total").asLong() == 2
                        && r.at("/hotlineCalls/total").asLong() == 2
                        && r.at("/victims/byMainExploitation/SexualExploitation").asLong() == 2);
    JsonNode v = report.get("victims");
    assertThat(report.get("disclosure").asString()).isEqualTo("exact");
    assertThat(v.get("previousYearTotal").asLong()).as("only A8 in 2011").isEqualTo(1);
    assertThat(v.get("cumulativeTotal").asLong()).isEqualTo(9);
    assertThat(v.get("firstYear").asInt()).isEqualTo(2011);
    assertThat(map(v.get("bySex")))
        .containsExactly(
            Map.entry("female", 4L),
            Map.entry("male", 2L),
            Map.entry("transgenderOrOther", 1L),
            Map.entry("unknown", 1L));
    assertThat(v.at("/age/min").asInt()).isEqualTo(12);
    assertThat(v.at("/age/max").asInt()).isEqualTo(42);
    assertThat(v.at("/age/mean").asDouble()).isEqualTo(24.0);
    assertThat(v.at("/age/minors").asLong()).as("A2 born 1995 counts as 16; A9 is 12").isEqualTo(2);
    assertThat(v.at("/age/under25").asLong()).isEqualTo(5);
    assertThat(map(v.get("byMainExploitation")))
        .containsExactly(
            Map.entry("SexualExploitation", 2L),
            Map.entry("ForcedLabour", 1L),
            Map.entry("ForcedCriminality", 1L),
            Map.entry("Servitude", 0L),
            Map.entry("ForcedBegging", 1L),
            Map.entry("OtherExploitation", 1L),
            Map.entry("Undetermined", 2L));
    assertThat(v.at("/byForm/SexualExploitation").asLong()).isEqualTo(4);
    assertThat(v.at("/byForm/ForcedLabour").asLong())
        .as("every established form, main or not")
        .isEqualTo(2);
    assertThat(v.at("/byForcedLabourIndustry/F_Construction").asLong()).isEqualTo(1);
    assertThat(v.at("/byCitizenship/NG").asLong()).isEqualTo(2);
    assertThat(v.at("/byCitizenship/RO").asLong()).as("first citizenship only").isEqualTo(1);
    assertThat(v.at("/byCitizenship/BG").isMissingNode()).isTrue();
    assertThat(v.get("distinctCitizenships").asInt()).isEqualTo(7);
    assertThat(map(v.get("byDecidingAuthority")))
        .containsExactly(
            Map.entry("NationalCentre", 5L),
            Map.entry("ImmigrationService", 2L),
            Map.entry("Other", 1L));
    assertThat(v.at("/byFormAndSex/SexualExploitation/female").asLong()).isEqualTo(2);
    assertThat(report.at("/repatriations/byCountry/RO").asLong()).isEqualTo(1);
    assertThat(report.at("/repatriations/byCountry/PH").asLong()).isEqualTo(1);
    assertThat(report.at("/hotlineCalls/byCallerType/Police").asLong()).isEqualTo(1);
    assertThat(report.at("/hotlineCalls/byCallerType/Citizen").asLong()).isEqualTo(1);
    assertThat(report.at("/interviews/total").asLong()).isZero();
    assertThat(report.get("changes").toString())
        .contains("Forced labour and forced criminality together doubled, from 1 to 2");
    assertThat(report.get("method").toString()).contains("1 July");

    // the projections equal a direct count in the source modules
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(DISTINCT i.person_id) FROM identification.decision d
                    JOIN identification.identification i ON i.id = d.identification_id
                    WHERE d.outcome = 'VICTIM' AND extract(year FROM d.decided_on) = 2012
                    """)
                .query(Long.class)
                .single())
        .isEqualTo(8);
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM repatriation.repatriation
                    WHERE extract(year FROM actual_departure) = 2012
                    """)
                .query(Long.class)
                .single())
        .isEqualTo(2);

    // rebuilt from scratch, the figures are the same
    String before = figures(report);
    Answer rebuilt = http.post("/api/v1/statistics/projections/rebuild", admin, "");
    assertThat(rebuilt.status()).as(rebuilt.raw().body()).isEqualTo(200);
    assertThat(rebuilt.json().get("decisions").asLong()).isGreaterThanOrEqualTo(12);
    assertThat(figures(http.get("/api/v1/statistics/annual/2012?disclosure=exact", analyst).json()))
        .isEqualTo(before);
    assertThat(http.post("/api/v1/statistics/projections/rebuild", analyst, "").status())
        .isEqualTo(403);

    // published: 8 victims is shown; every cell below 5 is withheld, and none alone
    JsonNode published = http.get("/api/v1/statistics/annual/2012", ngo).json();
    assertThat(published.get("disclosure").asString()).isEqualTo("published");
    assertThat(published.at("/victims/total").asLong()).isEqualTo(8);
    assertThat(published.at("/victims/bySex/female").isNull()).isTrue();
    assertThat(published.at("/victims/age/min").isNull()).isTrue();
    assertThat(published.at("/victims/previousYearTotal").isNull()).isTrue();
    assertThat(published.at("/victims/cumulativeTotal").isNull())
        .as("2011 had fewer than 5: the cumulative total would give it away")
        .isTrue();
    List<String> suppressed = new ArrayList<>();
    published.get("suppressed").forEach(s -> suppressed.add(s.asString()));
    assertThat(suppressed).contains("victims.bySex.female", "victims.age.min");
    assertNoCountBelow(published, 5);
    assertThat(http.get("/api/v1/statistics/annual/2012?disclosure=exact", ngo).status())
        .isEqualTo(403);

    // the published CSV shows no count from 1 to 4 either
    Answer csv = http.get("/api/v1/statistics/annual/2012.csv", ngo);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    for (String line : csv.raw().body().split("\n")) {
      String[] cells = line.split(",", -1);
      if (!cells[5].isEmpty() && cells[5].matches("\\d+")) {
        long n = Long.parseLong(cells[5]);
        assertThat(n == 0 || n >= 5).as(line).isTrue();
      }
    }
    Answer table =
        http.get("/api/v1/statistics/annual/2012/tables/bySex.csv?disclosure=exact", analyst);
    assertThat(table.raw().body()).contains("2012,exact,bySex,female,,4,false");

    // the PDF renders, and its total is in it
    Http.Bytes pdf = http.getBytes("/api/v1/statistics/annual/2012.pdf?disclosure=exact", analyst);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
      assertThat(page.getWidth()).isGreaterThan(500);
      assertThat(darkPixels(page)).as("the first page is not blank").isGreaterThan(500);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Status report 2012").contains("This year").contains("8");
      // tagged and accessible (PDF/UA): structure, language, title shown, every font embedded
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      assertThat(catalog.getMarkInfo()).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).as("a tagged PDF").isTrue();
      assertThat(catalog.getStructureTreeRoot()).as("the document's structure").isNotNull();
      assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
      assertThat(catalog.getLanguage()).isEqualTo("en");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Status report 2012");
      assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
          .as("the metadata declare PDF/UA")
          .contains("pdfuaid");
      for (PDPage p : document.getPages()) {
        for (COSName fontName : p.getResources().getFontNames()) {
          assertThat(p.getResources().getFont(fontName).isEmbedded())
              .as("every font embedded")
              .isTrue();
        }
      }
    }

    // a year without data is an empty report, not an error
    JsonNode empty = http.get("/api/v1/statistics/annual/1950?disclosure=exact", analyst).json();
    assertThat(empty.at("/victims/total").asLong()).isZero();
    assertThat(empty.at("/victims/firstYear").isNull()).isTrue();
  }

  @Test
  void theExactViewIsAuditedAndTheHtmlPageShowsTheSameFigures() {
    long before =
        jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE resource_type = 'AnnualReport'")
            .query(Long.class)
            .single();
    assertThat(http.get("/api/v1/statistics/annual/2013?disclosure=exact", admin).status())
        .isEqualTo(200);
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE resource_type = 'AnnualReport'")
                .query(Long.class)
                .single())
        .isEqualTo(before + 1);
    assertThat(http.get("/api/v1/statistics/annual/2013?disclosure=nonsense", admin).status())
        .isEqualTo(400);
  }

  @Test
  void exportsInHtcdsEurostatAndCtdcShapes() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 30; i++) {
      csv.append("E")
          .append(i)
          .append(i == 0 ? ",@SUM(A1),Formula," : ",Eva,Export,")
          .append("1990-01-01,")
          .append(i % 4 == 0 ? "Masculine" : "Feminine")
          .append(",")
          .append(i % 5 == 0 ? "DK" : i % 2 == 0 ? "RO" : "NG")
          .append(",ActualVictimOfTrafficking,")
          .append(i % 3 == 0 ? "ForcedLabour" : "SexualExploitation")
          .append(",,,2017-01-02,,2017-03-04,ImmigrationService,,,\n");
    }
    // the formula is refused on the way in
    JsonNode status = imported(csv.toString());
    assertThat(status.get("rowsRejected").asInt()).isEqualTo(1);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                http.get("/api/v1/statistics/annual/2017?disclosure=exact", analyst)
                    .json()
                    .at("/victims/total")
                    .asLong(),
            n -> n >= 29);

    assertThat(http.get("/api/v1/exports/htcds?year=2017", caseworker).status())
        .as("person-level rows need a second person's approval")
        .isEqualTo(409);
    Answer requested =
        http.post(
            "/api/v1/exports/htcds/requests",
            caseworker,
            "{\"year\":2017,\"purpose\":\"Annual HTCDS delivery to the ministry\"}");
    assertThat(requested.status()).as(requested.raw().body()).isEqualTo(201);
    String release = requested.json().get("id").asString();
    assertThat(
            http.post("/api/v1/exports/htcds/requests/" + release + "/approval", caseworker, "")
                .status())
        .as("never one's own")
        .isEqualTo(400);
    assertThat(http.get("/api/v1/exports/htcds/requests/" + release + "/file", caseworker).status())
        .as("not before the approval")
        .isEqualTo(409);
    String approver = fixtures.token(fixtures.user(Role.ADMINISTRATOR));
    Answer approved =
        http.post("/api/v1/exports/htcds/requests/" + release + "/approval", approver, "");
    assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
    assertThat(approved.json().get("status").asString()).isEqualTo("READY");
    Answer htcds = http.get("/api/v1/exports/htcds/requests/" + release + "/file", caseworker);
    assertThat(htcds.status()).isEqualTo(200);
    assertThat(http.get("/api/v1/exports/htcds/requests/" + release + "/file", caseworker).status())
        .as("downloaded once")
        .isEqualTo(410);
    String[] lines = htcds.raw().body().split("\n");
    assertThat(lines[0]).startsWith("cas_ExternalId,prs_FirstName,prs_SecondName,prs_Birthdate");
    assertThat(lines).hasSizeGreaterThanOrEqualTo(30);
    assertThat(htcds.raw().body())
        .contains("Eva,Export,1990-01-01,Feminine,RO,ActualVictimOfTrafficking");
    assertThat(http.get("/api/v1/exports/htcds", ngo).status()).isEqualTo(403);

    // what Haven exports, another installation (here: another organisation) imports whole
    String other = fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER));
    Answer started =
        http.postBytes(
            "/api/v1/imports/htcds",
            other,
            htcds.raw().body().getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertThat(started.status()).isEqualTo(202);
    JsonNode again =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    http.get("/api/v1/imports/" + started.json().get("id").asString(), other)
                        .json(),
                s -> s.get("status").asString().equals("completed"));
    assertThat(again.get("rowsRejected").asInt()).as(again.toString()).isZero();

    for (String path :
        List.of("/api/v1/exports/eurostat/2017.csv", "/api/v1/exports/ctdc/2017.csv")) {
      Answer table = http.get(path, analyst);
      assertThat(table.status()).as(path).isEqualTo(200);
      String[] rows = table.raw().body().split("\n");
      assertThat(rows.length).isGreaterThan(3);
      for (String row : rows) {
        String[] cells = row.split(",", -1);
        String value = cells[cells.length - 2];
        if (value.matches("\\d+")) {
          long n = Long.parseLong(value);
          assertThat(n == 0 || n >= 5).as(path + " " + row).isTrue();
        }
      }
    }
    assertThat(http.get("/api/v1/exports/eurostat/2017.csv", analyst).raw().body())
        .contains("SEX_BY_FORM,F,SEXUAL,")
        .contains("SEX_BY_CITIZENSHIP,*,REPORTING_COUNTRY,");

    // linked tables: a figure that stands in the report and in an export is one figure, with one
    // value, or withheld in both
    JsonNode report = http.get("/api/v1/statistics/annual/2017", analyst).json();
    Map<String, String> eurostat = new HashMap<>();
    for (String row :
        http.get("/api/v1/exports/eurostat/2017.csv", analyst).raw().body().split("\n")) {
      String[] c = row.split(",", -1);
      eurostat.put(c[1] + "|" + c[2] + "|" + c[3], c[4]);
    }
    Map<String, String> ctdc = new HashMap<>();
    for (String row : http.get("/api/v1/exports/ctdc/2017.csv", analyst).raw().body().split("\n")) {
      String[] c = row.split(",", -1);
      ctdc.put(c[1] + "|" + c[2] + "|" + c[3], c[4]);
    }
    Map<String, String> same =
        Map.of(
            "/victims/total", eurostat.get("SEX_BY_FORM|*|*"),
            "/victims/bySex/female", eurostat.get("SEX_BY_AGE|F|*"),
            "/victims/bySex/male", ctdc.get("Male|*|*"),
            "/victims/byAge/0-17", eurostat.get("SEX_BY_AGE|*|CHILD"),
            "/victims/byMainExploitation/SexualExploitation", ctdc.get("*|*|Sexual exploitation"),
            "/victims/byFormAndSex/ForcedLabour/female", eurostat.get("SEX_BY_FORM|F|LABOUR"));
    same.forEach(
        (pointer, exported) -> {
          JsonNode shown = report.at(pointer);
          assertThat(shown.isNull() ? "" : shown.asString()).as(pointer).isEqualTo(exported);
        });
    assertThat(ctdc.get("*|*|*")).isEqualTo(eurostat.get("SEX_BY_CITIZENSHIP|*|*"));
  }

  private static void assertNoCountBelow(JsonNode node, long k) {
    node.properties()
        .forEach(
            e -> {
              JsonNode value = e.getValue();
              String name = e.getKey();
              if (value.isObject()) {
                assertNoCountBelow(value, k);
              } else if (value.isIntegralNumber()
                  && !List.of(
                          "year", "threshold", "firstYear", "distinctCitizenships", "from", "to")
                      .contains(name)) {
                assertThat(value.asLong() == 0 || value.asLong() >= k)
                    .as(name + " = " + value.asLong())
                    .isTrue();
              }
            });
  }

  private static long darkPixels(BufferedImage image) {
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int sum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        if (sum < 300) {
          dark++;
        }
      }
    }
    return dark;
  }

  private static String figures(JsonNode report) {
    return report.get("victims").toString()
        + report.get("repatriations")
        + report.get("interviews")
        + report.get("hotlineCalls");
  }

  private static Map<String, Long> map(JsonNode node) {
    Map<String, Long> map = new LinkedHashMap<>();
    node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asLong()));
    return map;
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  private void logCall(String at, String type) {
    Answer call =
        http.post(
            "/api/v1/hotline-calls",
            caseworker,
            "{\"receivedAt\":\"%s\",\"callerType\":\"%s\",\"topic\":\"Question about a workplace\"}"
                .formatted(at, type));
    assertThat(call.status()).as(call.raw().body()).isEqualTo(201);
  }

  /** Imports a file and waits for the import to finish; returns its final status. */
  private JsonNode imported(String csv) {
    Answer started =
        http.postBytes(
            "/api/v1/imports/htcds", caseworker, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
    String id = started.json().get("id").asString();
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> http.get("/api/v1/imports/" + id, caseworker).json(),
            s -> s.get("status").asString().equals("completed"));
  }
}
