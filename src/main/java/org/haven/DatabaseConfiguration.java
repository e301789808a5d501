package org.haven;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Connections to PostgreSQL: the embedded cluster unless {@code spring.datasource.url} names an
 * external one.
 *
 * <p>Two data sources share the same login. Flyway's connects as the login role, which owns the
 * schemas. The application's pool switches every connection to {@link
 * DatabaseProperties#appRole()}, which may not update, delete or truncate audit rows (see the audit
 * migrations), so that rule holds even when the login role is a superuser, as on the embedded
 * cluster.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  @Bean(destroyMethod = "close")
  @Conditional(NoExternalDatabase.class)
  EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) throws IOException {
    return EmbeddedDatabase.start(
        properties.dataDir(), properties.embeddedPort(), properties.embeddedCleanOnClose());
  }

  @Bean(destroyMethod = "close")
  @Primary
  HikariDataSource dataSource(
      DataSourceProperties dataSource,
      DatabaseProperties database,
      ObjectProvider<EmbeddedDatabase> embedded) {
    HikariDataSource pool = new HikariDataSource();
    pool.setPoolName("haven");
    pool.setJdbcUrl(url(dataSource, embedded));
    pool.setUsername(username(dataSource, embedded));
    pool.setPassword(dataSource.getPassword());
    pool.setMaximumPoolSize(10);
    // a batch of INSERTs (imports, the audit chain's appends) travels as multi-row statements
    pool.addDataSourceProperty("reWriteBatchedInserts", "true");
    if (StringUtils.hasText(database.appRole())) {
      pool.setConnectionInitSql("SET ROLE " + quoteIdentifier(database.appRole()));
    }
    return pool;
  }

  @Bean
  @FlywayDataSource
  DataSource flywayDataSource(
      DataSourceProperties dataSource, ObjectProvider<EmbeddedDatabase> embedded) {
    SimpleDriverDataSource owner = new SimpleDriverDataSource();
    owner.setDriverClass(org.postgresql.Driver.class);
    owner.setUrl(url(dataSource, embedded));
    owner.setUsername(username(dataSource, embedded));
    owner.setPassword(dataSource.getPassword());
    return owner;
  }

  private static String url(
      DataSourceProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
    EmbeddedDatabase database = embedded.getIfAvailable();
    return database != null ? database.jdbcUrl() : properties.getUrl();
  }

  private static String username(
      DataSourceProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
    return embedded.getIfAvailable() != null
        ? EmbeddedDatabase.SUPERUSER
        : properties.getUsername();
  }

  static String quoteIdentifier(String identifier) {
    if (!identifier.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException(
          "haven.database.app-role must be a plain lower-case PostgreSQL identifier");
    }
    return "\"" + identifier + "\"";
  }

  /** The embedded cluster starts only when no external database URL is configured. */
  static final class NoExternalDatabase implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
  }
}
