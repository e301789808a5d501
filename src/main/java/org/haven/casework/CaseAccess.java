package org.haven.casework;

import java.util.Set;
import java.util.UUID;

/**
 * How an actor reaches a case: in full (the centre) or through one share, with its parts.
 *
 * @param share the share used, or null for full access
 */
public record CaseAccess(boolean full, Set<CasePart> parts, UUID share) {

  public CaseAccess {
    parts = Set.copyOf(parts);
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
}
