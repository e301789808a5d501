package org.haven.database;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The operating system's lock on {@code <data-dir>.lock} while a Haven process uses the data
 * directory. A second Haven on the same directory is refused instead of taking the first one's
 * database for an orphan; the lock goes with the process, also when it is killed.
 */
final class DirectoryLock implements Closeable {

  private final FileChannel channel;
  private final FileLock lock;

  private DirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DirectoryLock acquire(Path dataDir) throws IOException {
    Path file = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldHere) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IOException(
          "The data directory "
              + dataDir
              + " is in use by another Haven process (it holds "
              + file
              + "). Stop that one first: two servers on one data directory would destroy it.");
    }
    return new DirectoryLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
