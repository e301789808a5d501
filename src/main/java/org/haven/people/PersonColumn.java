package org.haven.people;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's column that refers to a person ({@code person_id}), and how a merge moves it: the rows
 * moved are written to the module's own ledger {@code <schema>.person_repointed}, so an unmerge
 * moves back exactly those rows and leaves what was recorded for the survivor since. Modules call
 * it from their listeners of {@link PersonsMerged} and {@link PersonsUnmerged}.
 *
 * @param schema the module's schema, which holds the ledger
 * @param table the table with a {@code person_id} column
 * @param key an SQL expression naming a row uniquely (e.g. {@code id})
 * @param versioned whether the table has an optimistic-locking {@code version} to advance
 */
public record PersonColumn(String schema, String table, String key, boolean versioned) {

  public PersonColumn {
    for (String part : new String[] {schema, table}) {
      if (!part.matches("[a-z_]+")) {
        throw new IllegalArgumentException("Not an SQL name: " + part);
      }
    }
  }

  /** Moves the absorbed person's rows to the survivor; answers how many moved. */
  public int repoint(JdbcClient jdbc, PersonsMerged merged) {
    return jdbc.sql(
            """
            WITH moved AS (
              UPDATE %1$s.%2$s SET person_id = ?%3$s WHERE person_id = ? RETURNING (%4$s)::text AS row_key)
            INSERT INTO %1$s.person_repointed (merge_id, tbl, row_key) SELECT ?, ?, row_key FROM moved
            """
                .formatted(schema, table, versioned ? ", version = version + 1" : "", key))
        .params(merged.survivor().value(), merged.absorbed().value(), merged.merge(), table)
        .update();
  }

  /** Moves back to the absorbed person the rows a merge moved; answers how many. */
  public int restore(JdbcClient jdbc, PersonsUnmerged unmerged) {
    return jdbc.sql(
            """
            WITH back AS (
              DELETE FROM %1$s.person_repointed WHERE merge_id = ? AND tbl = ? RETURNING row_key)
            UPDATE %1$s.%2$s SET person_id = ?%3$s
            WHERE person_id = ? AND (%4$s)::text IN (SELECT row_key FROM back)
            """
                .formatted(schema, table, versioned ? ", version = version + 1" : "", key))
        .params(unmerged.merge(), table, unmerged.absorbed().value(), unmerged.survivor().value())
        .update();
  }
}
