package org.haven.access;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which roles fit which kind of organisation, and which roles must be held alone (separation of
 * duties). The centre's roles belong to the national centre; each authority's role to that
 * authority; administration and audit are kept apart from casework and from each other, so that
 * whoever grants rights or reads the audit trail never works cases, and the one who audits is never
 * the one audited.
 */
public final class RolePolicy {

  private static final Map<Role, Set<OrganisationType>> FITS = new EnumMap<>(Role.class);

  static {
    FITS.put(Role.ADMINISTRATOR, EnumSet.of(OrganisationType.NATIONAL_CENTRE));
    FITS.put(Role.CENTRE_CASEWORKER, EnumSet.of(OrganisationType.NATIONAL_CENTRE));
    FITS.put(Role.CENTRE_ANALYST, EnumSet.of(OrganisationType.NATIONAL_CENTRE));
    FITS.put(
        Role.NGO_WORKER,
        EnumSet.of(OrganisationType.NGO, OrganisationType.INTERNATIONAL_ORGANISATION));
    FITS.put(
        Role.SHELTER_STAFF,
        EnumSet.of(
            OrganisationType.SHELTER_OPERATOR,
            OrganisationType.NGO,
            OrganisationType.MUNICIPALITY));
    FITS.put(Role.POLICE_KEY_PERSON, EnumSet.of(OrganisationType.POLICE_DISTRICT));
    FITS.put(Role.IMMIGRATION_OFFICER, EnumSet.of(OrganisationType.IMMIGRATION_SERVICE));
    FITS.put(Role.MUNICIPAL_CASEWORKER, EnumSet.of(OrganisationType.MUNICIPALITY));
    FITS.put(Role.AUDITOR, EnumSet.of(OrganisationType.NATIONAL_CENTRE, OrganisationType.MINISTRY));
    FITS.put(Role.TAX_INSPECTOR, EnumSet.of(OrganisationType.TAX_AGENCY));
    FITS.put(Role.LABOUR_INSPECTOR, EnumSet.of(OrganisationType.LABOUR_INSPECTORATE));
    FITS.put(Role.PROSECUTOR, EnumSet.of(OrganisationType.PROSECUTION));
    FITS.put(Role.MINISTRY_OFFICIAL, EnumSet.of(OrganisationType.MINISTRY));
    FITS.put(
        Role.RETURN_ORGANISATION_STAFF,
        EnumSet.of(OrganisationType.INTERNATIONAL_ORGANISATION, OrganisationType.NGO));
  }

  /** Roles that are held alone: nobody administers or audits and also does anything else. */
  private static final Set<Role> HELD_ALONE = EnumSet.of(Role.ADMINISTRATOR, Role.AUDITOR);

  private RolePolicy() {}

  /** The kinds of organisation whose people may hold {@code role}. */
  public static Set<OrganisationType> organisationsFor(Role role) {
    return EnumSet.copyOf(FITS.get(role));
  }

  /** The roles a person of an organisation of this kind may hold, in the enum's order. */
  public static List<Role> rolesFor(OrganisationType type) {
    return EnumSet.allOf(Role.class).stream().filter(r -> FITS.get(r).contains(type)).toList();
  }

  /** Whether {@code role} must be the only role of its holder. */
  public static boolean heldAlone(Role role) {
    return HELD_ALONE.contains(role);
  }

  /**
   * Refuses a set of roles that does not fit the organisation's kind or mixes a role held alone
   * with another, naming the field {@code roles}.
   */
  static void check(Set<Role> roles, OrganisationType type) {
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInput("roles", "user.rolesRequired");
    }
    for (Role role : roles) {
      if (!FITS.get(role).contains(type)) {
        throw new InvalidInput("roles", "user.roleDoesNotFit");
      }
    }
    if (roles.size() > 1 && roles.stream().anyMatch(HELD_ALONE::contains)) {
      throw new InvalidInput("roles", "user.rolesSeparated");
    }
  }

  /** Whether these roles are allowed together for this kind of organisation. */
  public static boolean allows(Set<Role> roles, OrganisationType type) {
    try {
      check(roles, type);
      return true;
    } catch (InvalidInput refused) {
      return false;
    }
  }
}
