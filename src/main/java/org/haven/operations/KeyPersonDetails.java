package org.haven.operations;

import java.util.UUID;

/**
 * A key person as the centre enters them: the police district (an organisation), name, role,
 * routes.
 */
public record KeyPersonDetails(
    UUID district, String name, Boolean deputy, String phone, String email, String routes) {}
