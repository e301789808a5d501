package org.haven.outreach;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.haven.keys.KeyFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Turns the pseudonym agreed with a contact into a keyed hash (HMAC-SHA-256 over the organisation
 * and the pseudonym, letters folded and spaces dropped), so that a repeat contact is recognised
 * within the NGO and the pseudonym itself is never stored. The key comes from {@code
 * HAVEN_OUTREACH_KEY} (32 bytes, base64) or a key file generated once next to the data directory.
 */
@Component
class ContactCodes {

  private final SecretKeySpec key;

  ContactCodes(
      @Value("${haven.outreach.key:}") String configured,
      @Value("${haven.database.data-dir:./data}") Path dataDir) {
    byte[] bytes =
        StringUtils.hasText(configured)
            ? KeyFiles.decode(configured, "HAVEN_OUTREACH_KEY")
            : KeyFiles.readOrCreate(
                KeyFiles.nextTo(dataDir, "outreach.key"),
                "outreach pseudonyms",
                "HAVEN_OUTREACH_KEY");
    this.key = new SecretKeySpec(bytes, "HmacSHA256");
  }

  /** The hash of a pseudonym, or null when none was given. */
  String hash(UUID organisation, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String folded =
        Normalizer.normalize(code, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[\\s\\-_.]", "")
            .toUpperCase(Locale.ROOT);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(organisation.toString().getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(folded.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }
}
