package fr.engagements.cer.project;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Renvoyer le projet au demandeur" (CER_P3): sets {@code lastRefusal} from the refusals of the round. */
@Component
public class ReturnProjectDelegate implements JavaDelegate {

  private final SignatureRound round;

  ReturnProjectDelegate(SignatureRound round) {
    this.round = round;
  }

  @Override
  public void execute(DelegateExecution execution) {
    round.returnProject(execution);
  }
}
