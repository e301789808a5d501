/**
 * The append-only, hash-chained audit trail of every read and change of person data and every
 * security event.
 */
@ApplicationModule(allowedDependencies = {"keys"})
package org.haven.audit;

import org.springframework.modulith.ApplicationModule;
