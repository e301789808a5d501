package org.haven.statistics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far the projections have changed: a counter moved by the database itself in the same
 * transaction as any change (statistics migration V3), so a view computed from the projections is
 * current exactly as long as the counter has not moved — on every instance.
 */
@Component
class ProjectionChanges {

  private final JdbcClient jdbc;

  ProjectionChanges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long version() {
    return jdbc.sql("SELECT version FROM statistics.projection_version WHERE id = 1")
        .query(Long.class)
        .single();
  }
}
