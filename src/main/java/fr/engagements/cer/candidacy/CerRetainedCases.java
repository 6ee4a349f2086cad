package fr.engagements.cer.candidacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import fr.engagements.privacy.RetainedCases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Ineligible, rejected and abandoned candidacies keep their documents for their campaign's retention period only. */
@Component
class CerRetainedCases implements RetainedCases {

  private final JdbcTemplate jdbc;

  CerRetainedCases(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Expired> expiredAt(Instant now) {
    return RetainedCases.endedBefore(jdbc, "select c.business_key, c.process_instance_id, c.ended_at, k.retention_years"
        + " from cer_candidacy c join cer_campaign k on k.campaign_year = c.campaign_year"
        + " where c.outcome in ('INELIGIBLE', 'REJECTED', 'DOSSIER_ABANDONED') and c.ended_at is not null"
        + " and c.documents_purged_at is null", now);
  }

  @Override
  public void purged(Expired expired, Instant at) {
    jdbc.update("update cer_candidacy set documents_purged_at = ? where business_key = ?", Timestamp.from(at),
        expired.businessKey());
  }
}
