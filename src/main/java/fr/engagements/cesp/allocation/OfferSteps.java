package fr.engagements.cesp.allocation;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.application.CespApplication;
import fr.engagements.cesp.application.CespApplication.OfferStatus;
import fr.engagements.cesp.application.CespApplications;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import fr.engagements.process.TaskPolicy;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The contract's side of the allocation: the commission's opinion, the offer, its answer. */
final class OfferSteps {

  private OfferSteps() {
  }

  /**
   * {@code recordCommissionOpinion}: the UFR records the commission's interview opinion, the list and the
   * rank (CESP_6). An unfavourable opinion means not retained; a rank is unique within a list of the campaign.
   */
  @Component
  static class RecordCommissionOpinionPolicy implements TaskPolicy {

    private final CespApplications applications;
    private final CespCampaigns campaigns;

    RecordCommissionOpinionPolicy(CespApplications applications, CespCampaigns campaigns) {
      this.applications = applications;
      this.campaigns = campaigns;
    }

    @Override
    public String processKey() {
      return CespContractProcess.KEY;
    }

    @Override
    public String taskKey() {
      return Tasks.RECORD_COMMISSION_OPINION;
    }

    @Override
    public Set<String> completionVariables() {
      return Set.of(COMMISSION_OPINION.name(), COMMISSION_LIST.name(), COMMISSION_RANK.name(), COMMISSION_RATIONALE.name());
    }

    @Override
    public void onCreate(DelegateTask task) {
      task.setDescription("Après l'entretien de motivation et l'examen du dossier universitaire (commission UFR–ARS),"
          + " inscrivez l'avis de la commission, la liste (principale ou complémentaire) et le rang du candidat (CESP_6).");
    }

    @Override
    public void onComplete(DelegateTask task) {
      InputCheck check = new InputCheck(task);
      CommissionOpinion opinion = check.choice(COMMISSION_OPINION, "L'avis de la commission", CommissionOpinion.class, true);
      CommissionList list = check.choice(COMMISSION_LIST, "La liste", CommissionList.class, true);
      boolean retained = list != null && list != CommissionList.NOT_RETAINED;
      Integer rank = check.integer(COMMISSION_RANK, "Le rang", 1, 9999, retained);
      check.text(COMMISSION_RATIONALE, "La motivation de l'avis", InputCheck.MAX_TEXT, true);
      if (opinion == CommissionOpinion.UNFAVORABLE && retained) {
        check.problem("Un avis défavorable ne peut pas inscrire le candidat sur une liste : choisissez « non retenu ».");
      }
      check.done();
      String key = task.getExecution().getProcessBusinessKey();
      CespApplication application = applications.get(key);
      campaigns.lockById(application.getCampaignId()); // two opinions recorded at once cannot take the same rank
      if (retained && applications.rankTaken(application.getCampaignId(), list, rank, key)) {
        throw CaseInputException.conflict("Le rang " + rank + " de la liste " + Allocation.listLabel(list)
            + " est déjà attribué à un autre candidat de la campagne.");
      }
      if (!retained) {
        COMMISSION_RANK.set(task.getExecution(), null);
      }
      application.recordOpinion(opinion, list, retained ? rank : null);
    }
  }

  /** {@code signContract}: the beneficiary signs (or declines) the offered contract within 30 days (CESP_11). */
  @Component
  static class SignContractPolicy implements TaskPolicy {

    private final Clock clock;
    private final OfferNotice notice;

    SignContractPolicy(Clock clock, OfferNotice notice) {
      this.clock = clock;
      this.notice = notice;
    }

    @Override
    public String processKey() {
      return CespContractProcess.KEY;
    }

    @Override
    public String taskKey() {
      return Tasks.SIGN_CONTRACT;
    }

    @Override
    public Set<String> completionVariables() {
      return Set.of(CONTRACT_SIGNED.name());
    }

    @Override
    public void onCreate(DelegateTask task) {
      task.setDescription("Un contrat d'engagement de service public vous est proposé. Signez-le avant le "
          + OFFER_DEADLINE.get(task) + " ; sans signature, il passe au candidat suivant. " + OFFER_RULE.find(task).orElse(""));
      notice.send(task); // the offer is the decision: its letter goes with the task that opens
    }

    @Override
    public void onComplete(DelegateTask task) {
      InputCheck check = new InputCheck(task);
      Boolean signed = check.required(CONTRACT_SIGNED, "La signature (oui ou non)");
      check.done();
      if (Boolean.TRUE.equals(signed)) {
        SIGNATURE_DATE.set(task.getExecution(), LocalDate.now(clock));
      }
    }
  }

  /** "Informer la campagne" after the signature or the refusal. */
  @Component("reportCespOfferAnswerDelegate")
  static class ReportOfferAnswer implements JavaDelegate {

    private final Allocation allocation;

    ReportOfferAnswer(Allocation allocation) {
      this.allocation = allocation;
    }

    @Override
    public void execute(DelegateExecution execution) {
      boolean signed = Boolean.TRUE.equals(CONTRACT_SIGNED.get(execution));
      allocation.recordAnswer(execution.getProcessBusinessKey(), signed ? OfferStatus.SIGNED : OfferStatus.DECLINED);
    }
  }

  /** "Informer la campagne" after 30 days without signature. */
  @Component("reportCespOfferLapsedDelegate")
  static class ReportOfferLapsed implements JavaDelegate {

    private final Allocation allocation;

    ReportOfferLapsed(Allocation allocation) {
      this.allocation = allocation;
    }

    @Override
    public void execute(DelegateExecution execution) {
      allocation.recordAnswer(execution.getProcessBusinessKey(), OfferStatus.EXPIRED);
    }
  }
}
