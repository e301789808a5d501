package org.haven.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the first start sets Haven up. Environment variables: {@code HAVEN_ADMIN_EMAIL}, {@code
 * HAVEN_ADMIN_PASSWORD}, {@code HAVEN_ORGANISATION_NAME}, {@code HAVEN_ORGANISATION_COUNTRY},
 * {@code HAVEN_BOOTSTRAP_TOKEN}.
 */
@ConfigurationProperties("haven")
public record FirstRunSettings(
    @DefaultValue Admin admin,
    @DefaultValue OperatingOrganisation organisation,
    @DefaultValue Bootstrap bootstrap) {

  /**
   * The first administrator; without a password a one-time password is generated and printed once.
   */
  public record Admin(@DefaultValue("admin@haven.local") String email, String password) {}

  /** The organisation that operates this Haven, created at first run as a national centre. */
  public record OperatingOrganisation(
      @DefaultValue("National Centre") String name, @DefaultValue("DK") String country) {}

  /**
   * An administrator API token registered at first start, for automation (at least 32 characters).
   */
  public record Bootstrap(String token) {}
}
