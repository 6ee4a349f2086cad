package fr.engagements.cesp.allocation;

import static fr.engagements.cesp.CespContractProcess.*;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.application.CespApplication;
import fr.engagements.cesp.application.CespApplications;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code recordCommissionOpinion}: the UFR records the commission's interview opinion, the list and the
 * rank (CESP_6). An unfavourable opinion means not retained; a rank is unique within a list of the campaign.
 */
@Component
class RecordCommissionOpinionPolicy extends BaseTaskPolicy {

  private final CespApplications applications;
  private final CespCampaigns campaigns;

  RecordCommissionOpinionPolicy(CespApplications applications, CespCampaigns campaigns) {
    super(CespContractProcess.KEY, Tasks.RECORD_COMMISSION_OPINION, COMMISSION_OPINION, COMMISSION_LIST, COMMISSION_RANK,
        COMMISSION_RATIONALE, DECLARED_RANK);
    this.applications = applications;
    this.campaigns = campaigns;
  }

  @Override
  public void onCreate(DelegateTask task) {
    task.setDescription("Après l'entretien de motivation et l'examen du dossier universitaire (commission UFR–ARS),"
        + " inscrivez l'avis de la commission, la liste (principale ou complémentaire) et le rang du candidat (CESP_6),"
        + " et confirmez son rang de classement d'après sa déclaration : classement national ECN/EDN pour un interne,"
        + " rang aux épreuves d'accès à la 2e année pour un étudiant. Les contrats sont proposés dans l'ordre de ce classement,"
        + " liste principale d'abord, dans le contingent de chaque catégorie (CESP_5, CESP_11).");
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    CommissionOpinion opinion = check.choice(COMMISSION_OPINION, "L'avis de la commission", CommissionOpinion.class, true);
    CommissionList list = check.choice(COMMISSION_LIST, "La liste", CommissionList.class, true);
    boolean retained = list != null && list != CommissionList.NOT_RETAINED;
    Integer rank = check.integer(COMMISSION_RANK, "Le rang", 1, 9999, retained);
    Integer declaredRank = check.integer(DECLARED_RANK, "Le rang de classement déclaré (ECN/EDN pour un interne,"
        + " épreuves d'accès à la 2e année pour un étudiant)", 1, 99999, retained);
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
    if (declaredRank != null) {
      application.declareRank(declaredRank);
    }
  }
}
