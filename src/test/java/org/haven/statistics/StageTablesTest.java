package org.haven.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.Actor;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The status report's stage tables on a hand-built year (1961, which nothing else touches): every
 * figure has a known answer, and the published view withholds what is small and shows the zeros.
 */
@HavenTest
class StageTablesTest {

  static final int YEAR = 1961;

  @Autowired JdbcClient jdbc;
  @Autowired AnnualReports reports;
  @Autowired AccessFixtures fixtures;

  Actor analyst;

  @BeforeEach
  void aHandBuiltYear() {
    analyst = fixtures.user(Role.CENTRE_ANALYST).actor();
    for (String table :
        new String[] {"referral", "interview", "period", "repatriation", "service", "placement"}) {
      jdbc.sql("DELETE FROM statistics." + table + " WHERE " + yearOf(table)).update();
    }
    // 12 referrals: 7 by NGO outreach from NGOs (2 of them children), 5 by the police
    for (int i = 0; i < 12; i++) {
      jdbc.sql(
              """
              INSERT INTO statistics.referral (referral_id, submitted_on, submitted_year, channel,
                  organisation_type, path, minor) VALUES (?, ?, ?, ?, ?, 'FULL', ?)
              """)
          .params(
              UUID.randomUUID(),
              LocalDate.of(YEAR, 3, 1 + i),
              YEAR,
              i < 7 ? "NGO_OUTREACH" : "POLICE",
              i < 7 ? "NGO" : "POLICE_DISTRICT",
              i < 2)
          .update();
    }
    // 9 interviews held with 6 persons (one child); interviews without a person are not persons
    UUID[] persons = new UUID[6];
    for (int p = 0; p < persons.length; p++) {
      persons[p] = UUID.randomUUID();
    }
    for (int i = 0; i < 9; i++) {
      interview(persons[i % 6], i % 6 == 0);
    }
    interview(null, false);
    // periods: 8 started (3 extended, 1 child's); 6 ended: 20, 45, 45, 100, 110, 119 days
    int[] lengths = {20, 45, 45, 100, 110, 119};
    for (int i = 0; i < 8; i++) {
      LocalDate start = LocalDate.of(YEAR, 1, 2);
      LocalDate ended = i < 6 ? start.plusDays(lengths[i] - 1) : null;
      jdbc.sql(
              """
              INSERT INTO statistics.period (identification_id, person_id, type, started_on, started_year,
                  days, extensions, ended_on, ended_year, end_reason, minor)
              VALUES (?, ?, 'REFLECTION', ?, ?, 30, ?, ?, ?, ?, ?)
              """)
          .params(
              UUID.randomUUID(),
              UUID.randomUUID(),
              start,
              YEAR,
              i < 3 ? 1 : 0,
              ended,
              ended == null ? null : YEAR,
              ended == null ? null : i < 5 ? "EXPIRED" : "DEPARTED",
              i == 7)
          .update();
    }
    // repatriations: 7 offered, 5 accepted, 2 declined; 6 carried out (no return row here), 5
    // reintegration outcomes COMPLETED and 1 CONTACT_LOST
    for (int i = 0; i < 7; i++) {
      jdbc.sql(
              """
              INSERT INTO statistics.repatriation (repatriation_id, person_id, status, offered_year, answer,
                  answered_year, departed_year, country, outcome, outcome_year, minor)
              VALUES (?, ?, ?, ?, ?, ?, ?, 'RO', ?, ?, false)
              """)
          .params(
              UUID.randomUUID(),
              UUID.randomUUID(),
              i < 5 ? "ENDED" : "DECLINED",
              YEAR,
              i < 5 ? "ACCEPTED" : "DECLINED",
              YEAR,
              i < 5 ? YEAR : null,
              i < 5 ? "COMPLETED" : null,
              i < 5 ? YEAR : null)
          .update();
    }
    jdbc.sql(
            """
            INSERT INTO statistics.repatriation (repatriation_id, person_id, status, offered_year, answer,
                answered_year, departed_year, country, outcome, outcome_year, minor)
            VALUES (?, ?, 'ENDED', ?, 'ACCEPTED', ?, ?, 'RO', 'CONTACT_LOST', ?, false)
            """)
        .params(UUID.randomUUID(), UUID.randomUUID(), YEAR - 1, YEAR - 1, YEAR - 1, YEAR)
        .update();
    // services: 6 persons given HEALTH (one twice), 2 of them also LEGAL
    for (int i = 0; i < 6; i++) {
      service(persons[i], "HEALTH");
    }
    service(persons[0], "HEALTH");
    service(persons[0], "LEGAL");
    service(persons[1], "LEGAL");
    // stays: one all year (365 nights), one from 1 March to 11 March (10 nights), one from the
    // year before to 10 January (9 nights)
    placement(LocalDate.of(YEAR - 1, 6, 1), null);
    placement(LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 3, 11));
    placement(LocalDate.of(YEAR - 1, 12, 1), LocalDate.of(YEAR, 1, 10));
  }

  @Test
  void everyStageTableHasItsKnownAnswers() {
    var figures = reports.report(YEAR, Disclosure.exact, analyst).figures();
    assertThat(figures.get("referrals.total")).isEqualTo(12L);
    assertThat(figures.get("referrals.byChannel.NGO_OUTREACH")).isEqualTo(7L);
    assertThat(figures.get("referrals.byChannel.POLICE")).isEqualTo(5L);
    assertThat(figures.get("referrals.byChannel.HOTLINE")).isEqualTo(0L);
    assertThat(figures.get("referrals.byOrganisationType.NGO")).isEqualTo(7L);
    assertThat(figures.get("referrals.byOrganisationType.POLICE_DISTRICT")).isEqualTo(5L);
    assertThat(figures.get("referrals.minors")).isEqualTo(2L);
    assertThat(figures.get("examined.total")).as("persons, not interviews").isEqualTo(6L);
    assertThat(figures.get("examined.minors")).isEqualTo(1L);
    assertThat(figures.get("periods.started")).isEqualTo(8L);
    assertThat(figures.get("periods.extended")).isEqualTo(3L);
    assertThat(figures.get("periods.startedMinors")).isEqualTo(1L);
    assertThat(figures.get("periods.ended")).isEqualTo(6L);
    assertThat(figures.get("periods.byLength.1-30")).isEqualTo(1L);
    assertThat(figures.get("periods.byLength.31-60")).isEqualTo(2L);
    assertThat(figures.get("periods.byLength.91-120")).isEqualTo(3L);
    assertThat(figures.get("periods.byEndReason.EXPIRED")).isEqualTo(5L);
    assertThat(figures.get("periods.byEndReason.DEPARTED")).isEqualTo(1L);
    assertThat(figures.get("repatriations.offered")).isEqualTo(7L);
    assertThat(figures.get("repatriations.accepted")).isEqualTo(5L);
    assertThat(figures.get("repatriations.declined")).isEqualTo(2L);
    assertThat(figures.get("reintegration.ended")).isEqualTo(6L);
    assertThat(figures.get("reintegration.byOutcome.COMPLETED")).isEqualTo(5L);
    assertThat(figures.get("reintegration.byOutcome.CONTACT_LOST")).isEqualTo(1L);
    assertThat(figures.get("support.persons")).isEqualTo(6L);
    assertThat(figures.get("support.byType.HEALTH")).isEqualTo(6L);
    assertThat(figures.get("support.byType.LEGAL")).isEqualTo(2L);
    assertThat(figures.get("shelter.persons")).isEqualTo(3L);
    assertThat(figures.get("shelter.bedNights")).isEqualTo(365L + 10 + 9);
  }

  @Test
  void thePublishedViewWithholdsTheSmallCountsOfTheStagesAndShowsTheirZeros() {
    var report = reports.report(YEAR, Disclosure.published, analyst);
    var figures = report.figures();
    assertThat(figures.get("referrals.total")).isEqualTo(12L);
    assertThat(figures.get("referrals.byChannel.HOTLINE")).isEqualTo(0L);
    assertThat(figures.get("referrals.minors")).as("2 children").isNull();
    assertThat(figures.get("periods.extended")).as("3").isNull();
    assertThat(figures.get("reintegration.byOutcome.CONTACT_LOST")).isNull();
    assertThat(figures.get("reintegration.byOutcome.COMPLETED"))
        .as("its only partner in the sum of 6 must go too, or 1 = 6 - 5")
        .isNull();
    assertThat(report.suppressed()).contains("referrals.minors", "periods.extended");
    assertThat(report.tables())
        .extracting(AnnualReport.Table::id)
        .contains(
            "referralsByChannel",
            "referralsByOrganisationType",
            "examined",
            "periods",
            "periodsByLength",
            "periodsByEndReason",
            "repatriationStages",
            "reintegrationOutcomes",
            "supportByType",
            "shelters",
            "children");
  }

  /** This test's rows only: the years 1960 and 1961. */
  private static String yearOf(String table) {
    return switch (table) {
      case "referral" -> "submitted_year = 1961";
      case "interview" -> "held_year = 1961";
      case "period" -> "started_year = 1961";
      case "repatriation" -> "offered_year IN (1960, 1961)";
      case "service" -> "delivered_year = 1961";
      default -> "starts_on BETWEEN DATE '1960-01-01' AND DATE '1961-12-31'";
    };
  }

  private void interview(UUID person, boolean minor) {
    jdbc.sql(
            """
            INSERT INTO statistics.interview (interview_id, held_on, held_year, conductor, person_id, minor)
            VALUES (?, ?, ?, 'CENTRE', ?, ?)
            """)
        .params(UUID.randomUUID(), LocalDate.of(YEAR, 5, 5), YEAR, person, minor)
        .update();
  }

  private void service(UUID person, String type) {
    jdbc.sql(
            "INSERT INTO statistics.service (service_id, person_id, type, delivered_year) VALUES (?, ?, ?, ?)")
        .params(UUID.randomUUID(), person, type, YEAR)
        .update();
  }

  private void placement(LocalDate from, LocalDate to) {
    jdbc.sql(
            "INSERT INTO statistics.placement (placement_id, person_id, starts_on, ended_on) VALUES (?, ?, ?, ?)")
        .params(UUID.randomUUID(), UUID.randomUUID(), from, to)
        .update();
  }
}
