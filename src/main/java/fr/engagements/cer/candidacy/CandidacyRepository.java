package fr.engagements.cer.candidacy;

import java.util.List;
import java.util.Optional;

import fr.engagements.cer.CerCandidacyProcess.FundingDecision;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidacyRepository extends JpaRepository<Candidacy, String> {

  Optional<Candidacy> findByOpenKey(String openKey);

  List<Candidacy> findByApplicantIdOrderByCreatedAtDesc(String applicantId);

  long countByCampaignYearAndFundingDecision(int campaignYear, FundingDecision decision);
}
