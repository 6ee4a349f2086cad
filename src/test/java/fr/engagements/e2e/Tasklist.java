package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import fr.engagements.support.PackagedApp;

/**
 * Camunda Tasklist as a person uses it: log in, start a process from its start form, open a filter and a
 * task, claim it, fill its embedded form, complete it. Selectors rely on Tasklist's own markup (Angular
 * attributes), never on the displayed language, so they hold in French and in English.
 */
public final class Tasklist {

  public static final String PATH = "/camunda/app/tasklist/default/";

  private final Page page;
  private final PackagedApp app;

  Tasklist(Page page, PackagedApp app) {
    this.page = page;
    this.app = app;
  }

  public Page page() {
    return page;
  }

  void login(String user) {
    // a full page load (not a route change of the page already open), settled before typing
    page.navigate("about:blank");
    page.navigate(app.url(PATH), new Page.NavigateOptions().setWaitUntil(WaitUntilState.NETWORKIDLE));
    Locator form = page.locator("form[name=signinForm]");
    form.locator("input[ng-model=username]").fill(user);
    form.locator("input[ng-model=password]").fill(user);
    assertThat(form.locator("input[ng-model=username]")).hasValue(user);
    assertThat(form.locator("input[ng-model=password]")).hasValue(user);
    form.locator("button[type=submit]").click();
    page.locator(".start-process-action").waitFor();
    page.locator(".task-filter").first().waitFor();
  }

  /** Back to the Tasklist's start page, freshly loaded (the lists as they are now). */
  public Tasklist reload() {
    page.navigate("about:blank");
    page.navigate(app.url(PATH));
    page.locator(".task-filter").first().waitFor();
    return this;
  }

  /** Opens the start form of the process with this name (the "Démarrer un processus" dialog). */
  public Tasklist openStartForm(String processName) {
    if (!page.locator(".start-process-action a").isVisible()) {
      page.locator("button.navbar-toggle").click(); // a phone-sized screen: the header's actions are in its menu
    }
    page.locator(".start-process-action a").click();
    page.locator(".modal-body ul.processes a").filter(new Locator.FilterOptions().setHasText(processName)).first().click();
    page.locator(".modal-body form[name]").first().waitFor();
    return this;
  }

  /** Clicks the dialog's start button; returns the HTTP status of the form submission. */
  public int submitStartForm() {
    Response response = page.waitForResponse(r -> r.url().contains("/submit-form") && "POST".equals(r.request().method()),
        () -> page.locator(".modal-footer button[ng-click='startProcessInstance()']").click());
    return response.status();
  }

  /** Clicks the dialog's start button when the form refuses to send: nothing is posted. */
  public void clickStart() {
    page.locator(".modal-footer button[ng-click='startProcessInstance()']").click();
  }

  /** Selects a filter of the left column by its name. */
  public Tasklist filter(String name) {
    page.locator(".task-filter").filter(new Locator.FilterOptions().setHasText(name)).first().click();
    page.locator(".tasks-list, .task-list .no-tasks, [cam-tasks]").first().waitFor();
    return this;
  }

  /** Opens the task of the list whose name contains this text (e.g. a business key and a task name). */
  public Tasklist openTask(String... texts) {
    Locator link = page.locator(".tasks-list li a[ng-click^='focus']");
    for (String text : texts) {
      link = link.filter(new Locator.FilterOptions().setHasText(text));
    }
    link.first().click();
    Locator title = page.locator(".task-details h2.task").first();
    for (String text : texts) {
      assertThat(title).containsText(text);
    }
    form().waitFor();
    return this;
  }

  /** The embedded form of the open task. */
  public Locator form() {
    return page.locator(".task-details form[name]").first();
  }

  /** Claims the open task ("Réclamer"): the form becomes editable. */
  public Tasklist claim() {
    Locator claim = page.locator(".task-details button.claim");
    claim.click();
    assertThat(claim).isHidden();
    return this;
  }

  /** Clicks "Terminer" and returns the HTTP status of the form submission (204 when the engine accepted it). */
  public int complete() {
    Locator button = page.locator(".task-details button[ng-click='complete()']");
    assertThat(button).isEnabled();
    Response response = page.waitForResponse(r -> r.url().contains("/submit-form") && "POST".equals(r.request().method()),
        button::click);
    if (response.status() < 300) {
      page.locator(".task-details button[ng-click='complete()']").waitFor(
          new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    }
    return response.status();
  }

  /** Clicks "Terminer" when the form should refuse to send: nothing is posted, the form shows why. */
  public void clickComplete() {
    page.locator(".task-details button[ng-click='complete()']").click();
  }

  public Locator completeButton() {
    return page.locator(".task-details button[ng-click='complete()']");
  }

  /** The messages of the form's error box (the forms' "Le formulaire ne peut pas être envoyé"). */
  public Locator formErrors() {
    return page.locator("form[name] .alert-danger li");
  }

  /** The forms' error summary (engagements-forms.js): what to correct, in view and focused after a refused send. */
  public Locator errorSummary() {
    return page.locator("form[name] .ef-summary");
  }

  /** The Tasklist's notifications (top right): confirmations and the server's refusals. */
  public Locator notifications() {
    return page.locator(".notifications .alert, .page-notifications .alert");
  }

  /** Fills an input, a textarea or a date field of the form by its id. */
  public Tasklist fill(String id, String value) {
    page.locator("#" + id).fill(value);
    return this;
  }

  public Tasklist select(String id, String value) {
    page.locator("#" + id).selectOption(value);
    return this;
  }

  /** Attaches a document to a file input of the form. */
  public Tasklist attach(String id, String fileName, String mimeType, byte[] content) {
    page.locator("#" + id).setInputFiles(new FilePayload(fileName, mimeType, content));
    return this;
  }

  public Tasklist attach(String id, Path file) {
    page.locator("#" + id).setInputFiles(file);
    return this;
  }


}
