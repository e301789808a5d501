package org.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123456Z");
  private static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final AuditChain CHAIN = new AuditChain(new byte[32]);

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
    assertThat(CHAIN.hash(AuditChain.GENESIS, row("a", null, null, null)))
        .isNotEqualTo(CHAIN.hash(AuditChain.GENESIS, row("a", "", null, null)));
  }

  @Test
  void valuesCannotImitateTheSeparator() {
    assertThat(CHAIN.hash(AuditChain.GENESIS, row("a\u001f+b", null, null, null)))
        .isNotEqualTo(CHAIN.hash(AuditChain.GENESIS, row("a", "b", null, null)));
  }

  @Test
  void thePredecessorIsPartOfTheHash() {
    assertThat(CHAIN.hash("1".repeat(64), content("READ", "x"))).isNotEqualTo(hash("READ", "x"));
  }

  @Test
  void theHashNeedsTheKey() {
    AuditChain other = new AuditChain(new byte[] {1, 2, 3});
    assertThat(other.hash(AuditChain.GENESIS, content("READ", "x")))
        .isNotEqualTo(hash("READ", "x"));
    assertThat(AuditChain.legacyHash(AuditChain.GENESIS, content("READ", "x")))
        .as("the unkeyed hash of rows written before the key")
        .isNotEqualTo(hash("READ", "x"));
  }

  @Test
  void theTokenAndItsIssuerArePartOfTheHash() {
    String withoutToken = CHAIN.hash(AuditChain.GENESIS, row("a", "T", null, null));
    String withToken = CHAIN.hash(AuditChain.GENESIS, row("a", "T", "token-1", null));
    String withIssuer = CHAIN.hash(AuditChain.GENESIS, row("a", "T", "token-1", "admin"));
    assertThat(withoutToken).isNotEqualTo(withToken).isNotEqualTo(withIssuer);
    assertThat(withToken).isNotEqualTo(withIssuer);
  }

  private static String hash(String action, String resourceId) {
    return CHAIN.hash(AuditChain.GENESIS, content(action, resourceId));
  }

  private static AuditChain.RowContent content(String action, String resourceId) {
    return new AuditChain.RowContent(
        AT, "a", ORG, action, "T", resourceId, "SUCCESS", null, "r", null, null);
  }

  private static AuditChain.RowContent row(
      String actor, String resourceType, String token, String issuer) {
    return new AuditChain.RowContent(
        AT, actor, ORG, "READ", resourceType, null, "SUCCESS", null, null, token, issuer);
  }
}
