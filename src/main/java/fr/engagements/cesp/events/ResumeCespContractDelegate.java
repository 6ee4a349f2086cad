package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.LocalDate;

import fr.engagements.cesp.contract.Commitment;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Reprendre le contrat": the allowance restarts from the next month, the commitment's end timer is re-dated. */
@Component("resumeCespContractDelegate")
class ResumeCespContractDelegate implements JavaDelegate {

  private final Commitment commitment;

  ResumeCespContractDelegate(Commitment commitment) {
    this.commitment = commitment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InputCheck check = new InputCheck(execution);
    LocalDate resumed = check.date(RESUMPTION_DATE, "La date de reprise", true);
    check.done();
    if (!Boolean.TRUE.equals(SUSPENDED.get(execution))) {
      throw CaseInputException.conflict("Le contrat " + execution.getProcessBusinessKey() + " n'est pas suspendu.");
    }
    if (resumed.isBefore(SUSPENDED_SINCE.get(execution))) {
      throw CaseInputException.badRequest("La reprise (" + resumed + ") précède le début de la suspension ("
          + SUSPENDED_SINCE.get(execution) + ").");
    }
    commitment.resuming(execution, resumed); // the commitment's end moves by the anniversaries suspended
    SUSPENDED.set(execution, false);
  }
}
