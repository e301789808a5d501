/**
 * The case file of a person in identification: contact person, a timeline of everything that
 * happened across modules, tasks, notes, consent-bound sharing, notifications and each user's work
 * queue.
 */
@ApplicationModule(
    allowedDependencies = {
      "access",
      "reads",
      "audit",
      "people",
      "intake",
      "accommodation",
      "identification",
      "repatriation"
    })
package org.haven.casework;

import org.springframework.modulith.ApplicationModule;
