/**
 * Person records of possible victims: pseudonymous references, names in any script with their Latin
 * form, birth dates of varying precision, citizenships, languages, identity documents and the
 * classified safe address.
 */
@ApplicationModule(allowedDependencies = {"access", "reads", "audit", "keys"})
package org.haven.people;

import org.springframework.modulith.ApplicationModule;
