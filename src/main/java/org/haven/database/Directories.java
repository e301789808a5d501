package org.haven.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting a directory tree, deepest first: a failed backup, a failed restore, an old backup. */
final class Directories {

  private Directories() {}

  /** Deletes everything under {@code root}, and {@code root} itself when {@code withRoot}. */
  static void delete(Path root, boolean withRoot) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        if (withRoot || !path.equals(root)) {
          Files.deleteIfExists(path);
        }
      }
    }
  }
}
