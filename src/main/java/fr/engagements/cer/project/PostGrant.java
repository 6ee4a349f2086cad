package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.time.Clock;
import java.time.LocalDate;

import fr.engagements.allowance.ContractKind;
import fr.engagements.allowance.Ledger;
import fr.engagements.cer.allowance.CerAllowance;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * A granted off-quota post (CER_P1, CER_P4): any specialty in any subdivision. A funded candidacy then
 * owes public service for as long as it was funded (CER_F3): the obligation goes to the ledger.
 */
@Service
public class PostGrant {

  private final CerAllowance allowance;
  private final Ledger ledger;
  private final Clock clock;

  PostGrant(CerAllowance allowance, Ledger ledger, Clock clock) {
    this.allowance = allowance;
    this.ledger = ledger;
    this.clock = clock;
  }

  public static String assignedPost(String specialty, String subdivision) {
    return specialty.strip() + " — " + subdivision.strip();
  }

  public void grant(DelegateExecution execution) {
    ASSIGNED_POST.set(execution, assignedPost(SPECIALTY.get(execution), SUBDIVISION.get(execution)));
    if (FUNDING_DECISION.find(execution).orElse(null) == FundingDecision.FUNDED) {
      int months = allowance.monthsFunded(execution);
      ledger.recordServiceObligation(ContractKind.CER, execution.getProcessBusinessKey(), LocalDate.now(clock), months,
          "Obligation de service public de " + months + " mois hors internat, pour le poste " + ASSIGNED_POST.get(execution)
              + " (CER_F3)");
      SERVICE_OBLIGATION_MONTHS.set(execution, months);
    }
  }
}
