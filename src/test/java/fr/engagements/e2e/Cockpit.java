package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import fr.engagements.support.PackagedApp;

/** Camunda Cockpit as an administrator uses it: the dashboard, the processes, an instance with its diagram and incidents. */
public final class Cockpit {

  public static final String PATH = "/camunda/app/cockpit/default/";

  private final Page page;
  private final PackagedApp app;

  Cockpit(Page page, PackagedApp app) {
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
    page.locator("[cam-widget-header] .navbar-brand").waitFor();
  }

  /** The dashboard ("En ce moment": running instances, open incidents, open tasks). */
  public Cockpit dashboard() {
    page.navigate(app.url(PATH + "#/dashboard"));
    page.locator(".dashboard").first().waitFor();
    return this;
  }

  /** The list of deployed processes, with their running instances and incidents. */
  public Cockpit processes() {
    page.navigate(app.url(PATH + "#/processes"));
    page.locator("table tbody tr").first().waitFor();
    return this;
  }

  /** A process instance's runtime view: its diagram drawn by bpmn-js, with a token where it waits. */
  public Cockpit processInstance(String id) {
    page.navigate(app.url(PATH + "#/process-instance/" + id + "/runtime"));
    page.locator(".djs-container svg").first().waitFor();
    return this;
  }

  /** The diagram element of a BPMN id. */
  public Locator element(String bpmnId) {
    return page.locator(".djs-element[data-element-id='" + bpmnId + "']");
  }

  /** Opens a tab of the view's lower half ("Incidents", "Variables", …) by its (translated) name. */
  public Cockpit tab(String name) {
    Locator tab = page.locator("a[ng-click^='Tabs.selectTab']").filter(new Locator.FilterOptions().setHasText(name)).first();
    tab.click();
    assertThat(page.locator("li.active a[ng-click^='Tabs.selectTab']")).containsText(name);
    return this;
  }
}
