package org.haven.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that anyone may reach (sign-in pages, language switch). Every other handler must
 * carry a {@code @PreAuthorize} rule; a test fails on a handler with neither.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicEndpoint {
  /** Why the endpoint needs no sign-in. */
  String value();
}
