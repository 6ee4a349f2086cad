package fr.engagements.cesp.contract;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.LocalDate;

import fr.engagements.allowance.ContractKind;
import fr.engagements.allowance.Ledger;
import fr.engagements.config.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * The commitment (CESP_3): practise in an underserved zone for as many months as the allowance was paid,
 * and at least 24. Its clock counts one month at each monthly anniversary of the start, unless the
 * contract is suspended then (CESP_10: the clock stops, and restarts on resumption).
 */
@Service
public class Commitment {

  public static final int MINIMUM_MONTHS = 24;

  private final Ledger ledger;

  Commitment(Ledger ledger) {
    this.ledger = ledger;
  }

  public static int requiredMonths(long monthsPaid) {
    return (int) Math.max(MINIMUM_MONTHS, monthsPaid);
  }

  public void start(DelegateExecution execution) {
    String ref = execution.getProcessBusinessKey();
    long paid = ledger.allowanceMonthsPaid(ref);
    int required = requiredMonths(paid);
    LocalDate start = COMMITMENT_START_DATE.get(execution);
    ledger.recordServiceObligation(ContractKind.CESP, ref, start, required, "Engagement CESP : " + required
        + " mois d'exercice en zone sous-dotée (" + paid + " mois d'allocation, minimum " + MINIMUM_MONTHS + ")");
    COMMITMENT_MONTHS_REQUIRED.set(execution, required);
    COMMITMENT_MONTHS_SERVED.set(execution, 0);
    COMMITMENT_MONTHS_SUSPENDED.set(execution, 0);
    COMMITMENT_COMPLETE.set(execution, false);
    ALLOWANCE_PAID_CENTS.set(execution, ledger.allowanceGrossPaid(ref));
    schedule(execution, start.plusMonths(1));
  }

  public void countMonth(DelegateExecution execution) {
    if (Boolean.TRUE.equals(SUSPENDED.get(execution))) {
      COMMITMENT_MONTHS_SUSPENDED.set(execution, COMMITMENT_MONTHS_SUSPENDED.get(execution) + 1);
    } else {
      COMMITMENT_MONTHS_SERVED.set(execution, COMMITMENT_MONTHS_SERVED.get(execution) + 1);
    }
    COMMITMENT_COMPLETE.set(execution, COMMITMENT_MONTHS_SERVED.get(execution) >= COMMITMENT_MONTHS_REQUIRED.get(execution));
    int counted = COMMITMENT_MONTHS_SERVED.get(execution) + COMMITMENT_MONTHS_SUSPENDED.get(execution);
    schedule(execution, COMMITMENT_START_DATE.get(execution).plusMonths(counted + 1L));
  }

  private static void schedule(DelegateExecution execution, LocalDate next) {
    COMMITMENT_MONTH.set(execution, next);
    NEXT_COMMITMENT_DATE.set(execution, next.atStartOfDay(EngineClock.ZONE).toOffsetDateTime().toString());
  }
}
