/**
 * Organisations, the people and machine clients who use Haven, their roles, sign-in with two
 * factors and API tokens.
 */
@ApplicationModule(allowedDependencies = {"audit", "keys"})
package org.haven.access;

import org.springframework.modulith.ApplicationModule;
