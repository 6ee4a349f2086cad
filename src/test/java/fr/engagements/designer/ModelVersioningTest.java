package fr.engagements.designer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.InputStream;

import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.config.ProcessModelDeployer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A changed model is a new version of the same key; candidacies already running stay on theirs
 * (Camunda never moves them by itself), new candidacies start on the new one, and the startup
 * deployer deploys processes/ again only when a file differs from its last deployment.
 */
class ModelVersioningTest extends CerProcessTestSupport {

  @Autowired
  RepositoryService repository;
  @Autowired
  ProcessModelDeployer deployer;

  @AfterEach
  void restoreTheModelOfProcesses() {
    CandidacyModelChange.redeployProcesses(deployer, engine);
  }

  @Test
  void aChangedModelIsANewVersionAndRunningCandidaciesStayOnTheirs() {
    ProcessDefinition before = CandidacyModelChange.latest(repository);
    ProcessInstance running = start(eligible());
    assertThat(running).isWaitingAt(Tasks.VERIFY_DOSSIER);

    ProcessDefinition changed = CandidacyModelChange.deploy(repository, CandidacyModelChange.changed());

    assertThat(changed.getKey()).isEqualTo(KEY);
    assertThat(changed.getVersion()).isEqualTo(before.getVersion() + 1);
    assertThat(CandidacyModelChange.latest(repository).getId()).isEqualTo(changed.getId());
    ProcessInstance fresh = start(eligible());
    assertThat(fresh.getProcessDefinitionId()).as("a new candidacy starts on the new version").isEqualTo(changed.getId());
    assertThat(runtimeDefinitionOf(running)).as("the running candidacy keeps its version").isEqualTo(before.getId());

    verifyDossier(running, true, null);
    verifyDossier(fresh, true, null);

    assertThat(running).as("the old version has no acknowledgement step").isWaitingAt(Tasks.DECIDE_ENTRY);
    assertThat(fresh).as("the new version has it").isWaitingAt(CandidacyModelChange.ADDED_TASK);
  }

  @Test
  void theStartupDeployerDeploysAFileOnlyWhenItDiffersFromItsLastDeployment() throws IOException {
    ProcessDefinition changed = CandidacyModelChange.deploy(repository, CandidacyModelChange.changed());

    CandidacyModelChange.redeployProcesses(deployer, engine);
    ProcessDefinition redeployed = CandidacyModelChange.latest(repository);
    CandidacyModelChange.redeployProcesses(deployer, engine);

    assertThat(redeployed.getVersion()).as("processes/cer-candidacy.bpmn differs from the last deployment: new version")
        .isEqualTo(changed.getVersion() + 1);
    try (InputStream deployed = repository.getResourceAsStream(redeployed.getDeploymentId(), CandidacyModelChange.RESOURCE)) {
      assertThat(deployed.readAllBytes()).isEqualTo(CandidacyModelChange.original());
    }
    assertThat(repository.getDeploymentResourceNames(redeployed.getDeploymentId()))
        .as("the forms it references are deployed with it").contains("forms/cer/verify-dossier.html", "forms/cer/start-candidacy.html");
    assertThat(CandidacyModelChange.latest(repository).getId()).as("unchanged: not deployed again").isEqualTo(redeployed.getId());
  }

  private String runtimeDefinitionOf(ProcessInstance pi) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getProcessDefinitionId();
  }
}
