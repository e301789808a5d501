/**
 * Knowledge from the records: projections of other modules' events (victims by decision year with
 * their attributes at decision time, referrals as sent, interviews, periods, repatriations,
 * services given, stays in shelters, hotline calls, messages from the help pages), the annual
 * status report with its counting rules, and disclosure control for publication over every linked
 * table of a year.
 */
@ApplicationModule(
    allowedDependencies = {
      "access",
      "audit",
      "people",
      "intake",
      "identification",
      "repatriation",
      "accommodation",
      "casework",
      "operations",
      "investigation",
      "outreach",
      "information"
    })
package org.haven.statistics;

import org.springframework.modulith.ApplicationModule;
