package org.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123456Z");
  private static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-000000000001");

  @Test
  void theSameContentGivesTheSameHash() {
    assertThat(hash("READ", "x")).isEqualTo(hash("READ", "x")).hasSize(64);
  }

  @Test
  void anyChangedFieldChangesTheHash() {
    assertThat(hash("READ", "x")).isNotEqualTo(hash("UPDATE", "x")).isNotEqualTo(hash("READ", "y"));
  }

  @Test
  void nullAndEmptyAreDifferent() {
    assertThat(
            AuditChain.hash(
                AuditChain.GENESIS, AT, "a", ORG, "READ", null, null, "SUCCESS", null, null))
        .isNotEqualTo(
            AuditChain.hash(
                AuditChain.GENESIS, AT, "a", ORG, "READ", "", null, "SUCCESS", null, null));
  }

  @Test
  void valuesCannotImitateTheSeparator() {
    assertThat(
            AuditChain.hash(
                AuditChain.GENESIS,
                AT,
                "a\u001f+b",
                ORG,
                "READ",
                null,
                null,
                "SUCCESS",
                null,
                null))
        .isNotEqualTo(
            AuditChain.hash(
                AuditChain.GENESIS, AT, "a", ORG, "READ", "b", null, "SUCCESS", null, null));
  }

  @Test
  void thePredecessorIsPartOfTheHash() {
    assertThat(
            AuditChain.hash("1".repeat(64), AT, "a", ORG, "READ", "T", "x", "SUCCESS", null, null))
        .isNotEqualTo(hash("READ", "x"));
  }

  private static String hash(String action, String resourceId) {
    return AuditChain.hash(
        AuditChain.GENESIS, AT, "a", ORG, action, "T", resourceId, "SUCCESS", null, "r");
  }
}
