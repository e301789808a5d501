package org.haven.database;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches the embedded PostgreSQL server: when its process is gone (killed, crashed), Haven's
 * health turns DOWN at once and the server is started again on the same data, which it recovers
 * from its WAL; the connection pool finds it by itself. A server that cannot be started again keeps
 * the health DOWN, so a supervisor (systemd, a container orchestrator) restarts Haven.
 */
@Component("embeddedDatabaseHealth")
class DatabaseSupervisor implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(DatabaseSupervisor.class);

  private final ObjectProvider<EmbeddedDatabase> embedded;

  DatabaseSupervisor(ObjectProvider<EmbeddedDatabase> embedded) {
    this.embedded = embedded;
  }

  @Scheduled(
      fixedDelayString = "${haven.database.supervise-every:PT1S}",
      initialDelayString = "${haven.database.supervise-every:PT1S}")
  void watch() {
    EmbeddedDatabase database = embedded.getIfAvailable();
    if (database == null || database.serverAlive()) {
      return;
    }
    log.error("The embedded PostgreSQL server stopped unexpectedly; starting it again");
    try {
      database.restart();
      log.warn("The embedded PostgreSQL server runs again (it recovered from its WAL)");
    } catch (IOException | RuntimeException e) {
      log.error("The embedded PostgreSQL server could not be started again: {}", e.getMessage());
    }
  }

  @Override
  public Health health() {
    EmbeddedDatabase database = embedded.getIfAvailable();
    return database == null || database.serverAlive() ? Health.up().build() : Health.down().build();
  }
}
