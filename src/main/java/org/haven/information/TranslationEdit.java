package org.haven.information;

/** A new working text of a translation, with the status it should have and who made it. */
public record TranslationEdit(
    String title, String body, TranslationStatus status, String translator, String reviewer) {}
