package org.haven.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.NotVisible;
import org.haven.access.Role;

/**
 * How an actor reaches a case: in full (the centre) or through one share, with its parts.
 *
 * @param share the share used, or null for full access
 */
public record CaseAccess(boolean full, Set<CasePart> parts, UUID share) {

  public CaseAccess {
    parts = Set.copyOf(parts);
  }

  /**
   * The rule of who reaches a case: the centre works every case in full; any other organisation
   * only through an active share to it, and only the parts that share names. Refused otherwise.
   */
  public static CaseAccess of(Actor by, List<CaseShare> shares) {
    if (by.has(Role.CENTRE_CASEWORKER)) {
      return new CaseAccess(true, EnumSet.allOf(CasePart.class), null);
    }
    return shares.stream()
        .filter(s -> s.active() && s.organisation().equals(by.organisation().value()))
        .findFirst()
        .map(s -> new CaseAccess(false, s.parts(), s.id()))
        .orElseThrow(() -> new NotVisible(CaseFiles.RESOURCE));
  }

  public boolean may(CasePart part) {
    return full || parts.contains(part);
  }

  /** Whether notes of this sensitivity are readable. */
  public boolean mayRead(Sensitivity sensitivity) {
    return switch (sensitivity) {
      case NORMAL -> may(CasePart.NOTES);
      case SENSITIVE ->
          full || (parts.contains(CasePart.NOTES) && parts.contains(CasePart.TESTIMONY));
      case CONFIDENTIAL -> full;
    };
  }

  /**
   * Whether a note of this sensitivity may be written: the centre at any level; an organisation the
   * notes are shared with, at the normal level only.
   */
  public boolean mayWrite(Sensitivity sensitivity) {
    return full || (may(CasePart.NOTES) && sensitivity == Sensitivity.NORMAL);
  }
}
