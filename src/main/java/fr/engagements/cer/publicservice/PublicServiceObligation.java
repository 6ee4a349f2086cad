package fr.engagements.cer.publicservice;

import static fr.engagements.cer.CerPublicServiceProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import fr.engagements.allowance.ContractKind;
import fr.engagements.allowance.Ledger;
import fr.engagements.allowance.LedgerEntry;
import fr.engagements.casefile.CaseJournal;
import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerCandidacyProcess.FundingDecision;
import fr.engagements.cer.CerPublicServiceProcess;
import fr.engagements.cer.campaign.CerCampaigns;
import fr.engagements.cer.campaign.DesDurations;
import fr.engagements.config.EngineClock;
import fr.engagements.process.FrenchFormat;
import fr.engagements.process.Grants;
import fr.engagements.process.SystemCalls;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * The public-service obligation of a funded CER (CER_F3): « chaque année financée engage l'étudiant à travailler dans
 * le service public (hors internat) pour une durée similaire. Tout manquement à cette règle entraînera le remboursement
 * des sommes versées. » One month owed per funded month paid; served after the residency; fulfilled once the validated
 * months reach the months owed; breached when its deadline passes or the person declares they will not serve. Only a
 * breach bills, and it bills the sums paid in full: the seed gives no proportion, so months served do not reduce it.
 */
@Service
public class PublicServiceObligation {

  /** What the follow-up carries over from the candidacy. */
  private static final List<String> CARRIED = List.of("applicantId", "applicantName", "applicantEmail", "applicantAddress",
      CerCandidacyProcess.CAMPAIGN_YEAR.name(), CerCandidacyProcess.DFASM1_START_DATE.name(),
      CerCandidacyProcess.SPECIALTY.name(), CerCandidacyProcess.SUBDIVISION.name(),
      CerCandidacyProcess.FUNDING_DECISION.name(), CerCandidacyProcess.ALLOWANCE_MONTH.name(),
      CerCandidacyProcess.NEXT_ALLOWANCE_DATE.name(), CerCandidacyProcess.ALLOWANCE_PAID_CENTS.name());

  private final Ledger ledger;
  private final DesDurations desDurations;
  private final CerCampaigns campaigns;
  private final CaseJournal journal;
  private final Clock clock;

  PublicServiceObligation(Ledger ledger, DesDurations desDurations, CerCampaigns campaigns, CaseJournal journal, Clock clock) {
    this.ledger = ledger;
    this.desDurations = desDurations;
    this.campaigns = campaigns;
    this.journal = journal;
    this.clock = clock;
  }

  /**
   * Hands a funded candidacy over to its follow-up, once: when its allowance has run to its end, or when the candidacy
   * closes (the allowance still due goes on there, CER_F1, unless the person withdrew). Nothing for an unfunded one.
   */
  public void handOver(DelegateExecution candidacy, boolean allowanceGoesOn) {
    if (CerCandidacyProcess.FUNDING_DECISION.find(candidacy).orElse(null) != FundingDecision.FUNDED) {
      return;
    }
    String key = candidacy.getProcessBusinessKey();
    var services = candidacy.getProcessEngineServices();
    SystemCalls.asSystem(services.getIdentityService(), () -> {
      // once: a follow-up cancelled because the candidacy was reopened on appeal (its allowance went back there) does not count
      boolean existing = services.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(CerPublicServiceProcess.KEY).processInstanceBusinessKey(key).list().stream()
          .anyMatch(h -> !HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(h.getState()));
      if (existing) {
        return null;
      }
      VariableMap variables = Variables.createVariables();
      for (String name : CARRIED) {
        Object value = candidacy.getVariable(name);
        if (value != null) {
          variables.putValue(name, value);
        }
      }
      boolean goesOn = allowanceGoesOn && CerCandidacyProcess.ALLOWANCE_ACTIVE.find(candidacy).orElse(false);
      variables.putValue(CerCandidacyProcess.ALLOWANCE_ACTIVE.name(), goesOn);
      String id = services.getRuntimeService().startProcessInstanceByKey(CerPublicServiceProcess.KEY, key, variables).getId();
      Object applicant = candidacy.getVariable("applicantId");
      if (applicant instanceof String applicantId) {
        Grants.toUser(services, applicantId, Resources.PROCESS_INSTANCE, id, ProcessInstancePermissions.READ,
            ProcessInstancePermissions.UPDATE);
      }
      return null;
    });
  }

