package fr.engagements.appeal;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import fr.engagements.allowance.LedgerEntry;
import fr.engagements.casefile.CaseJournal;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;
import fr.engagements.cer.CerProjectTestSupport;
import fr.engagements.cer.campaign.CerCampaignRepository;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.config.EngineClock;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.LetterPdf;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A withdrawn CER decision (ADM_1) puts the case back where the decision had taken it from, in the answer's
 * transaction: the applicant files, the body that decided answers WITHDRAWN, and the case waits at the right step for
 * the right people, with its documents; the answer's letter says where it resumed and the timeline has the line.
 */
class CerWithdrawalProcessTest extends CerProjectTestSupport {

  static final String TEXT = "La décision contestée repose sur une erreur de fait : voir les pièces de mon dossier.";
  static final String RATIONALE = "Au vu des pièces produites, la décision contestée est retirée.";

  @Autowired
  Appeals appeals;
  @Autowired
  DecisionLetters letters;
  @Autowired
  CaseJournal journal;
  @Autowired
  CerCampaignRepository campaigns;

  /** One funded place per campaign: enough to fund one candidacy, and to spend the quota with a second. */
  @Override
  protected int quota() {
    return 1;
  }

  private Appeals.Summary appealAgainst(ProcessInstance pi, LetterKind kind) {
    String key = businessKey(pi);
    Letter letter = letters.ofCase(key).stream().filter(l -> l.kind() == kind).reduce((a, b) -> b).orElseThrow();
    String applicant = (String) variable(pi, APPLICANT_ID.name());
    return appeals.file(new CurrentUser(applicant, List.of(Groups.CER_APPLICANTS)), key, new Appeals.Filing(letter.id(), TEXT, List.of()));
  }

  /** The body that decided answers: the decision is withdrawn. */
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

