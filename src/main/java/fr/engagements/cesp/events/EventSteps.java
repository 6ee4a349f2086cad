package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.LocalDate;
import java.util.Set;

import fr.engagements.allowance.Ledger;
import fr.engagements.allowance.LedgerEntry.ContractType;
import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.contract.ArsCheck;
import fr.engagements.cesp.contract.ReferenceData;
import fr.engagements.cesp.privacy.RestrictedData;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import fr.engagements.process.MessagePolicy;
import fr.engagements.process.ModelProperties;
import fr.engagements.process.TaskPolicy;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/** Events of a contract in force (CESP_9, CESP_10): the messages clients may send, and the steps they trigger. */
final class EventSteps {

  private EventSteps() {
  }

  @Component
  static class RupturePolicy implements MessagePolicy {
    @Override
    public String messageName() {
      return MESSAGE_RUPTURE;
    }

    @Override
    public Set<String> variables() {
      return Set.of(RUPTURE_REASON.name(), RUPTURE_DATE.name(), ARS_REZONING.name());
    }
  }

  @Component
  static class SuspensionPolicy implements MessagePolicy {
    @Override
    public String messageName() {
      return MESSAGE_SUSPENSION;
    }

    @Override
    public Set<String> variables() {
      return Set.of(SUSPENSION_REASON.name(), SUSPENSION_DATE.name(), HEALTH_EVIDENCE.name());
    }
  }

  @Component
  static class ResumptionPolicy implements MessagePolicy {
    @Override
    public String messageName() {
      return MESSAGE_RESUMPTION;
    }

    @Override
    public Set<String> variables() {
      return Set.of(RESUMPTION_DATE.name());
    }
  }

  @Component
  static class RegionChangePolicy implements MessagePolicy {
    @Override
    public String messageName() {
      return MESSAGE_REGION_CHANGE;
    }

    @Override
    public Set<String> variables() {
      return Set.of(TARGET_REGION.name());
    }
  }

  /**
   * "Suspendre le contrat" (CESP_10): the allowance and the commitment clock stop. The reason and any health
   * evidence are special-category data: transient variables only, kept in the restricted store (cng, ars).
   */
  @Component("suspendCespContractDelegate")
  static class Suspend implements JavaDelegate {

    private final RestrictedData restricted;

    Suspend(RestrictedData restricted) {
      this.restricted = restricted;
    }

    @Override
    public void execute(DelegateExecution execution) {
      RestrictedData.requireTransient(execution, SUSPENSION_REASON.name(), "Le motif de suspension");
      RestrictedData.requireTransient(execution, HEALTH_EVIDENCE.name(), "Le justificatif de santé");
      InputCheck check = new InputCheck(execution);
      SuspensionReason reason = check.choice(SUSPENSION_REASON, "Le motif de suspension", SuspensionReason.class, true);
      LocalDate since = check.date(SUSPENSION_DATE, "La date de début de la suspension", true);
      FileValue evidence = check.pdf(HEALTH_EVIDENCE, "Le justificatif de santé", false);
      if (evidence != null && reason != SuspensionReason.ILLNESS) {
        check.problem("Un justificatif de santé n'est demandé que pour une suspension pour maladie : ne le joignez pas.");
      }
      check.done();
      if (Boolean.TRUE.equals(SUSPENDED.get(execution))) {
        throw CaseInputException.conflict("Le contrat " + execution.getProcessBusinessKey() + " est déjà suspendu depuis le "
            + SUSPENDED_SINCE.get(execution) + ".");
      }
      restricted.storeSuspension(execution.getProcessBusinessKey(), reason.name(), since, evidence);
      SUSPENDED.set(execution, true);
      SUSPENDED_SINCE.set(execution, since);
      SUSPENSION_COUNT.set(execution, SUSPENSION_COUNT.find(execution).orElse(0) + 1);
    }
  }

