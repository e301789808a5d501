package org.haven.identification;

import java.util.Optional;
import org.haven.access.Actor;
import org.haven.access.OrganisationType;
import org.haven.access.Role;

/**
 * Who decides whether a person is a victim, and which period a positive decision opens, by
 * residence status: the immigration service for persons without legal residence (asylum seekers
 * included), the centre for legally resident persons (EU citizens included). A court may find a
 * defendant to be a victim in a criminal case; the centre records such findings. Nobody decides
 * while the residence status is unknown.
 */
public final class CompetentAuthorityPolicy {

  private CompetentAuthorityPolicy() {}

  /** The authority competent for a person with this residence status; none while unknown. */
  public static Optional<Authority> competentFor(ResidenceStatus status) {
    return switch (status) {
      case LEGAL_RESIDENCE, EU_CITIZEN -> Optional.of(Authority.NATIONAL_CENTRE);
      case NO_LEGAL_RESIDENCE, ASYLUM_SEEKER -> Optional.of(Authority.IMMIGRATION_SERVICE);
      case UNKNOWN -> Optional.empty();
    };
  }

  /** The period a positive decision opens for a person with this residence status. */
  public static PeriodType periodFor(ResidenceStatus status) {
    return switch (status) {
      case NO_LEGAL_RESIDENCE, ASYLUM_SEEKER, UNKNOWN -> PeriodType.REFLECTION;
      case LEGAL_RESIDENCE, EU_CITIZEN -> PeriodType.RESTITUTION;
    };
  }

  /**
   * Whether this actor, of an organisation of this type, may record a decision of {@code
   * authority}: its own staff, or the centre on the authority's behalf (saying so).
   */
  public static boolean mayRecord(
      Authority authority, Actor actor, OrganisationType organisation, boolean onBehalf) {
    boolean centre =
        organisation == OrganisationType.NATIONAL_CENTRE && actor.has(Role.CENTRE_CASEWORKER);
    return switch (authority) {
      case NATIONAL_CENTRE -> centre && !onBehalf;
      case IMMIGRATION_SERVICE ->
          (organisation == OrganisationType.IMMIGRATION_SERVICE
                  && actor.has(Role.IMMIGRATION_OFFICER)
                  && !onBehalf)
              || (centre && onBehalf);
      case COURT -> centre && onBehalf;
    };
  }
}
