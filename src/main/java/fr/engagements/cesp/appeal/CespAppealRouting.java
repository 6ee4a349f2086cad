package fr.engagements.cesp.appeal;

import static fr.engagements.cesp.CespContractProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import fr.engagements.allowance.ContractKind;
import fr.engagements.allowance.Ledger;
import fr.engagements.appeal.AppealProcess;
import fr.engagements.appeal.AppealRouting;
import fr.engagements.casefile.Applicant;
import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.Groups;
import fr.engagements.cesp.application.CespApplications;
import fr.engagements.directory.AgentRole;
import fr.engagements.letter.Letter;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.FrenchFormat;
import fr.engagements.process.Grants;
import fr.engagements.process.SystemCalls;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Appeals against the CESP's decisions (ADM_1), answered by the body that decided: an offer (lists, rank, quota) by
 * the UFR of the application's faculty (its institution group {@code ufr.<FACULTY>}, CESP_12), a rupture (sums due) by
 * the CNG. A withdrawn rupture resumes the contract where the rupture interrupted it and cancels, in the ledger, the sum
 * it claimed; a withdrawn offer changes nothing in the case (the letter says why): an offer is in the person's favour,
 * and another place of the faculty's quota is the commission's to give.
 */
@Component
class CespAppealRouting implements AppealRouting {

  /** The kinds of steps a withdrawn rupture resumes: where the contract waited (tasks, timers, asynchronous steps). */
  private static final Set<String> RESUMABLE = Set.of("userTask", "intermediateTimer", "serviceTask", "businessRuleTask");
  /** Variables of the ruptured instance that the resumed one does not take over: the rupture's own. */
  private static final Set<String> NOT_CARRIED = Set.of(OUTCOME.name(), RUPTURE_REASON.name(), RUPTURE_DATE.name(),
      ARS_REZONING.name(), REIMBURSEMENT_DUE_CENTS.name(), NET_RECEIVED_CENTS.name(), PENALTY_CENTS.name(),
      REMAINING_MONTHS.name(), RUPTURE_RULE.name(), RUPTURE_EXPLANATION.name(), RUPTURE_DECIDED_BY.name());

  private final HistoryService history;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final CespApplications applications;
  private final Ledger ledger;

  CespAppealRouting(@Lazy HistoryService history, @Lazy IdentityService identity, @Lazy RuntimeService runtime,
      @Lazy RepositoryService repository, CespApplications applications, Ledger ledger) {
    this.history = history;
    this.identity = identity;
    this.runtime = runtime;
    this.repository = repository;
    this.applications = applications;
    this.ledger = ledger;
  }

  @Override
  public CaseType type() {
    return CaseType.CESP;
  }

  @Override
  public Optional<AppealRoute> route(CaseFile file, Letter letter) {
    String address = asSystem(() -> history.createHistoricVariableInstanceQuery().processInstanceId(letter.processInstanceId())
        .variableName(Applicant.ADDRESS.name()).disableBinaryFetching().list().stream()
        .map(HistoricVariableInstance::getValue).filter(String.class::isInstance).map(String.class::cast).findFirst().orElse(null));
    return switch (letter.kind()) {
      case CESP_OFFER -> Optional.ofNullable(file.scope().get(CaseFile.Scope.FACULTY))
          .map(faculty -> AppealRoute.group(AgentRole.UFR_OFFICER.groupOf(faculty), "l’UFR de la faculté (" + faculty + ")", address));
      case CESP_RUPTURE -> Optional.of(AppealRoute.group(Groups.CNG, "le Centre national de gestion (CNG)", address));
      default -> Optional.empty();
    };
  }

  /** The person filing has no right on the engine's history: our access rule decided already. */
  private <T> T asSystem(Supplier<T> work) {
    return SystemCalls.asSystem(identity, work);
  }

  @Override
  public Optional<String> reopen(DelegateExecution appeal, CaseFile file, Letter letter) {
    return switch (letter.kind()) {
      case CESP_RUPTURE -> Optional.of(ruptureWithdrawn(appeal, file));
      case CESP_OFFER -> {
        // an offer is a decision in the person's favour: what is contested is its terms (list, rank, faculty); the model
        // has no step to offer a second contract, and a place of the faculty's quota is reallocated by the commission only
        AppealProcess.WITHDRAWAL_NOTE.set(appeal, "le retrait porte sur les conditions de la proposition ; il ne crée pas de"
            + " contrat supplémentaire : une place du contingent de la faculté ne peut être attribuée que par la commission,"
            + " dans la limite de ce contingent, qui vous informera de sa décision.");
        yield Optional.empty();
      }
      default -> Optional.empty();
    };
  }

