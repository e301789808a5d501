package org.haven.casework;

/** Why a case was closed: recordable without judgement. */
public enum ClosureReason {
  REPATRIATED,
  RESIDENCE_GRANTED,
  CONTINUED_STAY,
  DEPARTED,
  DECLINED_SUPPORT,
  LOST_CONTACT,
  NOT_A_VICTIM,
  REFERRED_ELSEWHERE,
  OTHER
}
