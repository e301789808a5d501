package org.haven.web.security;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The sessions kept in PostgreSQL (Spring Session JDBC, ADR 0019) written so that two requests of
 * one session at once never fail: a form sent twice in a double click both store their flash
 * messages, so an attribute one request adds may already be there when the other saves it. The
 * attribute is then written over, and one whose session has just ended (signed out meanwhile) is
 * not written at all.
 *
 * <p>A session's row is written only when something in it changed or its time of last use is a
 * minute old. Spring Session writes the row on every request because the time of last use moved: a
 * row rewritten, a WAL record and a flush to disk for every page a person opens. Here the update
 * finds no row to write unless the id, the timeout or the person changed or the stored time is at
 * least {@link #LAST_USE_RESOLUTION} old. The price: a session left alone ends between 30 minutes
 * less one resolution and 30 minutes after its last use, not exactly 30 minutes after it.
 *
 * <p>Reads and writes of a session run without a transaction around them ({@code
 * springSessionTransactionOperations}): reading is one statement, and so is the usual write; a
 * transaction added a BEGIN and a COMMIT to each, four round trips to the database on every
 * request. A write that changes attributes is several statements, each complete on its own (the
 * row, then each attribute replaced or removed); if one of them fails, the session is as a request
 * left it that changed less, never half an attribute. Because a bean of the type {@code
 * TransactionOperations} makes Spring Boot leave out its own, the application's {@code
 * TransactionTemplate} is declared in {@code DatabaseConfiguration}.
 *
 * <p>Attributes are read with {@link SessionAttributeReader}, which looks each class up once.
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

  /** How stale the stored time of a session's last use may be. */
  static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

  /** Spring Session's update, with its parameters in its order, skipped when only time moved. */
  static final String UPDATE_WHEN_CHANGED =
      """
      WITH given (session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id)
        AS (VALUES (?, ?::bigint, ?::integer, ?::bigint, ?, ?))
      UPDATE %TABLE_NAME% s
      SET SESSION_ID = g.session_id, LAST_ACCESS_TIME = g.last_access_time,
          MAX_INACTIVE_INTERVAL = g.max_inactive_interval, EXPIRY_TIME = g.expiry_time,
          PRINCIPAL_NAME = g.principal_name
      FROM given g
      WHERE s.PRIMARY_ID = g.primary_id
        AND (s.SESSION_ID <> g.session_id
             OR s.MAX_INACTIVE_INTERVAL <> g.max_inactive_interval
             OR s.PRINCIPAL_NAME IS DISTINCT FROM g.principal_name
             OR g.last_access_time >= s.LAST_ACCESS_TIME + %RESOLUTION%)
      """
          .replace("%RESOLUTION%", Long.toString(LAST_USE_RESOLUTION.toMillis()));

  @Bean
  TransactionOperations springSessionTransactionOperations() {
    return TransactionOperations.withoutTransaction();
  }

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentRequestsOfOneSession() {
    return repository -> {
      repository.setCreateSessionAttributeQuery(CREATE_OR_REPLACE_ATTRIBUTE);
      repository.setUpdateSessionQuery(UPDATE_WHEN_CHANGED);
      repository.setConversionService(attributeConversions());
    };
  }

  /** Java serialisation, as Spring Session's own, with each class looked up once when read. */
  static GenericConversionService attributeConversions() {
    GenericConversionService conversions = new GenericConversionService();
    conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
    conversions.addConverter(
        byte[].class,
        Object.class,
        new DeserializingConverter(
            new SessionAttributeReader(SharedSessions.class.getClassLoader())));
    return conversions;
  }
}
