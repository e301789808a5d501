/**
 * Knowledge from the records: projections of other modules' events (victims by decision year with
 * their attributes at decision time, interviews, returns, hotline calls), the annual status report
 * with its counting rules, disclosure control for publication (threshold, secondary suppression,
 * optional noise) and the HTCDS exchange (import and export, ADR 0008).
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"access", "audit", "people", "intake", "identification", "repatriation"})
package org.haven.statistics;
