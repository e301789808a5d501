package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.accommodation.Placements;
import org.haven.accommodation.Shelter;
import org.haven.accommodation.ShelterDetails;
import org.haven.accommodation.Shelters;
import org.haven.accommodation.TargetGroup;
import org.haven.intake.Channel;
import org.haven.intake.Consent;
import org.haven.intake.Exploitation;
import org.haven.intake.Referral;
import org.haven.intake.ReferralDraft;
import org.haven.intake.ReferralPath;
import org.haven.intake.Referrals;
import org.haven.people.Birth;
import org.haven.people.Gender;
import org.haven.people.People;
import org.haven.people.Person;
import org.haven.people.PersonDetails;
import org.haven.people.PersonId;
import org.haven.repatriation.Programme;
import org.haven.repatriation.Repatriation;
import org.haven.repatriation.Repatriations;
import org.haven.repatriation.ReturnCriterion;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shelter staff see who arrives tomorrow; a centre caseworker offers a prepared repatriation from
 * the case, records the person's acceptance, the plan with support items, the departure and a
 * follow-up report.
 */
@HavenTest
class RepatriationBrowserTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired Referrals referrals;
  @Autowired Shelters shelters;
  @Autowired Placements placements;
  @Autowired JdbcClient jdbc;
  @Autowired People people;
  @Autowired Repatriations repatriations;

  @Test
  void shelterStaffSeeAnArrivalAndACaseworkerRecordsARepatriation() throws Exception {
    TestUser ngoWorker =
        fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER);
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    Organisation operator = fixtures.organisation(OrganisationType.SHELTER_OPERATOR);
    TestUser staff = fixtures.user(operator, Role.SHELTER_STAFF);
    LocalDate today = LocalDate.now(ZONE);

    Referral referral =
        referrals.startDraft(
            new ReferralDraft(
                ReferralPath.FULL,
                Channel.POLICE,
                today.minusDays(10),
                "Esbjerg",
                List.of(Exploitation.ForcedLabour),
                "A",
                List.of(),
                null,
                false,
                "ro",
                "Mihai",
                "Ionescu",
                null,
                null,
                Gender.Masculine,
                Birth.year(1988),
                List.of("RO"),
                null,
                new Consent(true, false, true),
                null),
            ngoWorker.actor());
    referrals.submit(referral.referralId(), ngoWorker.actor());
    referrals.accept(referral.referralId(), Optional.empty(), caseworker.actor());
    UUID person =
        jdbc.sql("SELECT person_id FROM intake.referral WHERE id = ?")
            .param(referral.referralId().value())
            .query(UUID.class)
            .single();
    String reference =
        jdbc.sql("SELECT reference FROM people.person WHERE id = ?")
            .param(person)
            .query(String.class)
            .single();
    Shelter shelter =
        shelters.register(
            new ShelterDetails(
                "Harbour House " + UUID.randomUUID().toString().substring(0, 4),
                operator.id(),
                "Esbjerg",
                "Secret road 9",
                null,
                true,
                Map.of(TargetGroup.MEN, 4)),
            caseworker.actor());
    placements.place(
        new PersonId(person),
        shelter.id(),
        TargetGroup.MEN,
        today.plusDays(1),
        today.plusDays(40),
        caseworker.actor());
    UUID caseId =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    jdbc.sql("SELECT id FROM casework.case_file WHERE person_id = ?")
                        .param(person)
                        .query(UUID.class)
                        .optional()
                        .orElse(null),
                id -> id != null);

    try (Browser browser = new Browser()) {
      browser.signIn(url(""), staff);
      browser.open(url("/shelters"));
      assertThat(browser.text("shelters")).contains(shelter.name()).contains("4 / 4");
      browser.driver().findElement(By.linkText(shelter.name())).click();
      assertThat(browser.text("arrivals")).contains(reference);
      assertThat(browser.driver().getPageSource()).doesNotContain("Secret road 9");
      browser.driver().findElement(By.id("show-address")).click();
      assertThat(browser.text("shelter-address")).isEqualTo("Secret road 9");
      browser.submit("sign-out");
    }

    try (Browser browser = new Browser()) {
      browser.signIn(url(""), caseworker);
      browser.open(url("/cases/" + caseId));
      browser.submit("offer-repatriation");
      assertThat(browser.heading()).contains(reference);
      assertThat(browser.text("repatriation-status")).isEqualTo("Offered");
      browser.submit("accept-repatriation");
      assertThat(browser.text("repatriation-status")).isEqualTo("Accepted");

      browser.type("destinationCountry", "Atlantis");
      browser.type("destinationPlace", "Constanța");
      browser.setValue("plannedDeparture", today.toString());
      browser.type("travel", "Bus with escort");
      browser.submit("save-plan");
      assertThat(browser.text("destinationCountry-error")).contains("from the list");
      assertThat(browser.driver().findElement(By.id("destinationCountry")).getAttribute("value"))
          .as("what was typed comes back")
          .isEqualTo("Atlantis");
      assertThat(browser.driver().findElement(By.id("travel")).getAttribute("value"))
          .isEqualTo("Bus with escort");
      assertThat(browser.axeViolations("plan with an error")).isEmpty();
      browser.driver().findElement(By.id("destinationCountry")).clear();
      browser.type("destinationCountry", "Romania");
      browser.submit("save-plan");
      assertThat(browser.text("destination"))
          .as("the country by its name, not its code")
          .isEqualTo("Romania, Constanța");

      browser.openSectionOf("amount");
      new Select(browser.driver().findElement(By.id("type"))).selectByValue("MONTHLY_ALLOWANCE");
      browser.type("amount", "-5");
      browser.submit("add-support-item");
      assertThat(browser.text("error-summary")).contains("amount of 0 or more");
      assertThat(browser.text("amount-error")).contains("amount of 0 or more");
      assertThat(
              new Select(browser.driver().findElement(By.id("type")))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .as("the type chosen is kept with the error")
          .isEqualTo("MONTHLY_ALLOWANCE");
      browser.driver().findElement(By.id("amount")).clear();
      browser.type("amount", "150");
      browser.driver().findElement(By.id("months")).clear();
      browser.type("months", "6");
      browser.submit("add-support-item");
      browser.openSectionOf("amount");
      new Select(browser.driver().findElement(By.id("type"))).selectByValue("BUSINESS_START_UP");
      browser.type("amount", "1200");
      browser.submit("add-support-item");
      assertThat(browser.text("support-total")).contains("2100").contains("EUR");

      browser.submit("record-departure");
      assertThat(browser.text("actualDeparture-error"))
          .as("a departure is a fact to enter, never today by default")
          .isNotBlank();
      browser.setValue("actualDeparture", today.toString());
      browser.submit("record-departure");
      assertThat(browser.text("consequences")).contains("shelter stay");
      browser.submit("confirm");
      assertThat(browser.text("repatriation-status")).isEqualTo("Returned");
      assertThat(browser.text("reintegration")).contains("6 months");

      browser.openSectionOf("reportedOn");
      browser.setValue("reportedOn", today.toString());
      browser.type("followUpNote", "Back with family; looking for work.");
      browser.submit("add-follow-up");
      assertThat(browser.text("follow-ups")).contains("On track").contains("looking for work");

      browser.openSectionOf("extensionMonths");
      browser.type("extensionMonths", "30");
      browser.submit("extend-reintegration");
      assertThat(browser.text("extensionMonths-error")).contains("1 to 24");
      assertThat(browser.driver().findElement(By.id("extensionMonths")).getAttribute("value"))
          .isEqualTo("30");
      browser.type("extensionMonths", "3");
      browser.submit("extend-reintegration");
      assertThat(browser.text("reintegration")).contains("9 months");

      browser.openSectionOf("outcome");
      new Select(browser.driver().findElement(By.id("outcome"))).selectByValue("COMPLETED");
      browser.type("outcomeNote", "Working in a bakery.");
      browser.submit("end-reintegration");
      assertThat(browser.text("consequences"))
          .as("ending the support is one-way: asked first")
          .contains("cannot be undone");
      browser.submit("confirm");
      assertThat(browser.text("repatriation-status")).isEqualTo("Ended");
      assertThat(browser.axeViolations("ended")).isEmpty();

      browser.open(url("/repatriations"));
      assertThat(browser.text("costs")).contains("Romania");
    }
    assertThat(
            jdbc.sql("SELECT ended_on FROM accommodation.placement WHERE person_id = ?")
                .param(person)
                .query(LocalDate.class)
                .single())
        .as("the departure ended the shelter placement")
        .isNotNull();
  }

  @Test
  void theReturnProgrammeIsCheckedAppliedForAndAssessedOnItsPage() throws Exception {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    Organisation iom = fixtures.organisation(OrganisationType.INTERNATIONAL_ORGANISATION);
    TestUser iomStaff = fixtures.user(iom, Role.RETURN_ORGANISATION_STAFF);
    Person person =
        people.register(
            new PersonDetails(
                "Oksana",
                "Melnyk",
                null,
                null,
                List.of(),
                Gender.Feminine,
                Birth.year(1995),
                List.of("UA"),
                List.of("uk"),
                false,
                null,
                List.of()),
            caseworker.actor());
    Repatriation offered =
        repatriations.offer(person.personId(), Programme.VOLUNTARY_RETURN_IOM, caseworker.actor());
    repatriations.accept(offered.repatriationId(), offered.version(), null, caseworker.actor());
    String page = url("/repatriations/" + offered.repatriationId());

    try (Browser browser = new Browser()) {
      browser.signIn(url(""), caseworker);
      browser.open(page);
      browser.driver().findElement(By.id("criterion-IDENTIFIED_OR_PRESUMED_VICTIM")).click();
      browser.submit("check-eligibility");
      assertThat(browser.text("eligibility-status")).startsWith("Not every criterion met");
      for (ReturnCriterion criterion : ReturnCriterion.values()) {
        if (!browser.driver().findElement(By.id("criterion-" + criterion.name())).isSelected()) {
          browser.driver().findElement(By.id("criterion-" + criterion.name())).click();
        }
      }
      browser.submit("check-eligibility");
      assertThat(browser.text("eligibility-status")).startsWith("Eligible");

      browser.submit("apply-to-return-organisation");
      assertThat(browser.text("error-summary")).isNotBlank();
      assertThat(browser.driver().findElements(By.id("partner-error"))).hasSize(1);
      assertThat(browser.axeViolations("application with an error")).isEmpty();
      new Select(browser.driver().findElement(By.id("returnOrganisation")))
          .selectByVisibleText(iom.name());
      browser.submit("apply-to-return-organisation");
      assertThat(browser.text("applied-on")).contains(iom.name());
      browser.submit("sign-out");
    }

    try (Browser browser = new Browser()) {
      browser.signIn(url(""), iomStaff);
      browser.open(page);
      browser.driver().findElement(By.id("outcome-rejected")).click();
      browser.submit("record-assessment");
      assertThat(browser.text("error-summary")).contains("why");
      assertThat(browser.driver().findElement(By.id("outcome-rejected")).isSelected())
          .as("the choice is kept with the error")
          .isTrue();
      browser.driver().findElement(By.id("outcome-accepted")).click();
      browser.type("assessmentNote", "Travel document obtainable within two weeks.");
      browser.submit("record-assessment");
      assertThat(browser.text("assessment")).startsWith("Accepted");
    }
  }

  @Test
  void aCaseworkerCancelsAnOfferOnItsPageAfterSayingWhyAndConfirming() throws Exception {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    Person person =
        people.register(
            new PersonDetails(
                "Mariana",
                "Popa",
                null,
                null,
                List.of(),
                Gender.Feminine,
                Birth.year(1998),
                List.of("RO"),
                List.of("ro"),
                false,
                null,
                List.of()),
            caseworker.actor());
    Repatriation offered =
        repatriations.offer(person.personId(), Programme.PREPARED_REPATRIATION, caseworker.actor());
    String page = url("/repatriations/" + offered.repatriationId());

    try (Browser browser = new Browser()) {
      browser.signIn(url(""), caseworker);
      browser.open(page);
      browser.openSectionOf("cancelReason");
      browser.submit("cancel-repatriation");
      assertThat(browser.driver().findElements(By.id("cancelReason-error")))
          .as("the reason is asked for beside its field, before anything is asked or recorded")
          .hasSize(1);
      assertThat(browser.text("repatriation-status")).isEqualTo("Offered");

      browser.type("cancelReason", "Granted a residence permit");
      browser.submit("cancel-repatriation");
      assertThat(browser.heading()).isEqualTo("Cancel this repatriation?");
      assertThat(browser.axeViolations("cancelling asks first")).isEmpty();
      browser.submit("confirm");
      assertThat(browser.text("repatriation-status")).isEqualTo("Cancelled");
      assertThat(browser.text("cancel-reason")).isEqualTo("Granted a residence permit");
      assertThat(browser.driver().findElements(By.id("cancel-repatriation")))
          .as("nothing left to cancel")
          .isEmpty();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
