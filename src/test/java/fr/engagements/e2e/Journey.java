package fr.engagements.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.engagements.support.PackagedApp;

/**
 * A person's way through the application in the browser, one numbered step at a time. Every step saves a
 * screenshot {@code <nn>-<step>.png}; a step that fails also saves the page's HTML {@code <nn>-<step>.html}
 * next to it, then fails the test. {@link #as(String)} and {@link #cockpit(String)} log another person in:
 * one browser context per journey (French, Paris time), its cookies and storage cleared between people.
 * Step durations are printed ({@code [e2e] journey › step: ms}).
 */
public final class Journey implements AutoCloseable {

  private final String name;
  private final PackagedApp app;
  private final Browser browser;
  private final Path dir;
  private int number;
  private BrowserContext context;
  private Page page;
  private String user;

  Journey(String name, PackagedApp app, Browser browser, Path dir) {
    this.name = name;
    this.app = app;
    this.browser = browser;
    this.dir = dir;
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> old = Files.walk(dir)) {
          old.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A step: runs it, then takes its screenshot; on failure, the screenshot and the HTML, then the failure. */
  public void step(String step, Runnable action) {
    String file = String.format("%02d-%s", ++number, step);
    long start = System.nanoTime();
    try {
      action.run();
      System.out.printf("[e2e] %s › %s: %d ms%n", name, file, (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException | AssertionError e) {
      if (page != null) {
        save(file, true);
      }
      throw new AssertionError(name + " › " + file + (user == null ? "" : " (" + user + ")") + ": " + e.getMessage(), e);
    }
    if (page != null) {
      save(file, false);
    }
  }

  /** Logs this demo user in Tasklist (password = user id), in a new browser context: a step of its own. */
  public Tasklist as(String userId) {
    newContext(userId);
    Tasklist tasklist = new Tasklist(page, app);
    step("connexion-" + userId, () -> tasklist.login(userId));
    return tasklist;
  }

  /** A visitor who does not log in (public pages), in a new browser context. */
  public Page anonymous() {
    newContext(null);
    return page;
  }

  /** Logs this demo user in Cockpit, in a new browser context: a step of its own. */
  public Cockpit cockpit(String userId) {
    newContext(userId);
    Cockpit cockpit = new Cockpit(page, app);
    step("connexion-cockpit-" + userId, () -> cockpit.login(userId));
    return cockpit;
  }

  /**
   * The next person: a fresh, French browser context for the first one; then the same context with its
   * cookies and storage cleared (a logout, the browser's cache kept: the webapps load much faster).
   */
  private void newContext(String userId) {
    user = userId;
    if (context == null) {
      context = browser.newContext(new Browser.NewContextOptions()
          .setLocale("fr-FR").setTimezoneId("Europe/Paris").setViewportSize(1400, 1000)
          .setExtraHTTPHeaders(Map.of("Accept-Language", "fr-FR,fr;q=0.9")));
      context.setDefaultTimeout(20_000);
      page = context.newPage();
    } else {
      context.clearCookies();
      page.evaluate("() => { window.localStorage.clear(); window.sessionStorage.clear(); }");
    }
  }

  public Page page() {
    return page;
  }

  public String url(String path) {
    return app.url(path);
  }

  private void save(String file, boolean withHtml) {
    try {
      page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(file + ".png")));
      if (withHtml) {
        Files.writeString(dir.resolve(file + ".html"), page.content(), StandardCharsets.UTF_8);
      }
    } catch (RuntimeException | IOException e) {
      // a page that cannot be captured must not hide the step's own failure
      System.err.println("Could not capture " + dir.resolve(file) + ": " + e);
    }
  }

  private void closeContext() {
    if (context != null) {
      context.close();
      context = null;
      page = null;
    }
  }

  @Override
  public void close() {
    closeContext();
  }
}
