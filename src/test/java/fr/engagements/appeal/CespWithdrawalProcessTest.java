package fr.engagements.appeal;

import static fr.engagements.cesp.CespContractProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import fr.engagements.allowance.LedgerEntry;
import fr.engagements.allowance.LedgerEntry.Kind;
import fr.engagements.casefile.CaseJournal;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;
import fr.engagements.cesp.CespContractProcess.CommissionList;
import fr.engagements.cesp.CespProcessTestSupport;
import fr.engagements.cesp.application.CespApplications;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.support.LetterPdf;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A withdrawn CESP decision (ADM_1): a rupture withdrawn by the CNG resumes the contract where it was, and what the
 * rupture claimed is cancelled in the ledger by an opposite line (never deleted); a withdrawn offer changes nothing.
 */
class CespWithdrawalProcessTest extends CespProcessTestSupport {

  static final String RATIONALE = "Le motif de rupture n'est pas établi : la décision de rupture est retirée.";

  @Autowired
  Appeals appeals;
  @Autowired
  DecisionLetters letters;
  @Autowired
  CaseJournal journal;
  @Autowired
  CespApplications applications;

  private Appeals.Summary appealAgainst(ProcessInstance pi, LetterKind kind) {
    String key = businessKey(pi);
    Letter letter = letters.ofCase(key).stream().filter(l -> l.kind() == kind).reduce((a, b) -> b).orElseThrow();
    String applicant = (String) variable(pi, APPLICANT_ID.name());
    return appeals.file(new CurrentUser(applicant, List.of(Groups.CESP_APPLICANTS)), key,
        new Appeals.Filing(letter.id(), "Je n'ai jamais demandé la rupture de mon contrat : voir mon courrier.", List.of()));
  }

  private void withdraw(Appeals.Summary appeal, String userId, String group) {
    Task task = taskService().createTaskQuery().processInstanceBusinessKey(appeal.businessKey())
        .taskDefinitionKey(AppealProcess.Tasks.ANSWER_APPEAL).singleResult();
    as(userId, group);
    try {
      taskService().complete(task.getId(), withVariables(AppealProcess.APPEAL_DECISION.name(), "WITHDRAWN",
          AppealProcess.APPEAL_RATIONALE.name(), RATIONALE));
    } finally {
      asSystem();
    }
  }

  private String answerLetter(String key) {
    Letter answer = letters.ofCase(key).stream().filter(l -> l.kind() == LetterKind.APPEAL_ANSWER).reduce((a, b) -> b).orElseThrow();
    return LetterPdf.text(letters.pdf(answer.id()).orElseThrow());
  }

  private List<String> candidateGroups(ProcessInstance pi) {
    return taskService().getIdentityLinksForTask(taskOf(pi, Tasks.CONFIRM_END_OF_STUDIES).getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  @Test
  void ADM_1_13_CESP_10_aWithdrawnRuptureResumesTheContractWhereItWasAndCancelsTheSumDue() {
    ProcessInstance pi = contractInForce()[0];
    String key = businessKey(pi);
    List<String> groupsBefore = candidateGroups(pi);
    assertThat(groupsBefore).contains(Groups.UFR + "." + ufr);
    LocalDate rupture = LocalDate.of(YEAR, 12, 15);
    monthByMonth(LocalDate.of(YEAR, 11, 1), rupture, pi);
    today(rupture);
    runtimeService().createMessageCorrelation(MESSAGE_RUPTURE).processInstanceBusinessKey(key)
        .setVariable(RUPTURE_REASON.name(), "OWN_INITIATIVE").setVariable(RUPTURE_DATE.name(), rupture.toString()).correlate();
    assertThat(pi).isEnded().hasPassed("endRuptured");
    long due = (Long) variable(pi, REIMBURSEMENT_DUE_CENTS.name());
    assertThat(due).as("the rupture claims a sum").isPositive();

    withdraw(appealAgainst(pi, LetterKind.CESP_RUPTURE), "cng", Groups.CNG);

    ProcessInstance reopened = runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(key)
        .singleResult();
    assertThat(reopened).as("the contract in force again, same business key").isNotNull();
    assertThat(reopened).isWaitingAt(Tasks.CONFIRM_END_OF_STUDIES, Elements.NEXT_ALLOWANCE_TIMER);
    assertThat(runtimeService().getActivityInstance(reopened.getId()).getActivityInstances(Elements.CONTRACT_LIFE))
        .as("one contract in force, both its branches in it").hasSize(1);
    assertThat(candidateGroups(reopened)).as("offered as before the rupture: the faculty's UFR")
        .containsExactlyInAnyOrderElementsOf(groupsBefore);
    assertThat(runtimeService().getVariable(reopened.getId(), RUPTURE_REASON.name())).as("the rupture is not carried").isNull();
    assertThat(runtimeService().getVariable(reopened.getId(), OUTCOME.name())).isNull();
    assertThat(applications.get(key).isEnded()).isFalse();

    // money rows are never deleted: the sum due stays, an opposite line cancels it, with the reason
    List<LedgerEntry> entries = ledger.entriesOf(key);
    assertThat(entries).filteredOn(e -> e.getKind() == Kind.REIMBURSEMENT_DUE).extracting(LedgerEntry::getNetCents).containsExactly(due);
    assertThat(entries).filteredOn(e -> e.getKind() == Kind.REIMBURSEMENT_CANCELLED).singleElement().satisfies(e -> {
      assertThat(e.getNetCents()).isEqualTo(-due);
      assertThat(e.getNote()).contains("Rupture retirée sur recours gracieux n° 1");
    });

    // the allowance goes on: January is paid
    long monthsPaid = ledger.allowanceMonthsPaid(key);
    monthByMonth(LocalDate.of(YEAR + 1, 1, 1), LocalDate.of(YEAR + 1, 1, 1), reopened);
    assertThat(ledger.allowanceMonthsPaid(key)).isEqualTo(monthsPaid + 1);

    assertThat(answerLetter(key)).contains("Votre dossier est rouvert : il reprend comme contrat en cours",
        "Constater la fin des études", "est annulée");
    assertThat(journal.of(key)).extracting(CaseJournal.Entry::text)
        .anyMatch(t -> t.startsWith("Dossier rouvert après le retrait de la décision « Rupture du contrat d'engagement de service public »"));
  }

  @Test
  void ADM_1_14_aWithdrawnOfferChangesNothingAndTheAnswerSaysWhy() {
    ProcessInstance campaignPi = startCampaign();
    ProcessInstance pi = ranked(CommissionList.MAIN, 1);
    closeCommission(campaignPi);
    String key = businessKey(pi);
    today(LocalDate.of(YEAR, 10, 20));

    withdraw(appealAgainst(pi, LetterKind.CESP_OFFER), "ufr", Groups.UFR + "." + ufr);

    assertThat(pi).isWaitingAt(Tasks.SIGN_CONTRACT);
    assertThat(answerLetter(key)).contains("la décision contestée est retirée", "contingent de la faculté")
        .doesNotContain("Votre dossier est rouvert");
    assertThat(journal.of(key)).extracting(CaseJournal.Entry::text)
        .anyMatch(t -> t.startsWith("Retrait de la décision « Proposition de contrat d'engagement de service public »"));
  }
}
