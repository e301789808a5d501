package org.haven.exchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.NotFound;
import org.haven.access.Role;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Front door for HTCDS imports: a delivered file is checked as a whole (encoding, header, size),
 * stored and queued; {@link ImportWorker} writes it row by row through the owning modules' front
 * doors. The centre imports, for itself or for the organisation that delivered the file (whose tag
 * the records then carry).
 */
@Service
public class HtcdsImports {

  static final String RESOURCE = "HtcdsImport";

  /** How an import stands. */
  public record Status(
      UUID id,
      String status,
      int rowsTotal,
      int rowsImported,
      int rowsRejected,
      List<RowError> errors,
      List<String> warnings) {}

  /**
   * Why a row was rejected.
   *
   * @param row the row's number in the file (the header is row 1)
   * @param column the HTCDS column at fault, or null for the row as a whole
   */
  public record RowError(int row, String column, String message) {}

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final ExchangeSettings settings;
  private final MessageSource messages;
  private final Clock clock;

  HtcdsImports(
      JdbcClient jdbc,
      AuditTrail audit,
      ExchangeSettings settings,
      MessageSource messages,
      Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.settings = settings;
    this.messages = messages;
    this.clock = clock;
  }

  /** The largest file accepted, in bytes. */
  public long maxFileBytes() {
    return settings.maxFileBytes();
  }

  /** Whether {@code by} may import. */
  public static boolean mayImport(Actor by) {
    return by.has(Role.CENTRE_CASEWORKER);
  }

  /**
   * Checks and queues a delivery. Throws {@link InvalidInput} on {@code file} when the file cannot
   * be read at all (too large, not UTF-8, no header with cas_ExternalId, no rows); nothing is kept
   * then.
   */
  @Transactional
  public UUID submit(byte[] content, Actor by) {
    if (!mayImport(by)) {
      throw new AccessDeniedException("Imports are the centre's");
    }
    if (content.length > settings.maxFileBytes()) {
      throw new InvalidInput("file", "import.tooLarge", settings.maxFileBytes() / (1024 * 1024));
    }
    HtcdsFile file = HtcdsFile.read(content);
    if (file.rows().isEmpty()) {
      throw new InvalidInput("file", "import.empty");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO exchange.import_job (id, organisation, imported_by, status, content, rows_total,
                                             warnings, created_at)
            VALUES (?, ?, ?, 'queued', ?, ?, ?, ?)
            """)
        .params(
            id,
            by.organisation().value(),
            by.user().value(),
            content,
            file.rows().size(),
            file.ignoredColumns().toArray(String[]::new),
            Timestamp.from(clock.instant()))
        .update();
    audit.record(by.audit(), AuditAction.CREATE, RESOURCE, id.toString());
    return id;
  }

  /**
   * How an import stands, with the rejected rows' reasons in {@code locale}. Only its organisation
   * sees it.
   */
  @Transactional(readOnly = true)
  public Status status(UUID id, Locale locale, Actor by) {
    Optional<Status> status =
        jdbc.sql(
                """
                SELECT id, organisation, status, rows_total, rows_imported, rows_rejected, warnings
                FROM exchange.import_job WHERE id = ?
                """)
            .param(id)
            .query(
                (rs, n) -> {
                  if (!rs.getObject("organisation", UUID.class).equals(by.organisation().value())
                      || !mayImport(by)) {
                    throw new AccessDeniedException("Another organisation's import");
                  }
                  List<String> warnings = new ArrayList<>();
                  for (String column : (String[]) rs.getArray("warnings").getArray()) {
                    warnings.add(
                        messages.getMessage("import.columnIgnored", new Object[] {column}, locale));
                  }
                  return new Status(
                      id,
                      rs.getString("status"),
                      rs.getInt("rows_total"),
                      rs.getInt("rows_imported"),
                      rs.getInt("rows_rejected"),
                      errors(id, locale),
                      warnings);
                })
            .optional();
    return status.orElseThrow(() -> new NotFound(RESOURCE));
  }

  private List<RowError> errors(UUID id, Locale locale) {
    return jdbc.sql(
            """
            SELECT row_number, column_name, message_key, arguments FROM exchange.import_error
            WHERE job_id = ? ORDER BY row_number, seq LIMIT 1000
            """)
        .param(id)
        .query(
            (rs, n) -> {
              Object[] arguments = (Object[]) rs.getArray("arguments").getArray();
              String message =
                  messages.getMessage(
                      rs.getString("message_key"),
                      Arrays.copyOf(arguments, arguments.length, Object[].class),
                      rs.getString("message_key"),
                      locale);
              return new RowError(rs.getInt("row_number"), rs.getString("column_name"), message);
            })
        .list();
  }
}
