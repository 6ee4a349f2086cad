package fr.engagements.bench;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import fr.engagements.cer.CerCandidacyProcess.Signer;
import fr.engagements.casefile.Groups;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.directory.DirectoryDemoData;
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
  /** The stage a loaded open candidacy stops at (Bench step 4). */
  int stage;

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

  /**
   * After the jury's session decided (CER_J5): the decision's continuation (funding, first allowance, letter, e-mails)
   * runs. The vote itself is the session's ({@link Sitting}), shared by every candidacy of its agenda.
   */
  CerJourney afterSession() {
    jobs();
    return this;
  }

  /** The project names Amiens' laboratory, host department, faculty and DES coordination (CER_P11): their agents sign. */
  CerJourney submitProject() {
    driver.complete(applicantId, Groups.CER_APPLICANTS, processInstanceId, Tasks.SUBMIT_PROJECT, Variables.createVariables()
        .putValue(SPECIALTY.name(), DirectoryDemoData.AMIENS_SPECIALTY)
        .putValue(SUBDIVISION.name(), DirectoryDemoData.AMIENS_SUBDIVISION)
        .putValue(LABORATORY.name(), DirectoryDemoData.AMIENS_LAB)
        .putValue(HOST_DEPARTMENT.name(), DirectoryDemoData.AMIENS_DEPARTMENT)
        .putValue(FACULTY.name(), DirectoryDemoData.AMIENS_FACULTY)
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

  /**
   * The defense's day comes (its timer fires; CER_P9) and the secretariat records that the student presented; the
   * candidacy then waits for the post session.
   */
  CerJourney recordDefense() {
    if (driver.engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).activityId(Elements.DEFENSE_DAY)
        .count() > 0) {
      driver.fire(processInstanceId, Elements.DEFENSE_DAY);
    }
    driver.complete("secretariat", Groups.CER_SECRETARIAT, processInstanceId, Tasks.RECORD_DEFENSE,
        Variables.putValue(DEFENSE_HELD.name(), true));
    jobs();
    return this;
  }

  /** The research months can have been served (CER_P10: its timer, fired now if it has not) and the DES coordinator confirms them. */
  CerJourney confirmResearchPeriod() {
    if (driver.engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
        .activityId(Elements.RESEARCH_SERVABLE).count() > 0) {
      driver.fire(processInstanceId, Elements.RESEARCH_SERVABLE);
    }
    driver.complete("coordonnateur", Groups.DES_COORDINATORS, processInstanceId, Tasks.CONFIRM_RESEARCH_PERIOD,
        Variables.putValue(RESEARCH_MONTHS_COMPLETED.name(), 18));
    jobs();
    return this;
  }

  /** Whether the candidacy's jury task of this key is open (it waits for a session). */
  boolean waitsFor(String juryTaskKey) {
    return driver.engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(juryTaskKey)
        .count() == 1;
  }

  /**
   * Whole journeys of admitted, funded candidacies to RESEARCH_COMPLETED, today (no time passes but the sessions'
   * day), on {@code threads} threads, {@code perThread} each: one entry session and one post session of the demo jury
   * decide all of them ({@code perThread × threads} candidacies per session; at most {@link #SESSION_CAPACITY}). The
   * sittings run while the journeys wait, as a real session does.
   */
  static List<CerJourney> batch(Driver driver, Sitting sitting, int year, int threads, int perThread) {
    if (threads * perThread > SESSION_CAPACITY) {
      throw new IllegalArgumentException("A session decides at most " + SESSION_CAPACITY + " candidacies here");
    }
    LocalDate today = LocalDate.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(),
        fr.engagements.config.EngineClock.ZONE);
    sitting.retire(year); // the campaign's other sessions (the demo's) would take the candidacies on their agendas
    JurySession entry = sitting.plan(year, JurySession.Kind.ENTRY, today);
    List<List<CerJourney>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      parts.add(new ArrayList<>());
    }
    Driver.parallel(parts, threads, mine -> {
      for (int i = 0; i < perThread; i++) {
        mine.add(start(driver, year).verifyDossier());
      }
    });
    sitting.sit(entry, "ADMITTED", "Parcours de recherche solide et projet motivé.");
    JurySession post = sitting.plan(year, JurySession.Kind.POST, LocalDate.of(year + 3, 5, 15));
    Driver.parallel(parts, threads, mine -> mine.forEach(j -> j.afterSession().submitProject().allSign()
        .scheduleDefense(LocalDate.of(year + 3, 5, 15)).recordDefense()));
    sitting.sit(post, "GRANTED", "Soutenance convaincante, projet solide.");
    Driver.parallel(parts, threads, mine -> mine.forEach(j -> j.afterSession().confirmResearchPeriod()));
    List<CerJourney> all = new ArrayList<>();
    parts.forEach(all::addAll);
    return all;
  }

  /**
   * Candidacies per session in the benchmark: the members' votes are one String variable (the vote form's), which
   * Camunda stores in 4,000 characters, about 45 ballots.
   */
  static final int SESSION_CAPACITY = 40;
}
