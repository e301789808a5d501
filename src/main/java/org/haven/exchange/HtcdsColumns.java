package org.haven.exchange;

import java.util.List;

/** The HTCDS 2.0 columns (and Haven's extensions) that imports read and exports write. */
final class HtcdsColumns {

  static final String EXTERNAL_ID = "cas_ExternalId";
  static final String FIRST_NAME = "prs_FirstName";
  static final String SECOND_NAME = "prs_SecondName";
  static final String BIRTHDATE = "prs_Birthdate";
  static final String GENDER = "prs_Gender";
  static final String CITIZENSHIP = "prs_Citizenship";
  static final String STATUS = "vic_TraffickingStatus";
  static final String EXPLOITATION = "vic_TypeOfExploitation";
  static final String INDUSTRY = "vic_ForcedLabourIndustry";
  static final String REFERRING_ORGANISATION = "cas_ReferringOrganisation";
  static final String REFERRAL_DATE = "cas_IncomingReferralDate";
  static final String EXPLOITATION_COUNTRY = "hte_Country";
  static final String DECISION_DATE = "ext_DecisionDate";
  static final String DECIDING_AUTHORITY = "ext_DecidingAuthority";
  static final String MAIN_EXPLOITATION = "ext_MainExploitation";
  static final String REPATRIATION_DATE = "ext_RepatriationDate";
  static final String REPATRIATION_COUNTRY = "ext_RepatriationCountry";

  /** Every column read, in the order exports write them. */
  static final List<String> ALL =
      List.of(
          EXTERNAL_ID,
          FIRST_NAME,
          SECOND_NAME,
          BIRTHDATE,
          GENDER,
          CITIZENSHIP,
          STATUS,
          EXPLOITATION,
          INDUSTRY,
          REFERRING_ORGANISATION,
          REFERRAL_DATE,
          EXPLOITATION_COUNTRY,
          DECISION_DATE,
          DECIDING_AUTHORITY,
          MAIN_EXPLOITATION,
          REPATRIATION_DATE,
          REPATRIATION_COUNTRY);

  private HtcdsColumns() {}
}