  /** "Reprendre le contrat": the allowance and the clock restart from the next month. */
  @Component("resumeCespContractDelegate")
  static class Resume implements JavaDelegate {

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
      SUSPENDED.set(execution, false);
    }
  }

  /** "Ouvrir la demande de changement de région" (CESP_9). */
  @Component("openCespRegionChangeDelegate")
  static class OpenRegionChange implements JavaDelegate {

    private final ReferenceData reference;

    OpenRegionChange(ReferenceData reference) {
      this.reference = reference;
    }

    @Override
    public void execute(DelegateExecution execution) {
      InputCheck check = new InputCheck(execution);
      String target = check.text(TARGET_REGION, "La région cible", 8, true);
      check.done();
      if (reference.region(target).isEmpty()) {
        throw CaseInputException.badRequest("La région « " + target + " » n'existe pas.");
      }
      String current = REGION.get(execution);
      if (target.equals(current)) {
        throw CaseInputException.badRequest("Le contrat relève déjà de la région " + reference.regionLabel(target) + ".");
      }
      if (REGION_CHANGE_DECISION.find(execution).filter("PENDING"::equals).isPresent()) {
        throw CaseInputException.conflict("Une demande de changement de région est déjà en cours.");
      }
      REGION_CHANGE_REQUESTED_FROM.set(execution, current);
      REGION_CHANGE_DECISION.set(execution, "PENDING");
      HOME_ARS_APPROVED.set(execution, null);
      TARGET_ARS_APPROVED.set(execution, null);
    }
  }

  /** "Appliquer la décision": the region changes only when both ARS approved. */
  @Component("decideCespRegionChangeDelegate")
  static class DecideRegionChange implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
      boolean approved = Boolean.TRUE.equals(HOME_ARS_APPROVED.get(execution)) && Boolean.TRUE.equals(TARGET_ARS_APPROVED.get(execution));
      REGION_CHANGE_DECISION.set(execution, approved ? "APPROVED" : "REFUSED");
      if (approved) {
        REGION.set(execution, TARGET_REGION.get(execution));
      }
    }
  }

  abstract static class RegionApproval implements TaskPolicy {

    private final ArsCheck ars;
    private final ReferenceData reference;

    RegionApproval(ArsCheck ars, ReferenceData reference) {
      this.ars = ars;
      this.reference = reference;
    }

    @Override
    public String processKey() {
      return CespContractProcess.KEY;
    }

    abstract String region(DelegateTask task);

    abstract fr.engagements.process.Var<Boolean> approved();

    abstract fr.engagements.process.Var<String> comment();

    abstract String role();

    @Override
    public Set<String> completionVariables() {
      return Set.of(approved().name(), comment().name());
    }

    @Override
    public void onCreate(DelegateTask task) {
      task.setDescription("Changement de région demandé : de " + reference.regionLabel(REGION_CHANGE_REQUESTED_FROM.get(task))
          + " vers " + reference.regionLabel(TARGET_REGION.get(task)) + ". Accord de l'ARS " + role() + " ("
          + reference.regionLabel(region(task)) + ") ; les deux ARS doivent donner leur accord (CESP_9).");
    }

    @Override
    public void onComplete(DelegateTask task) {
      InputCheck check = new InputCheck(task);
      Boolean approved = check.required(approved(), "L'accord de l'ARS");
      check.text(comment(), "Le commentaire", InputCheck.MAX_TEXT, Boolean.FALSE.equals(approved));
      check.done();
      ars.requireAgentOf(task, region(task));
    }
  }

  @Component
  static class ApproveRegionChangeHomePolicy extends RegionApproval {

    ApproveRegionChangeHomePolicy(ArsCheck ars, ReferenceData reference) {
      super(ars, reference);
    }

    @Override
    public String taskKey() {
      return Tasks.APPROVE_REGION_CHANGE_HOME;
    }

    @Override
    String region(DelegateTask task) {
      return REGION_CHANGE_REQUESTED_FROM.get(task);
    }

    @Override
    fr.engagements.process.Var<Boolean> approved() {
      return HOME_ARS_APPROVED;
    }

    @Override
    fr.engagements.process.Var<String> comment() {
      return HOME_ARS_COMMENT;
    }

    @Override
    String role() {
      return "de rattachement";
    }
  }

  @Component
  static class ApproveRegionChangeTargetPolicy extends RegionApproval {

    ApproveRegionChangeTargetPolicy(ArsCheck ars, ReferenceData reference) {
      super(ars, reference);
    }

    @Override
    public String taskKey() {
      return Tasks.APPROVE_REGION_CHANGE_TARGET;
    }

    @Override
    String region(DelegateTask task) {
      return TARGET_REGION.get(task);
    }

    @Override
    fr.engagements.process.Var<Boolean> approved() {
      return TARGET_ARS_APPROVED;
    }

    @Override
    fr.engagements.process.Var<String> comment() {
      return TARGET_ARS_COMMENT;
    }

    @Override
    String role() {
      return "cible";
    }
  }

  /**
   * "Calculer le remboursement" (CESP_10): the table named by the step's property {@code decisionKey}
   * (default {@code cesp-rupture-penalty}) decides; the amount and the table's version are recorded.
   */
  @Component("computeCespRuptureDelegate")
  static class ComputeRupture implements JavaDelegate {

    private final RupturePenalty penalty;
    private final Ledger ledger;
    private final RuptureNotice notice;

    ComputeRupture(RupturePenalty penalty, Ledger ledger, RuptureNotice notice) {
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
        ledger.recordReimbursementDue(ContractType.CESP, ref, date, ledger.allowanceGrossPaid(ref), result.dueCents(),
            abbreviate("Rupture CESP (" + reason + ", " + result.decidedBy() + ") : " + result.explanation()));
      }
      notice.send(execution, reason, date, diploma, facts, result);
    }
  }

  private static String abbreviate(String note) {
    return note.length() <= 400 ? note : note.substring(0, 399) + "…";
  }
}
