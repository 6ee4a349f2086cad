package fr.engagements.cer.timeline;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import fr.engagements.casefile.Groups;
import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.Http;
import fr.engagements.support.JurySitting;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricDetailVariableInstanceUpdateEntity;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: the project's history handler (process.ReadHistoryPlugin) writes fewer rows than the engine's default
 * handler, and a candidacy's timeline is the same. Two candidacies take the same steps at the same times — one while
 * the engine's default handler writes every history event (history level full, as before), the other under the
 * project's handler — and their timelines, read over HTTP, are equal but for the business key and the applicant.
 */
class LeanHistoryTimelineTest extends CerProcessTestSupport {

  @LocalServerPort
  int port;
  @Autowired
  IdentitySeeder identities;
  @Autowired
  ProcessEngine engine;

  HistoryEventHandler projectHandler;

  @AfterEach
  void projectHandlerBack() {
    if (projectHandler != null) {
      configuration().setHistoryEventHandler(projectHandler);
    }
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  private void at(int hour) {
    CerFixtures.setNow(LocalDateTime.of(year, 10, 1, hour, 0));
  }

  /** Filed without the motivation letter, sent back once, then admitted and funded (as CandidacyTimelineTest's). */
  private ProcessInstance candidacy(String applicant, String secretary, String session) {
    demo.planSession(year, JurySession.Kind.ENTRY, session, LocalDate.of(year, 10, 1));
    at(9);
    VariableMap vars = CerFixtures.eligibleCandidacy(year, applicant);
    vars.remove(MOTIVATION_LETTER.name());
    as(applicant, Groups.CER_APPLICANTS);
    ProcessInstance pi = start(vars);
    asSystem();
    at(10);
    completeAs(applicant, Groups.CER_APPLICANTS, pi, Tasks.COMPLETE_DOSSIER,
        withVariables(MOTIVATION_LETTER.name(), TestDocuments.pdf("motivation")));
    at(11);
    completeAs(secretary, Groups.CER_SECRETARIAT, pi, Tasks.VERIFY_DOSSIER,
        withVariables(DOSSIER_COMPLETE.name(), false, DOSSIER_REMARKS.name(), "La lettre de motivation n'est pas signée."));
    at(12);
    completeAs(applicant, Groups.CER_APPLICANTS, pi, Tasks.COMPLETE_DOSSIER,
        withVariables(MOTIVATION_LETTER.name(), TestDocuments.pdf("motivation-signee")));
    at(13);
    completeAs(secretary, Groups.CER_SECRETARIAT, pi, Tasks.VERIFY_DOSSIER, withVariables(DOSSIER_COMPLETE.name(), true));
    at(14);
    JurySitting sitting = sitting().decide(key -> "ADMITTED").motivation("Projet de recherche cohérent et motivation solide.");
    sitting.sit(sitting.sessionOf(pi.getId(), Tasks.DECIDE_ENTRY, year));
    at(15);
    executeJob(pi); // funding
    at(16);
    executeJob(pi); // first monthly allowance
    assertThat(pi).isWaitingAt(Tasks.SUBMIT_PROJECT, Elements.NEXT_ALLOWANCE_TIMER);
    return pi;
  }

  private String timeline(ProcessInstance pi, String applicant, String secretary) {
    String key = historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
    Http.Response response = Http.at(port).as(secretary, secretary).get("/api/candidacies/" + key + "/timeline");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    // a letter's id is its row's: the two candidacies' letters are different rows
    return response.body().replace(key, "KEY").replace(applicant, "APPLICANT")
        .replaceAll("/api/letters/\\d+", "/api/letters/N");
  }

  private long historyRows(ProcessInstance pi) {
    return historyService().createHistoricDetailQuery().processInstanceId(pi.getId()).count()
        + historyService().createHistoricJobLogQuery().processInstanceId(pi.getId()).count()
        + historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).count();
  }

  @Test
  void aCandidacysTimelineIsTheSameUnderTheProjectsHistoryHandlerAsUnderTheEnginesDefault() {
    String secretary = "secretaire-" + year;
    identities.ensureUser(secretary, "Sacha", "Bernard", secretary + "@staff.example.fr", secretary, List.of(Groups.CER_SECRETARIAT));
    identities.ensureUser("jury1", "Paul", "Durand", "jury1@staff.example.fr", "jury1", List.of(Groups.CER_JURY));
    String before = CerFixtures.newApplicantId();
    String after = CerFixtures.newApplicantId();
    for (String applicant : List.of(before, after)) {
      identities.ensureUser(applicant, "Camille", "Dupont", applicant + "@etu.example.fr", applicant, List.of(Groups.CER_APPLICANTS));
    }

    projectHandler = configuration().getHistoryEventHandler();
    configuration().setHistoryEventHandler(new DbHistoryEventHandler()); // the engine's default: every event written
    ProcessInstance full = candidacy(before, secretary, "Séance du 1er octobre " + year);
    configuration().setHistoryEventHandler(projectHandler);
    ProcessInstance lean = candidacy(after, secretary, "Séance du 1er octobre " + year);

    String fullTimeline = timeline(full, before, secretary);
    assertThat(fullTimeline).contains("La lettre de motivation n'est pas signée.", "Projet de recherche cohérent", "motivation");
    assertThat(timeline(lean, after, secretary)).isEqualTo(fullTimeline);
    assertThat(historyRows(lean)).as("details, job log and variables written").isLessThan(historyRows(full));
    assertThat(historyService().createHistoricDetailQuery().processInstanceId(lean.getId()).variableUpdates().disableBinaryFetching()
        .list().stream().map(HistoricVariableUpdate.class::cast).filter(u -> u.getVariableName().equals(MOTIVATION_LETTER.name())))
        .as("the letter's two uploads, listed by name, without a copy of their content")
        .hasSize(2).allSatisfy(u -> assertThat(((HistoricDetailVariableInstanceUpdateEntity) u).getByteArrayValueId()).isNull());
    assertThat(historyService().createHistoricJobLogQuery().processInstanceId(full.getId()).creationLog().count()).isPositive();
    assertThat(historyService().createHistoricJobLogQuery().processInstanceId(lean.getId()).creationLog().count()
        + historyService().createHistoricJobLogQuery().processInstanceId(lean.getId()).deletionLog().count())
        .as("no job-creation or deletion entries").isZero();
    assertThat(historyService().createHistoricJobLogQuery().processInstanceId(lean.getId()).successLog().count())
        .as("the jobs run (funding, allowance) are logged").isEqualTo(
            historyService().createHistoricJobLogQuery().processInstanceId(full.getId()).successLog().count());
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(lean.getId())
        .variableName(MOTIVATION_LETTER.name()).singleResult().getValue()).as("the document itself is still kept").isNotNull();
  }
}
