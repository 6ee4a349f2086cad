package fr.engagements.support;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import fr.engagements.config.EngineClock;
import fr.engagements.cer.demo.CerDemoData;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Campaigns and candidacies for tests. Each test takes its own campaign and applicants, so tests never share
 * counts. Campaign years are bounded (2000–2100, as users may enter): once the suite has used them all, the
 * oldest years are set up again ({@link CerDemoData#renewCerCampaign}): fresh quota, calendar and jury sessions,
 * numbering going on.
 */
public final class CerFixtures {

  private static final int FIRST_YEAR = 2001;
  /**
   * Fixtures put deadlines up to four years after the campaign, inside the plausible dates (≤ 2100); the years after
   * this one are {@link #emptyCampaign}'s, and 2100 stays a campaign that does not exist (HostileInputHttpTest).
   */
  private static final int LAST_YEAR = 2090;
  private static final int LAST_EMPTY_YEAR = 2099;
  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(FIRST_YEAR);
  private static final AtomicInteger NEXT_APPLICANT = new AtomicInteger(1);

  private CerFixtures() {
  }

  /** A new CER campaign (demo calendar, valid jury sessions, nothing funded yet) that no other running test uses. */
  public static int newCampaign(CerDemoData demo, int fundedQuota) {
    int n = NEXT_YEAR.getAndIncrement();
    if (n <= LAST_YEAR) {
      demo.ensureCerCampaign(n, fundedQuota);
      return n;
    }
    int year = FIRST_YEAR + (n - FIRST_YEAR) % (LAST_YEAR - FIRST_YEAR + 1);
    demo.renewCerCampaign(year, fundedQuota);
    return year;
  }

  private static final AtomicInteger NEXT_EMPTY_YEAR = new AtomicInteger(LAST_YEAR + 1);

  /**
   * A campaign of a year no other test of this JVM uses ({@link #newCampaign} wraps around its years and renews them,
   * keeping their candidacies): for tests that count every candidacy of a campaign, such as the boards'.
   */
  public static int emptyCampaign(CerDemoData demo, int fundedQuota) {
    int year = NEXT_EMPTY_YEAR.getAndIncrement();
    if (year > LAST_EMPTY_YEAR) {
      throw new IllegalStateException("No campaign year left for a test that needs an empty campaign (" + (LAST_YEAR + 1) + "–"
          + LAST_EMPTY_YEAR + ")");
    }
    demo.ensureCerCampaign(year, fundedQuota);
    return year;
  }

  public static String newApplicantId() {
    return "applicant" + NEXT_APPLICANT.getAndIncrement();
  }

  /** Sets the engine's (and so the domain's) clock to a day, 09:00 in France. */
  public static void setToday(LocalDate day) {
    setNow(day.atTime(9, 0));
  }

  public static void setNow(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(EngineClock.ZONE).toInstant()));
  }

  /**
   * An eligible candidacy with its whole entry dossier: double cursus, research doctorate obtained
   * before a DFASM1 starting on 1 September of the campaign year, returning that year, no other funding.
   */
  public static VariableMap eligibleCandidacy(int campaignYear, String applicantId) {
    return Variables.createVariables()
        .putValue(APPLICANT_ID.name(), applicantId)
        .putValue(APPLICANT_NAME.name(), "Camille Dupont")
        .putValue(APPLICANT_EMAIL.name(), applicantId + "@etu.example.fr")
        .putValue(APPLICANT_PROFILE.name(), "DOUBLE_CURSUS")
        .putValue(DOCTORATE_TYPE.name(), "RESEARCH")
        .putValue(DOCTORATE_STATUS.name(), "OBTAINED")
        .putValue(DOCTORATE_DATE.name(), campaignYear + "-06-30")
        .putValue(DFASM1_START_DATE.name(), campaignYear + "-09-01")
        .putValue(MEDICAL_STUDIES_RETURN_YEAR.name(), campaignYear)
        .putValue(CAMPAIGN_YEAR.name(), campaignYear)
        .putValue(RESEARCH_LAB.name(), "UMR 1234 Inserm")
        .putValue(STUDIES_FACULTY.name(), "AMIENS")
        .putValue(OTHER_FUNDING.name(), "NONE")
        .putValue(DOCTORATE_PROOF.name(), TestDocuments.pdf("doctorat"))
        .putValue(LAB_ATTACHMENT_PROOF.name(), TestDocuments.pdf("rattachement"))
        .putValue(MOTIVATION_LETTER.name(), TestDocuments.pdf("motivation"));
  }

  /** The same eligible candidacy, as the variables of a REST start request (all three documents). */
  public static Http.Vars restCandidacy(int campaignYear, String applicantId) {
    return Http.Vars.of()
        .string(APPLICANT_ID.name(), applicantId)
        .string(APPLICANT_NAME.name(), "Camille Dupont")
        .string(APPLICANT_EMAIL.name(), applicantId + "@etu.example.fr")
        .string(APPLICANT_PROFILE.name(), "DOUBLE_CURSUS")
        .string(DOCTORATE_TYPE.name(), "RESEARCH")
        .string(DOCTORATE_STATUS.name(), "OBTAINED")
        .string(DOCTORATE_DATE.name(), campaignYear + "-06-30")
        .string(DFASM1_START_DATE.name(), campaignYear + "-09-01")
        .integer(MEDICAL_STUDIES_RETURN_YEAR.name(), campaignYear)
        .integer(CAMPAIGN_YEAR.name(), campaignYear)
        .string(RESEARCH_LAB.name(), "UMR 1234 Inserm")
        .string(OTHER_FUNDING.name(), "NONE")
        .file(DOCTORATE_PROOF.name(), "doctorat.pdf", TestDocuments.PDF, "application/pdf")
        .file(LAB_ATTACHMENT_PROOF.name(), "rattachement.pdf", TestDocuments.PDF, "application/pdf")
        .file(MOTIVATION_LETTER.name(), "motivation.pdf", TestDocuments.PDF, "application/pdf");
  }
}
