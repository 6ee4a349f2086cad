package fr.engagements.cer.candidacy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CaseFileSource;
import fr.engagements.casefile.CaseType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The CER candidacies, as cases. */
@Component
class CerCaseFiles implements CaseFileSource {

  private final CandidacyRepository candidacies;

  CerCaseFiles(CandidacyRepository candidacies) {
    this.candidacies = candidacies;
  }

  @Override
  public CaseType type() {
    return CaseType.CER;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CaseFile> find(String businessKey) {
    return candidacies.findById(businessKey).map(CerCaseFiles::file);
  }

  @Override
  @Transactional(readOnly = true)
  public List<CaseFile> ofApplicant(String userId) {
    return candidacies.findByApplicantIdOrderByCreatedAtDesc(userId).stream()
        .sorted(Comparator.comparing(Candidacy::getCreatedAt)).map(CerCaseFiles::file).toList();
  }

  static CaseFile file(Candidacy c) {
    return new CaseFile(CaseType.CER, c.getBusinessKey(), c.getProcessInstanceId(), c.getApplicantId(), c.getApplicantName(),
        c.getCampaignYear(), c.isEnded(), Map.of());
  }
}
