/**
 * Haven's HTTP front: the security filter chain, sign-in pages, the page layout and navigation, the
 * dashboard, language switching, administration pages and error pages. Holds no data of its own.
 */
@ApplicationModule(
    allowedDependencies = {
      "access",
      "audit",
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
      "statistics",
      "exchange"
    })
package org.haven.web;

import org.springframework.modulith.ApplicationModule;
