package org.haven.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.haven.access.Actor;
import org.haven.access.Language;
import org.haven.access.OrganisationId;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.access.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who decides, for every residence status, and who may record it. */
class CompetentAuthorityPolicyTest {

  @Test
  void theCompetentAuthorityFollowsTheResidenceStatus() {
    assertThat(CompetentAuthorityPolicy.competentFor(ResidenceStatus.LEGAL_RESIDENCE))
        .contains(Authority.NATIONAL_CENTRE);
    assertThat(CompetentAuthorityPolicy.competentFor(ResidenceStatus.EU_CITIZEN))
        .contains(Authority.NATIONAL_CENTRE);
    assertThat(CompetentAuthorityPolicy.competentFor(ResidenceStatus.NO_LEGAL_RESIDENCE))
        .contains(Authority.IMMIGRATION_SERVICE);
    assertThat(CompetentAuthorityPolicy.competentFor(ResidenceStatus.ASYLUM_SEEKER))
        .contains(Authority.IMMIGRATION_SERVICE);
    assertThat(CompetentAuthorityPolicy.competentFor(ResidenceStatus.UNKNOWN))
        .isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @EnumSource(ResidenceStatus.class)
  void everyResidenceStatusHasAPeriodKind(ResidenceStatus status) {
    PeriodType expected =
        status == ResidenceStatus.LEGAL_RESIDENCE || status == ResidenceStatus.EU_CITIZEN
            ? PeriodType.RESTITUTION
            : PeriodType.REFLECTION;
    assertThat(CompetentAuthorityPolicy.periodFor(status)).isEqualTo(expected);
  }

  @Test
  void eachAuthorityIsRecordedByItsOwnStaffOrByTheCentreOnItsBehalf() {
    Actor centre = actor(Role.CENTRE_CASEWORKER);
    Actor officer = actor(Role.IMMIGRATION_OFFICER);
    Actor ngo = actor(Role.NGO_WORKER);
    OrganisationType c = OrganisationType.NATIONAL_CENTRE;
    OrganisationType is = OrganisationType.IMMIGRATION_SERVICE;

    assertThat(CompetentAuthorityPolicy.mayRecord(Authority.NATIONAL_CENTRE, centre, c, false))
        .isTrue();
    assertThat(CompetentAuthorityPolicy.mayRecord(Authority.NATIONAL_CENTRE, officer, is, false))
        .isFalse();
    assertThat(
            CompetentAuthorityPolicy.mayRecord(Authority.IMMIGRATION_SERVICE, officer, is, false))
        .isTrue();
    assertThat(CompetentAuthorityPolicy.mayRecord(Authority.IMMIGRATION_SERVICE, centre, c, false))
        .as("the centre must say it records on the service's behalf")
        .isFalse();
    assertThat(CompetentAuthorityPolicy.mayRecord(Authority.IMMIGRATION_SERVICE, centre, c, true))
        .isTrue();
    assertThat(CompetentAuthorityPolicy.mayRecord(Authority.COURT, centre, c, true)).isTrue();
    assertThat(CompetentAuthorityPolicy.mayRecord(Authority.COURT, officer, is, false)).isFalse();
    assertThat(
            CompetentAuthorityPolicy.mayRecord(
                Authority.NATIONAL_CENTRE, ngo, OrganisationType.NGO, false))
        .isFalse();
    assertThat(
            CompetentAuthorityPolicy.mayRecord(
                Authority.IMMIGRATION_SERVICE, officer, OrganisationType.POLICE_DISTRICT, false))
        .as("the role alone is not enough: the organisation must be the immigration service")
        .isFalse();
  }

  static Actor actor(Role role) {
    return new Actor(
        new UserId(UUID.randomUUID()),
        new OrganisationId(UUID.randomUUID()),
        "Test",
        Set.of(role),
        Language.EN,
        Instant.now());
  }
}
