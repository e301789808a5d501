/**
 * Information for possible victims: the public help pages in their own languages (content items
 * kept by the centre, with a source language and reviewed translations that go stale when the
 * source changes), the anonymous contact form and its messages (sealed at rest, never tied to an
 * address), leaflets and cards with QR codes, and counts that name no one.
 */
@ApplicationModule(allowedDependencies = {"access", "audit", "keys", "people"})
package org.haven.information;

import org.springframework.modulith.ApplicationModule;
