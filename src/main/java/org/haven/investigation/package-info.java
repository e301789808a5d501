/**
 * The criminal case beside the victim's: the police investigation and the prosecution linked to a
 * case file — offences, the victim's part as witness or injured party, police interviews of the
 * victim, charges, the prosecution's decision, trial dates, verdict, sentence and compensation.
 * Recorded by the police district and the prosecution service named on it, read by the centre on
 * the case. Testimony stays with the police: only dates and outcomes are held here.
 */
@ApplicationModule(allowedDependencies = {"access", "reads", "audit", "casework", "intake"})
package org.haven.investigation;

import org.springframework.modulith.ApplicationModule;
