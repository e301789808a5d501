package org.haven.information;

import java.time.Instant;
import java.util.UUID;

/** A message arrived from the help pages: when and in which language, nothing else. */
public record AnonymousContactReceived(UUID id, Instant receivedAt, HelpLanguage language) {}
