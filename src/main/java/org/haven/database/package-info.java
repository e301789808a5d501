/**
 * The embedded PostgreSQL 17 that makes Haven run with zero setup, and its backups by PostgreSQL's
 * own documented methods: base backups through the low-level API, continuous WAL archiving and
 * point-in-time recovery, every file of a backup encrypted with the operator's key; the operator's
 * commands {@code backup} and {@code restore} and the scheduled daily backup with retention. The
 * Spring wiring of data sources stays in the root package.
 */
@ApplicationModule(allowedDependencies = {"keys"})
package org.haven.database;

import org.springframework.modulith.ApplicationModule;
