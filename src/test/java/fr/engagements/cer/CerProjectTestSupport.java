package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.LocalDate;
import java.util.Map;

import fr.engagements.cer.CerCandidacyProcess.Signer;
import fr.engagements.casefile.Groups;
import fr.engagements.directory.DirectoryDemoData;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.JurySitting;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** The steps of the project stage (process-contract.md steps 4–7) as their users perform them. */
public abstract class CerProjectTestSupport extends CerProcessTestSupport {

  /** A user of each signer's group (the demo users). */
  protected static final Map<Signer, String> SIGNER_USERS = Map.of(
      Signer.LAB_DIRECTOR, "directeur",
      Signer.HEAD_OF_DEPARTMENT, "chefservice",
      Signer.DEAN, "doyen",
      Signer.DES_COORDINATOR, "coordonnateur",
      Signer.ARS, "ars");

  /** The institution group the demo project's task of this signer is offered to (CER_P11). */
  protected static String institutionGroup(Signer signer) {
    return switch (signer) {
      case LAB_DIRECTOR -> "lab-directors." + DirectoryDemoData.AMIENS_LAB;
      case HEAD_OF_DEPARTMENT -> "heads-of-department." + DirectoryDemoData.AMIENS_DEPARTMENT;
      case DEAN -> "deans." + DirectoryDemoData.AMIENS_FACULTY;
      case DES_COORDINATOR -> "des-coordinators.AMIENS.MEDECINE-CARDIOVASCULAIR";
      case ARS -> "ars.HDF";
    };
  }

  /** The four signatures that run in parallel. */
  protected static final Signer[] PARALLEL_SIGNERS = {Signer.LAB_DIRECTOR, Signer.HEAD_OF_DEPARTMENT, Signer.DEAN, Signer.DES_COORDINATOR};

  protected VariableMap unfunded() {
    return eligible().putValue(OTHER_FUNDING.name(), "ENS");
  }

  protected static VariableMap project(int researchMonths) {
    return Variables.createVariables()
        .putValue(SPECIALTY.name(), DirectoryDemoData.AMIENS_SPECIALTY)
        .putValue(SUBDIVISION.name(), DirectoryDemoData.AMIENS_SUBDIVISION)
        .putValue(LABORATORY.name(), DirectoryDemoData.AMIENS_LAB)
        .putValue(HOST_DEPARTMENT.name(), DirectoryDemoData.AMIENS_DEPARTMENT)
        .putValue(FACULTY.name(), DirectoryDemoData.AMIENS_FACULTY)
        .putValue(RESEARCH_MONTHS.name(), researchMonths)
        .putValue(SCIENTIFIC_PROJECT.name(), TestDocuments.pdf("projet"))
        .putValue(RESIDENCY_PLAN.name(), TestDocuments.pdf("maquette"))
        .putValue(PREREQUISITES_PROOF.name(), TestDocuments.pdf("prerequis"))
        .putValue(CV.name(), TestDocuments.pdf("cv"));
  }

  protected String applicantOf(ProcessInstance pi) {
    return (String) runtimeService().getVariable(pi.getId(), APPLICANT_ID.name());
  }

  protected String businessKey(ProcessInstance pi) {
    return historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
  }

  /** The applicant files a project. */
  protected void submitProject(ProcessInstance pi, Map<String, Object> project) {
    completeAs(applicantOf(pi), Groups.CER_APPLICANTS, pi, Tasks.SUBMIT_PROJECT, project);
  }

  /** An admitted candidacy whose project is filed: the four signatures wait. */
  protected ProcessInstance inSignatures(VariableMap candidacy) {
    ProcessInstance pi = admitted(candidacy);
    submitProject(pi, project(18));
    return pi;
  }

  /** A signer decides; the step after the signature runs (its asynchronous continuation). */
  protected void sign(ProcessInstance pi, Signer signer, boolean approved, String comment) {
    completeAs(SIGNER_USERS.get(signer), signer.group(), pi, signer.taskKey(),
        withVariables(signer.approved().name(), approved, signer.comment().name(), comment));
    executeDueJobs(pi);
  }

  /** All five approve: the candidacy waits in scheduleDefense. */
  protected void allSign(ProcessInstance pi) {
    for (Signer signer : PARALLEL_SIGNERS) {
      sign(pi, signer, true, null);
    }
    sign(pi, Signer.ARS, true, "Poste supplémentaire ouvert.");
  }

  protected void scheduleDefense(ProcessInstance pi, LocalDate date) {
    completeAs("secretariat", Groups.CER_SECRETARIAT, pi, Tasks.SCHEDULE_DEFENSE, withVariables(DEFENSE_DATE.name(), date.toString()));
  }

  /** The national jury decides the post in session (CER_J5): a whole sitting where every voter votes for this decision. */
  protected void decidePost(ProcessInstance pi, PostDecision decision) {
    JurySitting sitting = sitting().decide(key -> decision.name()).motivation("Soutenance convaincante, projet solide.");
    sitting.sit(sitting.sessionOf(pi.getId(), Tasks.DECIDE_POST, year));
    executeDueJobs(pi);
  }

  /** The research months can have been served (CER_P10): the timer before the DES coordinator's confirmation fires. */
  protected void researchServable(ProcessInstance pi) {
    execute(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.RESEARCH_SERVABLE).singleResult());
  }

  /** The DES coordinator confirms the research months, once they can have been served (CER_P10). */
  protected void confirmResearchPeriod(ProcessInstance pi, int months) {
    if (managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.RESEARCH_SERVABLE).count() > 0) {
      researchServable(pi);
    }
    completeAs("coordonnateur", Groups.DES_COORDINATORS, pi, Tasks.CONFIRM_RESEARCH_PERIOD,
        withVariables(RESEARCH_MONTHS_COMPLETED.name(), months));
  }

  /**
   * From the defense's day, the secretariat records whether the student presented (CER_P9). Only the defense's own timer
   * runs at that day (the allowance's months are not paid meanwhile); the clock is put back after.
   */
  protected void recordDefense(ProcessInstance pi, boolean held) {
    java.util.Date before = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
    try {
      LocalDate day = (LocalDate) DEFENSE_DATE.get(runtimeService().getVariables(pi.getId()));
      CerFixtures.setNow(day.atTime(18, 30));
      execute(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.DEFENSE_DAY).singleResult());
      completeAs("secretariat", Groups.CER_SECRETARIAT, pi, Tasks.RECORD_DEFENSE, withVariables(DEFENSE_HELD.name(), held,
          DEFENSE_REMARKS.name(), held ? null : "Absent, sans justification."));
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(before);
    }
  }

  /** A candidacy taken to decidePost: project filed, all five signatures, defense scheduled and held. */
  protected ProcessInstance waitingForPostDecision(VariableMap candidacy) {
    ProcessInstance pi = inSignatures(candidacy);
    allSign(pi);
    scheduleDefense(pi, LocalDate.of(year + 3, 5, 15));
    recordDefense(pi, true);
    return pi;
  }

  protected Object runtimeVariable(ProcessInstance pi, String name) {
    return runtimeService().getVariable(pi.getId(), name);
  }
}
