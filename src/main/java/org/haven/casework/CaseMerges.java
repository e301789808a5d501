package org.haven.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.haven.people.People;
import org.haven.people.PersonId;
import org.haven.people.PersonsMerged;
import org.haven.people.PersonsUnmerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases follow a merge of two person records, in the merge's transaction. The absorbed record's
 * case becomes the survivor's when the survivor has none; when both have one, the absorbed one is
 * kept whole and points at the survivor's (it no longer counts as the person's case). Both
 * timelines say so. An unmerge moves back exactly what the merge moved (the ledger {@code
 * person_repointed}).
 */
@Component
class CaseMerges {

  /** Ledger names: a case that was the absorbed person's own, and one already merged before. */
  static final String OWN = "case_file";

  static final String EARLIER = "case_file_merged";

  private final JdbcClient jdbc;
  private final CaseFiles cases;
  private final People people;
  private final Clock clock;

  CaseMerges(JdbcClient jdbc, CaseFiles cases, People people, Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.people = people;
    this.clock = clock;
  }

  @EventListener
  void on(PersonsMerged merged) {
    String survivor = reference(merged.survivor());
    String absorbed = reference(merged.absorbed());
    UUID survivorCase = cases.caseOf(merged.survivor()).map(CaseId::value).orElse(null);
    Instant now = clock.instant();
    List<UUID> own =
        move(
            merged.merge(),
            OWN,
            """
            UPDATE casework.case_file SET person_id = ?, person_reference = ?, merged_into = ?, version = version + 1
            WHERE person_id = ? AND merged_into IS NULL RETURNING id
            """,
            merged.survivor().value(),
            survivor,
            survivorCase,
            merged.absorbed().value());
    move(
        merged.merge(),
        EARLIER,
        """
        UPDATE casework.case_file SET person_id = ?, person_reference = ?, version = version + 1
        WHERE person_id = ? AND merged_into IS NOT NULL RETURNING id
        """,
        merged.survivor().value(),
        survivor,
        merged.absorbed().value());
    for (UUID id : own) {
      cases.entry(
          new CaseId(id), now, "PERSON_MERGED", "people", null, merged.merge(), absorbed, survivor);
    }
    if (survivorCase != null && !own.isEmpty()) {
      cases.entry(
          new CaseId(survivorCase),
          now,
          "PERSON_MERGED",
          "people",
          null,
          merged.merge(),
          absorbed,
          survivor);
    }
  }

  @EventListener
  void on(PersonsUnmerged unmerged) {
    String survivor = reference(unmerged.survivor());
    String absorbed = reference(unmerged.absorbed());
    Instant now = clock.instant();
    List<UUID> own = restore(unmerged, OWN, ", merged_into = NULL", absorbed);
    restore(unmerged, EARLIER, "", absorbed);
    for (UUID id : own) {
      cases.entry(
          new CaseId(id),
          now,
          "PERSON_UNMERGED",
          "people",
          null,
          unmerged.merge(),
          absorbed,
          survivor);
    }
    cases
        .caseOf(unmerged.survivor())
        .filter(c -> !own.isEmpty() && !own.contains(c.value()))
        .ifPresent(
            c ->
                cases.entry(
                    c,
                    now,
                    "PERSON_UNMERGED",
                    "people",
                    null,
                    unmerged.merge(),
                    absorbed,
                    survivor));
  }

  private List<UUID> move(UUID merge, String kind, String update, Object... params) {
    List<UUID> moved = jdbc.sql(update).params(params).query(UUID.class).list();
    for (UUID id : moved) {
      jdbc.sql("INSERT INTO casework.person_repointed (merge_id, tbl, row_key) VALUES (?, ?, ?)")
          .params(merge, kind, id.toString())
          .update();
    }
    return moved;
  }

  private List<UUID> restore(PersonsUnmerged unmerged, String kind, String also, String reference) {
    return jdbc.sql(
            """
            WITH back AS (
              DELETE FROM casework.person_repointed WHERE merge_id = ? AND tbl = ? RETURNING row_key)
            UPDATE casework.case_file SET person_id = ?, person_reference = ?%s, version = version + 1
            WHERE id::text IN (SELECT row_key FROM back) RETURNING id
            """
                .formatted(also))
        .params(unmerged.merge(), kind, unmerged.absorbed().value(), reference)
        .query(UUID.class)
        .list();
  }

  private String reference(PersonId person) {
    return people.referenceOf(person).orElseThrow().value();
  }
}
