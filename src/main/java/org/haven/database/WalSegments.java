package org.haven.database;

import java.util.HexFormat;

/**
 * Names of WAL segment files: timeline, then the segment number split in a high and a low part of
 * eight hex digits each, the low part counting up to the segments in 4 GiB of WAL.
 */
final class WalSegments {

  private WalSegments() {}

  /** The name of the segment after {@code name}. */
  static String next(String name, long segmentSize) {
    long perId = 0x1_0000_0000L / segmentSize;
    long high = Long.parseLong(name.substring(8, 16), 16);
    long low = Long.parseLong(name.substring(16, 24), 16) + 1;
    if (low >= perId) {
      high++;
      low = 0;
    }
    return name.substring(0, 8) + hex(high) + hex(low);
  }

  static String timeline(String name) {
    return name.substring(0, 8);
  }

  private static String hex(long value) {
    return HexFormat.of().withUpperCase().toHexDigits((int) value);
  }
}
