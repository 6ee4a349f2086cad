package fr.engagements.designer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.function.Supplier;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.config.ProcessModelDeployer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What a designer does to {@code cer-candidacy} in the tests of versioning and migration: renames
 * "Vérifier le dossier d'entrée" and adds a task "Accuser réception du dossier" between a validated
 * dossier and the jury's decision, then deploys it as {@link ProcessModelDeployer} would at startup
 * (same unit name and source, with its forms). Running the deployer afterwards redeploys the file of
 * {@code processes/}, which differs from this unit: the original becomes the latest version again.
 */
final class CandidacyModelChange {

  static final String RESOURCE = "processes/cer-candidacy.bpmn";
  static final String ADDED_TASK = "acknowledgeDossier";
  static final String RENAMED_VERIFICATION = "Vérifier les pièces du dossier d'entrée";

  private CandidacyModelChange() {
  }

  static byte[] original() {
    return classpath(RESOURCE);
  }

  /** The model of processes/ with the verification renamed and a secretariat task added before decideEntry. */
  static BpmnModelInstance changed() {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(original()));
    UserTask verify = model.getModelElementById(CerCandidacyProcess.Tasks.VERIFY_DOSSIER);
    verify.setName(RENAMED_VERIFICATION);

    SequenceFlow valid = model.getModelElementById("dossierValid");
    FlowNode decideEntry = valid.getTarget();
    Process process = (Process) valid.getParentElement();

    UserTask acknowledge = model.newInstance(UserTask.class);
    acknowledge.setId(ADDED_TASK);
    acknowledge.setName("Accuser réception du dossier");
    acknowledge.setCamundaCandidateGroups("cer-secretariat");
    acknowledge.setCamundaFormKey("embedded:deployment:forms/cer/verify-dossier.html");
    process.addChildElement(acknowledge);

    decideEntry.getIncoming().remove(valid);
    valid.setTarget(acknowledge);
    acknowledge.getIncoming().add(valid);

    SequenceFlow toDecideEntry = model.newInstance(SequenceFlow.class);
    toDecideEntry.setId("acknowledgedToDecideEntry");
    process.addChildElement(toDecideEntry);
    toDecideEntry.setSource(acknowledge);
    toDecideEntry.setTarget(decideEntry);
    acknowledge.getOutgoing().add(toDecideEntry);
    decideEntry.getIncoming().add(toDecideEntry);

    Bpmn.validateModel(model);
    return model;
  }

  /**
   * Deploys this model as the startup deployer deploys processes/cer-candidacy.bpmn, with its forms, at
   * the real time (duplicate filtering compares with the unit's most recent deployment, by deployment
   * time: a deployment dated in a test's campaign year would not count as the latest).
   */
  static ProcessDefinition deploy(RepositoryService repository, BpmnModelInstance model) {
    return atRealTime(() -> deployNow(repository, model));
  }

  /** Runs the startup deployer again, at the real time: processes/ becomes the latest version if it differs. */
  static void redeployProcesses(ProcessModelDeployer deployer, ProcessEngine engine) {
    atRealTime(() -> {
      deployer.postProcessEngineBuild(engine);
      return null;
    });
  }

  private static <T> T atRealTime(Supplier<T> action) {
    Date testTime = ClockUtil.getCurrentTime();
    ClockUtil.reset();
    try {
      return action.get();
    } finally {
      ClockUtil.setCurrentTime(testTime);
    }
  }

  private static ProcessDefinition deployNow(RepositoryService repository, BpmnModelInstance model) {
    byte[] xml = Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    DeploymentBuilder builder = repository.createDeployment()
        .name("cer-candidacy.bpmn")
        .source(ProcessModelDeployer.SOURCE)
        .addInputStream(RESOURCE, new ByteArrayInputStream(xml));
    for (String form : ProcessModelDeployer.referencedForms(xml)) {
      builder.addInputStream(form, new ByteArrayInputStream(classpath(form)));
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    return deployment.getDeployedProcessDefinitions().get(0);
  }

  static ProcessDefinition latest(RepositoryService repository) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(CerCandidacyProcess.KEY).latestVersion().singleResult();
  }

  private static byte[] classpath(String resource) {
    try (InputStream in = CandidacyModelChange.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
