package org.haven.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When a module's records of one kind about a person last ended, for the retention schedule.
 *
 * @param ended when the last of them ended; {@code null} while one is still open (a case not
 *     closed, a referral not decided, a stay not ended), which keeps the person from erasure
 */
public record RecordEnd(PersonId person, Kind kind, Instant ended) {

  /** The kinds of record the retention schedule keeps for a period after they end. */
  public enum Kind {
    /** A referral declined, withdrawn or accepted: kept for the declined referrals' period. */
    REFERRAL,
    /** A case, stay, identification or return: kept for the closed cases' period after it ends. */
    CASE
  }

  /** Whether the record is still open. */
  public boolean open() {
    return ended == null;
  }

  /**
   * Runs a module's query of record ends: {@code sql} answers {@code person_id} and {@code ended}
   * (null while open), one row per person, and has {@code %1$s} where the filter on {@code
   * person_id} goes — every person when {@code persons} is null, else those given.
   */
  public static List<RecordEnd> query(JdbcClient jdbc, Kind kind, String sql, UUID[] persons) {
    String filter = persons == null ? "TRUE" : "person_id = ANY (?)";
    String text = sql.formatted(filter);
    List<Object> params = new ArrayList<>();
    if (persons != null) {
      int uses = (text.length() - text.replace(filter, "").length()) / filter.length();
      for (int i = 0; i < uses; i++) {
        params.add(persons);
      }
    }
    return jdbc.sql(text)
        .params(params)
        .query(
            (rs, row) -> {
              Timestamp ended = rs.getTimestamp("ended");
              return new RecordEnd(
                  new PersonId(rs.getObject("person_id", UUID.class)),
                  kind,
                  ended == null ? null : ended.toInstant());
            })
        .list();
  }
}
