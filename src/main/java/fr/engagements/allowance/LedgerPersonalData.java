package fr.engagements.allowance;

import java.util.List;
import java.util.Map;

import fr.engagements.casefile.CaseFile;
import fr.engagements.privacy.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What was paid, reimbursed or billed on the person's contracts. */
@Component
class LedgerPersonalData implements PersonalData {

  private final JdbcTemplate jdbc;

  LedgerPersonalData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Object> about(String userId, List<CaseFile> cases) {
    List<String> keys = PersonalData.keys(cases);
    if (keys.isEmpty()) {
      return Map.of();
    }
    return Map.of("ledger", PersonalData.rows(jdbc, "select contract_type, contract_ref, entry_type, period, gross_cents,"
        + " net_cents, months, note, created_at from ledger_entry where contract_ref in (" + PersonalData.placeholders(keys)
        + ") order by contract_ref, period, id", keys.toArray()));
  }
}
