package org.haven.information;

import java.time.Instant;
import java.util.UUID;

/**
 * An anonymous message from the help pages, opened for the centre's hotline staff.
 *
 * @param phone the number to call back in international format, or null when the sender will call
 */
public record ContactMessage(
    UUID id,
    Instant receivedAt,
    HelpLanguage language,
    ReachBack reachBack,
    String phone,
    String message,
    boolean inDanger,
    Instant handledAt) {}
