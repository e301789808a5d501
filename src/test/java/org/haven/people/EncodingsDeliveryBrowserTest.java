package org.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.people.matching.BloomEncoder;
import org.haven.people.matching.PersonRecord;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An NGO worker delivers the year's outreach contacts as a file of encodings on the page: a wrong
 * line is named and nothing is stored; the corrected file is stored whole.
 */
@HavenTest
class EncodingsDeliveryBrowserTest {

  static Browser browser;

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;
  @Autowired EncodingKey key;
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
  void anNgoDeliversItsContactsAsAFileOfEncodings() throws Exception {
    TestUser worker = fixtures.user(fixtures.organisation(OrganisationType.NGO), Role.NGO_WORKER);
    BloomEncoder encoder = new BloomEncoder(key.bytes());
    String tag = UUID.randomUUID().toString().substring(0, 4);
    String first = encode(encoder, "Ngozi" + tag, "Eze", LocalDate.of(1996, 5, 1));
    String second = encode(encoder, "Luz" + tag, "Villanueva", LocalDate.of(2001, 2, 3));
    Path wrong = Files.createTempFile("encodings", ".txt");
    Path right = Files.createTempFile("encodings", ".txt");
    try {
      Files.writeString(wrong, first + "\nnot-an-encoding\n" + second + "\n");
      Files.writeString(right, first + "\n\n" + second + "\n");

      browser.signIn(url(""), worker);
      browser.open(url("/outreach"));
      browser.submit("deliver-encodings-link");
      browser.driver().findElement(By.id("file")).sendKeys(wrong.toString());
      browser.submit("deliver-encodings");
      assertThat(browser.text("file-error")).contains("Line 2");
      assertThat(delivered(worker)).isZero();

      browser.driver().findElement(By.id("file")).sendKeys(right.toString());
      browser.submit("deliver-encodings");
      assertThat(browser.text("saved")).contains("2 encodings");
      assertThat(delivered(worker)).isEqualTo(2);
      assertThat(browser.text("delivered-years")).contains("(2)");
    } finally {
      Files.deleteIfExists(wrong);
      Files.deleteIfExists(right);
    }
  }

  private long delivered(TestUser worker) {
    return jdbc.sql("SELECT count(*) FROM people.contact_encoding WHERE organisation = ?")
        .param(worker.account().organisation().value())
        .query(Long.class)
        .single();
  }

  private static String encode(BloomEncoder encoder, String given, String family, LocalDate born) {
    return Base64.getEncoder()
        .encodeToString(
            encoder.encode(
                new PersonRecord("q", given, family, List.of(), born, null, "F", List.of())));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
