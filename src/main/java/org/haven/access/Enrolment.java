package org.haven.access;

/**
 * What a person needs to set up an authenticator app: the QR code (a PNG data URI), the same as an
 * {@code otpauth://} address, and the secret for typing by hand.
 */
public record Enrolment(String qrCodeDataUri, String uri, String secret) {

  /** The secret in groups of four, as authenticator apps show it. */
  public String groupedSecret() {
    return secret.replaceAll("(.{4})(?!$)", "$1 ");
  }
}
