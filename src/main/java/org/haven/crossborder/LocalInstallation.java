package org.haven.crossborder;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This installation as partners know it: an id made once (kept in the database, so a restored
 * backup is the same installation), the name and country from the settings, the inbox's address,
 * and the public keys with their fingerprint. Published without sign-in as the installation
 * document, for a partner's administrator to register.
 */
@Component
public class LocalInstallation {

  private final JdbcClient jdbc;
  private final ExchangeKeys keys;
  private final CrossborderSettings settings;
  private final Clock clock;
  private volatile UUID id;

  LocalInstallation(JdbcClient jdbc, ExchangeKeys keys, CrossborderSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.settings = settings;
    this.clock = clock;
  }

  /** The installation's id, made at the first call. */
  public UUID id() {
    UUID known = id;
    if (known == null) {
      jdbc.sql(
              "INSERT INTO crossborder.installation (id, created_at) VALUES (?, ?) ON CONFLICT (only_one) DO NOTHING")
          .params(UUID.randomUUID(), clock.instant().atOffset(ZoneOffset.UTC))
          .update();
      known = jdbc.sql("SELECT id FROM crossborder.installation").query(UUID.class).single();
      id = known;
    }
    return known;
  }

  /** What a partner's administrator registers: no secret in it. */
  public record Document(
      UUID installation,
      String name,
      String country,
      String endpoint,
      Map<String, Object> keys,
      String fingerprint) {}

  public Document document() {
    return new Document(
        id(),
        settings.name(),
        settings.country(),
        settings.endpoint().isBlank() ? null : settings.endpoint(),
        keys.publicKeys().toJSONObject(true),
        keys.fingerprint());
  }
}
