package org.haven.statistics;

import org.haven.access.InvalidInput;

/** Which figures a report shows. */
public enum Disclosure {
  /** Every count as recorded: centre analysts and administrators only, every reading audited. */
  exact,
  /**
   * Counts below the threshold withheld, with secondary suppression and optional noise: the only
   * view that may leave the centre.
   */
  published;

  /** The view named {@code value}; null or blank: published. */
  public static Disclosure of(String value) {
    if (value == null || value.isBlank()) {
      return published;
    }
    for (Disclosure d : values()) {
      if (d.name().equalsIgnoreCase(value.strip())) {
        return d;
      }
    }
    throw new InvalidInput("disclosure", "statistics.disclosureUnknown");
  }
}
