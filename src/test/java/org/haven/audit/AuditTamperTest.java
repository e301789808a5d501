package org.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the owner of the database can do to the trail, and what the verifier reports: an edit
 * rehashed without the key, an edit rehashed with the key (found by the checkpoints outside the
 * database), rows cut from the end, a row deleted in the middle, two rows swapped, and a forged
 * checkpoint. Each is reported with the first row that disagrees; each test puts the trail back.
 * Runs on a database of its own, so that tampering never meets another test.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = {
      "haven.database.data-dir=target/test-db/tamper-${random.uuid}",
      "haven.database.embedded-clean-on-close=true",
      "haven.admin.email=tamper-admin@haven.test",
      "haven.audit.checkpoint-first=PT1H",
      "haven.matching.review-scan=false"
    })
class AuditTamperTest {

  @Autowired AuditTrail audit;
  @Autowired AuditKey key;
  @Autowired AuditCheckpoints checkpoints;

  @Autowired
  @Qualifier("flywayDataSource")
  DataSource ownerSource;

  JdbcClient owner;
  List<Row> before;
  byte[] checkpointsBefore;

  /** Ten rows anchored by a checkpoint (the first five), then five more anchored by another. */
  List<Long> anchored;

  List<Long> recent;

  @BeforeEach
  void anchoredTrail() throws Exception {
    owner = JdbcClient.create(ownerSource);
    anchored = record(5);
    assertThat(audit.verifyChain().intact()).isTrue();
    recent = record(30);
    ChainVerification intact = audit.verifyChain();
    assertThat(intact.intact()).isTrue();
    assertThat(intact.anchoredRows()).isEqualTo(intact.rows());
    before = rows();
    checkpointsBefore = Files.readAllBytes(checkpoints.file());
  }

