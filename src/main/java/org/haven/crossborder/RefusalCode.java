package org.haven.crossborder;

/** Why the inbox refused a message; the codes of {@code docs/exchange/answer-v1.schema.json}. */
public enum RefusalCode {
  UNREADABLE(400),
  TOO_LARGE(413),
  NOT_FOR_THIS_INSTALLATION(400),
  UNKNOWN_SENDER(403),
  SUSPENDED_SENDER(403),
  BAD_SIGNATURE(403),
  SCHEMA_VIOLATION(400),
  EXPIRED(400),
  REPLAYED(409),
  CHILD_WITHOUT_GUARDIAN_BASIS(422),
  UNKNOWN_TRANSFER(422),
  REJECTED(422);

  private final int status;

  RefusalCode(int status) {
    this.status = status;
  }

  /** The HTTP status the inbox answers with. */
  public int status() {
    return status;
  }
}
