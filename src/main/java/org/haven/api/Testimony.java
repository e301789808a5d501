package org.haven.api;

import java.util.Arrays;

/**
 * Testimony (a referral's account, interview notes) travels only on request: {@code
 * include=testimony} on the read, which the front door audits as a reading of testimony.
 */
final class Testimony {

  static final String INCLUDE = "testimony";

  private Testimony() {}

  /** Whether an {@code include} parameter (comma-separated) asks for testimony. */
  static boolean requested(String include) {
    return include != null
        && Arrays.stream(include.split(",")).map(String::strip).anyMatch(INCLUDE::equalsIgnoreCase);
  }
}
