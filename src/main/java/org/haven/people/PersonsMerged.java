package org.haven.people;

import java.util.UUID;

/**
 * The centre judged two records to be one person: {@code absorbed} is kept as history and every
 * module re-points its references to {@code survivor}, within the merge's own transaction (so a
 * module may refuse the merge by throwing). Carries ids only.
 *
 * @param merge the merge, by which {@link PersonsUnmerged} undoes exactly what was moved
 */
public record PersonsMerged(PersonId survivor, PersonId absorbed, UUID merge) {}
