package org.haven.tools;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;

/**
 * The command-line tools that need neither Spring nor the database: {@code dedupe}, {@code
 * generate-persons}, {@code evaluate} and {@code encode-persons}, on the engine in {@code
 * people.matching}.
 */
public final class OfflineCommands {

  private static final Map<String, ToIntFunction<String[]>> COMMANDS =
      Map.of(
          "dedupe", DedupeCommand::run,
          "generate-persons", GenerateCommand::run,
          "evaluate", EvaluateCommand::run,
          "encode-persons", EncodeCommand::run);

  private OfflineCommands() {}

  /** Runs the command named by {@code args[0]} and returns its exit code, or empty if none. */
  public static OptionalInt run(String[] args) {
    if (args.length == 0) {
      return OptionalInt.empty();
    }
    String command = args[0];
    ToIntFunction<String[]> run = COMMANDS.get(command);
    if (run == null) {
      return OptionalInt.empty();
    }
    quietOnOutOfMemoryInOtherThreads();
    try {
      return OptionalInt.of(run.applyAsInt(Arrays.copyOfRange(args, 1, args.length)));
    } catch (OutOfMemoryError e) {
      return OptionalInt.of(outOfMemory(command, System.err));
    } catch (RuntimeException e) {
      // a parallel step's failure may come wrapped
      if (causedByOutOfMemory(e)) {
        return OptionalInt.of(outOfMemory(command, System.err));
      }
      throw e;
    }
  }

  /**
   * Says that the command ran out of memory and how to give it more, instead of a stack trace; what
   * it was writing is left as it was before the run (see {@link OutputFile}).
   */
  private static int outOfMemory(String command, PrintStream err) {
    long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    err.printf(
        Locale.ROOT,
        "%s: not enough memory for this input (Java may use at most %d MB here). Run it again with"
            + " more, for example: java -Xmx4g -jar haven.jar %s …%s. A file it had not finished"
            + " writing is left as it was.%n",
        command,
        mb,
        command,
        command.equals("dedupe") ? " (about 4 GB serve a million records)" : "");
    return 1;
  }

  /**
   * A helper thread that runs out of memory (a parallel step, the warm-up of the name forms) ends
   * without a stack trace: the command's own thread, which waits for the parallel steps, reports it
   * as above, and the warm-up only saves time. Any other failure is printed as the JDK would.
   */
  private static void quietOnOutOfMemoryInOtherThreads() {
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (!causedByOutOfMemory(e)) {
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace(System.err);
          }
        });
  }

  private static boolean causedByOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }
}
