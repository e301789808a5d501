package org.haven.operations;

import java.util.UUID;

/**
 * A police district's key person for trafficking, or a deputy, with the routes to reach them. The
 * district's name and region are the organisation's.
 */
public record KeyPerson(
    UUID id,
    UUID district,
    String districtName,
    String region,
    String name,
    boolean deputy,
    String phone,
    String email,
    String routes,
    long version) {}
