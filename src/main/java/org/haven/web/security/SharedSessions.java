package org.haven.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions kept in PostgreSQL (Spring Session JDBC, ADR 0019) written so that two requests of
 * one session at once never fail: a form sent twice in a double click both store their flash
 * messages, so an attribute one request adds may already be there when the other saves it. The
 * attribute is then written over, and one whose session has just ended (signed out meanwhile) is
 * not written at all.
 */
@Configuration(proxyBeanMethods = false)
class SharedSessions {

  static final String CREATE_OR_REPLACE_ATTRIBUTE =
      """
      WITH attribute (session_primary_id, attribute_name, attribute_bytes) AS (VALUES (?, ?, ?))
      INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
      SELECT a.session_primary_id, a.attribute_name, a.attribute_bytes
      FROM attribute a JOIN %TABLE_NAME% s ON s.PRIMARY_ID = a.session_primary_id
      ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
      DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
      """;

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentRequestsOfOneSession() {
    return repository -> repository.setCreateSessionAttributeQuery(CREATE_OR_REPLACE_ATTRIBUTE);
  }
}
