package org.haven;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.haven.database.BackupProperties;
import org.haven.database.EmbeddedDatabase;
import org.haven.database.WalArchive;
import org.postgresql.Driver;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Connections to PostgreSQL: the embedded cluster unless {@code spring.datasource.url} names an
 * external one.
 *
 * <p>Two data sources. Flyway's connects as the owner, which owns the schemas. The application's
 * pool connects as {@link DatabaseProperties#appRole()}, which may not update, delete or truncate
 * audit rows (see the audit migrations): on the embedded cluster it logs in as that role (no
 * superuser, password derived from the cluster's key file); on an external database it logs in as
 * that role when {@code haven.database.app-password} is set, else it logs in as the owner and
 * switches every connection to the role ({@code SET ROLE}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  @Bean(destroyMethod = "close")
  @Conditional(NoExternalDatabase.class)
  EmbeddedDatabase embeddedDatabase(DatabaseProperties properties, BackupProperties backup)
      throws IOException {
    return EmbeddedDatabase.start(
        properties.dataDir(),
        properties.embeddedPort(),
        properties.embeddedCleanOnClose(),
        properties.appRole(),
        backup.walArchive() == null ? null : new WalArchive(backup.walArchive()));
  }

  @Bean(destroyMethod = "close")
  @Primary
  HikariDataSource dataSource(
      DataSourceProperties dataSource,
      DatabaseProperties settings,
      ObjectProvider<EmbeddedDatabase> embedded) {
    HikariDataSource pool = new HikariDataSource();
    pool.setPoolName("haven");
    pool.setMaximumPoolSize(Math.max(2, settings.poolSize()));
    // opened as requests need them, and closed again after ten idle minutes
    pool.setMinimumIdle(Math.min(4, settings.poolSize()));
    // a batch of INSERTs (imports, the audit chain's appends) travels as multi-row statements
    pool.addDataSourceProperty("reWriteBatchedInserts", "true");
    EmbeddedDatabase database = embedded.getIfAvailable();
    if (database != null) {
      // the application logs in as its own role: no superuser to return to
      pool.setJdbcUrl(database.jdbcUrl());
      pool.setUsername(database.appRole());
      pool.setPassword(database.appPassword());
      return pool;
    }
    pool.setJdbcUrl(dataSource.getUrl());
    if (StringUtils.hasText(settings.appPassword())) {
      pool.setUsername(settings.appRole());
      pool.setPassword(settings.appPassword());
      return pool;
    }
    pool.setUsername(dataSource.getUsername());
    pool.setPassword(dataSource.getPassword());
    if (StringUtils.hasText(settings.appRole())) {
      pool.setConnectionInitSql("SET ROLE " + quoteIdentifier(settings.appRole()));
    }
    return pool;
  }

  @Bean
  @FlywayDataSource
  DataSource flywayDataSource(
      DataSourceProperties dataSource, ObjectProvider<EmbeddedDatabase> embedded) {
    SimpleDriverDataSource owner = new SimpleDriverDataSource();
    owner.setDriverClass(Driver.class);
    EmbeddedDatabase database = embedded.getIfAvailable();
    owner.setUrl(database != null ? database.jdbcUrl() : dataSource.getUrl());
    owner.setUsername(database != null ? EmbeddedDatabase.SUPERUSER : dataSource.getUsername());
    owner.setPassword(database != null ? database.ownerPassword() : dataSource.getPassword());
    return owner;
  }

  /**
   * The application's transaction template, declared here because Spring Boot leaves its own out
   * once any {@code TransactionOperations} bean exists (the sessions' one, {@code
   * web.security.SharedSessions}).
   */
  @Bean
  TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
    return new TransactionTemplate(transactions);
  }

  static String quoteIdentifier(String identifier) {
    return EmbeddedDatabase.quoteIdentifier(identifier);
  }

  /** The embedded cluster starts only when no external database URL is configured. */
  static final class NoExternalDatabase implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
  }
}
