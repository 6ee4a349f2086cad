package fr.engagements.cesp.events;

import java.time.LocalDate;
import java.util.Map;

import fr.engagements.allowance.Ledger;
import fr.engagements.cesp.CespContractProcess.RuptureReason;
import fr.engagements.process.Decisions;
import fr.engagements.process.Decisions.Decided;
import org.springframework.stereotype.Service;

/**
 * What a beneficiary owes on a rupture (CESP_10), decided by a DMN table: by default
 * {@code cesp-rupture-penalty} (the seeds' rule), or {@code cesp-rupture-penalty-2020} (arrêté of
 * 26 May 2020) when the model's rupture step names it. The table gets the facts; the money comes out of it.
 */
@Service
public class RupturePenalty {

  public static final String DEFAULT_DECISION = "cesp-rupture-penalty";
  public static final String DECISION_2020 = "cesp-rupture-penalty-2020";

  private final Ledger ledger;
  private final Decisions decisions;

  RupturePenalty(Ledger ledger, Decisions decisions) {
    this.ledger = ledger;
    this.decisions = decisions;
  }

  /** The facts given to the table. */
  public record Facts(RuptureReason reason, LocalDate ruptureDate, LocalDate diplomaDate, boolean arsRezoning,
      long netReceivedCents, long monthsReceived) {

    public boolean afterDiploma() {
      return !ruptureDate.isBefore(diplomaDate);
    }

    public int remainingMonths() {
      return afterDiploma() ? 0 : RupturePenalty.remainingMonths(ruptureDate, diplomaDate);
    }

    Map<String, Object> asDecisionVariables() {
      return Map.of("ruptureReason", reason.name(), "afterDiploma", afterDiploma(), "remainingMonths", remainingMonths(),
          "monthsReceived", monthsReceived, "netReceivedCents", netReceivedCents, "arsRezoning", arsRezoning);
    }
  }

  public record Result(long reimbursementCents, long penaltyCents, String rule, String explanation, String decidedBy) {

    public long dueCents() {
      return reimbursementCents + penaltyCents;
    }
  }

  /**
   * Every month started between the rupture date and the diploma date counts: the smallest n such that
   * the rupture date plus n months reaches the diploma date (15 March → 30 June: 4 months).
   */
  public static int remainingMonths(LocalDate ruptureDate, LocalDate diplomaDate) {
    int n = 0;
    while (ruptureDate.plusMonths(n).isBefore(diplomaDate)) {
      n++;
    }
    return n;
  }

  public Facts facts(String contractRef, RuptureReason reason, LocalDate ruptureDate, LocalDate diplomaDate, boolean rezoning) {
    return new Facts(reason, ruptureDate, diplomaDate, rezoning, ledger.allowanceNetPaid(contractRef),
        ledger.allowanceMonthsPaid(contractRef));
  }

  public Result decide(String decisionKey, Facts facts) {
    Decided decided = decisions.evaluateSingle(decisionKey, facts.asDecisionVariables());
    Number reimbursement = decided.get("reimbursementCents", Number.class);
    Number penalty = decided.get("penaltyCents", Number.class);
    if (reimbursement == null || penalty == null) {
      throw new IllegalStateException(decided.describe() + " gave no amount for " + facts);
    }
    return new Result(reimbursement.longValue(), penalty.longValue(), decided.get("rule", String.class),
        decided.get("explanation", String.class), decided.describe());
  }
}
