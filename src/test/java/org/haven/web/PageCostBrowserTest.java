package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Role;
import org.haven.api.ReferralsApiFixture;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a page costs the database beyond its own reads: a session row rewritten only when something
 * in it changed or its last use is a minute old, and the audited reads of the case, person and
 * identification pages appended to the chain in one transaction a page — each still recorded.
 */
@HavenTest
class PageCostBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void aSessionIsWrittenWhenItChangesOrItsLastUseIsAMinuteOld() {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    signIn(caseworker);
    Map<String, Object> signedIn = session(caseworker);

    browser.open(url("/"));
    browser.open(url("/cases"));
    assertThat(session(caseworker))
        .as("pages opened within the minute leave the session's row as it was")
        .isEqualTo(signedIn);

    long twoMinutes = 120_000;
    jdbc.sql(
            "UPDATE spring_session SET last_access_time = last_access_time - ?, expiry_time = expiry_time - ? WHERE principal_name = ?")
        .params(twoMinutes, twoMinutes, caseworker.id().toString())
        .update();
    long before = System.currentTimeMillis();
    browser.open(url("/"));
    Map<String, Object> used = session(caseworker);
    assertThat((Long) used.get("last_access_time"))
        .as("a last use two minutes old is written again")
        .isGreaterThanOrEqualTo(before - 1_000);
    assertThat((Long) used.get("expiry_time"))
        .as("and the session lasts its thirty minutes from now")
        .isEqualTo((Long) used.get("last_access_time") + 30 * 60 * 1000);
    assertThat(browser.heading()).as("the person is still signed in").isNotEmpty();
    assertThat(browser.path()).isEqualTo("/");
  }

  @Test
  void theCasePagesAuditedReadsAreAppendedTogether() {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    String caseId = acceptedCaseOf(caseworker);
    signIn(caseworker);
    long last = lastAuditId();

    browser.open(url("/cases/" + caseId));

    List<String> read = readsSince(last, caseworker);
    assertThat(read)
        .as("the case, its timeline and the person are each recorded as read")
        .contains("Case", "Person");
    assertThat(read.stream().filter("Case"::equals).count()).isGreaterThanOrEqualTo(2);
    assertThat(readTransactionsSince(last, caseworker))
        .as("in one transaction: one turn at the chain's lock for the whole page")
        .isEqualTo(1);
  }

  @Test
  void thePersonAndIdentificationPagesAuditedReadsAreAppendedTogether() {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    String caseId = acceptedCaseOf(caseworker);
    Map<String, Object> person =
        jdbc.sql(
                "SELECT p.reference, i.id AS identification FROM people.person p"
                    + " JOIN casework.case_file c ON c.person_id = p.id"
                    + " JOIN identification.identification i ON i.person_id = p.id WHERE c.id = ?::uuid")
            .param(caseId)
            .query()
            .singleRow();
    signIn(caseworker);

    for (String page :
        List.of(
            "/persons/" + person.get("reference"),
            "/identifications/" + person.get("identification"))) {
      long last = lastAuditId();
      browser.open(url(page));
      assertThat(readsSince(last, caseworker))
          .as(page + ": the person is recorded as read")
          .contains("Person");
      assertThat(readTransactionsSince(last, caseworker))
          .as(page + ": its reads appended in one transaction")
          .isEqualTo(1);
    }
  }

  /** A case referred and accepted through the API with {@code caseworker}'s token. */
  private String acceptedCaseOf(TestUser caseworker) {
    return ReferralsApiFixture.acceptedCase(
        new Http(port), fixtures, jdbc, fixtures.token(caseworker));
  }

  private long lastAuditId() {
    return jdbc.sql("SELECT max(id) FROM audit.audit_event").query(Long.class).single();
  }

  /** The kinds of record {@code user} was recorded as reading after audit row {@code last}. */
  private List<String> readsSince(long last, TestUser user) {
    return jdbc.sql(
            "SELECT resource_type FROM audit.audit_event WHERE id > ? AND actor = ? AND action = 'READ' ORDER BY id")
        .params(last, user.id().toString())
        .query(String.class)
        .list();
  }

  /** In how many transactions those reads were appended to the chain. */
  private long readTransactionsSince(long last, TestUser user) {
    return jdbc.sql(
            "SELECT count(DISTINCT xmin::text) FROM audit.audit_event WHERE id > ? AND actor = ? AND action = 'READ'")
        .params(last, user.id().toString())
        .query(Long.class)
        .single();
  }

  private Map<String, Object> session(TestUser user) {
    return jdbc.sql(
            "SELECT xmin::text AS version, session_id, last_access_time, expiry_time FROM spring_session WHERE principal_name = ?")
        .param(user.id().toString())
        .query()
        .singleRow();
  }

  private void signIn(TestUser user) {
    browser.driver().manage().deleteAllCookies();
    browser.signIn(url(""), user);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
