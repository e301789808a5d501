/**
 * The NGOs' outreach: activities on the street, at venues, on mobile health visits, in drop-in
 * centres, asylum centres, workplaces and online; the anonymous contacts met on them and what they
 * were given; the NGO's register of venues (the address classified); and the suspicion that turns a
 * contact into a referral draft to the centre. No name is ever recorded here.
 */
@ApplicationModule(allowedDependencies = {"access", "audit", "intake", "keys", "people"})
package org.haven.outreach;

import org.springframework.modulith.ApplicationModule;
