package fr.engagements.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDate;
import java.util.List;

import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;
import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.CespContractProcess.CommissionList;
import fr.engagements.cesp.CespProcessTestSupport;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Appeals against CESP decisions go to the body that decided (ADM_1_4): the faculty's UFR for an offer (CESP_12). */
class CespAppealTest extends CespProcessTestSupport {

  @Autowired
  Appeals appeals;
  @Autowired
  DecisionLetters letters;

  @Test
  void ADM_1_4_anAppealAgainstAnOfferGoesToTheUfrOfTheFacultyOnly() {
    ProcessInstance campaignPi = startCampaign();
    ProcessInstance pi = ranked(CommissionList.MAIN, 1);
    closeCommission(campaignPi);
    String key = businessKey(pi);
    Letter offer = letters.ofCase(key).stream().filter(l -> l.kind() == LetterKind.CESP_OFFER).findFirst().orElseThrow();
    String applicant = (String) variable(pi, CespContractProcess.APPLICANT_ID.name());
    today(LocalDate.of(YEAR, 10, 20));

    Appeals.Filing filing = new Appeals.Filing(offer.id(), "Mon rang sur la liste principale ne tient pas compte de mon classement.", List.of());
    assertThatThrownBy(() -> appeals.file(new CurrentUser("someone-else", List.of(Groups.CESP_APPLICANTS)), key, filing))
        .isInstanceOfSatisfying(CaseInputException.class, e -> assertThat(e.status()).isEqualTo(403));
    Appeals.Summary filed = appeals.file(new CurrentUser(applicant, List.of(Groups.CESP_APPLICANTS)), key, filing);

    assertThat(filed.answeringBody()).contains(ufr);
    Task task = taskService().createTaskQuery().processInstanceBusinessKey(filed.businessKey())
        .taskDefinitionKey(AppealProcess.Tasks.ANSWER_APPEAL).singleResult();
    assertThat(taskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly(Groups.UFR + "." + ufr);
    assertThat(letters.ofCase(key)).extracting(Letter::kind).contains(LetterKind.APPEAL_RECEIVED);
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(AppealProcess.KEY).processInstanceBusinessKey(filed.businessKey()).count()).isEqualTo(1);
  }
}
