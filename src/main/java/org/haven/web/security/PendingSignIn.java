package org.haven.web.security;

import java.io.Serializable;
import org.haven.access.UserId;

/**
 * The principal between the password and the second factor: only the sign-in steps are open to it.
 */
record PendingSignIn(UserId user) implements Serializable {}
