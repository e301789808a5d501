/**
 * Referrals of possible victims to the national centre (full, anonymous, child), the indicator
 * catalogue, and the hotline log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "audit", "people"})
package org.haven.intake;
