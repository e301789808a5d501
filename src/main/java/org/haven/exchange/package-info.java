/**
 * Data exchange in the international standards: HTCDS 2.0 import (persons, referrals, decisions and
 * returns created or updated through the owning modules' front doors, resumable, row by row with
 * reasons) and export (HTCDS case rows the user may see; CTDC- and Eurostat-style aggregates of the
 * published view). ADR 0008 says why this is a module of its own.
 */
@ApplicationModule(
    allowedDependencies = {
      "access",
      "audit",
      "people",
      "intake",
      "identification",
      "repatriation",
      "statistics"
    })
package org.haven.exchange;

import org.springframework.modulith.ApplicationModule;
