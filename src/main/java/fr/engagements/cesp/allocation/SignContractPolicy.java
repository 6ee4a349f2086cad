package fr.engagements.cesp.allocation;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.Clock;
import java.time.LocalDate;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.application.CespApplications;
import fr.engagements.cesp.contract.ReferenceData;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code signContract}: the beneficiary signs (or declines) the offered contract within 30 days (CESP_11). */
@Component
class SignContractPolicy extends BaseTaskPolicy {

  private final Clock clock;
  private final OfferNotice notice;
  private final ReferenceData reference;
  private final CespApplications applications;

  SignContractPolicy(Clock clock, OfferNotice notice, ReferenceData reference, CespApplications applications) {
    super(CespContractProcess.KEY, Tasks.SIGN_CONTRACT, CONTRACT_SIGNED);
    this.clock = clock;
    this.notice = notice;
    this.reference = reference;
    this.applications = applications;
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
      // CESP_2: the payer is data, the region's setting at signature, recorded on the contract
      String region = HOME_REGION.get(task);
      String payer = reference.payerOf(region);
      PAYER.set(task.getExecution(), payer);
      PAYER_NAME.set(task.getExecution(), reference.payerName(payer, region));
      applications.recordPayer(task.getExecution().getProcessBusinessKey(), payer);
    }
  }
}
