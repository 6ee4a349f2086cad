package fr.engagements.cesp;

import static fr.engagements.cesp.CespContractProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.engagements.cesp.CespContractProcess.CommissionList;
import fr.engagements.cesp.contract.PostChoice;
import fr.engagements.cesp.contract.ResidencyPost;
import fr.engagements.cesp.contract.ResidencyPostChoice;
import fr.engagements.cesp.contract.ResidencyPostChoice.PostSpec;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CESP_8: after the national ranking, beneficiaries who applied as students choose a residency post on the CESP list (data:
 * posts per subdivision and specialty), by rank: their tasks open one at a time, the better-ranked first, offering the
 * posts still free; the choice is recorded on the contract (variable and table).
 */
class CespPostChoiceProcessTest extends CespProcessTestSupport {

  @Autowired
  ResidencyPostChoice postChoice;

  @Override
  protected int quota() {
    return 3;
  }

  /** A round of its own per test: the faculty's number (T0012 → 3012), so tests never share posts. */
  private int round() {
    return 3000 + Integer.parseInt(ufr.substring(1));
  }

  private String post(String suffix) {
    return ufr + "-" + suffix;
  }

  /** Three students' contracts signed and registered (quota 3), the campaign still running. */
  private ProcessInstance[] threeContracts() {
    ProcessInstance campaignPi = startCampaign();
    ProcessInstance a = ranked(CommissionList.MAIN, 1);
    ProcessInstance b = ranked(CommissionList.MAIN, 2);
    ProcessInstance c = ranked(CommissionList.MAIN, 3);
    closeCommission(campaignPi);
    for (ProcessInstance pi : List.of(a, b, c)) {
      sign(pi, true, campaignPi);
      register(pi, LocalDate.of(YEAR, 10, 1));
      runJobs(pi);
    }
    return new ProcessInstance[] {a, b, c};
  }

  private Task choiceTask(ProcessInstance pi) {
    return taskOf(pi, Tasks.CHOOSE_RESIDENCY_POST);
  }

  private void choose(ProcessInstance pi, String code) {
    String applicant = (String) runtimeService().getVariable(pi.getId(), APPLICANT_ID.name());
    completeAs(applicant, "none", pi, Tasks.CHOOSE_RESIDENCY_POST, withVariables(RESIDENCY_POST.name(), code));
  }

