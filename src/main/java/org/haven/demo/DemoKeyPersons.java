package org.haven.demo;

import java.util.List;
import org.haven.access.Actor;
import org.haven.access.Organisation;
import org.haven.access.Role;
import org.haven.access.UserAccount;
import org.haven.operations.KeyPersonDetails;
import org.haven.operations.KeyPersons;
import org.springframework.stereotype.Component;

/** A key person and a deputy for every demo police district (fictional names and numbers). */
@Component
class DemoKeyPersons {

  private static final List<String[]> PEOPLE =
      List.of(
          new String[] {"Bodil Krogh", "Søren Vinther"},
          new String[] {"Lars Kjeldsen", "Nadia Rask"},
          new String[] {"Mikkel Aagaard", "Helle Bro"});

  private final KeyPersons keyPersons;

  DemoKeyPersons(KeyPersons keyPersons) {
    this.keyPersons = keyPersons;
  }

  void generate(List<UserAccount> users) {
    UserAccount centre =
        users.stream()
            .filter(u -> u.roles().contains(Role.CENTRE_CASEWORKER))
            .findFirst()
            .orElse(null);
    if (centre == null) {
      return;
    }
    Actor actor = DemoReferrals.actor(centre);
    List<Organisation> districts = keyPersons.policeDistricts();
    for (int i = 0; i < districts.size(); i++) {
      String[] names = PEOPLE.get(i % PEOPLE.size());
      Organisation district = districts.get(i);
      keyPersons.add(
          new KeyPersonDetails(
              district.id(),
              names[0],
              false,
              "+45 7000 10" + String.format("%02d", i),
              "keyperson" + i + "@police.demo.invalid",
              "Duty desk out of hours: +45 7000 1100"),
          actor);
      keyPersons.add(
          new KeyPersonDetails(
              district.id(), names[1], true, "+45 7000 20" + String.format("%02d", i), null, null),
          actor);
    }
  }
}