  @AfterEach
  void restore() throws Exception {
    owner.sql("DELETE FROM audit.audit_event").update();
    for (Row row : before) {
      owner
          .sql(
              """
              INSERT INTO audit.audit_event (id, occurred_at, actor, organisation, action, resource_type,
                resource_id, outcome, purpose, request_id, token_id, token_issuer, previous_hash, hash, keyed)
              OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(row.values())
          .update();
    }
    Files.write(checkpoints.file(), checkpointsBefore, StandardOpenOption.TRUNCATE_EXISTING);
    assertThat(audit.verifyChain().intact()).as("the trail is back as it was").isTrue();
  }

  @Test
  void anEditRehashedWithoutTheKeyIsFoundAtTheEditedRow() {
    long edited = recent.get(3);
    owner
        .sql("UPDATE audit.audit_event SET actor = 'intruder' WHERE id = ?")
        .param(edited)
        .update();
    // the best an attacker without the key can do: recompute every later hash, unkeyed
    rehash(edited, false);

    ChainVerification verification = audit.verifyChain();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.ROW_CHANGED);
    assertThat(verification.firstBrokenRow()).isEqualTo(edited);
  }

  @Test
  void anEditRehashedWithTheKeyIsFoundByTheCheckpointsOutsideTheDatabase() {
    long edited = recent.get(0);
    owner
        .sql("UPDATE audit.audit_event SET actor = 'intruder' WHERE id = ?")
        .param(edited)
        .update();
    rehash(edited, true);

    ChainVerification verification = audit.verifyChain();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.CHAIN_REWRITTEN);
    assertThat(verification.firstBrokenRow()).isEqualTo(edited);
  }

  @Test
  void rowsCutFromTheEndAreFound() {
    List<Long> cut = recent.subList(recent.size() - 25, recent.size());
    owner.sql("DELETE FROM audit.audit_event WHERE id >= ?").param(cut.get(0)).update();

    ChainVerification verification = audit.verifyChain();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.ROWS_MISSING);
    assertThat(verification.firstBrokenRow()).isEqualTo(cut.get(0));
  }

  @Test
  void aRowDeletedInTheMiddleIsFoundAtTheRowAfterIt() {
    owner.sql("DELETE FROM audit.audit_event WHERE id = ?").param(recent.get(10)).update();

    ChainVerification verification = audit.verifyChain();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.ROW_CHANGED);
    assertThat(verification.firstBrokenRow()).isEqualTo(recent.get(11));
  }

  @Test
  void twoRowsSwappedAreFoundAtTheFirstOfThem() {
    long first = recent.get(5);
    long second = recent.get(6);
    // ids are generated and cannot be set: the rows' contents trade places instead
    owner
        .sql(
            """
            UPDATE audit.audit_event a SET occurred_at = b.occurred_at, actor = b.actor,
              organisation = b.organisation, action = b.action, resource_type = b.resource_type,
              resource_id = b.resource_id, outcome = b.outcome, purpose = b.purpose,
              request_id = b.request_id, token_id = b.token_id, token_issuer = b.token_issuer,
              previous_hash = b.previous_hash, hash = b.hash, keyed = b.keyed
            FROM audit.audit_event b
            WHERE (a.id, b.id) IN ((?, ?), (?, ?))
            """)
        .params(first, second, second, first)
        .update();

    ChainVerification verification = audit.verifyChain();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.ROW_CHANGED);
    assertThat(verification.firstBrokenRow()).isEqualTo(first);
  }

  @Test
  void aCheckpointLineWithoutAValidSignatureIsReported() throws Exception {
    String forged =
        "v1 at=2026-01-01T00:00:00Z rows=1 last=1 head=" + "0".repeat(64) + " legacy=0 sig=00\n";
    Files.writeString(checkpoints.file(), forged, StandardOpenOption.APPEND);

    ChainVerification verification = audit.verifyChain();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.CHECKPOINT_FORGED);
  }

  @Test
  void readingTheVerificationIsItselfAudited() {
    AuditActor auditor = new AuditActor(UUID.randomUUID().toString(), null);
    assertThat(audit.verify(auditor).intact()).isTrue();
    assertThat(
            owner
                .sql(
                    "SELECT count(*) FROM audit.audit_event WHERE actor = ? AND resource_type = 'AuditChain' AND action = 'READ'")
                .param(auditor.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    before = rows(); // the reading's own row belongs to the trail now
  }

  /** Recomputes every hash from row {@code from} on, keyed (with the stolen key) or not. */
  private void rehash(long from, boolean withKey) {
    AuditChain chain = key.chain();
    List<Row> rows = rows();
    String previous = AuditChain.GENESIS;
    for (Row row : rows) {
      if (row.id() >= from) {
        AuditChain.RowContent content = row.content();
        String hash =
            withKey ? chain.hash(previous, content) : AuditChain.legacyHash(previous, content);
        owner
            .sql("UPDATE audit.audit_event SET previous_hash = ?, hash = ?, keyed = ? WHERE id = ?")
            .params(previous, hash, withKey, row.id())
            .update();
        previous = hash;
      } else {
        previous = row.hash();
      }
    }
  }

  private List<Long> record(int count) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String marker = UUID.randomUUID().toString();
      audit.record(AuditActor.SYSTEM, AuditAction.READ, "Tamper", marker);
      ids.add(
          owner
              .sql("SELECT id FROM audit.audit_event WHERE resource_id = ?")
              .param(marker)
              .query(Long.class)
              .single());
    }
    return ids;
  }

  private List<Row> rows() {
    return owner
        .sql("SELECT * FROM audit.audit_event ORDER BY id")
        .query(
            (rs, n) ->
                new Row(
                    rs.getLong("id"),
                    rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("actor"),
                    rs.getObject("organisation", UUID.class),
                    rs.getString("action"),
                    rs.getString("resource_type"),
                    rs.getString("resource_id"),
                    rs.getString("outcome"),
                    rs.getString("purpose"),
                    rs.getString("request_id"),
                    rs.getString("token_id"),
                    rs.getString("token_issuer"),
                    rs.getString("previous_hash"),
                    rs.getString("hash"),
                    rs.getBoolean("keyed")))
        .list();
  }

  private record Row(
      long id,
      OffsetDateTime occurredAt,
      String actor,
      UUID organisation,
      String action,
      String resourceType,
      String resourceId,
      String outcome,
      String purpose,
      String requestId,
      String token,
      String tokenIssuer,
      String previousHash,
      String hash,
      boolean keyed) {

    Object[] values() {
      return new Object[] {
        id,
        occurredAt,
        actor,
        organisation,
        action,
        resourceType,
        resourceId,
        outcome,
        purpose,
        requestId,
        token,
        tokenIssuer,
        previousHash,
        hash,
        keyed
      };
    }

    AuditChain.RowContent content() {
      return new AuditChain.RowContent(
          occurredAt.toInstant(),
          actor,
          organisation,
          action,
          resourceType,
          resourceId,
          outcome,
          purpose,
          requestId,
          token,
          tokenIssuer);
    }
  }
}
