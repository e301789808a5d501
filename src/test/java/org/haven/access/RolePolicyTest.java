package org.haven.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Roles fit the organisation's kind, and administration and audit are held alone. */
class RolePolicyTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  @Test
  void everyRoleFitsAtLeastOneKindOfOrganisationAndTheCentresRolesOnlyTheCentre() {
    for (Role role : Role.values()) {
      assertThat(RolePolicy.organisationsFor(role)).as(role.name()).isNotEmpty();
    }
    for (Role centre : Set.of(Role.ADMINISTRATOR, Role.CENTRE_CASEWORKER, Role.CENTRE_ANALYST)) {
      assertThat(RolePolicy.organisationsFor(centre))
          .containsExactly(OrganisationType.NATIONAL_CENTRE);
    }
    assertThat(RolePolicy.rolesFor(OrganisationType.POLICE_DISTRICT))
        .containsExactly(Role.POLICE_KEY_PERSON);
    assertThat(RolePolicy.rolesFor(OrganisationType.NGO))
        .contains(Role.NGO_WORKER, Role.SHELTER_STAFF)
        .doesNotContain(Role.CENTRE_CASEWORKER, Role.ADMINISTRATOR);
  }

  @Test
  void anNgoWorkerCannotHoldTheCentresCaseworkRole() {
    Organisation ngo = organisation(OrganisationType.NGO);
    assertThatThrownBy(() -> account(ngo, EnumSet.of(Role.CENTRE_CASEWORKER)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.field()).isEqualTo("roles");
              assertThat(e.messageKey()).isEqualTo("user.roleDoesNotFit");
            });
    assertThat(account(ngo, EnumSet.of(Role.NGO_WORKER, Role.SHELTER_STAFF)).roles())
        .containsExactlyInAnyOrder(Role.NGO_WORKER, Role.SHELTER_STAFF);
  }

  @Test
  void administrationAndAuditAreHeldAlone() {
    Organisation centre = organisation(OrganisationType.NATIONAL_CENTRE);
    for (Set<Role> mixed :
        Set.of(
            EnumSet.of(Role.ADMINISTRATOR, Role.CENTRE_CASEWORKER),
            EnumSet.of(Role.ADMINISTRATOR, Role.AUDITOR),
            EnumSet.of(Role.AUDITOR, Role.CENTRE_ANALYST))) {
      assertThatThrownBy(() -> account(centre, mixed))
          .as(mixed.toString())
          .isInstanceOfSatisfying(
              InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("user.rolesSeparated"));
    }
    assertThat(account(centre, EnumSet.of(Role.CENTRE_CASEWORKER, Role.CENTRE_ANALYST)).roles())
        .hasSize(2);
  }

  @Test
  void aChangeOfRolesIsHeldToTheSameRules() {
    Organisation centre = organisation(OrganisationType.NATIONAL_CENTRE);
    UserAccount caseworker = account(centre, EnumSet.of(Role.CENTRE_CASEWORKER));
    UserId admin = UserId.random();
    assertThatThrownBy(
            () ->
                caseworker.change(
                    "Case Worker",
                    centre,
                    EnumSet.of(Role.CENTRE_CASEWORKER, Role.ADMINISTRATOR),
                    Language.EN,
                    true,
                    admin,
                    NOW))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () ->
                caseworker.change(
                    "Case Worker",
                    organisation(OrganisationType.MUNICIPALITY),
                    EnumSet.of(Role.CENTRE_CASEWORKER),
                    Language.EN,
                    true,
                    admin,
                    NOW))
        .as("moved to a municipality, the centre's role no longer fits")
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aMachineAccountNeverSignsIn() {
    UserAccount machine =
        UserAccount.createService(
            "system@police.example",
            "Police case system",
            organisation(OrganisationType.POLICE_DISTRICT),
            EnumSet.of(Role.POLICE_KEY_PERSON),
            Language.EN,
            NOW);
    assertThat(machine.serviceAccount()).isTrue();
    assertThat(machine.maySignIn()).isFalse();
    assertThatThrownBy(() -> machine.resetPassword("hash", NOW)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> machine.beginEnrolment("secret")).isInstanceOf(InvalidInput.class);
  }

  private static UserAccount account(Organisation organisation, Set<Role> roles) {
    return UserAccount.create(
        "someone-" + UUID.randomUUID() + "@haven.test",
        "Someone",
        organisation,
        roles,
        Language.EN,
        "hash",
        NOW);
  }

  private static Organisation organisation(OrganisationType type) {
    return Organisation.create(type.name() + " " + UUID.randomUUID(), type, "DK", null, NOW);
  }
}
