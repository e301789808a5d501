package org.haven.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A command's output written whole or not at all. It is written to a new file beside it and moved
 * over it only once complete, so a run that fails midway (a full disk, too little memory, a killed
 * process) never leaves a shortened file that reads as a whole one; the file from an earlier run,
 * if any, stays as it was.
 */
final class OutputFile {

  /** What is written into the file. */
  interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  private OutputFile() {}

  /** Writes {@code content} to {@code target} as UTF-8, replacing it only when all is written. */
  static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new IOException("cannot write " + target + ": it is a directory");
    }
    Path partial =
        absolute.resolveSibling(
            "."
                + absolute.getFileName()
                + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".partial");
    boolean moved = false;
    try {
      try (Writer w =
          new BufferedWriter(
              Files.newBufferedWriter(
                  partial,
                  StandardCharsets.UTF_8,
                  StandardOpenOption.CREATE_NEW,
                  StandardOpenOption.WRITE),
              1 << 16)) {
        content.writeTo(w);
      } catch (IOException e) {
        throw new IOException("cannot write " + target + ": " + reason(e), e);
      }
      try {
        replace(partial, absolute);
      } catch (IOException e) {
        throw new IOException("cannot write " + target + ": " + reason(e), e);
      }
      moved = true;
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException ignored) {
          // the failure that brought us here is the one to report
        }
      }
    }
  }

  /** Moves the written file over the target, at once where the file system can. */
  private static void replace(Path partial, Path target) throws IOException {
    try {
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** What went wrong, in words: the JDK names some failures by the path alone. */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "its folder does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
