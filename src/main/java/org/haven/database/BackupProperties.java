package org.haven.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups of the embedded database (an external one is backed up by its own tools: pgBackRest or
 * Barman).
 *
 * @param walArchive directory PostgreSQL archives every finished WAL segment into, for
 *     point-in-time recovery (env {@code HAVEN_BACKUP_WALARCHIVE}); unset, no archiving
 * @param directory where the scheduled backups go, one sub-directory each; unset, none is made
 * @param keyFile the operator's backup key (at least 32 random bytes, base64)
 * @param keepDays how many days of scheduled backups are kept; the WAL archive is pruned to the
 *     oldest kept backup
 * @param schedule when the scheduled backup runs (a cron expression in the installation's zone)
 */
@ConfigurationProperties("haven.backup")
public record BackupProperties(
    Path walArchive,
    Path directory,
    Path keyFile,
    @DefaultValue("7") int keepDays,
    @DefaultValue("0 30 2 * * *") String schedule) {}
