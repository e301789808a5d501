package org.haven.access;

/** A token just issued, with its secret: the only time the secret is ever shown. */
public record IssuedToken(ApiToken token, String secret) {}
