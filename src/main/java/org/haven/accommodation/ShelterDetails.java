package org.haven.accommodation;

import java.util.Map;
import java.util.UUID;

/**
 * A shelter as registered or changed.
 *
 * @param operator the operating organisation; null: the actor's own
 */
public record ShelterDetails(
    String name,
    UUID operator,
    String municipality,
    String address,
    String contact,
    boolean approved,
    Map<TargetGroup, Integer> places) {

  public ShelterDetails {
    places = places == null ? Map.of() : Map.copyOf(places);
  }
}
