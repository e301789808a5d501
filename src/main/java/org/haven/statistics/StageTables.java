package org.haven.statistics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.haven.access.OrganisationType;
import org.haven.casework.SupportType;
import org.haven.identification.PeriodEndReason;
import org.haven.intake.Channel;
import org.haven.repatriation.ReintegrationOutcome;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The year's figures of the journey's other stages, from {@link StageProjections}: referrals
 * received by channel and by the kind of organisation that sent them, persons examined (distinct
 * persons with an interview held), reflection and restitution periods (started, extended, ended, by
 * length and by how they ended), prepared repatriations from offer to the reintegration's outcome,
 * support given by type, stays in shelters and their bed-nights, and children at every stage. Each
 * count goes into the year's {@link Figures} with the sums that tie it, so disclosure control
 * protects it with everything else.
 */
final class StageTables {

  /** Period lengths in days, for the periods that ended in the year. */
  static final List<String> LENGTHS = List.of("1-30", "31-60", "61-90", "91-120", "121+");

  static final String UNKNOWN_CHANNEL = "UNKNOWN";

  private final JdbcClient jdbc;

  StageTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The channels in the report's order, the unknown one last. */
  static List<String> channels() {
    List<String> channels = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      channels.add(channel.name());
    }
    channels.add(UNKNOWN_CHANNEL);
    return channels;
  }

  static List<String> organisationTypes() {
    return names(OrganisationType.values());
  }

  static List<String> endReasons() {
    return names(PeriodEndReason.values());
  }

  static List<String> outcomes() {
    return names(ReintegrationOutcome.values());
  }

  static List<String> supportTypes() {
    return names(SupportType.values());
  }

  /**
   * Adds the stages' figures of {@code year} (open stays count their nights up to {@code today}).
   */
  void add(Figures f, int year, LocalDate today) {
    referrals(f, year);
    examined(f, year);
    periods(f, year);
    repatriations(f, year);
    support(f, year);
    shelters(f, year, today);
  }

  private void referrals(Figures f, int year) {
    Map<String, Long> byChannel = zeros(channels());
    Map<String, Long> byType = zeros(organisationTypes());
    long[] minors = {0};
    jdbc.sql(
            """
            SELECT coalesce(channel, 'UNKNOWN') AS channel, organisation_type, minor, count(*) AS n
            FROM statistics.referral WHERE submitted_year = ? GROUP BY 1, 2, 3
            """)
        .param(year)
        .query(
            (RowCallbackHandler)
                rs -> {
                  long n = rs.getLong("n");
                  byChannel.merge(rs.getString("channel"), n, Long::sum);
                  byType.merge(rs.getString("organisation_type"), n, Long::sum);
                  minors[0] += rs.getBoolean("minor") ? n : 0;
                });
    long total = byChannel.values().stream().mapToLong(Long::longValue).sum();
    f.count("referrals.total", total);
    table(f, "referrals.byChannel", byChannel, "referrals.total");
    table(f, "referrals.byOrganisationType", byType, "referrals.total");
    f.count("referrals.minors", minors[0]);
  }

  private void examined(Figures f, int year) {
    jdbc.sql(
            """
            SELECT count(DISTINCT person_id) AS persons,
                   count(DISTINCT person_id) FILTER (WHERE minor) AS minors
            FROM statistics.interview WHERE held_year = ? AND person_id IS NOT NULL
            """)
        .param(year)
        .query(
            (RowCallbackHandler)
                rs -> {
                  f.count("examined.total", rs.getLong("persons"));
                  f.count("examined.minors", rs.getLong("minors"));
                });
  }

  private void periods(Figures f, int year) {
    jdbc.sql(
            """
            SELECT count(*) AS started, count(*) FILTER (WHERE extensions > 0) AS extended,
                   count(*) FILTER (WHERE minor) AS minors,
                   count(*) FILTER (WHERE accepted) AS accepted,
                   count(*) FILTER (WHERE NOT accepted) AS declined
            FROM statistics.period WHERE started_year = ?
            """)
        .param(year)
        .query(
            (RowCallbackHandler)
                rs -> {
                  f.count("periods.started", rs.getLong("started"));
                  f.count("periods.extended", rs.getLong("extended"));
                  f.count("periods.startedMinors", rs.getLong("minors"));
                  f.count("periods.accepted", rs.getLong("accepted"));
                  f.count("periods.declined", rs.getLong("declined"));
                });
    Map<String, Long> byLength = zeros(LENGTHS);
    Map<String, Long> byReason = zeros(endReasons());
    jdbc.sql(
            """
            SELECT ended_on - started_on + 1 AS days, end_reason, count(*) AS n
            FROM statistics.period WHERE ended_year = ? GROUP BY 1, 2
            """)
        .param(year)
        .query(
            (RowCallbackHandler)
                rs -> {
                  long n = rs.getLong("n");
                  byLength.merge(length(rs.getInt("days")), n, Long::sum);
                  String reason = rs.getString("end_reason");
                  byReason.merge(
                      reason == null ? PeriodEndReason.EXPIRED.name() : reason, n, Long::sum);
                });
    f.count("periods.ended", byLength.values().stream().mapToLong(Long::longValue).sum());
    table(f, "periods.byLength", byLength, "periods.ended");
    table(f, "periods.byEndReason", byReason, "periods.ended");
  }

  static String length(int days) {
    if (days <= 30) {
      return "1-30";
    }
    if (days <= 60) {
      return "31-60";
    }
    if (days <= 90) {
      return "61-90";
    }
    return days <= 120 ? "91-120" : "121+";
  }

  private void repatriations(Figures f, int year) {
    jdbc.sql(
            """
            SELECT count(*) FILTER (WHERE offered_year = :year) AS offered,
                   count(*) FILTER (WHERE answered_year = :year AND answer = 'ACCEPTED') AS accepted,
                   count(*) FILTER (WHERE answered_year = :year AND answer = 'DECLINED') AS declined,
                   count(*) FILTER (WHERE departed_year = :year AND minor) AS minors
            FROM statistics.repatriation
            """)
        .param("year", year)
        .query(
            (RowCallbackHandler)
                rs -> {
                  f.count("repatriations.offered", rs.getLong("offered"));
                  f.count("repatriations.accepted", rs.getLong("accepted"));
                  f.count("repatriations.declined", rs.getLong("declined"));
                  f.count("repatriations.minorsReturned", rs.getLong("minors"));
                });
    Map<String, Long> byOutcome = zeros(outcomes());
    jdbc.sql(
            """
            SELECT outcome, count(*) AS n FROM statistics.repatriation
            WHERE outcome_year = ? AND outcome IS NOT NULL GROUP BY 1
            """)
        .param(year)
        .query(
            (RowCallbackHandler)
                rs -> byOutcome.merge(rs.getString("outcome"), rs.getLong("n"), Long::sum));
    f.count("reintegration.ended", byOutcome.values().stream().mapToLong(Long::longValue).sum());
    table(f, "reintegration.byOutcome", byOutcome, "reintegration.ended");
  }

  private void support(Figures f, int year) {
    Map<String, Long> byType = zeros(supportTypes());
    jdbc.sql(
            """
            SELECT type, count(DISTINCT person_id) AS persons FROM statistics.service
            WHERE delivered_year = ? GROUP BY 1
            """)
        .param(year)
        .query(
            (RowCallbackHandler)
                rs -> byType.merge(rs.getString("type"), rs.getLong("persons"), Long::sum));
    f.count(
        "support.persons",
        jdbc.sql(
                "SELECT count(DISTINCT person_id) FROM statistics.service WHERE delivered_year = ?")
            .param(year)
            .query(Long.class)
            .single());
    // a person may receive several kinds of support: the types add up to more than the persons
    byType.forEach((type, n) -> f.count("support.byType." + type, n));
  }

  /**
   * Persons who stayed in a shelter in the year, and the nights they stayed in it: from the first
   * day (or 1 January) to the day of leaving (or 31 December, or today for a stay still open).
   */
  private void shelters(Figures f, int year, LocalDate today) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate afterLast = first.plusYears(1);
    jdbc.sql(
            """
            SELECT count(DISTINCT person_id) AS persons,
                   coalesce(sum(greatest(0, least(coalesce(ended_on, :today), :afterLast)
                                            - greatest(starts_on, :first))), 0) AS nights
            FROM statistics.placement
            WHERE starts_on < :afterLast AND (ended_on IS NULL OR ended_on >= :first)
              AND starts_on <= :today
            """)
        .param("today", Date.valueOf(today))
        .param("afterLast", Date.valueOf(afterLast))
        .param("first", Date.valueOf(first))
        .query(
            (RowCallbackHandler)
                rs -> {
                  f.count("shelter.persons", rs.getLong("persons"));
                  f.count("shelter.bedNights", rs.getLong("nights"));
                });
  }

  private static void table(Figures f, String prefix, Map<String, Long> counts, String total) {
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (key, n) -> {
          f.count(prefix + "." + key, n);
          parts.add(prefix + "." + key);
        });
    f.sum(total, parts);
  }

  private static Map<String, Long> zeros(List<String> keys) {
    Map<String, Long> map = new LinkedHashMap<>();
    keys.forEach(k -> map.put(k, 0L));
    return map;
  }

  private static List<String> names(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> value : values) {
      names.add(value.name());
    }
    return names;
  }
}
