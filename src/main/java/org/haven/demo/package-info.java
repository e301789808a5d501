/**
 * Demo mode ({@code --haven.demo=true}): fills an empty database with a synthetic national setup
 * and a user for every role, and refuses to touch a database that holds real data. Capabilities
 * extend the generator with their data.
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
      "statistics",
      "exchange",
      "funding",
      "information"
    })
package org.haven.demo;

import org.springframework.modulith.ApplicationModule;
