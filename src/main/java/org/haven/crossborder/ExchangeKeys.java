package org.haven.crossborder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.haven.keys.KeyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This installation's exchange keys: a signing key pair (ES256) and an encryption key pair (ECDH-ES
 * on P-256), generated at the first start and kept in the key file {@code -exchange.jwks} beside
 * the data directory (a JWK set with the private parts, readable by its owner only), never in the
 * database. Rotation puts a new pair first and keeps the previous pair for an overlap: envelopes
 * sealed to the old encryption key still open, and partners may still verify the old signing key
 * until they have the new one. At most two generations are kept.
 */
@Component
public class ExchangeKeys {

  private static final Logger log = LoggerFactory.getLogger(ExchangeKeys.class);
  static final String FILE = "exchange.jwks";
  private static final int GENERATIONS = 2;

  private final Path file;
  private volatile List<ECKey> keys;

  @Autowired
  ExchangeKeys(@Value("${haven.database.data-dir:./data}") Path dataDir) {
    this.file = KeyFiles.nextTo(dataDir, FILE);
    this.keys =
        parse(
            KeyFiles.readOrCreate(
                file,
                "cross-border envelopes",
                "the exchange key file",
                () -> serialise(newGeneration())));
  }

  /** Keys given directly (tests). */
  ExchangeKeys(List<ECKey> keys) {
    this.file = null;
    this.keys = List.copyOf(keys);
  }

  /** The key that signs what this installation sends: the newest signing key. */
  ECKey signingKey() {
    return keys.stream()
        .filter(k -> KeyUse.SIGNATURE.equals(k.getKeyUse()))
        .findFirst()
        .orElseThrow();
  }

  /** The private encryption key with this key id, if it is one of ours (current or previous). */
  Optional<ECKey> decryptionKey(String kid) {
    return keys.stream()
        .filter(k -> KeyUse.ENCRYPTION.equals(k.getKeyUse()) && k.getKeyID().equals(kid))
        .findFirst();
  }

  /** The public halves of every key kept, newest first: what partners register. */
  public JWKSet publicKeys() {
    return new JWKSet(keys.stream().map(k -> (JWK) k.toPublicJWK()).toList());
  }

  /** The fingerprint an administrator reads to a partner's administrator out of band. */
  public String fingerprint() {
    return Fingerprints.of(publicKeys());
  }

  /**
   * Makes a new signing and encryption pair current and keeps the previous pair for the overlap;
   * older pairs are dropped. The key file is replaced whole (a new file moved over the old).
   */
  public synchronized void rotate() {
    List<ECKey> next = new ArrayList<>(newGeneration());
    next.addAll(keys.subList(0, Math.min(keys.size(), 2 * (GENERATIONS - 1))));
    if (file != null) {
      Path fresh = file.resolveSibling(file.getFileName() + ".new");
      try {
        Files.deleteIfExists(fresh);
        KeyFiles.writeOwnerOnly(fresh, Base64.getEncoder().encodeToString(serialise(next)));
        Files.move(
            fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new IllegalStateException("Could not replace the exchange key file " + file, e);
      }
      log.info("Exchange keys rotated; the previous pair is kept for the overlap");
    }
    this.keys = List.copyOf(next);
  }

  static List<ECKey> newGeneration() {
    try {
      ECKey signing =
          new ECKeyGenerator(Curve.P_256)
              .keyUse(KeyUse.SIGNATURE)
              .keyIDFromThumbprint(true)
              .generate();
      ECKey encryption =
          new ECKeyGenerator(Curve.P_256)
              .keyUse(KeyUse.ENCRYPTION)
              .keyIDFromThumbprint(true)
              .generate();
      return List.of(signing, encryption);
    } catch (JOSEException e) {
      throw new IllegalStateException("EC P-256 keys are not available", e);
    }
  }

  private static byte[] serialise(List<ECKey> keys) {
    return new JWKSet(keys.stream().map(k -> (JWK) k).toList())
        .toString(false)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static List<ECKey> parse(byte[] json) {
    try {
      List<ECKey> parsed =
          JWKSet.parse(new String(json, StandardCharsets.UTF_8)).getKeys().stream()
              .map(JWK::toECKey)
              .toList();
      if (parsed.stream().noneMatch(k -> KeyUse.SIGNATURE.equals(k.getKeyUse()) && k.isPrivate())
          || parsed.stream()
              .noneMatch(k -> KeyUse.ENCRYPTION.equals(k.getKeyUse()) && k.isPrivate())) {
        throw new IllegalStateException(
            "The exchange key file must hold a private signing and a private encryption key");
      }
      return parsed;
    } catch (ParseException | ClassCastException e) {
      throw new IllegalStateException("The exchange key file is not a JWK set of EC keys", e);
    }
  }
}
