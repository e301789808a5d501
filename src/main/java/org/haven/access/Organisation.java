package org.haven.access;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation that takes part in the national effort: the centre, an NGO, a police district, a
 * ministry.
 */
@Table(schema = "access", name = "organisation")
public record Organisation(
    @Id UUID id,
    String name,
    OrganisationType type,
    String country,
    String region,
    Instant createdAt,
    @Version Long version) {

  static Organisation create(
      String name, OrganisationType type, String country, String region, Instant at) {
    return new Organisation(
        UUID.randomUUID(), name(name), type(type), country(country), region(region), at, null);
  }

  Organisation change(String name, OrganisationType type, String country, String region) {
    return new Organisation(
        id, name(name), type(type), country(country), region(region), createdAt, version);
  }

  public OrganisationId organisationId() {
    return new OrganisationId(id);
  }

  private static String name(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidInput("name", "validation.required");
    }
    if (name.strip().length() > 200) {
      throw new InvalidInput("name", "validation.tooLong", 200);
    }
    return name.strip();
  }

  private static OrganisationType type(OrganisationType type) {
    if (type == null) {
      throw new InvalidInput("type", "validation.required");
    }
    return type;
  }

  private static String country(String country) {
    if (country == null || country.isBlank()) {
      throw new InvalidInput("country", "validation.required");
    }
    String code = country.strip().toUpperCase(Locale.ROOT);
    if (!Countries.known(code)) {
      throw new InvalidInput("country", "validation.country");
    }
    return code;
  }

  private static String region(String region) {
    if (region == null || region.isBlank()) {
      return null;
    }
    if (region.strip().length() > 200) {
      throw new InvalidInput("region", "validation.tooLong", 200);
    }
    return region.strip();
  }
}
