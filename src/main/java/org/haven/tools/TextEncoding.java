package org.haven.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a person file is written in. The format is UTF-8, but a spreadsheet saved as CSV
 * on Windows in Denmark or Sweden writes Windows-1252 (ø as the single byte F8), which is not
 * UTF-8: read strictly, such a file stops at its first æ, ø, å or ä. Text in Windows-1252 with any
 * letter beyond ASCII is almost never valid UTF-8 by chance (a lead byte must be followed by
 * continuation bytes), so a file is read as UTF-8 when every byte of it reads as UTF-8, and as
 * Windows-1252 otherwise, which gives every byte a character.
 */
final class TextEncoding {

  static final Charset LEGACY = Charset.forName("windows-1252");

  private TextEncoding() {}

  /** UTF-8 if the whole file is valid UTF-8, else Windows-1252. */
  static Charset of(Path file) throws IOException {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    try (InputStream stream = Files.newInputStream(file)) {
      boolean end = false;
      while (!end) {
        int n = stream.read(in.array(), in.position(), in.remaining());
        if (n < 0) {
          end = true;
        } else {
          in.position(in.position() + n);
        }
        in.flip();
        CoderResult result;
        do {
          out.clear();
          result = utf8.decode(in, out, end);
          if (result.isError()) {
            return LEGACY;
          }
        } while (result.isOverflow());
        // Bytes of a character cut by the buffer's end wait for the next read.
        in.compact();
      }
      out.clear();
      if (utf8.flush(out).isError() || in.position() > 0) {
        return LEGACY;
      }
    }
    return StandardCharsets.UTF_8;
  }
}
