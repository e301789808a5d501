package org.haven.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Haven started as a separate JVM, as a user would start it: for tests of first run, restarts and
 * crashes. Output goes to a file under {@code target/}. Only this process (by its own handle) is
 * ever stopped or killed.
 */
public final class HavenProcess implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final int port;

  private HavenProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /**
   * Starts Haven on a free port with the given data directory and extra environment, and waits
   * until healthy.
   */
  public static HavenProcess start(
      Path dataDir, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    return start(dataDir, environment, freePort(), arguments);
  }

  /** Starts Haven as above on the given port (the same one across restarts). */
  public static HavenProcess start(
      Path dataDir, Map<String, String> environment, int port, String... arguments)
      throws IOException, InterruptedException {
    Path log = Path.of("target", "child-logs", "haven-" + System.nanoTime() + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.haven.HavenApplication");
    command.add("--server.port=" + port);
    command.add("--haven.database.data-dir=" + dataDir.toAbsolutePath());
    command.addAll(List.of(arguments));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    HavenProcess haven = new HavenProcess(builder.start(), log, port);
    haven.awaitHealthy(Duration.ofSeconds(120));
    return haven;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public int port() {
    return port;
  }

  public String output() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  public long pid() {
    return process.pid();
  }

  /** SIGKILL: the JVM gets no chance to stop its database. */
  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM: a normal, graceful stop. */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }

  private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Haven exited with " + process.exitValue() + ":\n" + output());
      }
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "Haven did not become healthy in " + timeout + ":\n" + output());
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
