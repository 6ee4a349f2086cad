package fr.engagements.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import fr.engagements.letter.DecisionLetters;
import fr.engagements.appeal.AppealProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
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

  private static final Logger LOG = LoggerFactory.getLogger(DocumentRetention.class);

  private final List<RetainedCases> contracts;
  private final HistoryService history;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final DecisionLetters letters;

  DocumentRetention(List<RetainedCases> contracts, @Lazy HistoryService history, TransactionTemplate transactions, Clock clock,
      DecisionLetters letters) {
    this.contracts = List.copyOf(contracts);
    this.letters = letters;
    this.history = history;
    this.transactions = transactions;
    this.clock = clock;
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
    Instant now = clock.instant();
    int purged = 0;
    for (RetainedCases contract : contracts) {
      for (RetainedCases.Expired case_ : contract.expiredAt(now)) {
        transactions.executeWithoutResult(status -> purge(contract, case_));
        purged++;
      }
    }
    return purged;
  }

  private void purge(RetainedCases contract, RetainedCases.Expired case_) {
    // the case's instance, the earlier ones of a case reopened on appeal, and its appeals (their attached documents)
    java.util.Set<String> instances = new java.util.LinkedHashSet<>();
    if (case_.processInstanceId() != null) {
      instances.add(case_.processInstanceId());
    }
    history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(case_.businessKey()).listPage(0, 1000)
        .forEach(i -> instances.add(i.getId()));
    history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(case_.businessKey() + AppealProcess.KEY_SEPARATOR + "%")
        .listPage(0, 1000).forEach(i -> instances.add(i.getId()));
    for (String instance : instances) {
      List<HistoricVariableInstance> documents = history.createHistoricVariableInstanceQuery()
          .processInstanceId(instance).disableBinaryFetching().disableCustomObjectDeserialization()
          .listPage(0, 1000).stream().filter(v -> "file".equalsIgnoreCase(v.getTypeName())).toList();
      documents.forEach(v -> history.deleteHistoricVariableInstance(v.getId()));
    }
    letters.purgePdfs(case_.businessKey());
    contract.purged(case_, clock.instant());
  }
}
