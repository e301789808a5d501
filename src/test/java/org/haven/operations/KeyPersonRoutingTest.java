package org.haven.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.access.AccessFixtures;
import org.haven.access.Actor;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A referral from a police district is routed to the district's key person, then the deputies. */
@HavenTest
class KeyPersonRoutingTest {

  @Autowired KeyPersons keyPersons;
  @Autowired AccessFixtures fixtures;

  @Test
  void aPoliceDistrictsReferralGoesToItsKeyPersonFirst() {
    Organisation district = fixtures.organisation(OrganisationType.POLICE_DISTRICT);
    Organisation other = fixtures.organisation(OrganisationType.POLICE_DISTRICT);
    Organisation ngo = fixtures.organisation(OrganisationType.NGO);
    Actor centre = fixtures.user(Role.CENTRE_CASEWORKER).actor();
    keyPersons.add(
        new KeyPersonDetails(district.id(), "Anna Deputy", true, "+45 1111 1111", null, null),
        centre);
    keyPersons.add(
        new KeyPersonDetails(district.id(), "Zacharias Key", false, "+45 2222 2222", null, null),
        centre);
    keyPersons.add(
        new KeyPersonDetails(other.id(), "Other District", false, "+45 3333 3333", null, null),
        centre);

    assertThat(keyPersons.routeFor(district.id()))
        .extracting(KeyPerson::name)
        .containsExactly("Zacharias Key", "Anna Deputy");
    assertThat(keyPersons.routeFor(ngo.id())).isEmpty();
    assertThat(keyPersons.routeFor(null)).isEmpty();
  }
}
