/**
 * Identification of possible victims: the process opened for every accepted referral, interviews,
 * the competent authority's decision and the reflection or restitution period with its deadlines.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"access", "audit", "people", "intake"})
package org.haven.identification;
