package fr.engagements.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import fr.engagements.support.PackagedApp;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One packaged application and one headless Chromium shared by every browser test of the JVM
 * ({@code @ExtendWith(BrowserApp.class)}, then a {@link Journeys} parameter): the demo profile on a fresh H2
 * file database in a temporary folder, with e-mail sending switched on towards a port where nothing listens
 * and a single try per e-mail once the outbox's worker failed and handed it over to a {@code notification} instance,
 * so that each e-mail becomes an incident in Cockpit within seconds (the Cockpit
 * journey looks for one; the other journeys never wait for a mail).
 *
 * <p>The browser is Debian's Chromium ({@code apt-get install chromium}, {@code -De2e.chromium=...} to use
 * another); Playwright is told never to download one.
 */
public final class BrowserApp implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserApp.class);

  /** Chromium's switches for a closed network and a root user (CI): no sandbox, no background traffic. */
  static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--lang=fr-FR");

  @Override
  public void beforeAll(ExtensionContext context) {
    shared(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Journeys.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return shared(context).journeys;
  }

  private static Shared shared(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Shared.class, k -> new Shared(), Shared.class);
  }

  /** The application and the browser, closed when the JVM's test plan ends. */
  static final class Shared implements ExtensionContext.Store.CloseableResource {

    private final Path database;
    private final PackagedApp app;
    private final Playwright playwright;
    private final Browser browser;
    final Journeys journeys;

    Shared() {
      try {
        database = Files.createTempDirectory("engagements-e2e");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path chromium = Paths.get(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
      if (!Files.isExecutable(chromium)) {
        throw new IllegalStateException("No Chromium at " + chromium + ": apt-get install -y chromium (as .ci/run does)");
      }
      app = PackagedApp.start("browser", "--spring.profiles.active=demo",
          "--spring.datasource.url=jdbc:h2:file:" + database.resolve("engagements") + ";LOCK_TIMEOUT=10000",
          "--engagements.mail.enabled=true", "--spring.mail.host=localhost", "--spring.mail.port=" + closedPort(),
          "--engagements.mail.retry-cycle=R1/PT1M");
      playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(chromium).setHeadless(true).setArgs(CHROMIUM_ARGS));
      Path screenshots = Paths.get(System.getProperty("e2e.dir", "target/e2e"));
      journeys = new Journeys(app, browser, screenshots, app.http().as("demo", "demo"));
    }

    @Override
    public void close() {
      try {
        browser.close();
        playwright.close();
      } finally {
        app.stop();
        deleteQuietly(database);
      }
    }
  }

  /** A port where nothing listens: the mail server is "down". */
  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }

}
