package org.haven.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.haven.access.AccessFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, without Selenium Manager (no downloads, no
 * telemetry).
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final Path profile;

  public Browser() throws IOException {
    profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,900",
        "--lang=en-GB",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    driver = new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
    assertWellFormed();
  }

  /**
   * Every page a test reaches has unique element ids: a label, an error and a summary link point at
   * exactly one field.
   */
  private void assertWellFormed() {
    Object duplicates =
        driver.executeScript(
            "const seen = new Set(), twice = new Set();"
                + "document.querySelectorAll('[id]').forEach(e => seen.has(e.id) ? twice.add(e.id) : seen.add(e.id));"
                + "return [...twice].join(' ');");
    if (duplicates != null && !duplicates.toString().isEmpty()) {
      throw new AssertionError(
          "ids used more than once on " + driver.getCurrentUrl() + ": " + duplicates);
    }
  }

  /** Signs in at {@code base} (the server's address) as a test user with its first code. */
  public void signIn(String base, AccessFixtures.TestUser user) {
    signIn(base, user, 0);
  }

  /** Signs in as a test user with the code of the given time step (a later sign-in). */
  public void signIn(String base, AccessFixtures.TestUser user, int step) {
    signIn(base, user.email(), AccessFixtures.PASSWORD, user.code(step));
  }

  /** Signs in with a password and a one-time code, as a person does on the sign-in pages. */
  public void signIn(String base, String email, String password, String code) {
    open(base + "/login");
    type("email", email);
    type("password", password);
    submit("sign-in");
    awaitField("code", "the one-time code page after the password");
    type("code", code);
    submit("verify-code");
  }

  /**
   * Waits until the page shows the field with this id; if it never does, fails with the address and
   * the heading and first message of the page shown instead, so a failure says what the user saw.
   */
  public void awaitField(String id, String expected) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> has(id));
    } catch (TimeoutException notShown) {
      Object seen =
          driver.executeScript(
              "const h = document.querySelector('h1');"
                  + "const m = document.querySelector('[role=alert], .error-summary, .field-error');"
                  + "return (h ? h.innerText : '(no heading)') + ' | ' + (m ? m.innerText : '(no message)');");
      throw new AssertionError(
          "expected "
              + expected
              + " (#"
              + id
              + ") but "
              + driver.getCurrentUrl()
              + " shows: "
              + seen,
          notShown);
    }
  }

  /** Opens the closed {@code <details>} section around a field, as a click on its summary does. */
  public void openSectionOf(String fieldId) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "document.getElementById(arguments[0]).closest('details').open = true;", fieldId);
  }

  /** Sets a field's value directly (date inputs, whose typing depends on the browser's locale). */
  public void setValue(String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  public void type(String id, String text) {
    WebElement element = driver.findElement(By.id(id));
    element.clear();
    element.sendKeys(text);
  }

  /** Clicks and waits until a new page has loaded (the old one is gone). */
  public void submit(String buttonId) {
    follow(driver.findElement(By.id(buttonId)));
  }

  /** Clicks a link or button and waits until the page it leads to has loaded. */
  public void follow(WebElement element) {
    WebElement html = driver.findElement(By.tagName("html"));
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> gone(html));
    assertWellFormed();
  }

  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException replaced) {
      // stale, or its node is no longer in the document: the new page has replaced it
      return true;
    }
  }

  public String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  public void screenshot(String name) throws IOException {
    Path target = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(target.getParent());
    Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
  }

  /**
   * The critical and serious axe-core violations of the page now shown, each as {@code "<path>
   * [<where>] <impact> <rule>: <first targets>"}.
   */
  @SuppressWarnings("unchecked")
  public List<String> axeViolations(String where) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axe());
    Object found =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + "  .filter(v => v.impact === 'critical' || v.impact === 'serious')"
                + "  .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))),"
                + "  e => done(['axe failed: ' + e]));");
    List<String> violations = new ArrayList<>();
    for (Object violation : (List<Object>) found) {
      violations.add(path() + " [" + where + "] " + violation);
    }
    return violations;
  }

  private static synchronized String axe() {
    if (axe == null) {
      try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
        axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axe;
  }

  private static String axe;

  @Override
  public void close() {
    driver.quit();
  }
}
