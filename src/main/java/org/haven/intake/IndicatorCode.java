package org.haven.intake;

import org.springframework.data.relational.core.mapping.Table;

/** One indicator ticked on a referral, by its catalogue code. */
@Table(schema = "intake", name = "referral_indicator")
record IndicatorCode(String code) {}
