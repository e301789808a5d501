/**
 * Reads sent to PostgreSQL together: the statements a page needs from several modules, each added
 * by the module that decides what the reader gets, answered in one round trip ({@link
 * org.haven.reads.RoundTrip}). Plain JDBC, no module's data.
 */
@ApplicationModule(allowedDependencies = {})
package org.haven.reads;

import org.springframework.modulith.ApplicationModule;
