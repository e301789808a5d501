package org.haven.intake;

/** One indicator of the catalogue, with its text in the asked language. */
public record Indicator(String code, String group, String label, String help) {}
