package org.haven.intake;

import java.util.Arrays;
import java.util.List;

/** How the signal reached the sender. */
public enum Channel {
  /** Police, e.g. a raid or a person in custody. */
  POLICE,
  /** NGO outreach: drop-in, clinic, street or massage-clinic visits. */
  NGO_OUTREACH,
  /** A joint authority action. */
  JOINT_ACTION,
  /** The centre's hotline. */
  HOTLINE,
  /** A municipality, e.g. child services. */
  MUNICIPALITY,
  /** The immigration service or the asylum system. */
  IMMIGRATION_SERVICE,
  /** A tax agency inspection. */
  TAX_AGENCY,
  /** A labour inspectorate inspection. */
  LABOUR_INSPECTORATE,
  /** The person came forward themselves. */
  SELF_REFERRAL,
  /** Any other way. */
  OTHER,
  /**
   * Another country's installation (a partner centre or return organisation) referred the person in
   * a signed envelope; set by the cross-border inbox only, never chosen by a sender.
   */
  CROSS_BORDER;

  /** The channels a sender chooses from on a referral form. */
  public static List<Channel> chosenBySenders() {
    return Arrays.stream(values()).filter(c -> c != CROSS_BORDER).toList();
  }
}
