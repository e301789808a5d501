/**
 * Identification of possible victims: the process opened for every accepted referral, interviews,
 * the competent authority's decision and the reflection or restitution period with its deadlines.
 */
@ApplicationModule(allowedDependencies = {"access", "reads", "audit", "people", "intake"})
package org.haven.identification;

import org.springframework.modulith.ApplicationModule;
