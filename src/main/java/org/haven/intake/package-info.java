/**
 * Referrals of possible victims to the national centre (full, anonymous, child), the indicator
 * catalogue, and the hotline log.
 */
@ApplicationModule(allowedDependencies = {"access", "reads", "audit", "people"})
package org.haven.intake;

import org.springframework.modulith.ApplicationModule;
