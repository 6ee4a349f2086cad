package fr.engagements.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.engagements.allowance.LedgerEntry;
import fr.engagements.allowance.LedgerRepository;
import fr.engagements.casefile.CaseFile;
import org.springframework.stereotype.Component;

/** What was paid, reimbursed or billed on the person's contracts (the ledger, read through its repository). */
@Component
class LedgerPersonalData implements PersonalData {

  private final LedgerRepository ledger;

  LedgerPersonalData(LedgerRepository ledger) {
    this.ledger = ledger;
  }

  @Override
  public Map<String, Object> about(String userId, List<CaseFile> cases) {
    List<String> keys = PersonalData.keys(cases);
    if (keys.isEmpty()) {
      return Map.of();
    }
    return Map.of("ledger", ledger.findByContractRefInOrderByContractRefAscPeriodAscIdAsc(keys).stream().map(e -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("contract_type", e.getContractKind().name());
      row.put("contract_ref", e.getContractRef());
      row.put("entry_type", e.getKind().name());
      row.put("period", e.getPeriod());
      row.put("gross_cents", e.getGrossCents());
      row.put("net_cents", e.getNetCents());
      row.put("months", e.getMonths());
      row.put("note", e.getNote());
      row.put("created_at", e.getCreatedAt());
      return row;
    }).toList());
  }
}
