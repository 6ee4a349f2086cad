package fr.engagements.cesp.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.engagements.casefile.CaseFile;
import fr.engagements.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The person's CESP applications, their bank details and suspensions (restricted data, exported to them all the same). */
@Component
class CespPersonalData implements PersonalData {

  private final JdbcTemplate jdbc;

  CespPersonalData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Object> about(String userId, List<CaseFile> cases) {
    Map<String, Object> sections = new LinkedHashMap<>();
    sections.put("cespApplications", PersonalData.rows(jdbc,
        "select * from cesp_application where applicant_id = ? order by created_at", userId));
    List<String> keys = PersonalData.keys(cases);
    if (!keys.isEmpty()) {
      String in = PersonalData.placeholders(keys);
      sections.put("cespBankDetails", PersonalData.rows(jdbc, "select business_key, iban, account_holder, rib_filename,"
          + " recorded_at from cesp_bank_details where business_key in (" + in + ")", keys.toArray()));
      sections.put("cespSuspensions", PersonalData.rows(jdbc, "select business_key, reason, suspension_start,"
          + " evidence_filename, recorded_at from cesp_suspension where business_key in (" + in + ")", keys.toArray()));
    }
    return sections;
  }
}
