package org.haven.crossborder;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The envelope's cryptography (docs/exchange/README.md): the content, a JSON document, is signed as
 * a compact JWS (ES256, {@code typ} {@value #ENVELOPE_TYPE}, {@code kid} the signing key's RFC 7638
 * thumbprint) and that JWS is encrypted to the recipient's encryption key as a compact JWE
 * (ECDH-ES, A256GCM, {@code cty} JOSE, {@code kid} the recipient key's thumbprint). The answer to
 * every delivery is a compact JWS of its own type {@value #ANSWER_TYPE}, so one can never pass for
 * the other. Pure: no Spring, no database.
 */
final class Envelopes {

  static final String ENVELOPE_TYPE = "haven-envelope-v1";
  static final String ANSWER_TYPE = "haven-answer-v1";

  private Envelopes() {}

  /** Signs {@code json} with {@code signer} and encrypts the JWS to {@code recipient}. */
  static String seal(String json, ECKey signer, ECKey recipient) {
    try {
      JWEObject jwe =
          new JWEObject(
              new JWEHeader.Builder(JWEAlgorithm.ECDH_ES, EncryptionMethod.A256GCM)
                  .keyID(recipient.getKeyID())
                  .contentType("JOSE")
                  .build(),
              new Payload(sign(json, signer, ENVELOPE_TYPE)));
      jwe.encrypt(new ECDHEncrypter(recipient.toECPublicKey()));
      return jwe.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("The envelope could not be encrypted", e);
    }
  }

  /** A compact JWS of {@code json} by {@code signer}, of the given {@code typ}. */
  static String sign(String json, ECKey signer, String type) {
    try {
      JWSObject jws =
          new JWSObject(
              new JWSHeader.Builder(JWSAlgorithm.ES256)
                  .keyID(signer.getKeyID())
                  .type(new JOSEObjectType(type))
                  .build(),
              new Payload(json));
      jws.sign(new ECDSASigner(signer));
      return jws.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("The envelope could not be signed", e);
    }
  }

  /** An envelope opened: the signed JWS inside, not yet verified. */
  record Opened(JWSObject signed) {
    String signerKeyId() {
      return signed.getHeader().getKeyID();
    }

    String content() {
      return signed.getPayload().toString();
    }
  }

  /**
   * Decrypts an envelope with the one of {@code ours} its header names. Refuses what is not a
   * compact JWE of the agreed algorithms, what is sealed to a key that is not ours, and what does
   * not decrypt.
   */
  static Opened open(String compact, Function<String, Optional<ECKey>> ours) {
    JWEObject jwe;
    try {
      jwe = JWEObject.parse(compact.strip());
    } catch (ParseException | RuntimeException e) {
      throw new Refused(RefusalCode.UNREADABLE, "The body is not a compact JWE");
    }
    JWEHeader header = jwe.getHeader();
    if (!JWEAlgorithm.ECDH_ES.equals(header.getAlgorithm())
        || !EncryptionMethod.A256GCM.equals(header.getEncryptionMethod())) {
      throw new Refused(RefusalCode.UNREADABLE, "The envelope must use ECDH-ES with A256GCM");
    }
    ECKey key =
        Optional.ofNullable(header.getKeyID())
            .flatMap(ours)
            .orElseThrow(
                () ->
                    new Refused(
                        RefusalCode.NOT_FOR_THIS_INSTALLATION,
                        "The envelope is not sealed to a key of this installation"));
    try {
      jwe.decrypt(new ECDHDecrypter(key));
    } catch (JOSEException | RuntimeException e) {
      throw new Refused(RefusalCode.UNREADABLE, "The envelope does not decrypt");
    }
    try {
      JWSObject signed = JWSObject.parse(jwe.getPayload().toString());
      if (!JWSAlgorithm.ES256.equals(signed.getHeader().getAlgorithm())
          || signed.getHeader().getType() == null
          || !ENVELOPE_TYPE.equals(signed.getHeader().getType().getType())
          || signed.getHeader().getKeyID() == null) {
        throw new Refused(
            RefusalCode.UNREADABLE,
            "The content must be a JWS of type " + ENVELOPE_TYPE + " signed with ES256 and a kid");
      }
      return new Opened(signed);
    } catch (ParseException e) {
      throw new Refused(RefusalCode.UNREADABLE, "The content is not a compact JWS");
    }
  }

  /** Whether {@code signed} verifies with one of {@code candidates}. */
  static boolean verifies(JWSObject signed, List<ECKey> candidates) {
    for (ECKey candidate : candidates) {
      try {
        if (signed.verify(new ECDSAVerifier(candidate.toECPublicKey()))) {
          return true;
        }
      } catch (JOSEException e) {
        // not this key: try the next
      }
    }
    return false;
  }

  /**
   * An answer's content, when {@code compact} is a JWS of the answer type that verifies with one of
   * the partner's {@code keys}.
   */
  static Optional<String> verifiedAnswer(String compact, List<ECKey> keys) {
    try {
      JWSObject answer = JWSObject.parse(compact.strip());
      if (!JWSAlgorithm.ES256.equals(answer.getHeader().getAlgorithm())
          || answer.getHeader().getType() == null
          || !ANSWER_TYPE.equals(answer.getHeader().getType().getType())) {
        return Optional.empty();
      }
      List<ECKey> named =
          keys.stream().filter(k -> k.getKeyID().equals(answer.getHeader().getKeyID())).toList();
      return verifies(answer, named)
          ? Optional.of(answer.getPayload().toString())
          : Optional.empty();
    } catch (ParseException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The SHA-256 of the envelope as sent, in hexadecimal: recorded on both sides. */
  static String hash(String compact) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(compact.strip().getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
