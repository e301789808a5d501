package org.haven.funding;

/** The ministry's or the centre's answer to a submitted report. */
public record ReportReview(boolean accepted, String note) {}
