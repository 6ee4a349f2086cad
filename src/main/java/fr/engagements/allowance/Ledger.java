package fr.engagements.allowance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.engagements.allowance.LedgerEntry.Kind;
import org.springframework.stereotype.Service;

/**
 * The money ledger of both contracts. Called from delegates, it writes in the engine's transaction:
 * an entry commits with the process step that caused it, or not at all.
 */
@Service
public class Ledger {

  private final LedgerRepository entries;
  private final AllowanceRates rates;
  private final Clock clock;

  Ledger(LedgerRepository entries, AllowanceRates rates, Clock clock) {
    this.entries = entries;
    this.rates = rates;
    this.clock = clock;
  }

  /**
   * Pays the allowance of one month, once, at the rate of that month ({@link AllowanceRates}): returns false,
   * writing nothing, when that month is already paid. A concurrent duplicate is stopped by the database's unique
   * constraint (the job then retries and finds the month paid).
   */
  public boolean payAllowance(ContractKind kind, String contractRef, LocalDate month) {
    return payAllowance(kind, contractRef, month, null);
  }

  /** The same, the ledger line naming who pays it (CESP_2: the CNG, or a region's ARS), when the contract says so. */
  public boolean payAllowance(ContractKind kind, String contractRef, LocalDate month, String payer) {
    LocalDate period = month.withDayOfMonth(1);
    if (entries.existsByContractRefAndKindAndPeriod(contractRef, Kind.ALLOWANCE, period)) {
      return false;
    }
    AllowanceRates.Rate rate = rates.monthlyRate(kind, period);
    entries.saveAndFlush(new LedgerEntry(kind, contractRef, Kind.ALLOWANCE, period, rate.grossCents(),
        rate.netCents(), 1, "Allocation mensuelle " + period.getYear() + "-" + String.format("%02d", period.getMonthValue())
        + (payer == null ? "" : " — payeur : " + payer), clock.instant()));
    return true;
  }

  /** Records what the beneficiary owes (reimbursement of net sums, plus penalty); once per month and contract. */
  public void recordReimbursementDue(ContractKind kind, String contractRef, LocalDate month, long grossPaidCents,
      long dueCents, String note) {
    LocalDate period = month.withDayOfMonth(1);
    if (!entries.existsByContractRefAndKindAndPeriod(contractRef, Kind.REIMBURSEMENT_DUE, period)) {
      entries.saveAndFlush(new LedgerEntry(kind, contractRef, Kind.REIMBURSEMENT_DUE, period, grossPaidCents, dueCents,
          null, note, clock.instant()));
    }
  }

  /** Records a public-service obligation in months (CER_F3, CESP_3); once per month and contract. */
  public void recordServiceObligation(ContractKind kind, String contractRef, LocalDate month, int months, String note) {
    LocalDate period = month.withDayOfMonth(1);
    if (!entries.existsByContractRefAndKindAndPeriod(contractRef, Kind.SERVICE_OBLIGATION, period)) {
      entries.saveAndFlush(new LedgerEntry(kind, contractRef, Kind.SERVICE_OBLIGATION, period, 0, 0, months, note,
          clock.instant()));
    }
  }

  /**
   * Cancels what is due on this contract (a rupture withdrawn on appeal): for each {@link Kind#REIMBURSEMENT_DUE} line
   * not yet cancelled, an opposite line in the same month with the reason. Money lines are never deleted. Returns the sum
   * cancelled, in cents.
   */
  public long cancelReimbursementDue(ContractKind kind, String contractRef, String note) {
    long cancelled = 0;
    for (LedgerEntry due : entries.findByContractRefOrderByPeriodAscIdAsc(contractRef)) {
      if (due.getKind() == Kind.REIMBURSEMENT_DUE
          && !entries.existsByContractRefAndKindAndPeriod(contractRef, Kind.REIMBURSEMENT_CANCELLED, due.getPeriod())) {
        entries.saveAndFlush(new LedgerEntry(kind, contractRef, Kind.REIMBURSEMENT_CANCELLED, due.getPeriod(),
            -due.getGrossCents(), -due.getNetCents(), null, note.length() <= 400 ? note : note.substring(0, 399) + "…",
            clock.instant()));
        cancelled += due.getNetCents();
      }
    }
    return cancelled;
  }

  public long allowanceGrossPaid(String contractRef) {
    return entries.sumGross(contractRef, Kind.ALLOWANCE);
  }

  public long allowanceNetPaid(String contractRef) {
    return entries.sumNet(contractRef, Kind.ALLOWANCE);
  }

  public long allowanceMonthsPaid(String contractRef) {
    return entries.countByContractRefAndKind(contractRef, Kind.ALLOWANCE);
  }

  public List<LedgerEntry> entriesOf(String contractRef) {
    return entries.findByContractRefOrderByPeriodAscIdAsc(contractRef);
  }
}
