package org.haven.information;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.haven.keys.KeyFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Holds back abuse of the anonymous contact form without a third party and without keeping who sent
 * what: a signed form token (no cookie; valid two hours, usable once), a field people do not see, a
 * limit per network (an IPv4 /24 or IPv6 /48, known here only as a keyed hash, in memory, forgotten
 * within the hour) that is higher for a browser that solved a small proof of work, and the same
 * text taken once a day. Nothing of it is stored or logged.
 */
@Component
public class ContactGuard {

  /** What becomes of a sent form. */
  public enum Verdict {
    /** Check and keep the message. */
    ACCEPT,
    /** The form is too old: show it again with what was typed and a new token. */
    EXPIRED,
    /** No token, or not one of ours: the form must be opened again. */
    REFUSED,
    /** Abuse or a repeat: thank the sender, keep nothing. */
    QUIET,
    /** Too many messages from this network just now. */
    TOO_MANY
  }

  /** Leading zero bits of SHA-256(token ":" proof) a browser must find for the higher limit. */
  public static final int DIFFICULTY = 12;

  static final long TOKEN_LIFETIME_SECONDS = 2 * 60 * 60;
  static final int PER_MINUTE_WITHOUT_PROOF = 3;
  static final int PER_MINUTE_WITH_PROOF = 6;
  static final int PER_HOUR = 20;
  private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
  private static final int MEMORY_LIMIT = 100_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] tokenKey;

  /** Known only to this process: a network's key means nothing after a restart. */
  private final byte[] networkKey = new byte[32];

  private final Clock clock;
  private final Map<String, Long> usedTokens = new ConcurrentHashMap<>();
  private final Map<String, Long> recentTexts = new ConcurrentHashMap<>();
  private final Map<String, Window> networks = new ConcurrentHashMap<>();

  @Autowired
  ContactGuard(
      @Value("${haven.information.key:}") String configuredKey,
      @Value("${haven.database.data-dir:./data}") Path dataDir,
      Clock clock) {
    this(
        StringUtils.hasText(configuredKey)
            ? KeyFiles.decode(configuredKey, "HAVEN_INFORMATION_KEY")
            : KeyFiles.readOrCreate(
                KeyFiles.nextTo(dataDir, "information.key"),
                "anonymous messages at rest",
                "HAVEN_INFORMATION_KEY"),
        clock);
  }

  ContactGuard(byte[] key, Clock clock) {
    this.tokenKey = hmac(key, "contact form token".getBytes(StandardCharsets.UTF_8));
    this.clock = clock;
    RANDOM.nextBytes(networkKey);
  }

  /** A new form token: when it was issued, a random part, and our signature over both. */
  public String issue() {
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    String payload =
        clock.instant().getEpochSecond()
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    return payload + "." + signature(payload);
  }

  /**
   * Decides on a sent form. {@code proof} is the browser's answer to the proof of work (absent
   * without JavaScript), {@code trap} the hidden field, {@code address} the sender's network
   * address (used here and forgotten).
   */
  public Verdict admit(String token, String proof, String trap, String address, String message) {
    long now = clock.millis();
    if (trap != null && !trap.isEmpty()) {
      return Verdict.QUIET;
    }
    Long issued = issuedAt(token);
    if (issued == null) {
      return Verdict.REFUSED;
    }
    if (now / 1000 - issued > TOKEN_LIFETIME_SECONDS || issued - now / 1000 > 60) {
      return Verdict.EXPIRED;
    }
    tidy(now);
    Window window = networks.computeIfAbsent(network(address), k -> new Window());
    if (!window.admit(
        now, solved(token, proof) ? PER_MINUTE_WITH_PROOF : PER_MINUTE_WITHOUT_PROOF)) {
      return Verdict.TOO_MANY;
    }
    if (usedTokens.putIfAbsent(token, now + TOKEN_LIFETIME_SECONDS * 1000) != null) {
      return Verdict.QUIET; // sent twice (a double click, Back and send again)
    }
    String text = fingerprint(message);
    if (text != null) {
      Long seen = recentTexts.get(text);
      if (seen != null && seen > now) {
        return Verdict.QUIET;
      }
    }
    return Verdict.ACCEPT;
  }

  /** Remembers a kept message's text for a day, so the same text is not kept twice. */
  public void kept(String message) {
    String text = fingerprint(message);
    if (text != null) {
      recentTexts.put(text, clock.millis() + DAY_MILLIS);
    }
  }

  /** Whether {@code proof} solves the token's proof of work. */
  static boolean solved(String token, String proof) {
    if (token == null || proof == null || proof.isEmpty() || proof.length() > 20) {
      return false;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((token + ":" + proof).getBytes(StandardCharsets.UTF_8));
      int zeros = 0;
      for (byte b : digest) {
        if (b == 0) {
          zeros += 8;
          continue;
        }
        zeros += Integer.numberOfLeadingZeros(b & 0xff) - 24;
        break;
      }
      return zeros >= DIFFICULTY;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private Long issuedAt(String token) {
    if (token == null || token.length() > 100) {
      return null;
    }
    int last = token.lastIndexOf('.');
    int first = token.indexOf('.');
    if (first <= 0 || last <= first) {
      return null;
    }
    String payload = token.substring(0, last);
    if (!MessageDigest.isEqual(
        signature(payload).getBytes(StandardCharsets.US_ASCII),
        token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
      return null;
    }
    try {
      return Long.parseLong(token.substring(0, first));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private String signature(String payload) {
    byte[] mac = hmac(tokenKey, payload.getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, 16));
  }

  /** The sender's network (/24 or /48) as a keyed hash; the address itself goes no further. */
  String network(String address) {
    byte[] prefix;
    try {
      byte[] bytes =
          address == null
                  || !address.strip().matches("[0-9.]+|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*(%\\w+)?")
              ? new byte[0]
              : InetAddress.getByName(address.strip()).getAddress();
      prefix = Arrays.copyOf(bytes, bytes.length == 4 ? 3 : Math.min(bytes.length, 6));
    } catch (UnknownHostException e) {
      prefix = new byte[0];
    }
    return HexFormat.of().formatHex(Arrays.copyOf(hmac(networkKey, prefix), 12));
  }

  private String fingerprint(String message) {
    if (message == null || message.isBlank()) {
      return null;
    }
    String normal = message.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return HexFormat.of().formatHex(hmac(networkKey, normal.getBytes(StandardCharsets.UTF_8)));
  }

  private void tidy(long now) {
    if (usedTokens.size() > MEMORY_LIMIT) {
      usedTokens.values().removeIf(expiry -> expiry < now);
    }
    if (recentTexts.size() > MEMORY_LIMIT) {
      recentTexts.values().removeIf(expiry -> expiry < now);
    }
    if (networks.size() > MEMORY_LIMIT) {
      networks.values().removeIf(window -> window.idleSince(now));
    }
    if (usedTokens.size() > MEMORY_LIMIT || recentTexts.size() > MEMORY_LIMIT) {
      // a flood of fresh entries: forget the oldest half rather than grow without bound
      usedTokens.clear();
      recentTexts.clear();
    }
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A network's messages in the current minute and hour. */
  private static final class Window {
    private long minute = -1;
    private int inMinute;
    private long hour = -1;
    private int inHour;

    synchronized boolean admit(long now, int perMinute) {
      long thisMinute = now / 60_000;
      long thisHour = now / 3_600_000;
      if (thisMinute != minute) {
        minute = thisMinute;
        inMinute = 0;
      }
      if (thisHour != hour) {
        hour = thisHour;
        inHour = 0;
      }
      if (inMinute >= perMinute || inHour >= PER_HOUR) {
        return false;
      }
      inMinute++;
      inHour++;
      return true;
    }

    synchronized boolean idleSince(long now) {
      return now / 3_600_000 != hour;
    }
  }
}
