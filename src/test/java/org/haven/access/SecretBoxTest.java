package org.haven.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  @Test
  void sealsAndOpensWithoutKeepingThePlainText() {
    SecretBox box = new SecretBox(KEY, "", Path.of("unused"));
    String sealed = box.seal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(sealed).startsWith("v1:").doesNotContain("GEZDGNBV");
    assertThat(box.seal("same")).as("a fresh nonce each time").isNotEqualTo(box.seal("same"));
    assertThat(box.open(sealed)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  }

  @Test
  void anotherKeyCannotOpenIt() {
    String sealed = new SecretBox(KEY, "", Path.of("unused")).seal("secret");
    byte[] other = new byte[32];
    other[0] = 1;
    SecretBox wrong =
        new SecretBox(Base64.getEncoder().encodeToString(other), "", Path.of("unused"));
    assertThatThrownBy(() -> wrong.open(sealed)).hasMessageContaining("HAVEN_SECRETS_KEY");
  }

  @Test
  void generatesAKeyFileOnceAndReusesIt() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "keys-");
    Path data = dir.resolve("data");
    String sealed = new SecretBox("", "", data).seal("secret");
    assertThat(SecretBox.defaultKeyFile(data)).exists().hasFileName("data-secrets.key");
    assertThat(new SecretBox("", "", data).open(sealed)).isEqualTo("secret");
  }

  @Test
  void refusesAKeyOfTheWrongLength() {
    assertThatThrownBy(() -> new SecretBox("c2hvcnQ=", "", Path.of("unused")))
        .hasMessageContaining("32 bytes");
  }
}
