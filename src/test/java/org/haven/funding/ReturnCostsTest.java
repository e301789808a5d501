package org.haven.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.repatriation.Programme;
import org.haven.repatriation.Repatriations;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Support after return rolls up into the initiative that pays for it: each item counts in the year
 * it falls in (a monthly allowance month by month from departure), only returns that departed
 * count, an amount in another currency is kept apart, and the plan's overview, the ministry's
 * export and the status report's section agree to the øre. The returns are written straight into
 * repatriation's tables in years no other test uses, and removed afterwards.
 */
@HavenTest
class ReturnCostsTest {

  @Autowired Funding funding;
  @Autowired PlanReports reports;
  @Autowired Repatriations repatriations;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void supportAfterReturnRollsUpIntoTheInitiativeThatPaysForIt() {
    Actor centre = fixtures.user(Role.CENTRE_CASEWORKER).actor();
    Actor ministry = fixtures.user(Role.MINISTRY_OFFICIAL).actor();
    Actor ngo = fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER).actor();
    UUID iom = fixtures.organisation(OrganisationType.INTERNATIONAL_ORGANISATION).id();
    List<UUID> written = new ArrayList<>();
    try {
      // departed 15 November 2011: 6 × 1,000.50 a month, 2 in 2011 and 4 in 2012; a one-off of
      // 7,500 in 2011; and 300 EUR that is never added to the DKK plan
      UUID first = departed(Programme.VOLUNTARY_RETURN_IOM, LocalDate.of(2011, 11, 15), written);
      item(first, 1, "MONTHLY_ALLOWANCE", "1000.50", "DKK", 6);
      item(first, 2, "BUSINESS_START_UP", "7500.00", "DKK", 1);
      item(first, 3, "HOUSING", "300.00", "EUR", 1);
      // departed 3 March 2012: a one-off of 2,000
      UUID second = departed(Programme.VOLUNTARY_RETURN_IOM, LocalDate.of(2012, 3, 3), written);
      item(second, 1, "SCHOOLING", "2000.00", "DKK", 1);
      // accepted but not gone: its support is not yet a cost
      UUID waiting = repatriation(Programme.VOLUNTARY_RETURN_IOM, "ACCEPTED", null, written);
      item(waiting, 1, "SCHOOLING", "99999.00", "DKK", 1);
      // another programme's return does not count here
      UUID other = departed(Programme.OTHER, LocalDate.of(2011, 6, 1), written);
      item(other, 1, "SCHOOLING", "55555.00", "DKK", 1);

      assertThat(repatriations.supportCostsByYear(Programme.VOLUNTARY_RETURN_IOM))
          .filteredOn(c -> c.year() == 2011 || c.year() == 2012)
          .extracting(c -> c.year() + " " + c.currency() + " " + c.total().toPlainString())
          .containsExactly("2011 DKK 9501.00", "2011 EUR 300.00", "2012 DKK 6002.00");

      ActionPlan plan =
          funding.createPlan(
              new ActionPlanDetails(
                  "Returns " + UUID.randomUUID(),
                  LocalDate.of(2011, 1, 1),
                  LocalDate.of(2012, 12, 31),
                  new BigDecimal("10000000.00"),
                  "DKK",
                  null),
              centre);
      Initiative returns =
          funding.createInitiative(
              new InitiativeDetails(
                  plan.id(),
                  "Voluntary return",
                  null,
                  Theme.REPATRIATION,
                  iom,
                  List.of(new YearAmount(2011, new BigDecimal("100000.00"))),
                  List.of(),
                  Programme.VOLUNTARY_RETURN_IOM),
              centre);
      assertThat(returns.fundsReturns()).isEqualTo(Programme.VOLUNTARY_RETURN_IOM);
      Initiative outreach =
          funding.createInitiative(
              new InitiativeDetails(
                  plan.id(), "Outreach", null, Theme.OUTREACH, iom, List.of(), List.of(), null),
              centre);

      assertThatThrownBy(
              () ->
                  funding.payForReturns(
                      outreach.id(), Programme.VOLUNTARY_RETURN_IOM, outreach.version(), centre))
          .as("one initiative of a plan pays for a programme: no cost counts twice")
          .isInstanceOfSatisfying(
              InvalidInput.class, e -> assertThat(e.field()).isEqualTo("fundsReturns"));
      assertThatThrownBy(
              () ->
                  funding.createInitiative(
                      new InitiativeDetails(
                          plan.id(),
                          "Twice",
                          null,
                          Theme.REPATRIATION,
                          iom,
                          List.of(),
                          List.of(),
                          Programme.VOLUNTARY_RETURN_IOM),
                      centre))
          .isInstanceOf(InvalidInput.class);
      assertThatThrownBy(() -> funding.payForReturns(returns.id(), null, returns.version(), ngo))
          .isInstanceOf(AccessDeniedException.class);

      Funding.PlanOverview overview = funding.overview(plan.id(), ministry);
      Funding.InitiativeLine line =
          overview.initiatives().stream()
              .filter(l -> l.initiative().id().equals(returns.id()))
              .findFirst()
              .orElseThrow();
      assertThat(line.returnCosts().amount().amount()).isEqualByComparingTo("15503.00");
      assertThat(line.returnCosts().otherCurrencies())
          .containsExactly(new Money(new BigDecimal("300.00"), "EUR"));
      assertThat(overview.returnCosts().amount()).isEqualByComparingTo("15503.00");
      assertThat(
              overview.initiatives().stream()
                  .filter(l -> l.initiative().id().equals(outreach.id()))
                  .findFirst()
                  .orElseThrow()
                  .returnCosts())
          .isNull();

      ActionPlanYear y2011 = reports.year(2011);
      ActionPlanYear.InitiativeYear in2011 = initiative(y2011, plan, returns);
      assertThat(in2011.sums().returnCosts().amount()).isEqualByComparingTo("9501.00");
      assertThat(in2011.returnCosts().otherCurrencies()).hasSize(1);
      assertThat(initiative(reports.year(2012), plan, returns).sums().returnCosts().amount())
          .isEqualByComparingTo("6002.00");
      assertThat(planYear(y2011, plan).sums().returnCosts().amount())
          .as("the plan's year sums its initiatives'")
          .isEqualByComparingTo("9501.00");

      List<PlanReports.MoneyLine> lines = reports.lines(plan.id(), false, ministry);
      assertThat(lines)
          .filteredOn(l -> l.initiative().equals("Voluntary return"))
          .extracting(l -> l.year() + " " + l.returnCosts().toPlainString())
          .containsExactly("2011 9501.00", "2012 6002.00");
      assertThat(reports.lines(plan.id(), true, ministry))
          .allSatisfy(l -> assertThat(l.returnCosts()).isNull());

      assertThat(funding.returnCostsByYear(returns.id(), ministry))
          .extracting(c -> c.year() + " " + c.currency())
          .containsExactly("2011 DKK", "2011 EUR", "2012 DKK");
      assertThatThrownBy(() -> funding.returnCostsByYear(returns.id(), ngo))
          .isInstanceOf(AccessDeniedException.class);

      // a new return moves the overview at once, though the funding records did not change
      UUID third = departed(Programme.VOLUNTARY_RETURN_IOM, LocalDate.of(2012, 5, 5), written);
      item(third, 1, "SCHOOLING", "1.25", "DKK", 1);
      assertThat(funding.overview(plan.id(), ministry).returnCosts().amount())
          .isEqualByComparingTo("15504.25");

      Initiative none = funding.payForReturns(returns.id(), null, returns.version(), centre);
      assertThat(none.fundsReturns()).isNull();
      assertThat(funding.overview(plan.id(), ministry).returnCosts().amount())
          .isEqualByComparingTo("0");
    } finally {
      for (UUID id : written) {
        jdbc.sql("DELETE FROM repatriation.repatriation WHERE id = ?").param(id).update();
      }
    }
  }

  @Test
  void costsOutsideThePlansYearsOrInOtherCurrenciesAreNeverAdded() {
    List<Repatriations.YearCost> costs =
        List.of(
            new Repatriations.YearCost(2021, "DKK", 1, new BigDecimal("10.00")),
            new Repatriations.YearCost(2022, "DKK", 2, new BigDecimal("20.10")),
            new Repatriations.YearCost(2022, "EUR", 1, new BigDecimal("5.00")),
            new Repatriations.YearCost(2023, "SEK", 1, new BigDecimal("7.00")),
            new Repatriations.YearCost(2023, "EUR", 1, new BigDecimal("1.50")));
    ReturnCosts rolled =
        ReturnCosts.of(Programme.PREPARED_REPATRIATION, costs, "DKK", y -> y >= 2022);
    assertThat(rolled.amount()).isEqualTo(new Money(new BigDecimal("20.10"), "DKK"));
    assertThat(rolled.otherCurrencies())
        .containsExactly(
            new Money(new BigDecimal("6.50"), "EUR"), new Money(new BigDecimal("7.00"), "SEK"));
  }

  private static ActionPlanYear.PlanYear planYear(ActionPlanYear year, ActionPlan plan) {
    return year.plans().stream().filter(p -> p.id().equals(plan.id())).findFirst().orElseThrow();
  }

  private static ActionPlanYear.InitiativeYear initiative(
      ActionPlanYear year, ActionPlan plan, Initiative initiative) {
    return planYear(year, plan).initiatives().stream()
        .filter(i -> i.id().equals(initiative.id()))
        .findFirst()
        .orElseThrow();
  }

  private UUID departed(Programme programme, LocalDate on, List<UUID> written) {
    return repatriation(programme, "RETURNED", on, written);
  }

  private UUID repatriation(
      Programme programme, String status, LocalDate departed, List<UUID> written) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO repatriation.repatriation (id, version, person_id, programme, status, offered_on,
                actual_departure, plan_agreed_on, reintegration_months, created_by, created_at)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?, 6, ?, ?)
            """)
        .params(
            id,
            UUID.randomUUID(),
            programme.name(),
            status,
            LocalDate.of(2011, 1, 10),
            departed,
            LocalDate.of(2011, 1, 20),
            UUID.randomUUID(),
            OffsetDateTime.parse("2011-01-10T10:00:00Z"))
        .update();
    written.add(id);
    return id;
  }

  private void item(
      UUID repatriation, int position, String type, String amount, String currency, int months) {
    jdbc.sql(
            """
            INSERT INTO repatriation.support_item (repatriation_id, position, type, amount, currency, months)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(repatriation, position, type, new BigDecimal(amount), currency, months)
        .update();
  }
}
