package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Suis-je éligible ?" in a real browser, without logging in: a student answers, is told the rule that decides
 * (CER_E3 for another profile, then eligible as a passerelle entrant), and a wrong answer is shown as such.
 * Screenshots: {@code target/e2e/auto-evaluation/}.
 */
@ExtendWith(BrowserApp.class)
class EligibilitySelfCheckBrowserIT {

  @Test
  void aStudentChecksEligibilityWithoutAnAccount(Journeys journeys) {
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    try (Journey journey = journeys.start("auto-evaluation")) {
      Page page = journey.anonymous();
      journey.step("questionnaire", () -> {
        // the address the README used to give still leads to the page
        page.navigate(journey.url("/eligibilite.html"));
        assertThat(page).hasURL(journey.url("/eligibilite"));
        assertThat(page.locator("h1")).containsText("Suis-je éligible");
      });
      journey.step("autre-profil-non-eligible", () -> {
        page.selectOption("#applicantProfile", "OTHER");
        page.fill("#medicalStudiesReturnYear", String.valueOf(year));
        page.fill("#dfasm1StartDate", year + "-09-01");
        page.selectOption("#doctorateType", "RESEARCH");
        page.selectOption("#doctorateStatus", "OBTAINED");
        page.fill("#doctorateDate", (year - 1) + "-06-30");
        page.click("button[type=submit]");
        assertThat(page.locator("#verdict")).hasText("Vous n'êtes pas éligible au CER.");
        assertThat(page.locator("#rule")).hasText("CER_E3");
        assertThat(page.locator("#decidedBy")).containsText("cer-eligibility, version");
      });
      journey.step("passerelle-eligible", () -> {
        page.selectOption("#applicantProfile", "PASSERELLE");
        page.click("button[type=submit]");
        assertThat(page.locator("#verdict")).hasText("Vous êtes éligible au CER.");
        assertThat(page.locator("#notice")).containsText("ne sont pas enregistrées");
      });
      journey.step("reponse-a-corriger", () -> {
        page.fill("#medicalStudiesReturnYear", "1800");
        page.click("button[type=submit]");
        assertThat(page.locator("#status")).containsText("Réponses à corriger");
        assertThat(page.locator("#status")).containsText("L'année de retour en études médicales");
        assertThat(page.locator("#result")).isHidden();
      });
    }
  }
}
