/**
 * The REST API under {@code /api/v1}: JSON, problem details (RFC 9457) with field errors,
 * pagination, the OpenAPI document and explorer. Holds no data; endpoints translate to module front
 * doors.
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
      "crossborder",
      "privacy",
      "statistics",
      "exchange"
    })
package org.haven.api;

import org.springframework.modulith.ApplicationModule;
