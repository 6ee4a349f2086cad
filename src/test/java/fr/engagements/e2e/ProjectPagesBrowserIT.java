package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.engagements.e2e.Accessibility.assertNoHorizontalScroll;
import static fr.engagements.e2e.Accessibility.assertNoSeriousViolations;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page of the project (not Camunda's), in the DSFR layout, checked by axe-core (WCAG 2.1 A/AA: no serious or
 * critical violation) at a desktop width and at a phone's 375 px, where nothing may scroll sideways: the
 * eligibility self-check (empty, answered, refused), the accessibility statement, personal data, « Connectez-vous »
 * (401), a case's timeline as its applicant, the case look-up, the error pages 404 and 403, and the phone's menu.
 * Then a visitor answers the self-check with the keyboard alone. Screenshots: {@code target/e2e/pages-du-projet/}
 * and {@code target/e2e/clavier/}.
 */
@ExtendWith(BrowserApp.class)
class ProjectPagesBrowserIT {

  /** A CER applicant of this test alone (the demo's are the other journeys'): one open candidacy each. */
  static final String APPLICANT = "etudiante.pages";

  @Test
  void everyPageOfTheProjectIsAccessibleOnADesktopAndOnAPhone(Journeys journeys) {
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    Cases cases = new Cases(journeys.admin());
    cases.createUser(APPLICANT, "Inès", "Pagès", "cer-applicants");
    String key = cases.fileCerCandidacy(APPLICANT, "Inès Pagès", year);
    cases.awaitTask(key, "verifyDossier");

    try (Journey journey = journeys.start("pages-du-projet")) {
      Page page = journey.anonymous();
      everyWidth(journey, page, "auto-evaluation", "/eligibilite", 200,
          () -> assertThat(page.locator("h1")).containsText("Suis-je éligible"));
      everyWidth(journey, page, "auto-evaluation-reponse", "/eligibilite", 200, () -> {
        answerSelfCheck(page, year, "PASSERELLE");
        assertThat(page.locator("#verdict")).hasText("Vous êtes éligible au CER.");
      });
      everyWidth(journey, page, "auto-evaluation-a-corriger", "/eligibilite", 200, () -> {
        answerSelfCheck(page, year, "PASSERELLE");
        page.fill("#medicalStudiesReturnYear", "1800");
        page.click("button[type=submit]");
        assertThat(page.locator("#status .fr-alert--error")).containsText("Réponses à corriger");
      });
      everyWidth(journey, page, "accessibilite", "/accessibilite", 200,
          () -> assertThat(page.locator("main")).containsText("partiellement conforme"));
      everyWidth(journey, page, "donnees-personnelles", "/donnees-personnelles", 200,
          () -> assertThat(page.locator("h1")).hasText("Données personnelles"));
      everyWidth(journey, page, "connectez-vous", "/dossiers/" + key, 401, () -> {
        assertThat(page.locator("h1")).hasText("Connectez-vous");
        assertThat(page.locator("main a[href='/camunda/app/tasklist/']")).hasText("Se connecter à Tasklist");
      });
      everyWidth(journey, page, "page-introuvable", "/page-qui-n-existe-pas", 404,
          () -> assertThat(page.locator("h1")).hasText("Page introuvable"));
      journey.step("menu-du-telephone", () -> {
        page.setViewportSize(Accessibility.PHONE_WIDTH, 812);
        page.navigate(journey.url("/eligibilite"));
        page.locator("#bouton-menu").click();
        assertThat(page.locator("#menu-principal")).isVisible();
        assertThat(page.locator("#menu-principal .fr-nav__link[aria-current=page]")).hasText("Suis-je éligible au CER ?");
        assertThat(page.locator("#menu-principal")).containsText("Se connecter");
        assertNoSeriousViolations(page, "le menu ouvert sur un téléphone");
        assertNoHorizontalScroll(page);
      });

      page.setViewportSize(1280, 900);
      journey.as(APPLICANT);
      everyWidth(journey, page, "historique-du-dossier", "/dossiers/" + key, 200, () -> {
        assertThat(page.locator("h1")).containsText(key);
        assertThat(page.locator("#summaryKey")).hasText(key);
        assertThat(page.locator("#events li").first()).containsText("Candidature déposée");
        assertThat(page.locator(".fr-header__tools")).containsText("Inès Pagès");
        assertThat(page.locator("#navigation-principale")).containsText("Mes dossiers");
      });
      everyWidth(journey, page, "recherche-de-dossier", "/dossiers", 200,
          () -> assertThat(page.locator("#status")).hasText("Saisissez un numéro de dossier."));
      everyWidth(journey, page, "dossier-introuvable", "/dossiers/CER-1999-999999", 404,
          () -> assertThat(page.locator("main")).containsText("Aucun dossier ne porte le numéro « CER-1999-999999 »."));

      page.setViewportSize(1280, 900);
      journey.as("etudiant");
      everyWidth(journey, page, "acces-refuse", "/dossiers/" + key, 403, () -> {
        assertThat(page.locator("h1")).hasText("Accès refusé");
        assertThat(page.locator("main")).containsText("vos propres dossiers");
      });

      // the administrators' directory (issue 14): institutions, agents, tasks waiting for an agent, changes
      page.setViewportSize(1280, 900);
      journey.as("demo");
      everyWidth(journey, page, "annuaire", "/admin/annuaire", 200, () -> {
        assertThat(page.locator("h1")).hasText("Annuaire des établissements");
        assertThat(page.locator("#institutions")).containsText("UMR-1234");
        assertThat(page.locator("#institutions")).containsText("UFR de Médecine d'Amiens");
        page.fill("#filter", "UPEC");
        assertThat(page.locator("#institutions")).not().containsText("UMR-1234");
        assertThat(page.locator("#institutions")).containsText("doyen2");
      });
    }
  }