  private ProcessInstance running(String key) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(key).singleResult();
  }

  private String answerLetter(String key) {
    Letter answer = letters.ofCase(key).stream().filter(l -> l.kind() == LetterKind.APPEAL_ANSWER).reduce((a, b) -> b).orElseThrow();
    return LetterPdf.text(letters.pdf(answer.id()).orElseThrow());
  }

  private List<String> journalOf(String key) {
    return journal.of(key).stream().map(CaseJournal.Entry::text).toList();
  }

  private List<String> candidateGroups(ProcessInstance pi, String taskKey) {
    return taskService().getIdentityLinksForTask(taskOf(pi, taskKey).getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  @Test
  void ADM_1_7_CER_P1_aWithdrawnPostRefusalGrantsThePostAsTheSessionWouldHave() {
    ProcessInstance pi = waitingForPostDecision(eligible());
    decidePost(pi, PostDecision.REFUSED);
    assertThat(pi).isEnded().hasPassed(Elements.END_POST_REFUSED);
    String key = businessKey(pi);

    Appeals.Summary appeal = appealAgainst(pi, LetterKind.CER_POST);
    // the jury answers in session (CER_J5): the appeal goes on the agenda of the campaign's next post session
    demo.planSession(year, JurySession.Kind.POST, "Séance des recours du " + LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 1));
    ProcessInstance appealPi = runtimeService().createProcessInstanceQuery().processDefinitionKey(AppealProcess.KEY)
        .processInstanceBusinessKey(appeal.businessKey()).singleResult();
    JurySession session = jurySessions.session(jurySessions.openItem(appealPi.getId(), AppealProcess.Tasks.ANSWER_APPEAL).orElseThrow()
        .getSessionId()).orElseThrow();
    sitting().decide(k -> k.equals(appeal.businessKey()) ? "WITHDRAWN" : "GRANTED").motivation(RATIONALE).sit(session);
    assertThat(appealPi).isEnded();

    ProcessInstance reopened = running(key);
    assertThat(reopened).as("a new instance of the candidacy, same business key").isNotNull();
    executeDueJobs(reopened);
    assertThat(reopened).isWaitingAt(Elements.RESEARCH_SERVABLE).hasPassed(Elements.GRANT_POST);
    assertThat(runtimeVariable(reopened, POST_DECISION.name())).isEqualTo("GRANTED");
    assertThat(runtimeVariable(reopened, POST_DECIDED_BY.name())).isEqualTo(CerDemoData.PRESIDENT);
    assertThat((String) runtimeVariable(reopened, POST_SESSION.name())).contains("Séance des recours", "sur recours gracieux");
    assertThat(runtimeVariable(reopened, POST_RATIONALE.name())).isEqualTo(RATIONALE);
    assertThat(runtimeVariable(reopened, ASSIGNED_POST.name())).isNotNull();
    assertThat((Object) runtimeService().getVariableTyped(reopened.getId(), SCIENTIFIC_PROJECT.name())).as("the project's documents").isNotNull();
    assertThat(managementService().createJobQuery().processInstanceId(reopened.getId()).activityId(Elements.NEXT_ALLOWANCE_TIMER)
        .count()).as("the funded allowance runs again").isOne();
    assertThat(candidacies.get(key).isEnded()).isFalse();

    // from when the months can have been served, the DES coordinator of the project's institution confirms them
    researchServable(reopened);
    assertThat(candidateGroups(reopened, Tasks.CONFIRM_RESEARCH_PERIOD)).contains(institutionGroup(Signer.DES_COORDINATOR));

    assertThat(answerLetter(key)).contains("la décision contestée est retirée", "Votre dossier est rouvert : il reprend au poste hors"
        + " contingent accordé");
    assertThat(journalOf(key)).anyMatch(t -> t.startsWith("Dossier rouvert après le retrait de la décision « Décision du jury sur le"
        + " poste hors contingent »"));
    assertThat(appeals.list(new CurrentUser((String) variable(pi, APPLICANT_ID.name()), List.of(Groups.CER_APPLICANTS)), key))
        .singleElement().extracting(Appeals.Summary::caseReopenedAt).asString().contains("poste hors contingent accordé");
  }

  @Test
  void ADM_1_8_CER_P9_aWithdrawnDefenseMissedClosingResumesWhereTheSecretariatRecordsTheDefenseAgain() {
    ProcessInstance pi = inSignatures(unfunded());
    allSign(pi);
    scheduleDefense(pi, LocalDate.of(year + 3, 5, 15));
    recordDefense(pi, false);
    assertThat(pi).isEnded().hasPassed(Elements.END_DEFENSE_MISSED);
    String key = businessKey(pi);

    withdraw(appealAgainst(pi, LetterKind.CER_CLOSING), "secretariat", Groups.CER_SECRETARIAT);

    ProcessInstance reopened = running(key);
    assertThat(reopened).isWaitingAt(Tasks.RECORD_DEFENSE);
    assertThat(candidateGroups(reopened, Tasks.RECORD_DEFENSE)).containsExactly(Groups.CER_SECRETARIAT);
    assertThat(runtimeService().getVariable(reopened.getId(), DEFENSE_HELD.name())).as("the absence is not carried").isNull();
    assertThat((Object) runtimeService().getVariableTyped(reopened.getId(), CV.name())).isNotNull();
    assertThat(answerLetter(key)).contains("il reprend au constat de la soutenance");
    assertThat(journalOf(key)).anyMatch(t -> t.startsWith("Dossier rouvert") && t.contains("constat de la soutenance"));

    completeAs("secretariat", Groups.CER_SECRETARIAT, reopened, Tasks.RECORD_DEFENSE, withVariables(DEFENSE_HELD.name(), true));
    assertThat(reopened).isWaitingAt(Tasks.DECIDE_POST);
  }

  @Test
  void ADM_1_9_CER_O1_aWithdrawnProjectNotFiledClosingResumesAtSubmitProjectWithAFreshDeadline() {
    ProcessInstance pi = admitted(unfunded());
    LocalDate today = LocalDate.of(year + 3, 4, 1);
    CerFixtures.setToday(today);
    executeDueJobs(pi);
    assertThat(pi).isEnded().hasPassed(Elements.END_PROJECT_NOT_FILED);
    String key = businessKey(pi);

    withdraw(appealAgainst(pi, LetterKind.CER_CLOSING), "secretariat", Groups.CER_SECRETARIAT);

    ProcessInstance reopened = running(key);
    assertThat(reopened).isWaitingAt(Tasks.SUBMIT_PROJECT);
    assertThat(taskOf(reopened, Tasks.SUBMIT_PROJECT).getAssignee()).isEqualTo(applicantOf(reopened));
    assertThat(taskOf(reopened, Tasks.SUBMIT_PROJECT).getDueDate()).isBefore(Date.from(today.plusDays(31).atStartOfDay(EngineClock.ZONE)
        .toInstant())).isAfter(Date.from(today.plusDays(30).atStartOfDay(EngineClock.ZONE).toInstant()));
    Job deadline = managementService().createJobQuery().processInstanceId(reopened.getId()).activityId(Elements.PROJECT_DEADLINE_TIMER)
        .singleResult();
    assertThat(deadline.getDuedate()).as("the campaign's deadline has passed: 30 days from today")
        .isEqualTo(Date.from(today.plusDays(31).atStartOfDay(EngineClock.ZONE).toInstant()));
    executeDueJobs(reopened);
    assertThat(reopened).as("the passed deadline does not close it again").isWaitingAt(Tasks.SUBMIT_PROJECT);
    assertThat(answerLetter(key)).contains("il reprend au dépôt du projet médico-scientifique par le candidat, au plus tard le");
    assertThat(journalOf(key)).anyMatch(t -> t.startsWith("Dossier rouvert") && t.contains("dépôt du projet"));

    submitProject(reopened, project(18));
    assertThat(reopened).isWaitingAt(Tasks.SIGN_LAB_DIRECTOR, Tasks.SIGN_HEAD_OF_DEPARTMENT, Tasks.SIGN_DEAN, Tasks.SIGN_DES_COORDINATOR);
  }

  @Test
  void ADM_1_15_CER_O2_aWithdrawnResearchShortfallClosingResumesAtTheConfirmationOfTheResearchMonths() {
    ProcessInstance pi = waitingForPostDecision(unfunded());
    decidePost(pi, PostDecision.GRANTED);
    confirmResearchPeriod(pi, 5);
    assertThat(pi).isEnded().hasPassed(Elements.END_RESEARCH_BREACHED);
    String key = businessKey(pi);

    withdraw(appealAgainst(pi, LetterKind.CER_CLOSING), "secretariat", Groups.CER_SECRETARIAT);

    ProcessInstance reopened = running(key);
    assertThat(reopened).isWaitingAt(Tasks.CONFIRM_RESEARCH_PERIOD);
    assertThat(candidateGroups(reopened, Tasks.CONFIRM_RESEARCH_PERIOD)).contains(institutionGroup(Signer.DES_COORDINATOR));
    assertThat(runtimeService().getVariable(reopened.getId(), RESEARCH_MONTHS_COMPLETED.name())).as("confirmed again").isNull();
    assertThat(answerLetter(key)).contains("il reprend à la confirmation des mois de recherche");

    completeAs("coordonnateur", Groups.DES_COORDINATORS, reopened, Tasks.CONFIRM_RESEARCH_PERIOD,
        withVariables(RESEARCH_MONTHS_COMPLETED.name(), 6));
    assertThat(reopened).isEnded().hasPassed(Elements.END_RESEARCH_COMPLETED);
    assertThat(candidacies.get(key).getOutcome()).isEqualTo(Outcome.RESEARCH_COMPLETED);
  }

  @Test
  void ADM_1_10_aClosingTheApplicantAskedForIsNotReopenedAndTheAnswerSaysWhy() {
    ProcessInstance pi = inSignatures(unfunded());
    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWAL).processInstanceBusinessKey(businessKey(pi)).correlate();
    assertThat(pi).isEnded();
    String key = businessKey(pi);

    withdraw(appealAgainst(pi, LetterKind.CER_CLOSING), "secretariat", Groups.CER_SECRETARIAT);

    assertThat(running(key)).isNull();
    assertThat(candidacies.get(key).getOutcome()).isEqualTo(Outcome.WITHDRAWN);
    assertThat(answerLetter(key)).contains("la décision contestée est retirée", "propre désistement", "ne rouvre pas la candidature")
        .doesNotContain("Votre dossier est rouvert");
    assertThat(journalOf(key)).anyMatch(t -> t.startsWith("Retrait de la décision « Clôture de la candidature »")
        && t.contains("propre désistement")).noneMatch(t -> t.startsWith("Dossier rouvert"));
  }

  @Test
  void ADM_1_11_CER_J3_aWithdrawnUnfundedDecisionIsFundedInPlaceWhenAPlaceIsLeft() {
    ProcessInstance pi = admitted(unfunded());
    assertThat(variable(pi, FUNDING_DECISION.name())).isEqualTo("UNFUNDED");
    String key = businessKey(pi);

    withdraw(appealAgainst(pi, LetterKind.CER_FUNDING), "secretariat", Groups.CER_SECRETARIAT);

    ProcessInstance same = running(key);
    assertThat(same.getId()).as("changed in place, not restarted").isEqualTo(pi.getId());
    assertThat(pi).isWaitingAt(Tasks.SUBMIT_PROJECT);
    assertThat(runtimeVariable(pi, FUNDING_DECISION.name())).isEqualTo("FUNDED");
    assertThat(candidacies.get(key).getFundingDecision()).isEqualTo(FundingDecision.FUNDED);
    assertThat(campaigns.findById(year).orElseThrow().getFundedCount()).as("the quota's one place").isEqualTo(1);
    executeDueJobs(pi);
    assertThat(ledger.entriesOf(key)).filteredOn(e -> e.getKind() == LedgerEntry.Kind.ALLOWANCE).as("the allowance starts").hasSize(1);
    assertThat(answerLetter(key)).contains("il reprend comme candidature financée");
    assertThat(journalOf(key)).anyMatch(t -> t.startsWith("Dossier rouvert") && t.contains("financée"));
  }

  @Test
  void ADM_1_12_CER_J3_aWithdrawnUnfundedDecisionWithTheQuotaSpentChangesNothingAndSaysSo() {
    ProcessInstance funded = admitted(eligible());
    assertThat(variable(funded, FUNDING_DECISION.name())).as("the quota's one place is taken").isEqualTo("FUNDED");
    ProcessInstance pi = admitted(unfunded());
    String key = businessKey(pi);

    withdraw(appealAgainst(pi, LetterKind.CER_FUNDING), "secretariat", Groups.CER_SECRETARIAT);

    assertThat(pi).isWaitingAt(Tasks.SUBMIT_PROJECT);
    assertThat(runtimeVariable(pi, FUNDING_DECISION.name())).isEqualTo("UNFUNDED");
    assertThat(campaigns.findById(year).orElseThrow().getFundedCount()).isEqualTo(1);
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.PAY_ALLOWANCE).count()).isZero();
    assertThat(answerLetter(key)).contains("aucune place ne reste dans le contingent").doesNotContain("Votre dossier est rouvert");
    assertThat(journalOf(key)).anyMatch(t -> t.startsWith("Retrait de la décision « Décision de financement »")
        && t.contains("aucune place"));
  }
}
