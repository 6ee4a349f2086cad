package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.LocalDate;

import fr.engagements.allowance.ContractKind;
import fr.engagements.allowance.Ledger;
import fr.engagements.process.InputCheck;
import fr.engagements.process.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Calculer le remboursement" (CESP_10): the table named by the step's property {@code decisionKey}
 * (default {@code cesp-rupture-penalty}) decides; the amount and the table's version are recorded.
 */
@Component("computeCespRuptureDelegate")
class ComputeCespRuptureDelegate implements JavaDelegate {

  /** The ledger's note column holds 400 characters. */
  private static final int MAX_NOTE = 400;

  private final RupturePenalty penalty;
  private final Ledger ledger;
  private final RuptureNotice notice;

  ComputeCespRuptureDelegate(RupturePenalty penalty, Ledger ledger, RuptureNotice notice) {
    this.penalty = penalty;
    this.ledger = ledger;
    this.notice = notice;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InputCheck check = new InputCheck(execution);
    RuptureReason reason = check.choice(RUPTURE_REASON, "Le motif de rupture", RuptureReason.class, true);
    LocalDate date = check.date(RUPTURE_DATE, "La date de rupture", true);
    Boolean rezoning = check.optional(ARS_REZONING, "Le zonage de l'ARS");
    check.done();
    String ref = execution.getProcessBusinessKey();
    LocalDate diploma = DIPLOMA_DATE.find(execution).orElse(EXPECTED_DIPLOMA_DATE.get(execution));
    String key = ModelProperties.of(execution, "decisionKey").orElse(RupturePenalty.DEFAULT_DECISION);
    RupturePenalty.Facts facts = penalty.facts(ref, reason, date, diploma, Boolean.TRUE.equals(rezoning));
    RupturePenalty.Result result = penalty.decide(key, facts);
    NET_RECEIVED_CENTS.set(execution, facts.netReceivedCents());
    REMAINING_MONTHS.set(execution, facts.remainingMonths());
    PENALTY_CENTS.set(execution, result.penaltyCents());
    REIMBURSEMENT_DUE_CENTS.set(execution, result.dueCents());
    RUPTURE_RULE.set(execution, result.rule());
    RUPTURE_EXPLANATION.set(execution, result.explanation());
    RUPTURE_DECIDED_BY.set(execution, result.decidedBy());
    ALLOWANCE_PAID_CENTS.set(execution, ledger.allowanceGrossPaid(ref));
    if (result.dueCents() > 0) {
      ledger.recordReimbursementDue(ContractKind.CESP, ref, date, ledger.allowanceGrossPaid(ref), result.dueCents(),
          abbreviate("Rupture CESP (" + reason + ", " + result.decidedBy() + ") : " + result.explanation()));
    }
    notice.send(execution, reason, date, diploma, facts, result);
  }

  private static String abbreviate(String note) {
    return note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE - 1) + "…";
  }
}
