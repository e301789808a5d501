package org.haven.identification;

import java.util.Locale;
import java.util.Optional;

/**
 * The industry of forced labour: the ISIC rev. 4 sections as HTCDS 2.0 {@code
 * vic_ForcedLabourIndustry} spells them.
 */
public enum LabourIndustry {
  A_AgricultureForestryAndFishing,
  B_MiningAndQuarrying,
  C_Manufacturing,
  D_ElectricityGasSteamAndAirConditioningSupply,
  E_WaterSupplySewerageWasteManagementAndRemediationActivities,
  F_Construction,
  G_WholesaleAndRetailTradeRepairOfMotorVehiclesAndMotorcycles,
  H_TransportationAndStorage,
  I_AccommodationAndFoodServiceActivities,
  J_InformationAndCommunication,
  K_FinancialAndInsuranceActivities,
  L_RealEstateActivities,
  M_ProfessionalScientificAndTechnicalActivities,
  N_AdministrativeAndSupportServiceActivities,
  O_PublicAdministrationAndDefenceCompulsorySocialSecurity,
  P_Education,
  Q_HumanHealthAndSocialWorkActivities,
  R_ArtsEntertainmentAndRecreation,
  S_OtherServiceActivities,
  T_ActivitiesOfHouseholdsAsEmployers,
  U_ActivitiesOfExtraterritorialOrganizations;

  /** The ISIC section letter. */
  public String section() {
    return name().substring(0, 1);
  }

  /** The industry for its HTCDS value or its ISIC section letter alone ("F"). */
  public static Optional<LabourIndustry> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    for (LabourIndustry industry : values()) {
      if (industry.name().equalsIgnoreCase(v)
          || (v.length() == 1 && industry.section().equals(v.toUpperCase(Locale.ROOT)))) {
        return Optional.of(industry);
      }
    }
    return Optional.empty();
  }
}
