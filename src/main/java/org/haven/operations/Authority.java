package org.haven.operations;

import org.haven.access.OrganisationType;

/** Whose findings a finding is, by the kind of organisation that made it. */
public enum Authority {
  TAX,
  WORKING_ENVIRONMENT,
  POLICE,
  CENTRE,
  OTHER;

  public static Authority of(OrganisationType type) {
    return switch (type) {
      case TAX_AGENCY -> TAX;
      case LABOUR_INSPECTORATE -> WORKING_ENVIRONMENT;
      case POLICE_DISTRICT -> POLICE;
      case NATIONAL_CENTRE -> CENTRE;
      default -> OTHER;
    };
  }
}
