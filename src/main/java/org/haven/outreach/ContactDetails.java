package org.haven.outreach;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;

/**
 * An anonymous contact as the worker records it. {@code people} counts a group met together (one by
 * default); {@code code} is the pseudonym agreed with the person (the NGO's own, e.g. initials and
 * birth year), kept only as a keyed hash so a repeat contact is counted once.
 */
public record ContactDetails(
    Sex sex,
    ContactAge ageBand,
    String citizenship,
    String region,
    Boolean firstContact,
    @JsonAlias({"given"}) List<ContactService> services,
    @JsonAlias({"pseudonym"}) String code,
    @JsonAlias({"count"}) Integer people) {

  public ContactDetails {
    services = services == null ? List.of() : List.copyOf(services);
  }
}
