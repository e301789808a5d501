/**
 * The authorities' work in the field. So far the directory of the police districts' key persons for
 * trafficking and their deputies, which every signed-in user may search and the centre keeps
 * current. Joint actions and task forces are to come here.
 */
@ApplicationModule(
    allowedDependencies = {"access", "audit", "casework", "intake", "outreach", "people"})
package org.haven.operations;

import org.springframework.modulith.ApplicationModule;
