package org.haven;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a keyed change once: the API's {@code Idempotency-Key} and the pages' one-time form token.
 *
 * <p>The claim of a key is written in the same transaction as the change it guards, so the two
 * commit together or vanish together: a crash or an error in the middle leaves no claim behind that
 * would refuse every retry. A second request with the same key while the first is running waits on
 * the claim's row until the first finishes, then is answered from what the first left: the kept
 * status, location and created resource's id (never a body, which may hold names or testimony).
 */
@Component
public class OnceOnly {

  /** What the first request left for its repetitions. */
  public record Kept(String hash, Integer status, String location, UUID resourceId) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  OnceOnly(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * Runs {@code change} and keeps {@code keep} of its answer under (actor, key) in one transaction;
   * if the key was used before, answers {@code repeat} of what was kept instead.
   */
  public <T> T run(
      String actor,
      String key,
      String hash,
      Supplier<T> change,
      Function<T, Kept> keep,
      Function<Kept, T> repeat) {
    return transaction.execute(
        status -> {
          // rows claimed by an earlier version of this class outside the change's transaction
          jdbc.sql(
                  "DELETE FROM public.idempotent_request WHERE actor = ? AND key = ? AND status IS NULL")
              .params(actor, key)
              .update();
          int claimed =
              jdbc.sql(
                      """
                      INSERT INTO public.idempotent_request (actor, key, request_hash, created_at) VALUES (?, ?, ?, ?)
                      ON CONFLICT (actor, key) DO NOTHING
                      """)
                  .params(actor, key, hash, Timestamp.from(clock.instant()))
                  .update();
          if (claimed == 0) {
            return repeat.apply(kept(actor, key));
          }
          T answer = change.get();
          Kept kept = keep.apply(answer);
          jdbc.sql(
                  "UPDATE public.idempotent_request SET status = ?, location = ?, resource_id = ? WHERE actor = ? AND key = ?")
              .params(kept.status(), kept.location(), kept.resourceId(), actor, key)
              .update();
          return answer;
        });
  }

  private Kept kept(String actor, String key) {
    return jdbc.sql(
            "SELECT request_hash, status, location, resource_id FROM public.idempotent_request WHERE actor = ? AND key = ?")
        .params(actor, key)
        .query(
            (rs, row) ->
                new Kept(
                    rs.getString("request_hash"),
                    (Integer) rs.getObject("status"),
                    rs.getString("location"),
                    rs.getObject("resource_id", UUID.class)))
        .single();
  }
}
