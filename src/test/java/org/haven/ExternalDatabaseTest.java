package org.haven;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.haven.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With SPRING_DATASOURCE_URL Haven uses that PostgreSQL, migrates it the same way and starts no
 * embedded one.
 */
class ExternalDatabaseTest {

  @Test
  void runsAgainstAPostgresqlGivenByUrl() throws Exception {
    Path unused = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "not-used-");
    try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
        ConfigurableApplicationContext haven =
            new SpringApplicationBuilder(HavenApplication.class)
                .run(
                    "--server.port=0",
                    "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres",
                    "--haven.database.data-dir=" + unused.resolve("data"),
                    "--haven.admin.email=external@haven.test")) {
      assertThat(haven.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
      assertThat(Files.exists(unused.resolve("data")))
          .as("no embedded cluster was created")
          .isFalse();

      JdbcClient outside = JdbcClient.create(external.getPostgresDatabase());
      assertThat(
              outside
                  .sql(
                      "SELECT count(*) FROM information_schema.schemata WHERE schema_name IN ('access', 'audit')")
                  .query(Long.class)
                  .single())
          .isEqualTo(2);
      assertThat(outside.sql("SELECT email FROM access.user_account").query(String.class).list())
          .containsExactly("external@haven.test");
      assertThat(
              haven
                  .getBean(JdbcClient.class)
                  .sql("SELECT current_user")
                  .query(String.class)
                  .single())
          .isEqualTo("haven_app");
    }
  }
}
