package org.haven.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Several reads in one round trip give each read its own rows, as if each had been sent alone. */
@HavenTest
class RoundTripTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void eachReadGetsItsOwnRowsInTheOrderAdded() {
    RoundTrip reads = new RoundTrip();
    Supplier<List<Integer>> upToThree =
        reads.add("SELECT n FROM generate_series(1, ?) n ORDER BY n", (rs, row) -> rs.getInt(1), 3);
    Supplier<List<String>> none =
        reads.add("SELECT 'x' WHERE ? = 'never'", (rs, row) -> rs.getString(1), "sometimes");
    Supplier<List<String>> words =
        reads.add(
            "SELECT w FROM unnest(ARRAY[?, ?]) w ORDER BY w DESC",
            (rs, row) -> row + ":" + rs.getString(1),
            "alpha",
            "beta");
    Supplier<List<Integer>> afterTheEmptyOne =
        reads.add("SELECT ?::int * 2", (rs, row) -> rs.getInt(1), 21);
    reads.run(jdbc);

    assertThat(upToThree.get()).containsExactly(1, 2, 3);
    assertThat(none.get()).isEmpty();
    assertThat(words.get()).containsExactly("0:beta", "1:alpha");
    assertThat(afterTheEmptyOne.get()).containsExactly(42);
  }

  @Test
  void theReadsSeeWhatTheirTransactionWroteAndNothingIsLeftBehind() {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              jdbc.execute("CREATE TEMPORARY TABLE trip (n int) ON COMMIT DROP");
              jdbc.update("INSERT INTO trip VALUES (7), (8)");
              RoundTrip reads = new RoundTrip();
              Supplier<List<Integer>> rows =
                  reads.add("SELECT n FROM trip ORDER BY n", (rs, row) -> rs.getInt(1));
              Supplier<List<Long>> count =
                  reads.add("SELECT count(*) FROM trip WHERE n > ?", (rs, row) -> rs.getLong(1), 7);
              reads.run(jdbc);
              assertThat(rows.get()).containsExactly(7, 8);
              assertThat(count.get()).containsExactly(1L);
            });
  }

  @Test
  void aReadIsOneStatementAndHasNoRowsBeforeTheTrip() {
    RoundTrip reads = new RoundTrip();
    assertThatThrownBy(() -> reads.add("SELECT 1; DELETE FROM casework.note", (rs, row) -> 1))
        .isInstanceOf(IllegalArgumentException.class);
    Supplier<List<Integer>> one = reads.add("SELECT 1", (rs, row) -> rs.getInt(1));
    assertThatThrownBy(one::get).isInstanceOf(IllegalStateException.class);
    new RoundTrip().run(jdbc); // nothing to send: no statement at all
  }

  @Test
  void whatAReadComesToIsDecidedOnceAfterTheTrip() {
    RoundTrip reads = new RoundTrip();
    AtomicInteger decisions = new AtomicInteger();
    Supplier<Integer> sum =
        RoundTrip.then(
            reads.add("SELECT n FROM generate_series(1, ?) n", (rs, row) -> rs.getInt(1), 4),
            rows -> {
              decisions.incrementAndGet();
              return rows.stream().mapToInt(Integer::intValue).sum();
            });
    assertThatThrownBy(sum::get)
        .as("nothing to decide before the trip")
        .isInstanceOf(IllegalStateException.class);
    reads.run(jdbc);

    assertThat(sum.get()).isEqualTo(10);
    assertThat(sum.get()).isEqualTo(10);
    assertThat(decisions).as("an audit in the decision is recorded once").hasValue(1);
  }
}
