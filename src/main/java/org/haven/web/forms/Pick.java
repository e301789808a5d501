package org.haven.web.forms;

/** One choice of a drop-down that is not an enum: what is sent, and what the reader sees. */
public record Pick(String value, String label) {}
