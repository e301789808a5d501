package org.haven.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Text sealed at rest with AES-256-GCM under one key: {@code v1:} and, in base64, a fresh 12-byte
 * nonce followed by the ciphertext and its tag. A copy of the database alone reveals nothing of it;
 * a changed byte is refused, never read wrong.
 */
public final class SealedText {

  private static final String PREFIX = "v1:";
  private static final int IV_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;
  private final String setting;

  /**
   * @param key 32 bytes
   * @param setting the setting that holds the key, named when a stored text cannot be opened
   */
  public SealedText(byte[] key, String setting) {
    if (key.length != 32) {
      throw new IllegalStateException(setting + " must be 32 bytes in base64");
    }
    this.key = new SecretKeySpec(key, "AES");
    this.setting = setting;
  }

  public String seal(String plain) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(sealed, 0, out, iv.length, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt a text", e);
    }
  }

  /** The text, or null for null; refuses a text that was not sealed or not with this key. */
  public String open(String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(PREFIX)) {
      throw new IllegalStateException("A stored text is not encrypted");
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
      return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "Could not decrypt a stored text: is "
              + setting
              + " (or its key file) the one it was made with?");
    }
  }
}
