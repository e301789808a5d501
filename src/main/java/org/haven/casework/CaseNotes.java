package org.haven.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for a case's notes: the centre writes at any sensitivity, an organisation the notes
 * are shared with at the normal level; each reader sees only the levels their access allows ({@link
 * CaseAccess#mayRead}), and opening one note is audited on its own.
 */
@Service
public class CaseNotes {

  private final JdbcClient jdbc;
  private final CaseRecords records;
  private final Clock clock;

  CaseNotes(JdbcClient jdbc, CaseRecords records, Clock clock) {
    this.jdbc = jdbc;
    this.records = records;
    this.clock = clock;
  }

  /** A note, at the normal level unless another is chosen. */
  @Transactional
  public CaseNote add(CaseId id, Sensitivity sensitivity, String text, Actor by) {
    CaseFile file = records.load(id);
    CaseAccess access = records.access(file, by);
    file.requireOpen();
    Sensitivity level = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
    if (!access.mayWrite(level)) {
      throw new AccessDeniedException("Notes at this level are for the centre");
    }
    String body = Texts.optional("text", text, CaseFiles.TEXT_LIMIT);
    if (body == null) {
      throw new InvalidInput("text", "validation.required");
    }
    UUID noteId = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO casework.note (id, case_id, sensitivity, text, author, organisation, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            noteId,
            id.value(),
            level.name(),
            body,
            by.user().value(),
            by.organisation().value(),
            CaseRecords.utc(now))
        .update();
    records.entry(id, now, "NOTE_ADDED", by.user().value(), noteId, level.name());
    records.auditChange(
        id, by, access.share() == null ? "note added" : "note added under share " + access.share());
    return new CaseNote(noteId, level, body, by.user().value(), by.organisation().value(), now);
  }

  /** One note, shown on request: the reading is audited on its own, with the note's id. */
  @Transactional
  public CaseNote read(CaseId id, UUID noteId, Actor by) {
    CaseFile file = records.load(id);
    CaseAccess access = records.access(file, by);
    CaseNote note =
        records.notes(id).stream()
            .filter(n -> n.id().equals(noteId))
            .findFirst()
            .orElseThrow(() -> new NotFound("Note"));
    if (!access.may(CasePart.NOTES) || !access.mayRead(note.sensitivity())) {
      throw new AccessDeniedException("Not for this reader");
    }
    records.auditRead(id, access, by, "note " + noteId);
    return note;
  }
}
