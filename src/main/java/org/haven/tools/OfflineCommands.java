package org.haven.tools;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The command-line tools that need neither Spring nor the database: {@code dedupe}, {@code
 * generate-persons}, {@code evaluate} and {@code encode-persons}, on the engine in {@code
 * people.matching}.
 */
public final class OfflineCommands {

  private OfflineCommands() {}

  /** Runs the command named by {@code args[0]} and returns its exit code, or empty if none. */
  public static OptionalInt run(String[] args) {
    if (args.length == 0) {
      return OptionalInt.empty();
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    return switch (args[0]) {
      case "dedupe" -> OptionalInt.of(DedupeCommand.run(rest));
      case "generate-persons" -> OptionalInt.of(GenerateCommand.run(rest));
      case "evaluate" -> OptionalInt.of(EvaluateCommand.run(rest));
      case "encode-persons" -> OptionalInt.of(EncodeCommand.run(rest));
      default -> OptionalInt.empty();
    };
  }
}
