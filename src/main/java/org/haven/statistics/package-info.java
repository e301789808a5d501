/**
 * Knowledge from the records: projections of other modules' events (victims by decision year with
 * their attributes at decision time, referrals as sent, interviews, periods, repatriations,
 * services given, stays in shelters, hotline calls), the annual status report with its counting
 * rules, and disclosure control for publication over every linked table of a year.
 */
@org.springframework.modulith.ApplicationModule(
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
      "outreach"
    })
package org.haven.statistics;
