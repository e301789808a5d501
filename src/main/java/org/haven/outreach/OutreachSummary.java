package org.haven.outreach;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Outreach in a period, counted: activities by type and hours, people met (a group counts each
 * person), first and repeat contacts, the coded contacts' distinct pseudonyms, people by sex and
 * age band, services given, suspicions and referrals. Never a name, never a venue.
 */
public record OutreachSummary(
    LocalDate from,
    LocalDate to,
    UUID organisation,
    long activities,
    Map<ActivityType, Long> activitiesByType,
    long minutes,
    long contacts,
    long firstContacts,
    long repeatContacts,
    long distinctCodes,
    Map<Sex, Long> contactsBySex,
    Map<ContactAge, Long> contactsByAgeBand,
    Map<ContactService, Long> services,
    long suspicions,
    long referrals) {}
