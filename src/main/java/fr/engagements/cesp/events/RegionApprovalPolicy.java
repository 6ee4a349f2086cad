package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import java.util.function.Function;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.contract.ArsCheck;
import fr.engagements.cesp.contract.ReferenceData;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The accord of one ARS on a change of region (CESP_9): both must agree; a refusal says why; only an agent
 * of that ARS's region decides. One subclass per ARS: {@link ApproveRegionChangeHomePolicy},
 * {@link ApproveRegionChangeTargetPolicy}.
 */
abstract class RegionApprovalPolicy extends BaseTaskPolicy {

  private final ArsCheck ars;
  private final ReferenceData reference;
  private final Var<Boolean> approved;
  private final Var<String> comment;
  private final Function<DelegateTask, String> region;
  private final String role;

  RegionApprovalPolicy(ArsCheck ars, ReferenceData reference, String taskKey, Var<Boolean> approved, Var<String> comment,
      Function<DelegateTask, String> region, String role) {
    super(CespContractProcess.KEY, taskKey, approved, comment);
    this.ars = ars;
    this.reference = reference;
    this.approved = approved;
    this.comment = comment;
    this.region = region;
    this.role = role;
  }

  @Override
  public void onCreate(DelegateTask task) {
    task.setDescription("Changement de région demandé : de " + reference.regionLabel(REGION_CHANGE_REQUESTED_FROM.get(task))
        + " vers " + reference.regionLabel(TARGET_REGION.get(task)) + ". Accord de l'ARS " + role + " ("
        + reference.regionLabel(region.apply(task)) + ") ; les deux ARS doivent donner leur accord (CESP_9).");
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    Boolean accord = check.required(approved, "L'accord de l'ARS");
    check.text(comment, "Le commentaire", InputCheck.MAX_TEXT, Boolean.FALSE.equals(accord));
    check.done();
    ars.requireAgentOf(task, region.apply(task));
  }
}
