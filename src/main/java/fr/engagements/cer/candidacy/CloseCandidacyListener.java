package fr.engagements.cer.candidacy;

import static fr.engagements.cer.CerCandidacyProcess.OUTCOME;

import fr.engagements.cer.CerCandidacyProcess.Outcome;
import fr.engagements.cer.publicservice.PublicServiceObligation;
import fr.engagements.process.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On every end event of a candidacy: records its {@code outcome}, read from the end event's
 * extension property {@code outcome}, as a process variable (kept in history) and on the candidacy row,
 * tells the applicant, and hands a funded candidacy over to its public-service follow-up.
 */
@Component("closeCandidacyListener")
public class CloseCandidacyListener implements ExecutionListener {

  public static final String OUTCOME_PROPERTY = "outcome";

  private final CandidacyService candidacies;
  private final ClosingNotice notice;
  private final PublicServiceObligation obligation;

  CloseCandidacyListener(CandidacyService candidacies, ClosingNotice notice, PublicServiceObligation obligation) {
    this.candidacies = candidacies;
    this.notice = notice;
    this.obligation = obligation;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String value = ModelProperties.of(execution, OUTCOME_PROPERTY).orElseThrow(() -> new IllegalStateException(
        "End event " + execution.getCurrentActivityId() + " has no extension property 'outcome'"));
    Outcome outcome = Outcome.valueOf(value);
    execution.getProcessInstance().setVariable(OUTCOME.name(), outcome.name());
    candidacies.close(execution.getProcessBusinessKey(), outcome);
    notice.send(execution, outcome);
    // CER_F1, CER_F3: the end event terminates the candidacy, not the allowance: what is still due goes on in the
    // public-service follow-up (unless the person withdrew), which then records the months owed
    obligation.handOver(execution, outcome != Outcome.WITHDRAWN);
  }
}
