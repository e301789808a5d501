/**
 * The person's rights over her data: a subject access request recorded by the centre, approved by a
 * second person, and released as JSON and a readable PDF in her language — everything Haven holds
 * about her, module by module through their front doors, and who read her records when.
 */
@ApplicationModule(
    allowedDependencies = {
      "access",
      "audit",
      "people",
      "intake",
      "identification",
      "accommodation",
      "casework",
      "repatriation",
      "crossborder"
    })
package org.haven.privacy;

import org.springframework.modulith.ApplicationModule;
