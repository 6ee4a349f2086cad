package fr.engagements.bench;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import fr.engagements.cer.CerCandidacyProcess.Signer;
import fr.engagements.casefile.Groups;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** A CER candidacy's steps, as its users take them in Tasklist (the variables of process-contract.md). */
final class CerJourney {

  private static final AtomicInteger NEXT_APPLICANT = new AtomicInteger(1);
  static final Map<Signer, String> SIGNER_USERS = Map.of(
      Signer.LAB_DIRECTOR, "directeur",
      Signer.HEAD_OF_DEPARTMENT, "chefservice",
      Signer.DEAN, "doyen",
      Signer.DES_COORDINATOR, "coordonnateur",
      Signer.ARS, "ars");
  static final Signer[] PARALLEL_SIGNERS = {Signer.LAB_DIRECTOR, Signer.HEAD_OF_DEPARTMENT, Signer.DEAN, Signer.DES_COORDINATOR};

  private final Driver driver;
  final int year;
  final String applicantId;
  final String processInstanceId;
  final String businessKey;

  private CerJourney(Driver driver, int year, String applicantId, ProcessInstance pi) {
    this.driver = driver;
    this.year = year;
    this.applicantId = applicantId;
    this.processInstanceId = pi.getId();
    this.businessKey = pi.getBusinessKey() != null ? pi.getBusinessKey()
        : driver.engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
            .getBusinessKey();
  }

  static String newApplicantId() {
    return "bench-applicant" + NEXT_APPLICANT.getAndIncrement();
  }

  /** An eligible candidacy with its whole entry dossier (three PDFs), as the start form sends it. */
  static VariableMap eligible(int year, String applicantId) {
    return Variables.createVariables()
        .putValue(APPLICANT_ID.name(), applicantId)
        .putValue(APPLICANT_NAME.name(), "Camille Dupont")
        .putValue(APPLICANT_EMAIL.name(), applicantId + "@etu.example.fr")
        .putValue(APPLICANT_PROFILE.name(), "DOUBLE_CURSUS")
        .putValue(DOCTORATE_TYPE.name(), "RESEARCH")
        .putValue(DOCTORATE_STATUS.name(), "OBTAINED")
        .putValue(DOCTORATE_DATE.name(), year + "-06-30")
        .putValue(DFASM1_START_DATE.name(), year + "-09-01")
        .putValue(MEDICAL_STUDIES_RETURN_YEAR.name(), year)
        .putValue(CAMPAIGN_YEAR.name(), year)
        .putValue(RESEARCH_LAB.name(), "UMR 1234 Inserm")
        .putValue(OTHER_FUNDING.name(), "NONE")
        .putValue(DOCTORATE_PROOF.name(), Driver.pdf("doctorat"))
        .putValue(LAB_ATTACHMENT_PROOF.name(), Driver.pdf("rattachement"))
        .putValue(MOTIVATION_LETTER.name(), Driver.pdf("motivation"));
  }

  static CerJourney start(Driver driver, int year, String applicantId, VariableMap variables) {
    return new CerJourney(driver, year, applicantId, driver.start(KEY, variables));
  }

  static CerJourney start(Driver driver, int year) {
    String applicant = newApplicantId();
    return start(driver, year, applicant, eligible(year, applicant));
  }

  void jobs() {
    driver.runCaseJobs(businessKey, processInstanceId);
  }

  CerJourney verifyDossier() {
    driver.complete("secretariat", Groups.CER_SECRETARIAT, processInstanceId, Tasks.VERIFY_DOSSIER,
        Variables.putValue(DOSSIER_COMPLETE.name(), true));
    jobs();
    return this;
  }

  CerJourney decideEntry(EntryDecision decision) {
    // the juror first declares no conflict of interest (issue 9): until then the task is hidden from them
    driver.declareNoConflict("jury1", businessKey);
    driver.complete("jury1", Groups.CER_JURY, processInstanceId, Tasks.DECIDE_ENTRY,
        Variables.putValue(ENTRY_DECISION.name(), decision.name()).putValue(ENTRY_RATIONALE.name(), "Parcours de recherche solide et projet motivé."));
    jobs();
    return this;
  }

  CerJourney submitProject() {
    driver.complete(applicantId, Groups.CER_APPLICANTS, processInstanceId, Tasks.SUBMIT_PROJECT, Variables.createVariables()
        .putValue(SPECIALTY.name(), "Neurologie")
        .putValue(SUBDIVISION.name(), "Lyon")
        .putValue(RESEARCH_MONTHS.name(), 18)
        .putValue(SCIENTIFIC_PROJECT.name(), Driver.pdf("projet"))
        .putValue(RESIDENCY_PLAN.name(), Driver.pdf("maquette"))
        .putValue(PREREQUISITES_PROOF.name(), Driver.pdf("prerequis"))
        .putValue(CV.name(), Driver.pdf("cv")));
    jobs();
    return this;
  }

  CerJourney sign(Signer signer) {
    driver.complete(SIGNER_USERS.get(signer), signer.group(), processInstanceId, signer.taskKey(),
        Variables.putValue(signer.approved().name(), true).putValue(signer.comment().name(), signer == Signer.ARS ? "Poste ouvert." : null));
    jobs();
    return this;
  }

  CerJourney allSign() {
    for (Signer signer : PARALLEL_SIGNERS) {
      sign(signer);
    }
    return sign(Signer.ARS);
  }

  CerJourney scheduleDefense(LocalDate date) {
    driver.complete("secretariat", Groups.CER_SECRETARIAT, processInstanceId, Tasks.SCHEDULE_DEFENSE,
        Variables.putValue(DEFENSE_DATE.name(), date.toString()));
    jobs();
    return this;
  }

  CerJourney decidePost() {
    driver.declareNoConflict("jury3", businessKey);
    driver.complete("jury3", Groups.CER_JURY, processInstanceId, Tasks.DECIDE_POST,
        Variables.putValue(POST_DECISION.name(), "GRANTED").putValue(POST_RATIONALE.name(), "Soutenance convaincante, projet solide."));
    jobs();
    return this;
  }

  CerJourney confirmResearchPeriod() {
    driver.complete("coordonnateur", Groups.DES_COORDINATORS, processInstanceId, Tasks.CONFIRM_RESEARCH_PERIOD,
        Variables.putValue(RESEARCH_MONTHS_COMPLETED.name(), 18));
    jobs();
    return this;
  }

  /** The whole journey of an admitted, funded candidacy to RESEARCH_COMPLETED, today (no time passes). */
  static CerJourney complete(Driver driver, int year) {
    return start(driver, year).verifyDossier().decideEntry(EntryDecision.ADMITTED).submitProject().allSign()
        .scheduleDefense(LocalDate.of(year + 3, 5, 15)).decidePost().confirmResearchPeriod();
  }
}
