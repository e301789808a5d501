/**
 * Shelters and crisis centres with their places per target group, placements of persons, live
 * capacity and the waiting list. A shelter's address is secret: only its operator and the centre
 * read it.
 */
@ApplicationModule(allowedDependencies = {"access", "reads", "audit", "people"})
package org.haven.accommodation;

import org.springframework.modulith.ApplicationModule;
