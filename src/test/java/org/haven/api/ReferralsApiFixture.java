package org.haven.api;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.haven.access.AccessFixtures;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case file opened the way the centre opens one: an NGO's referral, accepted. */
public final class ReferralsApiFixture {

  private ReferralsApiFixture() {}

  /** The id of a referral an NGO sent, waiting for the centre's decision. */
  public static String submitted(Http http, AccessFixtures fixtures) {
    String ngo =
        fixtures.token(fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER));
    String referral =
        http.post("/api/v1/referrals", ngo, ReferralsApiTest.FULL).json().get("id").asString();
    int status = http.post("/api/v1/referrals/" + referral + "/submit", ngo, "").status();
    if (status != 200) {
      throw new IllegalStateException("The referral was not sent: " + status);
    }
    return referral;
  }

  /** The id of the case of a person an NGO referred and the centre accepted. */
  public static String acceptedCase(
      Http http, AccessFixtures fixtures, JdbcClient jdbc, String centre) {
    String ngo =
        fixtures.token(fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER));
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    String body = ReferralsApiTest.FULL.replace("2026-11-01", today.minusDays(20).toString());
    String referral = http.post("/api/v1/referrals", ngo, body).json().get("id").asString();
    http.post("/api/v1/referrals/" + referral + "/submit", ngo, "");
    http.post("/api/v1/referrals/" + referral + "/accept", centre, "{}");
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.sql(
                        "SELECT c.id::text FROM casework.case_file c JOIN intake.referral r"
                            + " ON r.person_id = c.person_id WHERE r.id = ?::uuid")
                    .param(referral)
                    .query(String.class)
                    .optional()
                    .orElse(null),
            id -> id != null);
  }
}
