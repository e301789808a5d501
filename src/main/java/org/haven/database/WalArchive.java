package org.haven.database;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The directory PostgreSQL archives finished WAL segments into ({@code archive_command}) and a
 * restore reads them back from ({@code restore_command}): both plain {@code cp} commands, as in the
 * PostgreSQL manual's example, a segment first copied under a temporary name, flushed and then
 * renamed, and never overwritten.
 */
public final class WalArchive {

  /** What the shell may meet in the archive's path without quoting surprises. */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9/._+@=, -]+");

  private final Path directory;

  public WalArchive(Path directory) {
    Path absolute = directory.toAbsolutePath().normalize();
    if (!SAFE.matcher(absolute.toString()).matches()) {
      throw new BackupException(
          "The WAL archive's path "
              + absolute
              + " may hold only letters, digits, spaces and / . _ + @ = , -");
    }
    this.directory = absolute;
  }

  public Path directory() {
    return directory;
  }

  /** The server's {@code archive_command}. */
  public String archiveCommand() {
    String target = directory + "/%f";
    return "test ! -f \""
        + target
        + "\" && cp \"%p\" \""
        + target
        + ".part\" && sync \""
        + target
        + ".part\" && mv \""
        + target
        + ".part\" \""
        + target
        + "\"";
  }

  /** The recovering server's {@code restore_command}. */
  String restoreCommand() {
    return "cp \"" + directory + "/%f\" \"%p\"";
  }

  /**
   * The first segment missing after {@code from} on its timeline while a later one is present: a
   * gap that would silently end a replay early. Empty when the archive runs on without a hole.
   */
  Optional<String> gapAfter(String from, long segmentSize) throws IOException {
    TreeSet<String> present = new TreeSet<>();
    String timeline = WalSegments.timeline(from);
    if (Files.isDirectory(directory)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
        for (Path file : files) {
          String name = file.getFileName().toString();
          if (BaseBackup.SEGMENT.matcher(name).matches()
              && WalSegments.timeline(name).equals(timeline)
              && name.compareTo(from) > 0) {
            present.add(name);
          }
        }
      }
    }
    String expected = WalSegments.next(from, segmentSize);
    for (String segment : present) {
      if (!segment.equals(expected)) {
        return Optional.of(expected);
      }
      expected = WalSegments.next(segment, segmentSize);
    }
    return Optional.empty();
  }

  /**
   * Deletes archived segments older than {@code oldestNeeded} on every timeline (what {@code
   * pg_archivecleanup} does); returns how many went.
   */
  int deleteBefore(String oldestNeeded) throws IOException {
    int deleted = 0;
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (BaseBackup.SEGMENT.matcher(name).matches()
            && name.substring(8).compareTo(oldestNeeded.substring(8)) < 0) {
          Files.deleteIfExists(file);
          deleted++;
        }
      }
    }
    return deleted;
  }
}
