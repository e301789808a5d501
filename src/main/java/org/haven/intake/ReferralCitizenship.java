package org.haven.intake;

import org.springframework.data.relational.core.mapping.Table;

/** One citizenship of the referred person (ISO 3166). */
@Table(schema = "intake", name = "referral_citizenship")
record ReferralCitizenship(String country) {}
