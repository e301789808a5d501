package org.haven.access;

/** What a person may do in Haven; a person may hold several roles. */
public enum Role {
  /** Manages organisations, users and tokens; answers for every disclosure. */
  ADMINISTRATOR,
  /** Works cases at the national centre: referrals, identification, support. */
  CENTRE_CASEWORKER,
  /** Produces statistics and reports from aggregated data. */
  CENTRE_ANALYST,
  /** Does outreach for an NGO and refers possible victims. */
  NGO_WORKER,
  /** Runs a shelter: arrivals, placements, capacity. */
  SHELTER_STAFF,
  /** The police district's named trafficking contact. */
  POLICE_KEY_PERSON,
  /** Decides on victim status and periods for persons without legal residence. */
  IMMIGRATION_OFFICER,
  /** Municipal social services, in particular for children. */
  MUNICIPAL_CASEWORKER,
  /** Reads the audit trail; changes nothing. */
  AUDITOR,
  /** An inspector of the tax agency: takes part in joint actions and refers persons met. */
  TAX_INSPECTOR,
  /**
   * An inspector of the labour inspectorate: takes part in joint actions and refers persons met.
   */
  LABOUR_INSPECTOR,
  /** A prosecutor: the criminal case beside the victim's. */
  PROSECUTOR,
  /** The funding ministry: read-only aggregate views, never a person. */
  MINISTRY_OFFICIAL,
  /** A return organisation (IOM) or a reintegration partner abroad. */
  RETURN_ORGANISATION_STAFF;

  /** The authority name Spring Security checks, e.g. {@code ROLE_ADMINISTRATOR}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