  @Test
  void CESP_8_theBetterRankedChoosesFirstAmongThePostsStillFreeAndTheChoiceIsRecordedOnTheContract() {
    ProcessInstance[] contracts = threeContracts();
    ProcessInstance a = contracts[0];
    ProcessInstance b = contracts[1];
    ProcessInstance c = contracts[2];
    postChoice.definePosts(round(), List.of(
        new PostSpec(post("AMIENS-MG"), "Amiens", "Médecine générale", 1),
        new PostSpec(post("LILLE-PED"), "Lille", "Pédiatrie", 1),
        new PostSpec(post("ROUEN-PSY"), "Rouen", "Psychiatrie", 1)));

    // national ranks: B 120th, C 300th, A 500th
    postChoice.openRound(round(), Map.of(businessKey(a), 500, businessKey(b), 120, businessKey(c), 300));

    assertThat(choiceTask(b)).as("the best-ranked chooses first").isNotNull();
    assertThat(choiceTask(a)).isNull();
    assertThat(choiceTask(c)).isNull();
    assertThat(b).isWaitingAt(Tasks.CHOOSE_RESIDENCY_POST);
    assertThat(choiceTask(b).getAssignee()).isEqualTo(runtimeService().getVariable(b.getId(), APPLICANT_ID.name()));
    assertThat(choiceTask(b).getDescription()).contains("Classé(e) 120e", post("AMIENS-MG"), post("LILLE-PED"), post("ROUEN-PSY"));

    choose(b, post("AMIENS-MG"));
    assertThat(b).hasPassed("residencyPostChosen");
    assertThat(b).isWaitingAt(Elements.NEXT_ALLOWANCE_TIMER); // the contract goes on
    assertThat(choiceTask(c)).as("then the next-ranked").isNotNull();
    assertThat(choiceTask(a)).isNull();
    assertThat(choiceTask(c).getDescription()).contains("Classé(e) 300e", post("LILLE-PED")).doesNotContain(post("AMIENS-MG"));

    // the post the better-ranked took is refused, the choice stays open
    assertThatThrownBy(() -> choose(c, post("AMIENS-MG"))).hasMessageContaining("n'a plus de place libre");
    assertThatThrownBy(() -> choose(c, "NOPE")).hasMessageContaining("n'est pas sur la liste des postes CESP");
    assertThat(choiceTask(c)).isNotNull();
    choose(c, post("ROUEN-PSY"));

    assertThat(choiceTask(a).getDescription()).contains("Classé(e) 500e", post("LILLE-PED"))
        .doesNotContain(post("AMIENS-MG")).doesNotContain(post("ROUEN-PSY"));
    choose(a, post("LILLE-PED"));

    assertThat(applications.get(businessKey(b)).getResidencyPost()).isEqualTo(post("AMIENS-MG"));
    assertThat(applications.get(businessKey(c)).getResidencyPost()).isEqualTo(post("ROUEN-PSY"));
    assertThat(applications.get(businessKey(a)).getResidencyPost()).isEqualTo(post("LILLE-PED"));
    assertThat(runtimeService().getVariable(b.getId(), RESIDENCY_POST.name())).isEqualTo(post("AMIENS-MG"));
    assertThat(runtimeService().getVariable(b.getId(), RESIDENCY_POST_LABEL.name())).isEqualTo("Médecine générale — subdivision Amiens");
    assertThat(postChoice.round(round())).extracting(PostChoice::getBusinessKey, PostChoice::getStatus).containsExactly(
        org.assertj.core.groups.Tuple.tuple(businessKey(b), PostChoice.Status.CHOSEN),
        org.assertj.core.groups.Tuple.tuple(businessKey(c), PostChoice.Status.CHOSEN),
        org.assertj.core.groups.Tuple.tuple(businessKey(a), PostChoice.Status.CHOSEN));
    assertThat(postChoice.freePosts(round())).isEmpty();
    assertThat(postChoice.posts(round())).allSatisfy(p -> assertThat(p.getTaken()).isEqualTo(1));
  }

  @Test
  void CESP_8_aContractEndedSinceTheRoundOpenedIsPassedOverAndARoundRefusesUnknownContractsAndSharedRanks() {
    ProcessInstance[] contracts = threeContracts();
    postChoice.definePosts(round(), List.of(new PostSpec(post("CAEN-MG"), "Caen", "Médecine générale", 2)));
    assertThatThrownBy(() -> postChoice.openRound(round(), Map.of("CESP-2030-ZZ-000001", 10)))
        .hasMessageContaining("aucun contrat CESP sous ce numéro");
    assertThatThrownBy(() -> postChoice.openRound(round(), Map.of(businessKey(contracts[0]), 10, businessKey(contracts[1]), 10)))
        .hasMessageContaining("le rang 10 est donné deux fois");

    // the best-ranked's choice is open; the second's contract is ruptured meanwhile; the third comes next
    postChoice.openRound(round(), Map.of(businessKey(contracts[0]), 1, businessKey(contracts[1]), 2, businessKey(contracts[2]), 3));
    today(LocalDate.of(YEAR, 10, 15));
    runtimeService().createMessageCorrelation(MESSAGE_RUPTURE).processInstanceBusinessKey(businessKey(contracts[1]))
        .setVariable(RUPTURE_REASON.name(), "OWN_INITIATIVE").setVariable(RUPTURE_DATE.name(), YEAR + "-10-15").correlate();
    choose(contracts[0], post("CAEN-MG"));

    assertThat(contracts[1]).isEnded();
    assertThat(choiceTask(contracts[2])).isNotNull();
    assertThat(postChoice.choiceOf(businessKey(contracts[1])).orElseThrow().getStatus()).isEqualTo(PostChoice.Status.SKIPPED);
    ResidencyPost caen = postChoice.posts(round()).get(0);
    assertThat(caen.getTaken()).isEqualTo(1);
    assertThat(choiceTask(contracts[2]).getDescription()).contains(post("CAEN-MG") + " (Médecine générale — subdivision Caen, 1 place(s))");
  }
}
