package fr.engagements.support;

import fr.engagements.directory.AgentRole;
import fr.engagements.directory.Directory;
import fr.engagements.directory.Institution;
import fr.engagements.directory.InstitutionKind;
import static fr.engagements.cesp.CespContractProcess.*;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import fr.engagements.cesp.campaign.CespCampaign;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** CESP campaigns and applications for tests: each test takes its own faculty code, so tests never share counts. */
public final class CespFixtures {

  /** A valid French IBAN (ISO 13616 check digits 76) and the same with a wrong digit. */
  public static final String VALID_IBAN = "FR7630006000011234567890189";
  public static final String INVALID_IBAN = "FR7630006000011234567890188";
  public static final String REGION = "HDF";

  private static final AtomicInteger NEXT_UFR = new AtomicInteger(1);
  private static final AtomicInteger NEXT_APPLICANT = new AtomicInteger(1);

  private CespFixtures() {
  }

  /** A faculty code no other test uses (T0001, T0002…). */
  public static String newUfr() {
    return String.format("T%04d", NEXT_UFR.getAndIncrement());
  }

  public static String newApplicantId() {
    return "cesp-applicant" + NEXT_APPLICANT.getAndIncrement();
  }

  /** Makes {@code userId} an officer of the campaign's faculty in the directory (CESP_12: the UFR acts on its own cases). */
  public static void ufrOfficer(Directory directory, CespCampaign campaign, String userId) {
    Institution faculty = directory.ensureInstitution(InstitutionKind.FACULTY, campaign.getUfr(), campaign.getUfrName(),
        campaign.getRegion());
    directory.addAgent(faculty, AgentRole.UFR_OFFICER, userId, false, null);
  }

  /**
   * A campaign of this faculty and year: deadline 21 November, commission 17 January, in Hauts-de-France; {@code quota}
   * contracts for residents and as many for students (CESP_5).
   */
  public static CespCampaign campaign(int year, String ufr, int quota) {
    return campaign(year, ufr, quota, quota);
  }

  public static CespCampaign campaign(int year, String ufr, int residentQuota, int studentQuota) {
    return new CespCampaign(year, ufr, "UFR de test " + ufr, REGION, LocalDate.of(year, 11, 21), LocalDate.of(year + 1, 1, 17),
        residentQuota, studentQuota);
  }

  /**
   * A complete application of a 4th-year student: every document, the IBAN and RIB as transient
   * variables (as the start form sends them), diploma expected on 30 June of the next year.
   */
  public static VariableMap application(int year, String ufr, String applicantId) {
    return Variables.createVariables()
        .putValue(APPLICANT_ID.name(), applicantId)
        .putValue(APPLICANT_NAME.name(), "Inès Lefebvre " + applicantId)
        .putValue(APPLICANT_EMAIL.name(), applicantId + "@etu.example.fr")
        .putValue(CAMPAIGN_YEAR.name(), year)
        .putValue(UFR.name(), ufr)
        .putValue(STUDY_LEVEL.name(), "STUDENT")
        .putValue(STUDY_YEAR.name(), 4)
        .putValue(FOREIGN_NATIONAL.name(), false)
        .putValue(EXPECTED_DIPLOMA_DATE.name(), (year + 1) + "-06-30")
        .putValue(BANK_ACCOUNT_HOLDER.name(), "Inès Lefebvre")
        .putValueTyped(IBAN.name(), Variables.stringValue(VALID_IBAN, true))
        .putValueTyped(BANK_DETAILS.name(), Variables.fileValue("rib.pdf").file(TestDocuments.PDF).mimeType("application/pdf")
            .setTransient(true).create())
        .putValue(APPLICATION_FORM.name(), TestDocuments.pdf("formulaire"))
        .putValue(SCHOOLING_CERTIFICATE.name(), TestDocuments.pdf("scolarite"))
        .putValue(IDENTITY_DOCUMENT.name(), TestDocuments.pdf("identite"))
        .putValue(CV.name(), TestDocuments.pdf("cv"))
        .putValue(MOTIVATION_LETTER.name(), TestDocuments.pdf("motivation"))
        .putValue(RANKING_DECLARATION.name(), TestDocuments.pdf("classement"))
        .putValue(TRANSCRIPTS.name(), TestDocuments.pdf("releves"));
  }
}
