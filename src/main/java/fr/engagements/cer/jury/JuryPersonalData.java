package fr.engagements.cer.jury;

import java.util.List;
import java.util.Map;

import fr.engagements.casefile.CaseFile;
import fr.engagements.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A juror is a person too: what they declared about their links with applicants (issue 9). */
@Component
class JuryPersonalData implements PersonalData {

  private final JdbcTemplate jdbc;

  JuryPersonalData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Object> about(String userId, List<CaseFile> cases) {
    return Map.of("juryDeclarations", PersonalData.rows(jdbc, "select business_key, task_key, role, status, conflict_kind,"
        + " conflict_details, opened_at, declared_at from jury_declaration where user_id = ? order by id", userId));
  }
}
