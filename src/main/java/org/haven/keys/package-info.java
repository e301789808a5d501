/**
 * Keys and passwords kept in files beside the data directory, never in the database: created once,
 * readable by their owner only, backed up with the database.
 */
@ApplicationModule(allowedDependencies = {})
package org.haven.keys;

import org.springframework.modulith.ApplicationModule;
