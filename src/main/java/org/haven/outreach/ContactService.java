package org.haven.outreach;

/** What a contact was given. */
public enum ContactService {
  INFORMATION,
  HEALTH_CHECK,
  HARM_REDUCTION,
  LEGAL_ADVICE,
  REFERRAL_TO_SERVICE,
  ACCOMPANIED
}
