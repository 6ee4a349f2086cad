package fr.engagements.cer.appeal;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import fr.engagements.appeal.AppealProcess;
import fr.engagements.appeal.AppealRouting;
import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.Groups;
import fr.engagements.cer.CerCandidacyProcess.EntryDecision;
import fr.engagements.cer.candidacy.CandidacyService;
import fr.engagements.cer.jury.JuryAppeals;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.letter.Letter;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.Grants;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Appeals against the CER's decisions (ADM_1). Who answers is the body that decided: the secretariat for eligibility,
 * funding and closing; the national jury for entry and the post — as a body: the appeal is an item of the agenda of the
 * campaign's next session of that kind, voted on by its members ({@code cer.jury.JuryAppeals}); the secretariat, which
 * passes it on, for a signer's refusal of the project.
 *
 * <p>A withdrawal reopens the case where the withdrawn decision closed it, in a new instance of the candidacy's process
 * version with the same business key and the case's last variables (read from history, documents included):
 * <ul>
 * <li>ineligibility withdrawn: the candidacy waits at {@code verifyDossier} again, deemed eligible;</li>
 * <li>entry rejection withdrawn: admitted, it resumes at the funding decision, which takes a place of the campaign's
 * quota only if one is left, otherwise the candidacy is admitted unfunded (CER_J3, CER_F2): an appeal never takes a
 * place from someone else;</li>
 * <li>other decisions: the answer's letter and the timeline record the withdrawal; the case itself is not changed (its
 * next steps, if any, are taken by hand).</li>
 * </ul>
 */
@Component
class CerAppealRouting implements AppealRouting {

  /** Variables of the closed instance that the reopened one does not take over. */
  private static final Set<String> NOT_CARRIED = Set.of(OUTCOME.name());

  private final CandidacyService candidacies;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final IdentityService identity;

  CerAppealRouting(CandidacyService candidacies, @Lazy HistoryService history, @Lazy RuntimeService runtime,
      @Lazy IdentityService identity) {
    this.candidacies = candidacies;
    this.history = history;
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public CaseType type() {
    return CaseType.CER;
  }

  @Override
  public Optional<AppealRoute> route(CaseFile file, Letter letter) {
    String address = (String) variablesOf(letter.processInstanceId(), false).get(APPLICANT_ADDRESS.name());
    return switch (letter.kind()) {
      case CER_INELIGIBILITY, CER_FUNDING, CER_CLOSING, CER_PROJECT_RETURNED ->
          Optional.of(AppealRoute.group(Groups.CER_SECRETARIAT, "le Secrétariat national du CER", address));
      case CER_ENTRY -> jury(letter, JurySession.Kind.ENTRY, ENTRY_SESSION.name(), address);
      case CER_POST -> jury(letter, JurySession.Kind.POST, POST_SESSION.name(), address);
      default -> Optional.empty();
    };
  }

  /**
   * The jury answers as a body (CER_J5): the appeal goes on the agenda of the campaign's next session of the same kind;
   * while it waits, the secretariat sees its task (it cannot answer it).
   */
  private Optional<AppealRoute> jury(Letter letter, JurySession.Kind kind, String sessionVar, String address) {
    Map<String, Object> vars = variablesOf(letter.processInstanceId(), false);
    String session = vars.get(sessionVar) instanceof String s ? s : null;
    if (!(vars.get(CAMPAIGN_YEAR.name()) instanceof Integer year)) {
      return Optional.of(AppealRoute.group(Groups.CER_SECRETARIAT, "le Secrétariat national du CER, pour le jury national", address));
    }
    return Optional.of(AppealRoute.collegial(JuryAppeals.collegium(kind, year), Groups.CER_SECRETARIAT,
        "le jury national du CER", session, address));
  }

  @Override
  public Optional<String> reopen(DelegateExecution appeal, CaseFile file, Letter letter) {
    return switch (letter.kind()) {
      case CER_INELIGIBILITY -> Optional.of(resume(appeal, file, Outcome.INELIGIBLE, Tasks.VERIFY_DOSSIER,
          Map.of(ELIGIBLE.name(), true), "à la vérification du dossier d'entrée par le secrétariat"));
      case CER_ENTRY -> EntryDecision.REJECTED.name().equals(letter.decision())
          ? Optional.of(resume(appeal, file, Outcome.REJECTED, Elements.DECIDE_FUNDING,
              Map.of(ENTRY_DECISION.name(), EntryDecision.ADMITTED.name()),
              "comme candidature admise, à la décision de financement : financée s'il reste une place dans le contingent de"
                  + " la campagne, non financée sinon (CER_J3)"))
          : Optional.empty();
      default -> Optional.empty();
    };
  }

  private String resume(DelegateExecution appeal, CaseFile file, Outcome endedAs, String activityId, Map<String, Object> changes,
      String where) {
    String closedId = candidacies.get(file.businessKey()).getProcessInstanceId();
    HistoricProcessInstance closed = history.createHistoricProcessInstanceQuery().processInstanceId(closedId).singleResult();
    if (closed == null || closed.getEndTime() == null) {
      throw CaseInputException.conflict("La candidature " + file.businessKey() + " est en cours : la décision retirée ne l'avait pas close.");
    }
    VariableMap variables = Variables.createVariables();
    history.createHistoricVariableInstanceQuery().processInstanceId(closedId).list().stream()
        .filter(v -> closedId.equals(v.getExecutionId()) && v.getTaskId() == null && !NOT_CARRIED.contains(v.getName()))
        .forEach((HistoricVariableInstance v) -> {
          TypedValue value = v.getTypedValue();
          if (value != null) {
            variables.putValueTyped(v.getName(), value);
          }
        });
    variables.putAll(changes);
    variables.putValue("reopenedByAppeal", appeal.getProcessBusinessKey());
    // the person answering has no right to start a candidacy in the engine: the appeal's answer is what allows it
    String reopenedId = asSystem(() -> runtime.createProcessInstanceById(closed.getProcessDefinitionId())
        .businessKey(file.businessKey()).startBeforeActivity(activityId).setVariables(variables).execute().getId());
    candidacies.reopen(file.businessKey(), endedAs, reopenedId);
    Grants.toUser(appeal.getProcessEngineServices(), file.applicantId(), Resources.PROCESS_INSTANCE, reopenedId,
        ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE);
    AppealProcess.REOPENED_AT.set(appeal, where);
    return where;
  }

  private Map<String, Object> variablesOf(String processInstanceId, boolean binaries) {
    Map<String, Object> vars = new HashMap<>();
    asSystem(() -> {
      var query = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId);
      if (!binaries) {
        query.disableBinaryFetching();
      }
      query.list().stream().filter(v -> processInstanceId.equals(v.getExecutionId()) && v.getTaskId() == null)
          .forEach(v -> vars.put(v.getName(), v.getValue()));
      return null;
    });
    return vars;
  }

  private <T> T asSystem(Supplier<T> work) {
    var auth = identity.getCurrentAuthentication();
    try {
      identity.clearAuthentication();
      return work.get();
    } finally {
      if (auth != null) {
        identity.setAuthentication(auth);
      }
    }
  }
}