  @Test
  void aVisitorAnswersTheSelfCheckWithTheKeyboardAlone(Journeys journeys) {
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    try (Journey journey = journeys.start("clavier")) {
      Page page = journey.anonymous();
      journey.step("lien-d-evitement", () -> {
        page.navigate(journey.url("/eligibilite"));
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Contenu");
        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
      });
      journey.step("reponses-au-clavier", () -> {
        tabTo(page, "applicantProfile");
        page.keyboard().type("Passerelle");
        tabTo(page, "medicalStudiesReturnYear");
        page.keyboard().type(String.valueOf(year));
        // dates whose day and month are equal: typed the same whether the browser orders them dd/mm or mm/dd
        tabTo(page, "dfasm1StartDate");
        page.keyboard().type("0909" + year);
        tabOutOfDateTo(page, "doctorateType");
        page.keyboard().type("Doctorat de recherche");
        tabTo(page, "doctorateStatus");
        page.keyboard().type("Obtenu");
        tabTo(page, "doctorateDate");
        page.keyboard().type("0606" + (year - 1));
        tabOutOfDateTo(page, "campaignYear");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Vérifier mon éligibilité");
        assertThat(page.locator("#applicantProfile")).hasValue("PASSERELLE");
        assertThat(page.locator("#dfasm1StartDate")).hasValue(year + "-09-09");
        assertThat(page.locator("#doctorateType")).hasValue("RESEARCH");
        assertThat(page.locator("#doctorateStatus")).hasValue("OBTAINED");
        assertThat(page.locator("#doctorateDate")).hasValue((year - 1) + "-06-06");
      });
      journey.step("envoi-et-reponse-lue", () -> {
        page.keyboard().press("Enter");
        // the answer takes the focus: a screen reader reads it, the next Tab goes on from there
        assertThat(page.locator("#verdict")).isFocused();
        assertThat(page.locator("#verdict")).hasText("Vous êtes éligible au CER.");
        assertThat(page.locator("#rule")).not().isEmpty();
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Déposer une candidature dans Tasklist");
      });
    }
  }

  /**
   * From the year of a date field to the next control: Chromium's date picker button, inside the field, may take
   * a Tab of its own (the focused element stays the field).
   */
  private static void tabOutOfDateTo(Page page, String id) {
    Object field = page.evaluate("() => document.activeElement.id");
    for (int i = 0; i < 3 && field.equals(page.evaluate("() => document.activeElement.id")); i++) {
      page.keyboard().press("Tab");
    }
    assertFocused(page, id);
  }

  /** Tab to the next control, which must be this one, with its focus visible. */
  private static void tabTo(Page page, String id) {
    page.keyboard().press("Tab");
    assertFocused(page, id);
  }

  private static void assertFocused(Page page, String id) {
    assertThat(page.locator("#" + id)).isFocused();
    Object outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
    assertThat(outline).as("focus outline of #%s", id).isNotEqualTo("none");
  }

  /**
   * The page at a desktop width, then at a phone's: its HTTP status, what {@code expect} checks, axe-core, and at the
   * phone's width no horizontal scrolling. Two steps, two screenshots.
   */
  private static void everyWidth(Journey journey, Page page, String name, String path, int status, Runnable expect) {
    journey.step(name, () -> open(journey, page, path, status, expect, 1280, 900, name));
    journey.step(name + "-375px", () -> {
      open(journey, page, path, status, expect, Accessibility.PHONE_WIDTH, 812, name + " (375 px)");
      assertNoHorizontalScroll(page);
    });
  }

  private static void open(Journey journey, Page page, String path, int status, Runnable expect, int width, int height,
      String context) {
    page.setViewportSize(width, height);
    Response response = page.navigate(journey.url(path));
    assertThat(response.status()).as("HTTP status of %s", path).isEqualTo(status);
    assertThat(page.locator("html")).hasAttribute("lang", "fr");
    assertThat(page.locator("header .fr-header__service-title")).hasText("Engagements CER · CESP");
    expect.run();
    assertNoSeriousViolations(page, context);
  }

  private static void answerSelfCheck(Page page, int year, String profile) {
    page.selectOption("#applicantProfile", profile);
    page.fill("#medicalStudiesReturnYear", String.valueOf(year));
    page.fill("#dfasm1StartDate", year + "-09-01");
    page.selectOption("#doctorateType", "RESEARCH");
    page.selectOption("#doctorateStatus", "OBTAINED");
    page.fill("#doctorateDate", (year - 1) + "-06-30");
    page.click("button[type=submit]");
  }
}
