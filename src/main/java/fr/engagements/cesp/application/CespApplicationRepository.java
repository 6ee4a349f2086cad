package fr.engagements.cesp.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.engagements.cesp.CespContractProcess.CommissionList;
import fr.engagements.cesp.application.CespApplication.Stage;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CespApplicationRepository extends JpaRepository<CespApplication, String> {

  Optional<CespApplication> findByOpenKey(String openKey);

  List<CespApplication> findByCampaignIdAndStageInOrderByBusinessKey(Long campaignId, Collection<Stage> stages);

  List<CespApplication> findByCampaignIdOrderByBusinessKey(Long campaignId);

  List<CespApplication> findByApplicantIdOrderByCreatedAt(String applicantId);

  boolean existsByCampaignIdAndCommissionListAndCommissionRankAndBusinessKeyNot(Long campaignId, CommissionList list,
      Integer rank, String businessKey);
}
