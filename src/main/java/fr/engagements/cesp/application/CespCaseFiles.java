package fr.engagements.cesp.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CaseFile.Scope;
import fr.engagements.casefile.CaseFileSource;
import fr.engagements.casefile.CaseType;
import fr.engagements.cesp.campaign.CespCampaign;
import fr.engagements.cesp.campaign.CespCampaignRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The CESP applications and contracts, as cases: their scope is the campaign's faculty and region. */
@Component
class CespCaseFiles implements CaseFileSource {

  private final CespApplicationRepository applications;
  private final CespCampaignRepository campaigns;

  CespCaseFiles(CespApplicationRepository applications, CespCampaignRepository campaigns) {
    this.applications = applications;
    this.campaigns = campaigns;
  }

  @Override
  public CaseType type() {
    return CaseType.CESP;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CaseFile> find(String businessKey) {
    return applications.findById(businessKey).map(this::file);
  }

  @Override
  @Transactional(readOnly = true)
  public List<CaseFile> ofApplicant(String userId) {
    return applications.findByApplicantIdOrderByCreatedAt(userId).stream().map(this::file).toList();
  }

  private CaseFile file(CespApplication a) {
    Optional<CespCampaign> campaign = campaigns.findById(a.getCampaignId());
    Map<Scope, String> scope = new EnumMap<>(Scope.class);
    campaign.ifPresent(c -> {
      scope.put(Scope.FACULTY, c.getUfr());
      scope.put(Scope.REGION, c.getRegion());
    });
    return new CaseFile(CaseType.CESP, a.getBusinessKey(), a.getProcessInstanceId(), a.getApplicantId(), a.getApplicantName(),
        campaign.map(CespCampaign::getYear).orElse(0), a.isEnded(), scope);
  }
}
