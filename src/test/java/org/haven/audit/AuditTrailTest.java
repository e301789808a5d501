package org.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.haven.support.HavenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail is append-only for the application and any change by the database owner is detected.
 */
@HavenTest
class AuditTrailTest {

  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource application;

  @Autowired
  @Qualifier("flywayDataSource")
  DataSource owner;

  @Test
  void theApplicationRoleCannotUpdateDeleteOrTruncateAuditRows() {
    audit.record(AuditActor.SYSTEM, AuditAction.READ, "Test", UUID.randomUUID().toString());
    assertThatThrownBy(
            () -> jdbc.sql("UPDATE audit.audit_event SET actor = 'someone else'").update())
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit.audit_event").update())
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit.audit_event").update())
        .rootCause()
        .hasMessageContaining("permission denied");
  }

  @Test
  void aRowChangedByTheDatabaseOwnerIsReportedByTheVerifier() throws Exception {
    String marker = UUID.randomUUID().toString();
    audit.record(AuditActor.SYSTEM, AuditAction.READ, "Test", marker);
    audit.record(AuditActor.SYSTEM, AuditAction.READ, "Test", UUID.randomUUID().toString());
    assertThat(audit.verify(AuditActor.SYSTEM).intact()).isTrue();
    long row =
        jdbc.sql("SELECT id FROM audit.audit_event WHERE resource_id = ?")
            .param(marker)
            .query(Long.class)
            .single();
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE audit.audit_event SET actor = 'intruder' WHERE id = " + row);
      try {
        ChainVerification broken = audit.verify(AuditActor.SYSTEM);
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBrokenRow()).isEqualTo(row);
      } finally {
        statement.executeUpdate("UPDATE audit.audit_event SET actor = 'system' WHERE id = " + row);
      }
    }
    assertThat(audit.verify(AuditActor.SYSTEM).intact()).as("restored").isTrue();
  }

  @Test
  void theApplicationConnectsWithTheRestrictedRole() {
    assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("haven_app");
    assertThat(
            jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class)
                .single())
        .isFalse();
  }

  @Autowired PlatformTransactionManager transactions;

  @Test
  void aTransactionsActsJoinTheChainInOrderWhenItCommitsAndVanishWhenItRollsBack()
      throws Exception {
    var tx = new TransactionTemplate(transactions);
    var inner = new TransactionTemplate(transactions);
    inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    String first = UUID.randomUUID().toString();
    String own = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();
    tx.executeWithoutResult(
        status -> {
          audit.record(AuditActor.SYSTEM, AuditAction.READ, "Test", first);
          inner.executeWithoutResult(
              s -> audit.record(AuditActor.SYSTEM, AuditAction.READ, "Test", own));
          assertThat(id(own)).as("an inner transaction commits its own act").isNotNull();
          assertThat(id(first)).as("not before the commit").isNull();
          audit.record(AuditActor.SYSTEM, AuditAction.READ, "Test", second);
        });
    assertThat(id(second)).isEqualTo(id(first) + 1);
    assertThat(id(own)).isLessThan(id(first));

    String rolledBack = UUID.randomUUID().toString();
    tx.executeWithoutResult(
        status -> {
          audit.record(AuditActor.SYSTEM, AuditAction.READ, "Test", rolledBack);
          status.setRollbackOnly();
        });
    assertThat(id(rolledBack)).isNull();

    // many writers at once: the chain never forks
    var pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 40; t++) {
        done.add(
            pool.submit(
                () ->
                    tx.executeWithoutResult(
                        status -> {
                          for (int k = 0; k < 3; k++) {
                            audit.record(
                                AuditActor.SYSTEM,
                                AuditAction.READ,
                                "Test",
                                UUID.randomUUID().toString());
                          }
                        })));
      }
      for (var f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(audit.verify(AuditActor.SYSTEM).intact()).isTrue();
  }

  private Long id(String resource) {
    return jdbc.sql("SELECT id FROM audit.audit_event WHERE resource_id = ?")
        .param(resource)
        .query(Long.class)
        .optional()
        .orElse(null);
  }
}
