package fr.engagements.cer.candidacy;

import java.util.List;
import java.util.Map;

import fr.engagements.casefile.CaseFile;
import fr.engagements.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The person's CER candidacies, as recorded. */
@Component
class CerPersonalData implements PersonalData {

  private final JdbcTemplate jdbc;

  CerPersonalData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Object> about(String userId, List<CaseFile> cases) {
    return Map.of("cerCandidacies", PersonalData.rows(jdbc,
        "select * from cer_candidacy where applicant_id = ? order by created_at", userId));
  }
}
