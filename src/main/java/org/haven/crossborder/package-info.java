/**
 * Cross-border exchange between installations, with no central server: this installation's signing
 * and encryption keys (files beside the data directory), the partner installations the
 * administrator registers and confirms by fingerprint, transfers of a case to another country's
 * centre or a return organisation in signed and encrypted envelopes (the format in {@code
 * docs/exchange/}), an outbox that delivers each envelope exactly once, and an inbox that takes in
 * only what a confirmed partner signed, once, whole or not at all.
 */
@ApplicationModule(
    allowedDependencies = {"access", "reads", "audit", "people", "intake", "casework", "keys"})
package org.haven.crossborder;

import org.springframework.modulith.ApplicationModule;
