package org.haven.accommodation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.haven.access.AccessFixtures;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.people.PersonId;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Capacity is enforced per shelter, target group and day, also when two placements race for the
 * last place; one person never holds two places at once.
 */
@HavenTest
class PlacementsTest {

  @Autowired Shelters shelters;
  @Autowired Placements placements;
  @Autowired AccessFixtures fixtures;

  Actor centre;
  LocalDate today;

  @BeforeEach
  void setUp() {
    centre = fixtures.user(Role.CENTRE_CASEWORKER).actor();
    today = LocalDate.now();
  }

  @Test
  void aPlacementBeyondCapacityIsRefusedAndAPlaceFreesWhenAStayEnds() {
    Shelter shelter = shelter(Map.of(TargetGroup.WOMEN, 2, TargetGroup.CHILDREN, 1));
    Placement first =
        placements.place(
            person(), shelter.id(), TargetGroup.WOMEN, today, today.plusDays(30), centre);
    placements.place(
        person(), shelter.id(), TargetGroup.WOMEN, today.plusDays(5), today.plusDays(20), centre);

    assertThat(free(shelter, TargetGroup.WOMEN, today)).isEqualTo(1);
    assertThat(free(shelter, TargetGroup.WOMEN, today.plusDays(6))).isZero();
    assertThat(free(shelter, TargetGroup.CHILDREN, today.plusDays(6))).isEqualTo(1);

    assertThatThrownBy(
            () ->
                placements.place(
                    person(), shelter.id(), TargetGroup.WOMEN, today, today.plusDays(10), centre))
        .as("full on days 5 to 10")
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("placement.full"));
    placements.place(person(), shelter.id(), TargetGroup.WOMEN, today, today.plusDays(5), centre);

    placements.end(first.id(), first.version(), today, PlacementEndReason.MOVED_ON, centre);
    assertThat(free(shelter, TargetGroup.WOMEN, today.plusDays(6))).isEqualTo(1);
  }

  @Test
  void onePersonCannotHoldTwoPlacesAtOnce() {
    Shelter one = shelter(Map.of(TargetGroup.MEN, 5));
    Shelter two = shelter(Map.of(TargetGroup.MEN, 5));
    PersonId person = person();
    placements.place(person, one.id(), TargetGroup.MEN, today, today.plusDays(10), centre);
    assertThatThrownBy(
            () ->
                placements.place(
                    person,
                    two.id(),
                    TargetGroup.MEN,
                    today.plusDays(9),
                    today.plusDays(12),
                    centre))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("placement.overlap"));
    placements.place(
        person, two.id(), TargetGroup.MEN, today.plusDays(10), today.plusDays(12), centre);
  }

  @Test
  void twoPeopleRacingForTheLastPlaceCannotBothGetIt() throws Exception {
    for (int round = 0; round < 5; round++) {
      Shelter shelter = shelter(Map.of(TargetGroup.FAMILIES, 1));
      int racers = 6;
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(racers);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        PersonId person = person();
        Callable<Boolean> race =
            () -> {
              start.await();
              try {
                placements.place(
                    person, shelter.id(), TargetGroup.FAMILIES, today, today.plusDays(14), centre);
                return true;
              } catch (InvalidInput full) {
                return false;
              }
            };
        results.add(pool.submit(race));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> result : results) {
        if (result.get()) {
          won++;
        }
      }
      pool.shutdown();
      assertThat(won).as("exactly one of %s racers gets the last place", racers).isEqualTo(1);
      assertThat(free(shelter, TargetGroup.FAMILIES, today)).isZero();
      assertThat(
              shelters.capacity(today.plusDays(3), TargetGroup.FAMILIES, centre).stream()
                  .filter(c -> c.shelter().equals(shelter.id()))
                  .mapToInt(Capacity::taken)
                  .sum())
          .isEqualTo(1);
    }
  }

  private int free(Shelter shelter, TargetGroup group, LocalDate day) {
    return shelters.capacity(day, group, centre).stream()
        .filter(c -> c.shelter().equals(shelter.id()))
        .mapToInt(Capacity::free)
        .sum();
  }

  private Shelter shelter(Map<TargetGroup, Integer> places) {
    var operator = fixtures.organisation(OrganisationType.SHELTER_OPERATOR);
    return shelters.register(
        new ShelterDetails(
            "Test shelter " + UUID.randomUUID().toString().substring(0, 6),
            operator.id(),
            "Odense",
            "Secret street 1",
            "+45 1234 5678",
            true,
            places),
        centre);
  }

  private static PersonId person() {
    return new PersonId(UUID.randomUUID());
  }
}
