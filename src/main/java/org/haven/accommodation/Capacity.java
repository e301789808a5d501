package org.haven.accommodation;

import java.time.LocalDate;
import java.util.UUID;

/** Places, taken and free, in one shelter for one target group on one day. */
public record Capacity(
    ShelterId shelter,
    UUID operator,
    String shelterName,
    String municipality,
    TargetGroup targetGroup,
    LocalDate date,
    int places,
    int taken) {

  public int free() {
    return Math.max(0, places - taken);
  }
}
