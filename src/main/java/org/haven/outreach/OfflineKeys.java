package org.haven.outreach;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.haven.access.Actor;
import org.haven.access.InvalidInput;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditOutcome;
import org.haven.audit.AuditTrail;
import org.haven.keys.KeyFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The keys that keep outreach entries made offline unreadable on a lost phone (ADR 0014). The phone
 * encrypts its entries with a fresh AES-GCM key of its own and keeps that key only sealed to this
 * installation's public key (RSA-OAEP with SHA-256), the seal bound to the worker who made it. Only
 * that worker, signed in, gets the key back from here, to send the entries; every opening is
 * audited. The private key lives in a key file next to the data directory ({@code
 * -outreach-offline.key}, PKCS #8) or in {@code HAVEN_OUTREACH_OFFLINE_KEY}, never in the database.
 */
@Component
public class OfflineKeys {

  static final String SEALED = "outreach-offline-key";
  private static final int KEY_BITS = 3072;
  private static final int DATA_KEY_BYTES = 32;

  private final RSAPrivateCrtKey privateKey;
  private final PublicKey publicKey;
  private final AuditTrail audit;

  @Autowired
  OfflineKeys(
      @Value("${haven.outreach.offline-key:}") String configured,
      @Value("${haven.database.data-dir:./data}") Path dataDir,
      AuditTrail audit) {
    this(
        StringUtils.hasText(configured)
            ? KeyFiles.decode(configured, "HAVEN_OUTREACH_OFFLINE_KEY")
            : KeyFiles.readOrCreate(
                KeyFiles.nextTo(dataDir, "outreach-offline.key"),
                "outreach entries sealed offline",
                "HAVEN_OUTREACH_OFFLINE_KEY",
                OfflineKeys::newPrivateKey),
        audit);
  }

  OfflineKeys(byte[] pkcs8, AuditTrail audit) {
    this.audit = audit;
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      if (!(rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)) instanceof RSAPrivateCrtKey key)) {
        throw new IllegalStateException("HAVEN_OUTREACH_OFFLINE_KEY must be an RSA key");
      }
      this.privateKey = key;
      this.publicKey =
          rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HAVEN_OUTREACH_OFFLINE_KEY is not a PKCS #8 RSA key", e);
    }
  }

  static byte[] newPrivateKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_BITS);
      KeyPair pair = generator.generateKeyPair();
      return pair.getPrivate().getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  /** The public key the phone seals its keys to: X.509 SubjectPublicKeyInfo, base64. */
  public String publicKey() {
    return Base64.getEncoder().encodeToString(publicKey.getEncoded());
  }

  /**
   * The label a seal made for this worker carries (RSA-OAEP's label): a key sealed for one worker
   * does not open for another.
   */
  public static String label(Actor worker) {
    return "haven-outreach-offline:" + worker.user().value();
  }

  /**
   * Opens a key the actor's phone sealed: only an outreach worker, and only their own seal. The
   * opening is audited (as a read of the worker's own offline entries).
   */
  public byte[] open(String sealed, Actor by) {
    if (!OutreachPolicy.mayRecord(by)) {
      throw new AccessDeniedException("Only outreach workers keep entries offline");
    }
    byte[] key = decrypt(sealed, label(by));
    audit.record(
        by.audit(),
        AuditAction.READ,
        SEALED,
        by.user().value().toString(),
        AuditOutcome.SUCCESS,
        "key of entries made offline opened for sending");
    return key;
  }

  /** Seals a data key as the phone does (for tests and tools that stand in for a phone). */
  byte[] seal(byte[] dataKey, String label) {
    try {
      Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
      cipher.init(Cipher.ENCRYPT_MODE, publicKey, oaep(label));
      return cipher.doFinal(dataKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA-OAEP is not available", e);
    }
  }

  private byte[] decrypt(String sealed, String label) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(sealed == null ? "" : sealed.strip());
    } catch (IllegalArgumentException notBase64) {
      throw new InvalidInput("sealed", "outreach.offlineKeyUnreadable");
    }
    try {
      Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
      cipher.init(Cipher.DECRYPT_MODE, privateKey, oaep(label));
      byte[] key = cipher.doFinal(bytes);
      if (key.length != DATA_KEY_BYTES) {
        Arrays.fill(key, (byte) 0);
        throw new InvalidInput("sealed", "outreach.offlineKeyUnreadable");
      }
      return key;
    } catch (GeneralSecurityException wrongSealOrWorker) {
      // sealed by another installation, for another worker, or damaged: all look the same
      throw new InvalidInput("sealed", "outreach.offlineKeyUnreadable");
    }
  }

  private static OAEPParameterSpec oaep(String label) {
    return new OAEPParameterSpec(
        "SHA-256",
        "MGF1",
        MGF1ParameterSpec.SHA256,
        new PSource.PSpecified(label.getBytes(StandardCharsets.UTF_8)));
  }
}
