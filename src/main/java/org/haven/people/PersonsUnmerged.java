package org.haven.people;

import java.util.UUID;

/**
 * A merge was undone: every module moves back to {@code absorbed} what it moved to {@code survivor}
 * for {@code merge}, within the unmerge's transaction. Carries ids only.
 */
public record PersonsUnmerged(PersonId survivor, PersonId absorbed, UUID merge) {}
