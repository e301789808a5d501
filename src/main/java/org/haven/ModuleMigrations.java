package org.haven;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Module-aware migrations: {@code db/migration/__root} first (shared infrastructure), then each
 * module's folder {@code db/migration/<module>} in the order of the module layers, each with its
 * own history table in its own schema, so a module's schema evolves independently of the others.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrations {

  /**
   * Modules bottom-up by layer (see ARCHITECTURE.md); a migration folder not listed here fails the
   * start.
   */
  static final List<String> ORDER =
      List.of(
          "access",
          "audit",
          "people",
          "intake",
          "accommodation",
          "identification",
          "casework",
          "repatriation",
          "outreach",
          "operations",
          "investigation",
          "funding",
          "information",
          "crossborder",
          "privacy",
          "statistics",
          "exchange");

  @Bean
  FlywayMigrationStrategy moduleAwareMigration() {
    return flyway -> {
      flyway.migrate();
      for (String module : modulesWithMigrations()) {
        Flyway.configure()
            .configuration(flyway.getConfiguration())
            .locations("classpath:db/migration/" + module)
            .schemas(module)
            .defaultSchema(module)
            .createSchemas(true)
            .table("flyway_schema_history")
            .load()
            .migrate();
      }
    };
  }

  static List<String> modulesWithMigrations() {
    Set<String> found = new TreeSet<>();
    try {
      Resource[] resources =
          new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*.sql");
      for (Resource resource : resources) {
        String path = resource.getURL().toString();
        String folder = path.substring(0, path.lastIndexOf('/'));
        found.add(folder.substring(folder.lastIndexOf('/') + 1));
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not list the migration folders", e);
    }
    found.remove("__root");
    for (String module : found) {
      if (!ORDER.contains(module)) {
        throw new IllegalStateException(
            "Migration folder db/migration/" + module + " belongs to no known module");
      }
    }
    return ORDER.stream().filter(found::contains).toList();
  }
}
