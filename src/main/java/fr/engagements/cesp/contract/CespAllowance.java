package fr.engagements.cesp.contract;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import fr.engagements.allowance.ContractKind;
import fr.engagements.allowance.Ledger;
import fr.engagements.config.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * The CESP allowance (CESP_2), at the month's rate ({@code AllowanceRates}), for each month from the start date the CNG
 * registered until the end of studies, paid on the 1st of the month through the shared ledger (one entry
 * per contract and month: a replayed step never pays twice). A month whose 1st falls in a suspension is
 * not paid (CESP_10: the allowance stops, and restarts on resumption).
 */
@Service
public class CespAllowance {

  private final Ledger ledger;
  private final Clock clock;

  CespAllowance(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  public void payDueMonth(DelegateExecution execution) {
    String ref = execution.getProcessBusinessKey();
    LocalDate month = ALLOWANCE_MONTH.find(execution).orElse(ALLOWANCE_START_DATE.get(execution)).withDayOfMonth(1);
    LocalDate today = LocalDate.now(clock);
    if (YearMonth.from(month).isAfter(YearMonth.from(today))) {
      schedule(execution, month, true); // the first month is still to come
      return;
    }
    boolean studiesOver = DIPLOMA_DATE.find(execution).map(diploma -> month.isAfter(diploma)).orElse(false);
    if (studiesOver) {
      ALLOWANCE_ACTIVE.set(execution, false);
      ALLOWANCE_PAID_CENTS.set(execution, ledger.allowanceGrossPaid(ref));
      return;
    }
    if (Boolean.TRUE.equals(SUSPENDED.get(execution))) {
      ALLOWANCE_MONTHS_SUSPENDED.set(execution, ALLOWANCE_MONTHS_SUSPENDED.find(execution).orElse(0) + 1);
    } else {
      // CESP_2: the ledger line names the contract's payer (recorded at signature)
      ledger.payAllowance(ContractKind.CESP, ref, month, PAYER_NAME.find(execution).orElse(null));
    }
    ALLOWANCE_PAID_CENTS.set(execution, ledger.allowanceGrossPaid(ref));
    schedule(execution, month.plusMonths(1), true);
  }

  private static void schedule(DelegateExecution execution, LocalDate month, boolean active) {
    ALLOWANCE_MONTH.set(execution, month);
    NEXT_ALLOWANCE_DATE.set(execution, month.atStartOfDay(EngineClock.ZONE).toOffsetDateTime().toString());
    ALLOWANCE_ACTIVE.set(execution, active);
  }
}
