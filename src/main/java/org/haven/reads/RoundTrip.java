package org.haven.reads;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowMapper;

/**
 * Several reads sent to PostgreSQL together and answered together: one round trip to the database
 * instead of one per read. On a page that reads a case's tasks, notes, shares, timeline and support
 * one after another, each read costs a wake-up of the database's process and of the request's
 * thread, and on a busy machine those cost more than the reads (2026-12-06, issue 22). The reads
 * run in the caller's transaction, in the order added; each gives its rows once {@link #run} has
 * run.
 *
 * <p>A page may gather the reads of several modules in one trip: each module's door adds its reads
 * and answers with a {@link Supplier} that decides and audits what the reader gets once the trip
 * has run ({@link #then}); the page runs the trip in its transaction ({@code PageReads}).
 */
public final class RoundTrip {

  private final List<Read<?>> reads = new ArrayList<>();

  private static final class Read<T> implements Supplier<List<T>> {
    final String sql;
    final RowMapper<T> rows;
    final Object[] params;
    List<T> result;

    Read(String sql, RowMapper<T> rows, Object[] params) {
      this.sql = sql;
      this.rows = rows;
      this.params = params;
    }

    void take(ResultSet rs) throws SQLException {
      List<T> found = new ArrayList<>();
      while (rs.next()) {
        found.add(rows.mapRow(rs, found.size()));
      }
      result = List.copyOf(found);
    }

    @Override
    public List<T> get() {
      if (result == null) {
        throw new IllegalStateException("The round trip has not run");
      }
      return result;
    }
  }

  /**
   * Adds a read (one statement, no {@code ;} of its own); what it found, once {@link #run} has run.
   */
  public <T> Supplier<List<T>> add(String sql, RowMapper<T> rows, Object... params) {
    if (sql.indexOf(';') >= 0) {
      throw new IllegalArgumentException("One statement per read");
    }
    Read<T> read = new Read<>(sql, rows, params);
    reads.add(read);
    return read;
  }

  /**
   * What a read's rows come to, worked out once when first asked for, after the trip has run: a
   * module's decision on what the reader gets, and its audit of the read, happen once however often
   * the page asks.
   */
  public static <T, R> Supplier<R> then(Supplier<List<T>> read, Function<List<T>, R> decide) {
    return new Supplier<>() {
      private boolean decided;
      private R result;

      @Override
      public R get() {
        if (!decided) {
          result = decide.apply(read.get());
          decided = true;
        }
        return result;
      }
    };
  }

  /** Sends every read added, as one message, and takes each answer. */
  public void run(JdbcOperations jdbc) {
    if (reads.isEmpty()) {
      return;
    }
    String sql = reads.stream().map(r -> r.sql).collect(Collectors.joining(";\n"));
    Object[] params = reads.stream().flatMap(r -> List.of(r.params).stream()).toArray();
    jdbc.execute(
        sql,
        (PreparedStatement statement) -> {
          new ArgumentPreparedStatementSetter(params).setValues(statement);
          boolean results = statement.execute();
          for (Read<?> read : reads) {
            if (!results) {
              throw new IllegalStateException("A read gave no rows: " + read.sql);
            }
            try (ResultSet rs = statement.getResultSet()) {
              read.take(rs);
            }
            results = statement.getMoreResults();
          }
          return null;
        });
  }
}
