/**
 * Organisations, the people and machine clients who use Haven, their roles, sign-in with two
 * factors and API tokens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "keys"})
package org.haven.access;
