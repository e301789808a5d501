package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.haven.access.AccessFixtures;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.haven.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every API operation has a page a person in its role would use, or a stated reason why it is for
 * machines only: {@code docs/api-pages.md} is the table, compared here with the published OpenAPI
 * document and with the pages the application serves.
 */
@HavenTest
class ApiPagesTest {

  @LocalServerPort int port;
  @Autowired AccessFixtures fixtures;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyApiOperationHasAPageOrAReason() throws Exception {
    JsonNode openApi =
        new Http(port)
            .get("/api/v1/openapi.json", fixtures.token(fixtures.user(Role.CENTRE_CASEWORKER)))
            .json();
    Set<String> operations = new TreeSet<>();
    openApi
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .propertyNames()
                    .forEach(
                        method ->
                            operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

    Set<String> pages = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              if (!handler.getBeanType().getPackageName().startsWith("org.haven.web")) {
                return;
              }
              for (String pattern : info.getPatternValues()) {
                if (info.getMethodsCondition().getMethods().isEmpty()) {
                  pages.add("GET " + pattern);
                }
                info.getMethodsCondition().getMethods().forEach(m -> pages.add(m + " " + pattern));
              }
            });

    Map<String, String> table = table(Path.of("docs/api-pages.md"));
    Set<String> missing = new TreeSet<>(operations);
    missing.removeAll(table.keySet());
    assertThat(missing).as("API operations without a row in docs/api-pages.md").isEmpty();
    Set<String> stale = new TreeSet<>(table.keySet());
    stale.removeAll(operations);
    assertThat(stale).as("rows of docs/api-pages.md for operations that no longer exist").isEmpty();

    Set<String> noSuchPage = new TreeSet<>();
    table.forEach(
        (operation, served) -> {
          if (served.startsWith("API only:")) {
            assertThat(served.length())
                .as("a reason why " + operation + " has no page")
                .isGreaterThan("API only: ".length() + 10);
            return;
          }
          for (String page : served.split(";")) {
            String wanted = page.strip().replace("`", "");
            if (!pages.contains(wanted)) {
              noSuchPage.add(operation + " -> " + wanted);
            }
          }
        });
    assertThat(noSuchPage)
        .as("pages named in docs/api-pages.md that do not exist: " + pages)
        .isEmpty();
  }

  /** The table's rows: `METHOD /api/path` | `METHOD /page`; `METHOD /page` or API only: reason. */
  private static Map<String, String> table(Path file) throws Exception {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      rows.put(cells[1].strip().replace("`", ""), cells[2].strip());
    }
    return rows;
  }
}
