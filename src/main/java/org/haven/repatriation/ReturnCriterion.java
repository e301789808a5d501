package org.haven.repatriation;

/**
 * The voluntary return programme's eligibility criteria (the programme run with IOM), checked one
 * by one before an application: a person is eligible when every one is met.
 */
public enum ReturnCriterion {
  /** Identified, or presumed, as a victim of trafficking by the competent authority. */
  IDENTIFIED_OR_PRESUMED_VICTIM,
  /** Wishes to return, of her own free will, after advice on the alternatives. */
  WISHES_TO_RETURN_VOLUNTARILY,
  /** Consents to her data being shared with the return organisation for the return. */
  CONSENTS_TO_SHARING_WITH_RETURN_ORGANISATION,
  /** Holds a travel document, or one can be obtained. */
  TRAVEL_DOCUMENT_HELD_OR_OBTAINABLE,
  /** A risk assessment for the return found no serious risk of harm or re-trafficking. */
  RISK_ASSESSED_NO_SERIOUS_RISK,
  /** Fit to travel, or the medical escort the journey needs is arranged. */
  FIT_TO_TRAVEL
}
