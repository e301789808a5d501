package org.haven.crossborder;

import java.util.UUID;

/**
 * A message the inbox does not take: nothing of it is stored, the sender gets the code and an
 * English sentence for its operator (never a word of the message's content).
 */
final class Refused extends RuntimeException {

  final RefusalCode code;
  final UUID messageId;

  Refused(RefusalCode code, String message) {
    this(code, message, null);
  }

  Refused(RefusalCode code, String message, UUID messageId) {
    super(message, null, false, false);
    this.code = code;
    this.messageId = messageId;
  }

  Refused about(UUID message) {
    return messageId != null ? this : new Refused(code, getMessage(), message);
  }
}
