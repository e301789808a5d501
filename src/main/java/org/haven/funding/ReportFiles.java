package org.haven.funding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to reports: a grant holder attaches PDFs (accounts, an auditor's statement) to a
 * report it still owes; the holder, the centre and the ministry read them. A file is taken only if
 * it is what it says: a PDF by its content (it begins with the PDF header and ends with its
 * end-of-file marker), not an executable or an archive renamed, and at most {@link #MOST_BYTES}.
 * Every upload and every reading is audited.
 */
@Service
public class ReportFiles {

  static final String ATTACHMENT = "ReportAttachment";

  /** The most a file may hold: 10 MB. */
  public static final int MOST_BYTES = 10 * 1024 * 1024;

  private static final int MOST_FILES = 20;

  private final JdbcClient jdbc;
  private final Funding funding;
  private final AuditTrail audit;
  private final Clock clock;

  ReportFiles(JdbcClient jdbc, Funding funding, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.funding = funding;
    this.audit = audit;
    this.clock = clock;
  }

  /** A file's content as sent, with the name and type it was sent under. */
  public record Upload(String fileName, String contentType, byte[] content) {}

  @Transactional
  public ReportAttachment attach(UUID dutyId, Upload upload, Actor by) {
    ReportingDuty duty = funding.duty(dutyId, by);
    if (!FundingPolicy.mayActFor(duty.organisation(), by)) {
      throw new AccessDeniedException("The grant holder attaches files to its reports");
    }
    if (!duty.status().open()) {
      throw new InvalidInput("file", "funding.alreadySubmitted");
    }
    Grant grant = funding.grant(duty.grant(), by);
    if (grant.status() == GrantStatus.CLOSED) {
      throw new InvalidInput("file", "funding.closed");
    }
    String name = fileName(upload.fileName());
    check(upload);
    long already =
        jdbc.sql("SELECT count(*) FROM funding.report_attachment WHERE duty_id = ?")
            .param(dutyId)
            .query(Long.class)
            .single();
    if (already >= MOST_FILES) {
      throw new InvalidInput("file", "funding.tooManyFiles", MOST_FILES);
    }
    UUID id = UUID.randomUUID();
    String sha256 = sha256(upload.content());
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    jdbc.sql(
            """
            INSERT INTO funding.report_attachment (id, duty_id, file_name, size, sha256, content, uploaded_by, uploaded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            dutyId,
            name,
            upload.content().length,
            sha256,
            upload.content(),
            by.user().value(),
            now)
        .update();
    audit.record(
        by.audit(),
        AuditAction.CREATE,
        ATTACHMENT,
        id.toString(),
        AuditOutcome.SUCCESS,
        "report " + dutyId + ", " + upload.content().length + " bytes, sha256 " + sha256);
    return new ReportAttachment(id, dutyId, name, upload.content().length, sha256, now.toInstant());
  }

  /** The files of a report the actor may read, oldest first. */
  public List<ReportAttachment> list(UUID dutyId, Actor by) {
    funding.duty(dutyId, by);
    return jdbc.sql(
            """
            SELECT id, duty_id, file_name, size, sha256, uploaded_at FROM funding.report_attachment
            WHERE duty_id = ? ORDER BY uploaded_at, id
            """)
        .param(dutyId)
        .query(
            (rs, n) ->
                new ReportAttachment(
                    rs.getObject("id", UUID.class),
                    rs.getObject("duty_id", UUID.class),
                    rs.getString("file_name"),
                    rs.getInt("size"),
                    rs.getString("sha256"),
                    rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** A file's name and content, for one who may read the report; the reading is audited. */
  public record File(String fileName, byte[] content) {}

  @Transactional
  public File read(UUID dutyId, UUID attachmentId, Actor by) {
    funding.duty(dutyId, by);
    File file =
        jdbc.sql(
                "SELECT file_name, content FROM funding.report_attachment WHERE id = ? AND duty_id = ?")
            .params(attachmentId, dutyId)
            .query((rs, n) -> new File(rs.getString(1), rs.getBytes(2)))
            .optional()
            .orElseThrow(() -> new NotFound("attachment"));
    audit.record(by.audit(), AuditAction.READ, ATTACHMENT, attachmentId.toString());
    return file;
  }

  /** A PDF by its content and its declared type, within the size limit; else the file's error. */
  static void check(Upload upload) {
    byte[] content = upload.content();
    if (content == null || content.length == 0) {
      throw new InvalidInput("file", "funding.fileEmpty");
    }
    if (content.length > MOST_BYTES) {
      throw new InvalidInput("file", "funding.fileTooLarge", MOST_BYTES / (1024 * 1024));
    }
    String type = upload.contentType() == null ? "" : upload.contentType().strip().toLowerCase();
    if (!type.equals("application/pdf") && !type.startsWith("application/pdf;")) {
      throw new InvalidInput("file", "funding.fileNotPdf");
    }
    if (!startsWith(content, "%PDF-") || !endsWithEof(content)) {
      throw new InvalidInput("file", "funding.fileNotPdf");
    }
  }

  private static boolean startsWith(byte[] content, String prefix) {
    byte[] wanted = prefix.getBytes(StandardCharsets.US_ASCII);
    if (content.length < wanted.length) {
      return false;
    }
    for (int i = 0; i < wanted.length; i++) {
      if (content[i] != wanted[i]) {
        return false;
      }
    }
    return true;
  }

  /** The end-of-file marker within the last kilobyte, as PDF readers look for it. */
  private static boolean endsWithEof(byte[] content) {
    int from = Math.max(0, content.length - 1024);
    String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  /** A name to show and to download under: no path, no control characters, at most 200. */
  static String fileName(String given) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
    if (name.isEmpty()) {
      name = "report.pdf";
    }
    if (!name.toLowerCase().endsWith(".pdf")) {
      name = name + ".pdf";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
