package org.haven.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.haven.keys.KeyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Signed checkpoints of the audit chain's head, appended to a file outside the database ({@code
 * <data-dir>-audit.checkpoints}, or {@code haven.audit.checkpoint-file}): one line each, with the
 * number of rows, the last row's id and hash, the rows hashed before the chain was keyed, and an
 * HMAC under the audit key. The verifier compares the chain with every checkpoint, so rows removed
 * from the end or a chain recomputed from an edited row are found. Each checkpoint is also logged
 * (counts and a hash, no personal data), so a log shipped elsewhere anchors the chain too.
 */
@Component
class AuditCheckpoints {

  private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
  private static final String SIGNATURE = " sig=";

  /**
   * One checkpoint: at {@code at} the chain had {@code rows} rows, the last one {@code lastId} with
   * hash {@code head}, of which the first {@code legacyRows} were hashed before the chain was
   * keyed.
   */
  record Checkpoint(Instant at, long rows, long lastId, String head, long legacyRows) {

    String text() {
      return "v1 at="
          + at
          + " rows="
          + rows
          + " last="
          + lastId
          + " head="
          + head
          + " legacy="
          + legacyRows;
    }

    static Optional<Checkpoint> parse(String text) {
      String[] parts = text.split(" ");
      if (parts.length != 6 || !parts[0].equals("v1")) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            new Checkpoint(
                Instant.parse(value(parts[1], "at")),
                Long.parseLong(value(parts[2], "rows")),
                Long.parseLong(value(parts[3], "last")),
                value(parts[4], "head"),
                Long.parseLong(value(parts[5], "legacy"))));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        return Optional.empty();
      }
    }

    private static String value(String part, String name) {
      if (!part.startsWith(name + "=")) {
        throw new IllegalArgumentException(name);
      }
      return part.substring(name.length() + 1);
    }
  }

  /** The checkpoints whose signature holds, oldest first, and how many lines did not verify. */
  record Reading(List<Checkpoint> checkpoints, int unsigned) {

    Optional<Checkpoint> latest() {
      return checkpoints.stream().max(Comparator.comparingLong(Checkpoint::rows));
    }
  }

  private final Path file;
  private final AuditKey key;

  AuditCheckpoints(
      @Value("${haven.audit.checkpoint-file:}") String configured,
      @Value("${haven.database.data-dir:./data}") Path dataDir,
      AuditKey key) {
    this.file =
        StringUtils.hasText(configured)
            ? Path.of(configured).toAbsolutePath()
            : KeyFiles.nextTo(dataDir, "audit.checkpoints");
    this.key = key;
  }

  /** Appends a checkpoint and forces it to disk. */
  synchronized void append(Checkpoint checkpoint) {
    String text = checkpoint.text();
    String line = text + SIGNATURE + key.sign(text) + "\n";
    try {
      if (!Files.exists(file)) {
        KeyFiles.writeOwnerOnly(file, "");
      }
      try (FileChannel channel =
          FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
        channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not write the audit checkpoint file " + file, e);
    }
    log.info(
        "Audit checkpoint: {} rows, last row {}, head {}",
        checkpoint.rows(),
        checkpoint.lastId(),
        checkpoint.head());
  }

  /** Every checkpoint written so far. */
  synchronized Reading read() {
    if (!Files.exists(file)) {
      return new Reading(List.of(), 0);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Could not read the audit checkpoint file " + file, e);
    }
    List<Checkpoint> checkpoints = new ArrayList<>();
    int unsigned = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      int at = line.lastIndexOf(SIGNATURE);
      Optional<Checkpoint> checkpoint =
          at < 0 ? Optional.empty() : Checkpoint.parse(line.substring(0, at));
      if (checkpoint.isPresent()
          && MessageDigest.isEqual(
              key.sign(line.substring(0, at)).getBytes(StandardCharsets.US_ASCII),
              line.substring(at + SIGNATURE.length()).getBytes(StandardCharsets.US_ASCII))) {
        checkpoints.add(checkpoint.get());
      } else {
        unsigned++;
      }
    }
    return new Reading(List.copyOf(checkpoints), unsigned);
  }

  Path file() {
    return file;
  }
}
