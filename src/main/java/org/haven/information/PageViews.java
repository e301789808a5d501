package org.haven.information;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Views of the public pages: a count per page, language and day, in memory and written to the
 * database once an hour (and when the application stops). Nothing about a reader is kept.
 */
@Component
public class PageViews {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();

  PageViews(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Counts one view of a page in a language. */
  public void viewed(String slug, HelpLanguage language) {
    counts
        .computeIfAbsent(new Key(LocalDate.now(clock), slug, language), k -> new LongAdder())
        .increment();
  }

  /** Writes the counts gathered since the last time. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
  @Transactional
  public void write() {
    for (Key key : counts.keySet()) {
      LongAdder adder = counts.remove(key);
      long views = adder == null ? 0 : adder.sumThenReset();
      if (views == 0) {
        continue;
      }
      jdbc.sql(
              """
              INSERT INTO information.page_views (day, slug, language, views) VALUES (?, ?, ?, ?)
              ON CONFLICT (day, slug, language) DO UPDATE SET views = page_views.views + excluded.views
              """)
          .params(key.day(), key.slug(), key.language().code(), views)
          .update();
    }
  }

  /**
   * Writes what is left when the application stops; a database already gone loses an hour's counts.
   */
  @PreDestroy
  void writeOnStop() {
    try {
      write();
    } catch (RuntimeException gone) {
      LoggerFactory.getLogger(PageViews.class).warn("Page view counts not written at stop");
    }
  }

  /** Views of each page in a year, all languages together (for the centre's overview). */
  @Transactional(readOnly = true)
  public Map<String, Long> year(int year) {
    Map<String, Long> views = new TreeMap<>();
    jdbc.sql(
            "SELECT slug, sum(views) AS n FROM information.page_views WHERE day >= ? AND day < ? GROUP BY slug")
        .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
        .query(
            rs -> {
              views.put(rs.getString("slug"), rs.getLong("n"));
            });
    return views;
  }

  private record Key(LocalDate day, String slug, HelpLanguage language) {}
}
