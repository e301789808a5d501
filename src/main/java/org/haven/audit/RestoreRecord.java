package org.haven.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.haven.keys.KeyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's record of a restore: a restore leaves a marker beside the data directory saying
 * what it restored (the backup, the moment); the first start after it records that as an act of
 * Haven itself, chained like any other row, and removes the marker. So the trail says when the
 * installation went back in time, and to when.
 */
@Component
class RestoreRecord {

  private static final Logger log = LoggerFactory.getLogger(RestoreRecord.class);
  static final String RESOURCE = "Database";

  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final Path marker;

  RestoreRecord(
      AuditTrail audit,
      TransactionTemplate transactions,
      @Value("${haven.database.data-dir:./data}") Path dataDir) {
    this.audit = audit;
    this.transactions = transactions;
    this.marker = KeyFiles.nextTo(dataDir, KeyFiles.RESTORED);
  }

  @EventListener(ApplicationReadyEvent.class)
  void recordRestore() {
    if (!Files.isRegularFile(marker)) {
      return;
    }
    try {
      String what = Files.readString(marker, StandardCharsets.UTF_8).strip();
      transactions.executeWithoutResult(
          status ->
              audit.record(
                  AuditActor.SYSTEM,
                  AuditAction.UPDATE,
                  RESOURCE,
                  "restore",
                  AuditOutcome.SUCCESS,
                  what.length() > 500 ? what.substring(0, 500) : what));
      Files.delete(marker);
      log.info("The restore is recorded in the audit trail");
    } catch (IOException e) {
      log.warn("The restore marker {} could not be read or removed: {}", marker, e.getMessage());
    }
  }
}
