package org.haven.funding;

import java.util.List;
import java.util.UUID;

/** An initiative's indicator: what is measured, in which unit, with a target for each year. */
public record PlanIndicator(
    UUID id, String name, String unit, Measure measure, List<YearAmount> targets) {}
