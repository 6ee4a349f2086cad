package fr.engagements.cer.project;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Renvoyer le projet au demandeur" (CER_P3): sets {@code lastRefusal} from the refusals of the round and
 * sends the applicant the letter that says so.
 */
@Component("returnProjectDelegate")
public class ReturnProjectDelegate implements JavaDelegate {

  private final SignatureRound round;
  private final ProjectReturnedNotice notice;

  ReturnProjectDelegate(SignatureRound round, ProjectReturnedNotice notice) {
    this.round = round;
    this.notice = notice;
  }

  @Override
  public void execute(DelegateExecution execution) {
    round.returnProject(execution);
    notice.send(execution);
  }
}
