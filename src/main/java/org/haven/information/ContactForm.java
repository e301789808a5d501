package org.haven.information;

/**
 * The contact form as sent from a public page, every answer as typed: checked by {@link
 * ContactMessages#receive}.
 *
 * @param language the code of the language the sender speaks
 * @param reachBack {@code PHONE} or {@code WILL_CALL}
 * @param inDanger {@code yes} or {@code no}
 */
public record ContactForm(
    String language, String reachBack, String phone, String message, String inDanger) {}
