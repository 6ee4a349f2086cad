package fr.engagements.cer.candidacy;

import static fr.engagements.cer.CerCandidacyProcess.OUTCOME;

import fr.engagements.cer.CerCandidacyProcess.Outcome;
import fr.engagements.process.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On every end event of a candidacy: records its {@code outcome}, read from the end event's
 * extension property {@code outcome}, as a process variable (kept in history) and on the candidacy row,
 * and tells the applicant (outcome, and the sum to reimburse if any).
 */
@Component("closeCandidacyListener")
public class CloseCandidacyListener implements ExecutionListener {

  public static final String OUTCOME_PROPERTY = "outcome";

  private final CandidacyService candidacies;
  private final ClosingNotice notice;

  CloseCandidacyListener(CandidacyService candidacies, ClosingNotice notice) {
    this.candidacies = candidacies;
    this.notice = notice;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String value = ModelProperties.of(execution, OUTCOME_PROPERTY).orElseThrow(() -> new IllegalStateException(
        "End event " + execution.getCurrentActivityId() + " has no extension property 'outcome'"));
    Outcome outcome = Outcome.valueOf(value);
    execution.getProcessInstance().setVariable(OUTCOME.name(), outcome.name());
    candidacies.close(execution.getProcessBusinessKey(), outcome);
    notice.send(execution, outcome);
  }
}
