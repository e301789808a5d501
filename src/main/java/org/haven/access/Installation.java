package org.haven.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What kind of installation this database is: a real one, or a demo filled with synthetic data. */
@Service
public class Installation {

  /** The two kinds of installation. */
  public enum Mode {
    /** Real data: demo data may never be added. */
    PRODUCTION,
    /** Synthetic data only, made by the demo generator; the interface shows a DEMO banner. */
    DEMO
  }

  private final JdbcClient jdbc;
  private final Clock clock;
  private volatile Mode cached;

  Installation(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The mode, once set (by the first run or by the demo generator). */
  public Optional<Mode> mode() {
    Mode mode = cached;
    if (mode != null) {
      return Optional.of(mode);
    }
    Optional<Mode> stored =
        jdbc.sql("SELECT mode FROM public.installation WHERE id = 1")
            .query(String.class)
            .optional()
            .map(Mode::valueOf);
    stored.ifPresent(m -> cached = m);
    return stored;
  }

  public boolean isDemo() {
    return mode().orElse(null) == Mode.DEMO;
  }

  @Transactional
  public void set(Mode mode) {
    jdbc.sql(
            "INSERT INTO public.installation (id, mode, created_at) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING")
        .params(mode.name(), Timestamp.from(clock.instant()))
        .update();
    cached = null;
  }
}
