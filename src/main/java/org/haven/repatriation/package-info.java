/**
 * Prepared repatriation and voluntary return programmes: the offer, the individual reintegration
 * plan with its support items, departure, the reintegration period with the partner's follow-up
 * reports, the outcome, and the costs.
 */
@ApplicationModule(
    allowedDependencies = {"access", "reads", "audit", "people", "accommodation", "identification"})
package org.haven.repatriation;

import org.springframework.modulith.ApplicationModule;
