package org.haven.operations;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A joint action's day was recorded (or corrected): the counts only, for the numbers — no address,
 * no finding text.
 *
 * @param leadType the kind of organisation that led it ({@code POLICE_DISTRICT}, {@code
 *     TAX_AGENCY}, …)
 * @param sector the ISIC section letter
 */
public record JointActionRecorded(
    UUID action,
    LocalDate heldOn,
    String leadType,
    String sector,
    int personsMet,
    int screenings,
    int interviews,
    int declined) {}
