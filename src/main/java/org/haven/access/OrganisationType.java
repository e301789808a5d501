package org.haven.access;

/** The kind of body an organisation is, which decides what its people may do. */
public enum OrganisationType {
  /** The national centre against trafficking that runs identification and coordination. */
  NATIONAL_CENTRE,
  /** A non-governmental organisation doing outreach, support or screening. */
  NGO,
  /** An operator of shelters or crisis centres. */
  SHELTER_OPERATOR,
  /** A police district or national police unit. */
  POLICE_DISTRICT,
  /** The immigration authority that decides for persons without legal residence. */
  IMMIGRATION_SERVICE,
  /** A municipality, in particular its child and youth services. */
  MUNICIPALITY,
  /** The tax agency, which inspects workplaces. */
  TAX_AGENCY,
  /** The labour or working-environment inspectorate. */
  LABOUR_INSPECTORATE,
  /** The prosecution service. */
  PROSECUTION,
  /** An international organisation such as IOM. */
  INTERNATIONAL_ORGANISATION,
  /** A ministry that owns or funds the action plan. */
  MINISTRY,
  /** Any other body. */
  OTHER
}
