package org.haven.accommodation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A shelter as a reader may see it.
 *
 * @param address the secret address, or null when the reader may not see it
 * @param places places per target group
 */
public record Shelter(
    ShelterId id,
    String name,
    UUID operator,
    String municipality,
    String address,
    String contact,
    boolean approved,
    boolean active,
    Map<TargetGroup, Integer> places,
    Instant createdAt,
    long version) {

  public int totalPlaces() {
    return places.values().stream().mapToInt(Integer::intValue).sum();
  }
}
