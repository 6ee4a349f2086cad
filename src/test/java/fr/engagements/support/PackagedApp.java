package fr.engagements.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/engagements-*.jar}) started as a separate process on a free
 * port, as an operator would run it; its output goes to {@code target/it-logs/}.
 */
public final class PackagedApp implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private PackagedApp(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the jar with these arguments (plus a free port) and waits until it is ready to serve. */
  public static PackagedApp start(String name, String... args) {
    String jar = System.getProperty("app.jar");
    if (jar == null || !Files.exists(Path.of(jar))) {
      throw new IllegalStateException("No packaged application at " + jar + ": run through `./mvnw verify`");
    }
    int port = freePort();
    try {
      Path logs = Files.createDirectories(Path.of("target", "it-logs"));
      Path log = logs.resolve(name + "-" + System.currentTimeMillis() + ".log");
      List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar, "--server.port=" + port));
      command.addAll(List.of(args));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      PackagedApp app = new PackagedApp(process, port, log);
      app.awaitReady();
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newHttpClient();
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
        .failFast("The application stopped; see " + log, () -> !process.isAlive())
        .ignoreExceptions().until(() -> {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness"))).build(),
          HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200;
    });
  }

  public int port() {
    return port;
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  public Http http() {
    return Http.at(port);
  }

  public Path log() {
    return log;
  }

  /** A clean shutdown (SIGTERM), waiting for the process to end. */
  public void stop() {
    process.destroy();
    waitForExit();
  }

  /** A crash: SIGKILL, no shutdown hook runs. */
  public void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  private void waitForExit() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
