package org.haven.investigation;

/**
 * Offences an investigation is about: the trafficking provision of the national penal code and the
 * offences that often come with it (Danish and Swedish law).
 */
public enum Offence {
  /** Straffeloven § 262 a: human trafficking. */
  DK_PENAL_262A,
  /** Straffeloven § 228: procuring. */
  DK_PENAL_228,
  /** Straffeloven § 229: pimping. */
  DK_PENAL_229,
  /** Straffeloven § 260: unlawful coercion. */
  DK_PENAL_260,
  /** Straffeloven § 261: deprivation of liberty. */
  DK_PENAL_261,
  /** Straffeloven § 266: threats. */
  DK_PENAL_266,
  /** Straffeloven §§ 244–246: violence. */
  DK_PENAL_244,
  /** Straffeloven § 216: rape. */
  DK_PENAL_216,
  /** Straffeloven § 279: fraud. */
  DK_PENAL_279,
  /** Straffeloven § 282: usury. */
  DK_PENAL_282,
  /** Udlændingeloven § 59: employing foreigners without a work permit. */
  DK_ALIENS_59,
  /** Brottsbalken 4 kap. 1 a §: människohandel. */
  SE_BRB_4_1A,
  /** Brottsbalken 4 kap. 1 b §: människoexploatering. */
  SE_BRB_4_1B,
  /** Brottsbalken 6 kap. 12 §: koppleri. */
  SE_BRB_6_12;

  /** Whether this is the trafficking provision itself. */
  public boolean trafficking() {
    return this == DK_PENAL_262A || this == SE_BRB_4_1A;
  }
}
