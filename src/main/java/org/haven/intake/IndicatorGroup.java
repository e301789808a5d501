package org.haven.intake;

import java.util.List;

/** A group of indicators, e.g. control and coercion, with its label in the asked language. */
public record IndicatorGroup(String code, String label, List<Indicator> indicators) {}
