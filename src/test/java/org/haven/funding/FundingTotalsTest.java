package org.haven.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.haven.access.AccessFixtures;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every total is the sum of its parts, to the øre, in every view: a seeded run of random grants,
 * decisions, payments and repayments through the front door (refusals included), then the plan's
 * overview, the ministry's export by initiative and by holder, and the status report's section are
 * each checked against the grants summed one by one.
 */
@HavenTest
class FundingTotalsTest {

  @Autowired Funding funding;
  @Autowired PlanReports reports;
  @Autowired AccessFixtures fixtures;

  @Test
  void everyViewSumsToThePartsOfARandomHistory() {
    Random random = new Random(20261203L);
    Actor centre = fixtures.user(Role.CENTRE_CASEWORKER).actor();
    List<Organisation> holders = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      holders.add(fixtures.organisation(OrganisationType.NGO));
    }
    LocalDate today = funding.today();
    int year = today.getYear();
    ActionPlan plan =
        funding.createPlan(
            new ActionPlanDetails(
                "Totals " + random.nextInt(1_000_000),
                LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 12, 31),
                new BigDecimal("50000000.00"),
                "DKK",
                null),
            centre);
    List<Initiative> initiatives = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      initiatives.add(
          funding.createInitiative(
              new InitiativeDetails(
                  plan.id(),
                  "Initiative " + i,
                  null,
                  Theme.values()[i],
                  holders.get(i).id(),
                  List.of(
                      new YearAmount(year, new BigDecimal("5000000.00")),
                      new YearAmount(year + 1, new BigDecimal("1234567.89"))),
                  List.of(),
                  null),
              centre));
    }
    List<Grant> grants = new ArrayList<>();
    int refused = 0;
    for (int op = 0; op < 600; op++) {
      int choice = random.nextInt(10);
      try {
        if (choice < 3 || grants.isEmpty()) {
          Initiative initiative = initiatives.get(random.nextInt(initiatives.size()));
          Grant grant =
              funding.apply(
                  new GrantApplication(
                      initiative.id(),
                      holders.get(random.nextInt(holders.size())).id(),
                      cents(random, 1_000_000_00L),
                      "DKK",
                      LocalDate.of(year, 1, 1),
                      LocalDate.of(year, 12, 31),
                      "Work"),
                  centre);
          GrantDecision.Outcome outcome = GrantDecision.Outcome.values()[random.nextInt(3)];
          BigDecimal amount =
              switch (outcome) {
                case GRANTED -> grant.requested().amount();
                case PARTLY ->
                    grant
                        .requested()
                        .amount()
                        .subtract(cents(random, 100_00L))
                        .max(new BigDecimal("0.01"));
                case REFUSED -> null;
              };
          grants.add(
              funding.decide(
                  grant.id(),
                  new GrantDecision(outcome, amount, null, today, List.of()),
                  grant.version(),
                  centre));
        } else {
          Grant grant = grants.get(random.nextInt(grants.size()));
          BigDecimal amount = cents(random, 300_000_00L);
          PaymentDetails payment = new PaymentDetails(today, amount, null, null);
          if (random.nextInt(4) == 0) {
            funding.repay(grant.id(), payment, centre);
          } else {
            funding.disburse(grant.id(), payment, centre);
          }
        }
      } catch (InvalidInput breaksARule) {
        refused++;
      }
    }
    assertThat(refused).as("the run meets the rules' edges").isGreaterThan(20);

    Funding.PlanOverview overview = funding.overview(plan.id(), centre);
    Map<String, BigDecimal[]> parts = new HashMap<>();
    BigDecimal[] whole = zeros();
    for (Grant grant : funding.grants(null, null, centre)) {
      Initiative initiative =
          initiatives.stream()
              .filter(i -> i.id().equals(grant.initiative()))
              .findFirst()
              .orElse(null);
      if (initiative == null) {
        continue;
      }
      BigDecimal[] sums = parts.computeIfAbsent(initiative.name(), k -> zeros());
      add(sums, grant);
      add(whole, grant);
    }
    for (Funding.InitiativeLine line : overview.initiatives()) {
      BigDecimal[] sums = parts.getOrDefault(line.initiative().name(), zeros());
      assertThat(line.totals().requested().amount()).isEqualByComparingTo(sums[0]);
      assertThat(line.totals().granted().amount()).isEqualByComparingTo(sums[1]);
      assertThat(line.totals().disbursed().amount()).isEqualByComparingTo(sums[2]);
      assertThat(line.totals().repaid().amount()).isEqualByComparingTo(sums[3]);
    }
    assertThat(overview.totals().granted().amount()).isEqualByComparingTo(whole[1]);
    assertThat(overview.totals().disbursed().amount()).isEqualByComparingTo(whole[2]);
    assertThat(overview.totals().repaid().amount()).isEqualByComparingTo(whole[3]);
    assertThat(overview.totals().budget().amount()).isEqualByComparingTo("50000000.00");
    Grant paying =
        grants.stream()
            .filter(
                g -> g.status() == GrantStatus.GRANTED || g.status() == GrantStatus.PARTLY_GRANTED)
            .map(g -> funding.grant(g.id(), centre))
            .filter(g -> g.undisbursed().amount().compareTo(new BigDecimal("0.01")) >= 0)
            .findFirst()
            .orElseThrow();
    funding.disburse(
        paying.id(), new PaymentDetails(today, new BigDecimal("0.01"), null, null), centre);
    assertThat(funding.overview(plan.id(), centre).totals().disbursed().amount())
        .as("a kept overview is not read after money moved")
        .isEqualByComparingTo(whole[2].add(new BigDecimal("0.01")));
    whole[2] = whole[2].add(new BigDecimal("0.01"));

    List<PlanReports.MoneyLine> byInitiative = reports.lines(plan.id(), false, centre);
    List<PlanReports.MoneyLine> byHolder = reports.lines(plan.id(), true, centre);
    BigDecimal[] exported = zeros();
    BigDecimal[] exportedByHolder = zeros();
    BigDecimal budget = BigDecimal.ZERO;
    for (PlanReports.MoneyLine line : byInitiative) {
      exported[1] = exported[1].add(line.granted());
      exported[2] = exported[2].add(line.disbursed());
      exported[3] = exported[3].add(line.repaid());
      budget = budget.add(line.budget());
    }
    for (PlanReports.MoneyLine line : byHolder) {
      exportedByHolder[1] = exportedByHolder[1].add(line.granted());
      exportedByHolder[2] = exportedByHolder[2].add(line.disbursed());
      exportedByHolder[3] = exportedByHolder[3].add(line.repaid());
    }
    for (int i = 1; i <= 3; i++) {
      assertThat(exported[i])
          .as("export by initiative, column " + i)
          .isEqualByComparingTo(whole[i]);
      assertThat(exportedByHolder[i])
          .as("export by holder, column " + i)
          .isEqualByComparingTo(whole[i]);
    }
    assertThat(budget).isEqualByComparingTo(new BigDecimal("24938271.56"));
    assertThat(reports.lines(plan.id(), false, centre))
        .as("the same records give the same lines")
        .isEqualTo(byInitiative);

    ActionPlanYear section = reports.year(year);
    ActionPlanYear.PlanYear planYear =
        section.plans().stream().filter(p -> p.id().equals(plan.id())).findFirst().orElseThrow();
    assertThat(planYear.sums().granted().amount()).isEqualByComparingTo(whole[1]);
    assertThat(planYear.sums().disbursed().amount()).isEqualByComparingTo(whole[2]);
    assertThat(planYear.sums().repaid().amount()).isEqualByComparingTo(whole[3]);
    assertThat(planYear.sums().budget().amount()).isEqualByComparingTo("20000000.00");
  }

  private static void add(BigDecimal[] sums, Grant grant) {
    sums[0] = sums[0].add(grant.requested().amount());
    sums[1] = sums[1].add(grant.granted() == null ? BigDecimal.ZERO : grant.granted().amount());
    sums[2] = sums[2].add(grant.disbursed().amount());
    sums[3] = sums[3].add(grant.repaid().amount());
  }

  private static BigDecimal[] zeros() {
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
  }

  private static BigDecimal cents(Random random, long most) {
    return BigDecimal.valueOf(1 + (long) (random.nextDouble() * most), 2);
  }
}
