package fr.engagements.cer.allowance;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import fr.engagements.allowance.ContractKind;
import fr.engagements.allowance.Ledger;
import fr.engagements.allowance.LedgerEntry;
import fr.engagements.config.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * The CER allowance (CER_F1): paid at the CESP level for each month from admission until the start of
 * the 3rd cycle, i.e. three years after the DFASM1 start; the month of admission is paid in full.
 */
@Service
public class CerAllowance {

  /** The withdrawal's step of every version of the model. */
  static final String WITHDRAWAL_STEP = "recordWithdrawalReimbursement";

  private final Ledger ledger;
  private final Clock clock;

  CerAllowance(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /** The 3rd cycle starts after DFASM1, DFASM2 and DFASM3. */
  public static LocalDate thirdCycleStart(LocalDate dfasm1Start) {
    return dfasm1Start.plusYears(3);
  }

  /**
   * Pays the month due (if any), keeps {@code allowancePaidCents} current and schedules the next
   * month; {@code allowanceActive} turns false once the 3rd cycle has started.
   */
  public void payDueMonth(DelegateExecution execution) {
    String ref = execution.getProcessBusinessKey();
    LocalDate month = ALLOWANCE_MONTH.find(execution).orElse(LocalDate.now(clock).withDayOfMonth(1));
    YearMonth lastPaidMonth = YearMonth.from(thirdCycleStart(DFASM1_START_DATE.get(execution))).minusMonths(1);
    if (!YearMonth.from(month).isAfter(lastPaidMonth)) {
      ledger.payAllowance(ContractKind.CER, ref, month);
    }
    LocalDate next = month.plusMonths(1).withDayOfMonth(1);
    ALLOWANCE_PAID_CENTS.set(execution, ledger.allowanceGrossPaid(ref));
    ALLOWANCE_MONTH.set(execution, next);
    NEXT_ALLOWANCE_DATE.set(execution, next.atStartOfDay(EngineClock.ZONE).toOffsetDateTime().toString());
    ALLOWANCE_ACTIVE.set(execution, !YearMonth.from(next).isAfter(lastPaidMonth));
  }

  /**
   * A funded candidacy that ends early (withdrawal, project not filed, research shortfall): nothing is billed (CER_F3:
   * only a breach of the public-service obligation makes the student reimburse « les sommes versées »). The obligation
   * survives: each funded month paid is a month of public service owed after the residency, recorded in the ledger once
   * (a post granted already recorded it). Returns the months owed, 0 for an unfunded candidacy.
   */
  public int recordObligationAtEarlyEnd(DelegateExecution execution, String reason) {
    String ref = execution.getProcessBusinessKey();
    ALLOWANCE_PAID_CENTS.set(execution, ledger.allowanceGrossPaid(ref));
    boolean recorded = ledger.entriesOf(ref).stream().anyMatch(e -> e.getKind() == LedgerEntry.Kind.SERVICE_OBLIGATION);
    int months = (int) ledger.allowanceMonthsPaid(ref);
    // CER_F1: only a withdrawal stops the allowance; after any other early end it goes on in the public-service follow-up,
    // which records the months owed when it stops
    boolean allowanceGoesOn = ALLOWANCE_ACTIVE.find(execution).orElse(false) && !WITHDRAWAL_STEP.equals(execution.getCurrentActivityId());
    if (months > 0 && !recorded && !allowanceGoesOn) {
      ledger.recordServiceObligation(ContractKind.CER, ref, LocalDate.now(clock), months, reason + " : " + months
          + " mois de service public hors internat restent dus après l'internat, sans remboursement (CER_F3)");
      SERVICE_OBLIGATION_MONTHS.set(execution, months);
    }
    if (WITHDRAWAL_STEP.equals(execution.getCurrentActivityId())) {
      ALLOWANCE_ACTIVE.set(execution, false);
    }
    return months;
  }
}
