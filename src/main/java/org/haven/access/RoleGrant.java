package org.haven.access;

import org.springframework.data.relational.core.mapping.Table;

/** One role held by a user account (a row of {@code access.user_role}). */
@Table(schema = "access", name = "user_role")
record RoleGrant(Role role) {}