  /**
   * A rupture withdrawn: the contract resumes where it was when the rupture interrupted it (the steps of the contract in
   * force that it cancelled, the allowance if it still ran), in a new instance with the same business key and the
   * contract's variables; what the rupture recorded as due is cancelled in the ledger by an opposite line, with the reason.
   */
  private String ruptureWithdrawn(DelegateExecution appeal, CaseFile file) {
    String key = file.businessKey();
    String closedId = applications.get(key).getProcessInstanceId();
    HistoricProcessInstance closed = asSystem(() -> history.createHistoricProcessInstanceQuery().processInstanceId(closedId)
        .singleResult());
    if (closed == null || closed.getEndTime() == null) {
      throw CaseInputException.conflict("Le contrat " + key + " est en cours : la rupture retirée ne l'avait pas clos.");
    }
    List<String> resumed = asSystem(() -> history.createHistoricActivityInstanceQuery().processInstanceId(closedId).canceled()
        .list().stream().filter(a -> RESUMABLE.contains(a.getActivityType()) && !a.getActivityId().equals(Elements.CONTRACT_LIFE))
        .map(HistoricActivityInstance::getActivityId).distinct().collect(Collectors.toCollection(ArrayList::new)));
    VariableMap variables = Variables.createVariables();
    asSystem(() -> {
      history.createHistoricVariableInstanceQuery().processInstanceId(closedId).list().stream()
          .filter(v -> closedId.equals(v.getExecutionId()) && v.getTaskId() == null && !NOT_CARRIED.contains(v.getName()))
          .forEach((HistoricVariableInstance v) -> {
            TypedValue value = v.getTypedValue();
            if (value != null) {
              variables.putValueTyped(v.getName(), value);
            }
          });
      return null;
    });
    // the allowance's next payment may have been waiting as a job (asynchronous step): no activity of it was cancelled
    if (Boolean.TRUE.equals(variables.get(ALLOWANCE_ACTIVE.name()))
        && !resumed.contains(Elements.PAY_ALLOWANCE) && !resumed.contains(Elements.NEXT_ALLOWANCE_TIMER)) {
      resumed.add(Elements.PAY_ALLOWANCE);
    }
    if (resumed.isEmpty()) {
      throw CaseInputException.conflict("Le contrat " + key + " ne peut pas être repris : aucune de ses étapes n'était en cours"
          + " lors de la rupture.");
    }
    variables.putValue("reopenedByAppeal", appeal.getProcessBusinessKey());
    Integer year = (Integer) variables.get(CAMPAIGN_YEAR.name());
    String reopenedId = asSystem(() -> {
      // variables first: set after an instruction, they would be that instruction's only
      var instantiation = runtime.createProcessInstanceById(closed.getProcessDefinitionId()).businessKey(key).setVariables(variables);
      resumed.forEach(instantiation::startBeforeActivity);
      return instantiation.execute().getId();
    });
    applications.reopen(key, Outcome.RUPTURED, reopenedId, year);
    Grants.toUser(appeal.getProcessEngineServices(), file.applicantId(), Resources.PROCESS_INSTANCE, reopenedId,
        ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE);
    long cancelled = ledger.cancelReimbursementDue(ContractKind.CESP, key, "Rupture retirée sur recours gracieux n° "
        + AppealProcess.APPEAL_NUMBER.get(appeal) + " : la somme due n'est plus réclamée (ADM_1)");
    String steps = resumed.stream().map(id -> asSystem(() -> nameOf(closed.getProcessDefinitionId(), id)))
        .map(name -> "« " + name + " »").collect(Collectors.joining(", "));
    String where = "comme contrat en cours, là où la rupture l'avait interrompu (" + steps + ")"
        + (cancelled > 0 ? " ; la somme de " + FrenchFormat.euros(cancelled) + " réclamée au titre de la rupture est annulée"
            : "");
    AppealProcess.REOPENED_AT.set(appeal, where);
    return where;
  }

  private String nameOf(String processDefinitionId, String activityId) {
    var element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
    String name = element == null ? null : element.getAttributeValue("name");
    return name == null ? activityId : name;
  }
}
