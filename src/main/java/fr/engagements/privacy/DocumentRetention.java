package fr.engagements.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import fr.engagements.letter.DecisionLetters;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GDPR: the documents of unsuccessful candidacies (ineligible, rejected, abandoned, not retained…) are
 * deleted once the retention period of their campaign (campaign data, default 2 years) has passed since
 * the case ended: every File variable of the case in history, and for the CESP the bank details.
 * The PDFs of its decision letters go too; each letter's record and SHA-256 stay as proof of what was sent.
 * The rest of the case (decisions, dates, outcome) stays until the history time-to-live. Runs every
 * night; idempotent (each case is marked), so several nodes may run it.
 */
@Component
public class DocumentRetention {

  static final List<String> CER_UNSUCCESSFUL = List.of("INELIGIBLE", "REJECTED", "DOSSIER_ABANDONED");
  static final List<String> CESP_UNSUCCESSFUL = List.of("DOSSIER_ABANDONED", "DOSSIER_INCOMPLETE", "NOT_RETAINED",
      "NOT_OFFERED", "OFFER_EXPIRED", "OFFER_DECLINED");
  private static final Logger LOG = LoggerFactory.getLogger(DocumentRetention.class);

  private final JdbcTemplate jdbc;
  private final HistoryService history;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final DecisionLetters letters;

  DocumentRetention(JdbcTemplate jdbc, @Lazy HistoryService history, TransactionTemplate transactions, Clock clock,
      DecisionLetters letters) {
    this.letters = letters;
    this.jdbc = jdbc;
    this.history = history;
    this.transactions = transactions;
    this.clock = clock;
  }

  record Expired(String table, String businessKey, String processInstanceId) {
  }

  @Scheduled(cron = "${engagements.retention.cron:0 30 2 * * *}", zone = "Europe/Paris")
  public void nightly() {
    int purged = purgeExpiredDocuments();
    if (purged > 0) {
      LOG.info("Deleted the documents of {} unsuccessful cases past their retention period", purged);
    }
  }

  /** Deletes what the retention period no longer allows to keep; returns the number of cases purged. */
  public int purgeExpiredDocuments() {
    List<Expired> expired = new ArrayList<>();
    expired.addAll(expired("cer_candidacy", "cer_campaign k on k.campaign_year = c.campaign_year", CER_UNSUCCESSFUL));
    expired.addAll(expired("cesp_application", "cesp_campaign k on k.id = c.campaign_id", CESP_UNSUCCESSFUL));
    for (Expired case_ : expired) {
      transactions.executeWithoutResult(status -> purge(case_));
    }
    return expired.size();
  }

  private List<Expired> expired(String table, String campaignJoin, List<String> outcomes) {
    Instant now = clock.instant();
    String in = String.join(",", outcomes.stream().map(o -> "'" + o + "'").toList());
    return jdbc.query("select c.business_key, c.process_instance_id, c.ended_at, k.retention_years from " + table + " c join "
            + campaignJoin + " where c.outcome in (" + in + ") and c.ended_at is not null and c.documents_purged_at is null",
        (rs, i) -> {
          Instant ended = rs.getTimestamp("ended_at").toInstant();
          Instant expiry = ended.atOffset(ZoneOffset.UTC).plusYears(rs.getInt("retention_years")).toInstant();
          return expiry.isAfter(now) ? null : new Expired(table, rs.getString("business_key"), rs.getString("process_instance_id"));
        }).stream().filter(e -> e != null).toList();
  }

  private void purge(Expired case_) {
    if (case_.processInstanceId() != null) {
      List<HistoricVariableInstance> documents = history.createHistoricVariableInstanceQuery()
          .processInstanceId(case_.processInstanceId()).disableBinaryFetching().disableCustomObjectDeserialization()
          .listPage(0, 1000).stream().filter(v -> "file".equalsIgnoreCase(v.getTypeName())).toList();
      documents.forEach(v -> history.deleteHistoricVariableInstance(v.getId()));
    }
    letters.purgePdfs(case_.businessKey());
    if ("cesp_application".equals(case_.table())) {
      jdbc.update("delete from cesp_bank_details where business_key = ?", case_.businessKey());
    }
    jdbc.update("update " + case_.table() + " set documents_purged_at = ? where business_key = ?",
        Timestamp.from(clock.instant()), case_.businessKey());
  }
}
