package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import fr.engagements.cer.CerCandidacyProcess.PostDecision;
import fr.engagements.cer.campaign.ResearchTimers;
import fr.engagements.config.EngineClock;
import fr.engagements.support.Http;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CER_O2 for running candidacies: one that already waited on {@code researchServable} when the rule moved (confirmed at
 * the end of the 3rd cycle, not at its start plus the planned months) has its timer re-dated by the administrators'
 * call after the upgrade — the model did not change, so there is no version to migrate to, only a date.
 */
class ResearchTimersRedatingTest extends CerProjectTestSupport {

  @Autowired
  ResearchTimers researchTimers;
  @LocalServerPort
  int port;

  @Test
  void CER_O2_aRunningCandidacysResearchTimerSetByTheOldRuleMovesToTheEndOfTheThirdCycle() {
    ProcessInstance pi = waitingForPostDecision(eligible());
    decidePost(pi, PostDecision.GRANTED);
    assertThat(pi).isWaitingAt(Elements.RESEARCH_SERVABLE);
    Job timer = timerOf(pi);
    // as the previous version computed it: 3rd cycle start (DFASM1 start + 3 years) + 18 planned months
    LocalDate dfasm1 = LocalDate.of(year, 9, 1);
    Date old = atStartOfDay(dfasm1.plusYears(3).plusMonths(18));
    managementService().setJobDuedate(timer.getId(), old);

    // the rule: DFASM1 start + 3 years + the DES of cardiology, 4 years (reference/des-durations.json)
    Date rule = atStartOfDay(dfasm1.plusYears(3 + 4));
    assertThat(researchTimers.redate(true)).filteredOn(r -> r.businessKey().equals(businessKey(pi))).singleElement()
        .satisfies(r -> {
          assertThat(r.from()).isEqualTo(old);
          assertThat(r.to()).isEqualTo(rule);
        });
    assertThat(timerOf(pi).getDuedate()).as("a dry run changes nothing").isEqualTo(old);

    Http http = Http.at(port);
    assertThat(http.as("coordonnateur", "coordonnateur").post("/api/admin/cer/research-timers/redate", Map.of()).status())
        .isEqualTo(403);
    Http.Response done = http.as("demo", "demo").post("/api/admin/cer/research-timers/redate", Map.of());
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.body()).contains(businessKey(pi));

    assertThat(timerOf(pi).getDuedate()).isEqualTo(rule);
    assertThat(researchTimers.redate(true)).as("once moved, nothing left to move")
        .noneMatch(r -> r.businessKey().equals(businessKey(pi)));
  }

  private Job timerOf(ProcessInstance pi) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.RESEARCH_SERVABLE)
        .singleResult();
  }

  private static Date atStartOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(EngineClock.ZONE).toInstant());
  }
}
