package org.haven.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Base64;
import org.haven.access.AccessFixtures;
import org.haven.access.AccessFixtures.TestUser;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.access.Organisation;
import org.haven.access.OrganisationType;
import org.haven.access.Role;
import org.haven.audit.AuditTrail;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The seal on a phone's offline key (ADR 0014): it opens for the worker who made it, signed in, and
 * for nobody else; a damaged seal is refused like a foreign one; each opening is audited; the key
 * pair is made once and kept in an owner-only key file.
 */
@HavenTest
class OfflineKeysTest {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Autowired OfflineKeys keys;
  @Autowired AccessFixtures fixtures;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  @Test
  void aSealOpensForTheWorkerWhoMadeItAndIsAudited() {
    Actor worker = fixtures.user(Role.NGO_WORKER).actor();
    byte[] dataKey = dataKey();
    String sealed = seal(dataKey, worker);

    assertThat(keys.open(sealed, worker)).isEqualTo(dataKey);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit.audit_event WHERE actor = ? AND resource_type = ? AND action = 'READ'")
                .params(worker.user().toString(), OfflineKeys.SEALED)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anotherWorkerCannotOpenIt() {
    Organisation ngo = fixtures.organisation(OrganisationType.NGO);
    TestUser owner = fixtures.user(ngo, Role.NGO_WORKER);
    Actor sameOrganisation = fixtures.user(ngo, Role.NGO_WORKER).actor();
    String sealed = seal(dataKey(), owner.actor());

    assertThatThrownBy(() -> keys.open(sealed, sameOrganisation)).isInstanceOf(InvalidInput.class);
  }

  @Test
  void onlyOutreachWorkersOpenSeals() {
    Actor caseworker = fixtures.user(Role.CENTRE_CASEWORKER).actor();
    String sealed = seal(dataKey(), caseworker);

    assertThatThrownBy(() -> keys.open(sealed, caseworker))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aDamagedOrForeignSealIsRefusedTheSameWay() {
    Actor worker = fixtures.user(Role.NGO_WORKER).actor();
    byte[] sealed = Base64.getDecoder().decode(seal(dataKey(), worker));
    sealed[sealed.length / 2] ^= 1;

    assertThatThrownBy(() -> keys.open(Base64.getEncoder().encodeToString(sealed), worker))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> keys.open("not base64 at all!", worker))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> keys.open(null, worker)).isInstanceOf(InvalidInput.class);
    OfflineKeys elsewhere = new OfflineKeys(OfflineKeys.newPrivateKey(), audit);
    String foreign =
        Base64.getEncoder().encodeToString(elsewhere.seal(dataKey(), OfflineKeys.label(worker)));
    assertThatThrownBy(() -> keys.open(foreign, worker)).isInstanceOf(InvalidInput.class);
  }

  @Test
  void theKeyPairIsMadeOnceInAnOwnerOnlyFile(@TempDir Path directory) throws Exception {
    Path dataDir = directory.resolve("data");
    OfflineKeys first = new OfflineKeys("", dataDir, audit);
    OfflineKeys second = new OfflineKeys("", dataDir, audit);

    assertThat(second.publicKey()).isEqualTo(first.publicKey());
    Path file = directory.resolve("data-outreach-offline.key");
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.readString(file)).doesNotContain(first.publicKey());
  }

  private String seal(byte[] dataKey, Actor worker) {
    return Base64.getEncoder().encodeToString(keys.seal(dataKey, OfflineKeys.label(worker)));
  }

  private static byte[] dataKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }
}
