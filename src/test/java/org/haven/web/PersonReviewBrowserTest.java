package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Role;
import org.haven.people.MatchReviews;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A caseworker works the review queue with the keyboard: reads a pair side by side with what agreed
 * and what did not, says one pair is not the same person, merges another keeping the record chosen,
 * then undoes that merge.
 */
@HavenTest
class PersonReviewBrowserTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired MatchReviews reviews;

  @Test
  void reviewSideBySideDecideMergeAndUndo() throws Exception {
    TestUser caseworker = fixtures.user(Role.CENTRE_CASEWORKER);
    Http http = new Http(port);
    String token = fixtures.token(caseworker);
    String tag = UUID.randomUUID().toString().substring(0, 5);
    String a = register(http, token, "Andrii" + tag, "Shevchenko", "1988-02-03");
    String b = register(http, token, "Андрій" + tag, "Шевченко", "1988-02-03");
    String c = register(http, token, "Thi Lan" + tag, "Nguyễn", "1993-07-08");
    String d = register(http, token, "Thi Lan" + tag, "Nguyen", "1993-08-07");
    String ab = proposed(http, token, a);
    String cd = proposed(http, token, c);
    assertThat(ab).as("Latin and Cyrillic records of one name are proposed").isNotNull();
    assertThat(cd).as("diacritics dropped, day and month swapped").isNotNull();

    try (Browser browser = new Browser()) {
      browser.signIn(url(""), caseworker);

      browser.open(url("/persons/reviews"));
      assertThat(browser.heading()).isEqualTo("Possible duplicates");
      // only the pairs of one person, asked with the keyboard
      browser.type("person", a);
      browser.driver().findElement(By.id("person")).sendKeys(Keys.ENTER);
      WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
      wait.until(driver -> browser.has("pair-" + ab));
      String pair = browser.text("pair-" + ab);
      assertThat(pair).contains(a).contains(b).contains("Шевченко").contains("agrees");
      browser.screenshot("match-review");
      browser.submit("not-same-" + ab);
      assertThat(browser.text("main")).contains("will not be proposed again");
      assertThat(browser.has("pair-" + ab)).isFalse();

      browser.open(url("/persons/reviews?person=" + c));
      // keep the newer record: chosen with the keyboard
      WebElement keep = browser.driver().findElement(By.id("keep-" + cd + "-" + d));
      keep.sendKeys(Keys.SPACE);
      assertThat(keep.isSelected()).isTrue();
      browser.submit("same-" + cd);
      assertThat(browser.text("main")).contains("were merged");

      // a later record written as the merged one was: shown beside it, and the page says so
      String e = register(http, token, "Thi Lan" + tag, "Nguyễn", "1993-07-08");
      String ed = proposed(http, token, e);
      browser.open(url("/persons/reviews?person=" + e));
      wait.until(driver -> browser.has("pair-" + ed));
      assertThat(browser.text("pair-" + ed))
          .contains(d)
          .contains("shown as written in " + c + ", a record merged into it")
          .contains("8 Jul 1993");
      browser.screenshot("match-review-merged-record");

      browser.open(url("/persons/merges"));
      assertThat(browser.text("merges")).contains(c).contains(d);
      browser.submit("undo-" + c);
      assertThat(browser.text("main")).contains("merge was undone");
    }
    assertThat(http.get("/api/v1/persons/" + c, token).json().get("mergedInto").isNull()).isTrue();
  }

  /** The id of the open pair of a record, once the review scan proposed it. */
  private String proposed(Http http, String token, String reference) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              reviews.scan();
              return pairId(
                  http.get("/api/v1/persons/reviews?person=" + reference, token).json(), reference);
            },
            id -> id != null);
  }

  private static String register(
      Http http, String token, String given, String family, String born) {
    return http.post(
            "/api/v1/persons",
            token,
            """
            {"givenNames":"%s","familyName":"%s","gender":"Masculine","birth":{"precision":"EXACT","date":"%s"},
             "citizenships":["UA"]}
            """
                .formatted(given, family, born))
        .json()
        .get("reference")
        .asString();
  }

  private static String pairId(JsonNode queue, String reference) {
    for (JsonNode item : queue.get("items")) {
      if (item.get("a").get("reference").asString().equals(reference)
          || item.get("b").get("reference").asString().equals(reference)) {
        return item.get("id").asString();
      }
    }
    return null;
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
