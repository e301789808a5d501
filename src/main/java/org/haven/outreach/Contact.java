package org.haven.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One anonymous contact on an activity. {@code childProtection} is set when a child was met where a
 * child must not be (a venue, a health visit to one, a workplace): the worker is asked to act on
 * it, the contact is kept.
 */
public record Contact(
    UUID id,
    UUID activity,
    LocalDate date,
    int people,
    Sex sex,
    ContactAge ageBand,
    String citizenship,
    String region,
    boolean firstContact,
    List<ContactService> services,
    boolean coded,
    boolean suspicion,
    UUID referral,
    boolean childProtection) {}
