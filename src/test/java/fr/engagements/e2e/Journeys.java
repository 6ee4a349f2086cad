package fr.engagements.e2e;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import fr.engagements.support.Http;
import fr.engagements.support.PackagedApp;

/** What a browser test gets from {@link BrowserApp}: journeys in the shared browser, and the administrator's REST client. */
public final class Journeys {

  private final PackagedApp app;
  private final Browser browser;
  private final Path screenshots;
  private final Http admin;

  Journeys(PackagedApp app, Browser browser, Path screenshots, Http admin) {
    this.app = app;
    this.browser = browser;
    this.screenshots = screenshots;
    this.admin = admin;
  }

  /** A journey whose screenshots land in {@code target/e2e/<name>/}. */
  public Journey start(String name) {
    return new Journey(name, app, browser, screenshots.resolve(name));
  }

  /** {@code demo}'s REST client, to find what a person would find by looking (a task's id, a business key). */
  public Http admin() {
    return admin;
  }

  public PackagedApp app() {
    return app;
  }
}
