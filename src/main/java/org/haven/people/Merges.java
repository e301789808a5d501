package org.haven.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person, one record: the centre merges two records of the same person and can undo it.
 *
 * <p>A merge deletes nothing. The absorbed record stays as it was, pointing at its survivor; its
 * names keep finding the survivor; every module re-points its references to the survivor when it
 * hears {@link PersonsMerged}, in the merge's own transaction, and keeps a ledger of what it moved.
 * An unmerge ({@link PersonsUnmerged}) moves back exactly that, so what was recorded for the
 * survivor in between stays with it. Merges are undone newest first along a chain: a survivor that
 * was itself absorbed since must be freed first. Both records' trails show the merge and its
 * undoing.
 */
@Service
public class Merges {

  static final int REASON_LIMIT = 500;

  /** A merge as the centre sees it: references only. */
  public record Merge(
      UUID id,
      PersonReference survivor,
      PersonReference absorbed,
      String reason,
      Instant mergedAt,
      UUID mergedBy,
      Instant unmergedAt) {
    public boolean inForce() {
      return unmergedAt == null;
    }
  }

  /** One page of merges, newest first. */
  public record Page(List<Merge> items, int page, int size, long total) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PersonMatching matching;

  Merges(
      JdbcClient jdbc,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock,
      PersonMatching matching) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.matching = matching;
  }

  private record Row(UUID id, String reference, UUID mergedInto) {}

  /**
   * Merges {@code absorbed} into {@code survivor}. Refused when either is unknown or already
   * absorbed, when they are the same record, or when a module cannot take the absorbed person's
   * records (it then says why, and nothing changes).
   */
  @Transactional
  public Merge merge(PersonReference survivor, PersonReference absorbed, String reason, Actor by) {
    requireCentre(by);
    if (survivor.equals(absorbed)) {
      throw new InvalidInput("absorbed", "merge.samePerson");
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > REASON_LIMIT) {
      throw new InvalidInput("reason", "validation.tooLong", REASON_LIMIT);
    }
    // both rows locked in one order, so two merges of the same pair cannot cross
    List<Row> rows =
        jdbc.sql(
                """
                SELECT id, reference, merged_into FROM people.person WHERE reference IN (?, ?)
                ORDER BY id FOR UPDATE
                """)
            .params(survivor.value(), absorbed.value())
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        rs.getObject("merged_into", UUID.class)))
            .list();
    Row kept = pick(rows, survivor, "survivor");
    Row gone = pick(rows, absorbed, "absorbed");
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO people.person_merge (id, survivor_id, absorbed_id, reason, merged_by, merged_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(id, kept.id(), gone.id(), why, by.user().value(), Timestamp.from(now))
        .update();
    jdbc.sql("UPDATE people.person SET merged_into = ?, version = version + 1 WHERE id = ?")
        .params(kept.id(), gone.id())
        .update();
    matching.unindex(gone.id());
    matching.reindex(kept.id());
    // the pair, if it was ever proposed, is decided; other proposals about the absorbed record
    // are asked again about the survivor
    jdbc.sql(
            """
            INSERT INTO people.match_review (id, person_a, person_b, score, levels, status, found_at,
                                             decided_by, decided_at, merge_id)
            VALUES (?, least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), 1, '{}', 'SAME', ?, ?, ?, ?)
            ON CONFLICT (person_a, person_b) DO UPDATE
              SET status = 'SAME', decided_by = excluded.decided_by, decided_at = excluded.decided_at,
                  merge_id = excluded.merge_id
            """)
        .params(
            UUID.randomUUID(),
            kept.id(),
            gone.id(),
            kept.id(),
            gone.id(),
            Timestamp.from(now),
            by.user().value(),
            Timestamp.from(now),
            id)
        .update();
    jdbc.sql(
            """
            UPDATE people.match_review SET status = 'SUPERSEDED', decided_at = ?
            WHERE status IN ('OPEN', 'UNSURE') AND (person_a = ? OR person_b = ?)
            """)
        .params(Timestamp.from(now), gone.id(), gone.id())
        .update();
    pending(kept.id());
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        People.RESOURCE,
        kept.reference(),
        AuditOutcome.SUCCESS,
        "merge: absorbed " + gone.reference());
    audit.record(
        by.audit(),
        AuditAction.UPDATE,
        People.RESOURCE,
        gone.reference(),
        AuditOutcome.SUCCESS,
        "merge: absorbed into " + kept.reference());
    events.publishEvent(new PersonsMerged(new PersonId(kept.id()), new PersonId(gone.id()), id));
    return find(id).orElseThrow();
  }

  /**
   * Undoes a merge: the absorbed record is in force again and every module moves back what the
   * merge moved. The pair is then remembered as not the same person.
   */
  @Transactional
  public Merge unmerge(UUID merge, Actor by) {
    requireCentre(by);
    Merge found =
        jdbc.sql(
                """
                SELECT m.*, s.reference AS survivor_reference, a.reference AS absorbed_reference
                FROM people.person_merge m
                JOIN people.person s ON s.id = m.survivor_id JOIN people.person a ON a.id = m.absorbed_id
                WHERE m.id = ? FOR UPDATE OF m
                """)
            .param(merge)
            .query(Merges::merge)
            .optional()
            .orElseThrow(() -> new InvalidInput("merge", "merge.unknown"));
    if (!found.inForce()) {
      throw new InvalidInput("merge", "merge.alreadyUndone");
    }
    UUID survivor = idOf(found.survivor());
    UUID absorbed = idOf(found.absorbed());
    // the survivor, absorbed by a later merge since, must be freed first
    boolean survivorAbsorbed =
        jdbc.sql("SELECT merged_into IS NOT NULL FROM people.person WHERE id = ? FOR UPDATE")
            .param(survivor)
            .query(Boolean.class)
            .single();
    if (survivorAbsorbed) {
      throw new InvalidInput("merge", "merge.undoLaterFirst");
    }
    Instant now = clock.instant();
    jdbc.sql("UPDATE people.person SET merged_into = NULL, version = version + 1 WHERE id = ?")
        .param(absorbed)
        .update();
    jdbc.sql("UPDATE people.person_merge SET unmerged_by = ?, unmerged_at = ? WHERE id = ?")
        .params(by.user().value(), Timestamp.from(now), merge)
        .update();
    jdbc.sql(
            """
            UPDATE people.match_review SET status = 'NOT_SAME', decided_by = ?, decided_at = ?
            WHERE merge_id = ?
            """)
        .params(by.user().value(), Timestamp.from(now), merge)
        .update();
    matching.reindex(survivor);
    matching.reindex(absorbed);
    pending(survivor);
    pending(absorbed);
    for (PersonReference reference : List.of(found.survivor(), found.absorbed())) {
      audit.record(
          by.audit(),
          AuditAction.UPDATE,
          People.RESOURCE,
          reference.value(),
          AuditOutcome.SUCCESS,
          "unmerge of " + found.absorbed().value() + " from " + found.survivor().value());
    }
    events.publishEvent(new PersonsUnmerged(new PersonId(survivor), new PersonId(absorbed), merge));
    return find(merge).orElseThrow();
  }

  /** Merges, newest first (references only: not a read of the records). */
  @Transactional(readOnly = true)
  public Page list(int page, int size, Actor by) {
    requireCentre(by);
    int limit = Math.max(1, Math.min(size, 200));
    long total = jdbc.sql("SELECT count(*) FROM people.person_merge").query(Long.class).single();
    List<Merge> items =
        jdbc.sql(
                """
                SELECT m.*, s.reference AS survivor_reference, a.reference AS absorbed_reference
                FROM people.person_merge m
                JOIN people.person s ON s.id = m.survivor_id JOIN people.person a ON a.id = m.absorbed_id
                ORDER BY m.merged_at DESC, m.id LIMIT ? OFFSET ?
                """)
            .params(limit, (long) Math.max(0, page) * limit)
            .query(Merges::merge)
            .list();
    return new Page(items, Math.max(0, page), limit, total);
  }

  /** A merge by id (references only). */
  @Transactional(readOnly = true)
  public Optional<Merge> find(UUID merge) {
    return jdbc.sql(
            """
            SELECT m.*, s.reference AS survivor_reference, a.reference AS absorbed_reference
            FROM people.person_merge m
            JOIN people.person s ON s.id = m.survivor_id JOIN people.person a ON a.id = m.absorbed_id
            WHERE m.id = ?
            """)
        .param(merge)
        .query(Merges::merge)
        .optional();
  }

  private void pending(UUID person) {
    jdbc.sql("INSERT INTO people.review_pending (person_id) VALUES (?) ON CONFLICT DO NOTHING")
        .param(person)
        .update();
  }

  private UUID idOf(PersonReference reference) {
    return jdbc.sql("SELECT id FROM people.person WHERE reference = ?")
        .param(reference.value())
        .query(UUID.class)
        .single();
  }

  private static Row pick(List<Row> rows, PersonReference reference, String field) {
    Row row =
        rows.stream()
            .filter(r -> r.reference().equals(reference.value()))
            .findFirst()
            .orElseThrow(() -> new InvalidInput(field, "person.unknown"));
    if (row.mergedInto() != null) {
      throw new InvalidInput(field, "merge.alreadyAbsorbed");
    }
    return row;
  }

  private static Merge merge(ResultSet rs, int n) throws SQLException {
    Timestamp undone = rs.getTimestamp("unmerged_at");
    return new Merge(
        rs.getObject("id", UUID.class),
        new PersonReference(rs.getString("survivor_reference")),
        new PersonReference(rs.getString("absorbed_reference")),
        rs.getString("reason"),
        rs.getTimestamp("merged_at").toInstant(),
        rs.getObject("merged_by", UUID.class),
        undone == null ? null : undone.toInstant());
  }

  private static void requireCentre(Actor actor) {
    if (!actor.has(Role.CENTRE_CASEWORKER)) {
      throw new AccessDeniedException("Only the centre merges person records");
    }
  }
}
