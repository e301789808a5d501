package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Role;
import org.haven.support.Browser;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A signed-in person can open the API explorer, which reads the OpenAPI document, under the strict
 * CSP, and finds it as accessible as Haven's own pages (axe-core: no critical or serious
 * violation).
 */
@HavenTest
class ApiExplorerBrowserTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;

  @Test
  void theExplorerShowsHavensApiToASignedInPerson() throws Exception {
    TestUser person = fixtures.user(Role.CENTRE_ANALYST);
    try (Browser browser = new Browser()) {
      String base = "http://localhost:" + port;
      browser.open(base + "/api/explorer");
      assertThat(browser.path()).isEqualTo("/login");
      browser.type("email", person.email());
      browser.type("password", AccessFixtures.PASSWORD);
      browser.submit("sign-in");
      browser.type("code", person.code(0));
      browser.submit("verify-code");
      browser.open(base + "/api/explorer");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(d -> !d.findElements(By.cssSelector(".swagger-ui .info .title")).isEmpty());
      assertThat(browser.driver().findElement(By.cssSelector(".swagger-ui .info .title")).getText())
          .contains("Haven API");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .until(d -> d.getPageSource().contains("/api/v1/users"));
      browser.screenshot("api-explorer");
      // an operation opened, as a developer would: its controls must be named too
      browser.driver().findElement(By.cssSelector(".opblock-summary")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> !d.findElements(By.cssSelector(".opblock-body")).isEmpty());
      assertThat(browser.axeViolations("explorer"))
          .as("critical and serious axe violations in the API explorer")
          .isEmpty();
    }
  }
}
