package org.haven.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.Actor;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.accommodation.Placements;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A shelter initiative's figures come from the stays themselves: the bed-nights each stay spent in
 * the holder's shelters within the period (the day of departure is not a night, an open stay counts
 * up to last night) and the stays begun in it, offered on the holder's report and read as an
 * indicator's result. The stays are written straight into accommodation's tables for shelter
 * operators of their own, in a year no other test uses, and removed afterwards.
 */
@HavenTest
class ShelterFiguresTest {

  @Autowired Funding funding;
  @Autowired PlanReports reports;
  @Autowired Placements placements;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void bedNightsAndStaysAreCountedFromThePlacements() {
    Actor centre = fixtures.user(Role.CENTRE_CASEWORKER).actor();
    UUID operator = fixtures.organisation(OrganisationType.SHELTER_OPERATOR).id();
    UUID otherOperator = fixtures.organisation(OrganisationType.SHELTER_OPERATOR).id();
    LocalDate today = funding.today();
    List<UUID> shelters = new ArrayList<>();
    try {
      UUID shelter = shelter(operator, shelters);
      UUID elsewhere = shelter(otherOperator, shelters);
      stay(shelter, "2011-03-10", "2011-03-15"); // 5 nights in March
      stay(shelter, "2011-03-30", "2011-04-05"); // 2 in March, 4 in April
      stay(shelter, "2011-02-25", "2011-03-02"); // 4 in February, 1 in March
      stay(elsewhere, "2011-03-01", "2011-03-31"); // another operator's shelter
      stay(shelter, today.minusDays(3).toString(), null); // still there: 3 nights so far

      LocalDate march = LocalDate.of(2011, 3, 1);
      LocalDate endOfMarch = LocalDate.of(2011, 3, 31);
      assertThat(placements.bedNights(march, endOfMarch, Set.of(operator))).isEqualTo(8);
      assertThat(placements.placementsBegun(march, endOfMarch, Set.of(operator))).isEqualTo(2);
      assertThat(placements.bedNights(march, endOfMarch, Set.of(operator, otherOperator)))
          .isEqualTo(8 + 30);
      assertThat(placements.bedNights(march, endOfMarch, Set.of())).isZero();
      assertThat(placements.bedNights(today.minusDays(10), today, Set.of(operator)))
          .as("an open stay counts the nights slept so far")
          .isEqualTo(3);

      ActionPlan plan =
          funding.createPlan(
              new ActionPlanDetails(
                  "Shelters " + UUID.randomUUID(),
                  LocalDate.of(2011, 1, 1),
                  LocalDate.of(2011, 12, 31),
                  new BigDecimal("5000000.00"),
                  "DKK",
                  null),
              centre);
      Initiative shelterPlaces =
          funding.createInitiative(
              new InitiativeDetails(
                  plan.id(),
                  "Shelter places",
                  null,
                  Theme.SHELTERS,
                  operator,
                  List.of(new YearAmount(2011, new BigDecimal("1000000.00"))),
                  List.of(
                      new PlanIndicatorDetails(
                          "Bed-nights",
                          "nights",
                          Measure.SHELTER_BED_NIGHTS,
                          List.of(new YearAmount(2011, new BigDecimal("20"))))),
                  null),
              centre);
      Grant grant =
          funding.apply(
              new GrantApplication(
                  shelterPlaces.id(),
                  operator,
                  new BigDecimal("100000.00"),
                  "DKK",
                  march,
                  endOfMarch,
                  "Ten places for women"),
              centre);

      assertThat(reports.prefill(grant, shelterPlaces))
          .as("the indicator by its name with Haven's count, and the stays begun")
          .containsExactly(
              new PlanReports.Prefill("Bed-nights", Measure.SHELTER_BED_NIGHTS, 8L),
              new PlanReports.Prefill(null, Measure.PLACEMENTS, 2L));

      ActionPlanYear.IndicatorYear result =
          reports.year(2011).plans().stream()
              .filter(p -> p.id().equals(plan.id()))
              .flatMap(p -> p.initiatives().stream())
              .flatMap(i -> i.indicators().stream())
              .findFirst()
              .orElseThrow();
      assertThat(result.actual())
          .as("every night of 2011 in the operator's shelters")
          .isEqualTo(BigDecimal.valueOf(5 + 6 + 5));
    } finally {
      for (UUID id : shelters) {
        jdbc.sql("DELETE FROM accommodation.placement WHERE shelter_id = ?").param(id).update();
        jdbc.sql("DELETE FROM accommodation.shelter WHERE id = ?").param(id).update();
      }
    }
  }

  private UUID shelter(UUID operator, List<UUID> shelters) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO accommodation.shelter (id, version, name, operator, approved, created_at)
            VALUES (?, 0, 'Test shelter', ?, TRUE, ?)
            """)
        .params(id, operator, OffsetDateTime.parse("2011-01-01T10:00:00Z"))
        .update();
    shelters.add(id);
    return id;
  }

  private void stay(UUID shelter, String from, String until) {
    jdbc.sql(
            """
            INSERT INTO accommodation.placement (id, version, person_id, shelter_id, target_group,
                starts_on, ended_on, created_by, created_at)
            VALUES (?, 0, ?, ?, 'WOMEN', ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            UUID.randomUUID(),
            shelter,
            LocalDate.parse(from),
            until == null ? null : LocalDate.parse(until),
            UUID.randomUUID(),
            OffsetDateTime.parse("2011-01-01T10:00:00Z"))
        .update();
  }
}