  /**
   * "Inscrire l'obligation de service public": the allowance has stopped; one month owed per funded month paid (written
   * once in the ledger, kept if a withdrawal wrote it already), to serve after the residency and before its deadline.
   */
  public void begin(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    Integer recorded = ledger.entriesOf(key).stream().filter(e -> e.getKind() == LedgerEntry.Kind.SERVICE_OBLIGATION)
        .map(LedgerEntry::getMonths).findFirst().orElse(null);
    int owed = recorded != null ? recorded : (int) ledger.allowanceMonthsPaid(key);
    LocalDate residencyEnd = desDurations.thirdCycleEnd(CerCandidacyProcess.DFASM1_START_DATE.get(execution),
        CerCandidacyProcess.SPECIALTY.find(execution).orElse(null));
    int margin = campaigns.get(CerCandidacyProcess.CAMPAIGN_YEAR.get(execution)).getPublicServiceMarginYears();
    LocalDate deadline = residencyEnd.plusMonths(owed).plusYears(margin);
    if (recorded == null) {
      ledger.recordServiceObligation(ContractKind.CER, key, LocalDate.now(clock), owed, "Obligation de service public : "
          + owed + " mois hors internat, un par mois d'allocation versé, à accomplir après l'internat et au plus tard le "
          + FrenchFormat.day(deadline) + " (CER_F3)");
    }
    CerCandidacyProcess.SERVICE_OBLIGATION_MONTHS.set(execution, owed);
    CerCandidacyProcess.ALLOWANCE_PAID_CENTS.set(execution, ledger.allowanceGrossPaid(key));
    RESIDENCY_END.set(execution, residencyEnd);
    SERVICE_DEADLINE.set(execution, deadline);
    SERVICE_DEADLINE_AT.set(execution, deadline.plusDays(1).atStartOfDay(EngineClock.ZONE).toOffsetDateTime().toString());
    SERVED_MONTHS.set(execution, 0);
    journal.record(key, "PUBLIC_SERVICE_OWED", owed + " mois de service public hors internat sont dus (un par mois"
        + " d'allocation versé, CER_F3), après l'internat (fin prévue le " + FrenchFormat.day(residencyEnd)
        + ") et au plus tard le " + FrenchFormat.day(deadline) + " (" + margin + " ans de marge après la durée due).");
  }

  /**
   * A candidacy reopened on appeal takes its allowance back (ADM_1, CER_F1): the follow-up that carried it is cancelled while
   * it still only paid the allowance (no obligation begun). Returns whether the allowance is the candidacy's again.
   */
  public boolean takeBackAllowance(org.camunda.bpm.engine.RuntimeService runtime, org.camunda.bpm.engine.IdentityService identity,
      String key) {
    return SystemCalls.asSystem(identity, () -> {
      var followUp = runtime.createProcessInstanceQuery().processDefinitionKey(CerPublicServiceProcess.KEY)
          .processInstanceBusinessKey(key).active().singleResult();
      if (followUp == null || !Boolean.TRUE.equals(runtime.getVariable(followUp.getId(),
          CerCandidacyProcess.ALLOWANCE_ACTIVE.name()))) {
        return followUp == null;
      }
      runtime.deleteProcessInstance(followUp.getId(), "Candidature rouverte sur recours : l'allocation"
          + " reprend dans la candidature (CER_F1)");
      return true;
    });
  }

  /** Whole months of a period, both days included: 1 November to 30 April is 6 months. */
  public static int months(LocalDate start, LocalDate end) {
    return (int) ChronoUnit.MONTHS.between(start, end.plusDays(1));
  }

  /** "Constater le manquement": why (the element's {@code reason}), and what the table needs. */
  public void recordBreach(DelegateExecution execution, String reason) {
    String key = execution.getProcessBusinessKey();
    BREACH_REASON.set(execution, reason);
    REIMBURSEMENT_BASIS_CHOICE.set(execution,
        campaigns.get(CerCandidacyProcess.CAMPAIGN_YEAR.get(execution)).getReimbursementBasis());
    NET_PAID_CENTS.set(execution, ledger.allowanceNetPaid(key));
    GROSS_PAID_CENTS.set(execution, ledger.allowanceGrossPaid(key));
    journal.record(key, "PUBLIC_SERVICE_BREACHED", "Obligation de service public non remplie : " + reason + " ("
        + SERVED_MONTHS.find(execution).orElse(0) + " mois validés sur " + CerCandidacyProcess.SERVICE_OBLIGATION_MONTHS
        .find(execution).orElse(0) + " dus, CER_F3).");
  }

  /** "Réclamer les sommes versées": the table's amount and basis, one ledger line in cents. */
  public long bill(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) execution.getVariable("reimbursement");
    long due = ((Number) result.get("reimbursementCents")).longValue();
    String basis = (String) result.get("basis");
    String explanation = (String) result.get("explanation");
    REIMBURSEMENT_BASIS.set(execution, basis);
    REIMBURSEMENT_EXPLANATION.set(execution, explanation);
    CerCandidacyProcess.REIMBURSEMENT_DUE_CENTS.set(execution, due);
    ledger.recordReimbursementDue(ContractKind.CER, key, LocalDate.now(clock), ledger.allowanceGrossPaid(key), due,
        "Remboursement des sommes versées (CER_F3) : " + FrenchFormat.euros(due) + ", " + explanation);
    journal.record(key, "REIMBURSEMENT_DUE", "Remboursement des sommes versées : " + FrenchFormat.euros(due) + " ("
        + explanation + ") — " + BREACH_REASON.find(execution).orElse("manquement à l'obligation de service public") + ".");
    return due;
  }
}
