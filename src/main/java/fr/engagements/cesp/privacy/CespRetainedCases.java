package fr.engagements.cesp.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import fr.engagements.privacy.RetainedCases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Unsuccessful CESP applications lose their documents and bank details after their campaign's retention period. */
@Component
class CespRetainedCases implements RetainedCases {

  private final JdbcTemplate jdbc;

  CespRetainedCases(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Expired> expiredAt(Instant now) {
    return RetainedCases.endedBefore(jdbc, "select c.business_key, c.process_instance_id, c.ended_at, k.retention_years"
        + " from cesp_application c join cesp_campaign k on k.id = c.campaign_id"
        + " where c.outcome in ('DOSSIER_ABANDONED', 'DOSSIER_INCOMPLETE', 'NOT_RETAINED', 'NOT_OFFERED', 'OFFER_EXPIRED',"
        + " 'OFFER_DECLINED') and c.ended_at is not null and c.documents_purged_at is null", now);
  }

  @Override
  public void purged(Expired expired, Instant at) {
    jdbc.update("delete from cesp_bank_details where business_key = ?", expired.businessKey());
    jdbc.update("update cesp_application set documents_purged_at = ? where business_key = ?", Timestamp.from(at),
        expired.businessKey());
  }
}
