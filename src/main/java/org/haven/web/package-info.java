/**
 * Haven's HTTP front, holding no data of its own: {@code security} (filter chains, sign-in and
 * account), {@code layout} (layout, navigation, dashboard, languages, error pages), {@code forms}
 * (field parsing, form errors, one-time tokens, confirmations), {@code admin} (organisations,
 * users, audit) and one sub-package per module's pages.
 */
@ApplicationModule(
    allowedDependencies = {
      "access",
      "reads",
      "audit",
      "database",
      "people",
      "intake",
      "accommodation",
      "identification",
      "casework",
      "repatriation",
      "outreach",
      "operations",
      "investigation",
      "funding",
      "information",
      "crossborder",
      "privacy",
      "statistics",
      "exchange"
    })
package org.haven.web;

import org.springframework.modulith.ApplicationModule;
