package fr.engagements.cer.appeal;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
import fr.engagements.cer.CerCandidacyProcess.FundingDecision;
import fr.engagements.cer.CerCandidacyProcess.PostDecision;
import fr.engagements.cer.campaign.CerDeadlines;
import fr.engagements.cer.publicservice.PublicServiceObligation;
import fr.engagements.cer.funding.FundingService;
import fr.engagements.config.EngineClock;
import fr.engagements.process.FrenchFormat;
import fr.engagements.cer.candidacy.CandidacyService;
import fr.engagements.cer.jury.JuryAppeals;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.letter.Letter;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.Grants;
import fr.engagements.process.SystemCalls;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * <p>A withdrawal puts the case back where the withdrawn decision had taken it from (processes/README.md, case-appeal,
 * « decision withdrawn → where the case resumes »). A closed candidacy resumes in a new instance of its process version,
 * same business key, with the case's last variables (read from history, documents included), started before the step:
 * <ul>
 * <li>ineligibility: {@code verifyDossier}, deemed eligible;</li>
 * <li>entry rejection: admitted, at the funding decision, which takes a place of the quota only if one is left (CER_J3);</li>
 * <li>post refused: granted in the name of the session that answered, at {@code grantPost};</li>
 * <li>closing: the step that ended ({@code completeDossier}, {@code submitProject} with a deadline still ahead,
 * {@code recordDefense}, {@code confirmResearchPeriod}); the person's own withdrawal reopens nothing;</li>
 * </ul>
 * A running candidacy left unfunded is funded in place if a place is left. A funded allowance that still ran resumes
 * with the case. What changes nothing (no place left, project returned, own withdrawal) says why in the answer.
 */
@Component
class CerAppealRouting implements AppealRouting {

  /** Variables of the closed instance that the reopened one does not take over. */
  private static final Set<String> NOT_CARRIED = Set.of(OUTCOME.name());

  private final CandidacyService candidacies;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final FundingService funding;
  private final CerDeadlines deadlines;
  private final PublicServiceObligation obligation;

  CerAppealRouting(CandidacyService candidacies, @Lazy HistoryService history, @Lazy RuntimeService runtime,
      @Lazy IdentityService identity, FundingService funding, CerDeadlines deadlines, PublicServiceObligation obligation) {
    this.obligation = obligation;
    this.candidacies = candidacies;
    this.history = history;
    this.runtime = runtime;
    this.identity = identity;
    this.funding = funding;
    this.deadlines = deadlines;
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
      case CER_INELIGIBILITY -> Optional.of(resume(appeal, file, Outcome.INELIGIBLE, List.of(Tasks.VERIFY_DOSSIER),
          Map.of(ELIGIBLE.name(), true), Set.of(), "à la vérification du dossier d'entrée par le secrétariat"));
      case CER_ENTRY -> EntryDecision.REJECTED.name().equals(letter.decision())
          ? Optional.of(resume(appeal, file, Outcome.REJECTED, List.of(Elements.DECIDE_FUNDING),
              Map.of(ENTRY_DECISION.name(), EntryDecision.ADMITTED.name()), Set.of(),
              "comme candidature admise, à la décision de financement : financée s'il reste une place dans le contingent de"
                  + " la campagne, non financée sinon (CER_J3)"))
          : Optional.empty();
      case CER_POST -> PostDecision.REFUSED.name().equals(letter.decision()) ? Optional.of(postGranted(appeal, file)) : Optional.empty();
      case CER_CLOSING -> closingWithdrawn(appeal, file, letter);
      case CER_FUNDING -> FundingDecision.UNFUNDED.name().equals(letter.decision()) ? funded(appeal, file) : Optional.empty();
      case CER_PROJECT_RETURNED -> {
        // the round the refusal ended was cancelled with the other signers' tasks, and the next round starts clean at
        // the applicant's resubmission (CER_P3): there is no signature to resume, the model has no step for it
        AppealProcess.WITHDRAWAL_NOTE.set(appeal, "le refus du signataire est retiré et ne figurera plus parmi les motifs de"
            + " votre dossier ; le circuit de signatures ne peut pas reprendre là où il s'était arrêté : déposez à nouveau votre"
            + " projet (tâche « Déposer le projet médico-scientifique »), un nouveau tour de signatures s'ouvrira.");
        yield Optional.empty();
      }
      default -> Optional.empty();
    };
  }

  /**
   * The post refused, withdrawn: granted as the session would have granted it (decision, who and which session: the
   * appeal's answer, given by the jury in session: its president and that session), the candidacy resumes at {@code grantPost}, then waits until the research months can be served.
   */
  private String postGranted(DelegateExecution appeal, CaseFile file) {
    Map<String, Object> changes = new HashMap<>();
    changes.put(POST_DECISION.name(), PostDecision.GRANTED.name());
    changes.put(POST_RATIONALE.name(), AppealProcess.APPEAL_RATIONALE.get(appeal));
    changes.put(POST_DECIDED_BY.name(), AppealProcess.ANSWERED_BY.get(appeal));
    // the session that answered the appeal (the jury answers in session), else the one that had decided
    changes.put(POST_SESSION.name(), Optional.ofNullable(AppealProcess.ANSWERING_SESSION.get(appeal))
        .or(() -> Optional.ofNullable(AppealProcess.DECIDING_SESSION.get(appeal)))
        .map(session -> session + ", sur recours gracieux").orElse("recours gracieux n° " + AppealProcess.APPEAL_NUMBER.get(appeal)));
    return resume(appeal, file, Outcome.POST_REFUSED, withAllowance(file, Elements.GRANT_POST), changes, Set.of(),
        "au poste hors contingent accordé : son attribution, puis la confirmation des mois de recherche par le coordonnateur"
            + " de DES une fois qu'ils ont pu être effectués (CER_P10)");
  }

  /** The closing letter covers several outcomes: the step that ended resumes; the person's own withdrawal reopens nothing. */
  private Optional<String> closingWithdrawn(DelegateExecution appeal, CaseFile file, Letter letter) {
    Outcome outcome = Outcome.valueOf(letter.decision());
    return switch (outcome) {
      case DOSSIER_ABANDONED -> Optional.of(resume(appeal, file, outcome, List.of(Tasks.COMPLETE_DOSSIER), Map.of(), Set.of(),
          "au complément du dossier d'entrée par le candidat, avec un nouveau délai"));
      case PROJECT_NOT_FILED -> Optional.of(projectToFile(appeal, file));
      case DEFENSE_MISSED -> Optional.of(resume(appeal, file, outcome, List.of(Tasks.RECORD_DEFENSE), Map.of(),
          Set.of(DEFENSE_HELD.name(), DEFENSE_REMARKS.name()),
          "au constat de la soutenance : le secrétariat enregistre à nouveau si le candidat s'est présenté (CER_P9)"));
      case RESEARCH_OBLIGATION_BREACHED -> Optional.of(resume(appeal, file, outcome, List.of(Tasks.CONFIRM_RESEARCH_PERIOD),
          Map.of(), Set.of(RESEARCH_MONTHS_COMPLETED.name()),
          "à la confirmation des mois de recherche par le coordonnateur de DES (CER_O2)"));
      case WITHDRAWN -> {
        // not a decision against the person: they asked for it (message CerWithdrawal). Reopening would undo their choice.
        AppealProcess.WITHDRAWAL_NOTE.set(appeal, "la clôture de votre candidature fait suite à votre propre désistement et"
            + " non à une décision prise contre vous : son retrait ne rouvre pas la candidature. Vous pouvez déposer une"
            + " nouvelle candidature à une prochaine campagne.");
        yield Optional.empty();
      }
      default -> Optional.empty();
    };
  }

  /**
   * « Projet non déposé » withdrawn: submitProject again, with the campaign's deadline as the model computes it, or 30
   * days from today when it has passed (else the deadline's timer would close the candidacy again at once).
   */
  private String projectToFile(DelegateExecution appeal, CaseFile file) {
    int year = candidacies.get(file.businessKey()).getCampaignYear();
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), EngineClock.ZONE);
    Map<String, Object> changes = new HashMap<>();
    LocalDate lastDay = LocalDate.ofInstant(deadlines.projectDeadline(year).toInstant(), EngineClock.ZONE);
    if (!deadlines.projectDeadlinePassed(year).after(ClockUtil.getCurrentTime())) {
      lastDay = today.plusDays(30);
      changes.put(CerDeadlines.PROJECT_DEADLINE_ON_APPEAL, lastDay.toString());
    }
    return resume(appeal, file, Outcome.PROJECT_NOT_FILED, withAllowance(file, Tasks.SUBMIT_PROJECT), changes, Set.of(),
        "au dépôt du projet médico-scientifique par le candidat, au plus tard le " + FrenchFormat.dayInWords(lastDay));
  }

  /**
   * « Non financé » withdrawn: funded only if a place of the campaign's quota is left (CER_J3, CER_F2). The instance
   * goes on as it is: the decision's variables change and the allowance starts (process instance modification).
   */
  private Optional<String> funded(DelegateExecution appeal, CaseFile file) {
    String key = file.businessKey();
    var candidacy = candidacies.get(key);
    ProcessInstance running = asSystem(() -> runtime.createProcessInstanceQuery().processInstanceId(candidacy.getProcessInstanceId())
        .singleResult());
    if (running == null || candidacy.isEnded()) {
      AppealProcess.WITHDRAWAL_NOTE.set(appeal, "votre candidature est close depuis la décision contestée ; le financement ne"
          + " peut plus prendre effet et rien n'est changé à votre dossier.");
      return Optional.empty();
    }
    if (candidacy.getFundingDecision() == FundingDecision.FUNDED) {
      // an earlier appeal against the same letter already funded it: never a second place, nor a second allowance
      AppealProcess.WITHDRAWAL_NOTE.set(appeal, "votre candidature est déjà financée ; rien n'est changé à votre dossier.");
      return Optional.empty();
    }
    if (!funding.fundOnAppeal(key, candidacy.getCampaignYear())) {
      AppealProcess.WITHDRAWAL_NOTE.set(appeal, "aucune place ne reste dans le contingent des contrats financés de la campagne "
          + candidacy.getCampaignYear() + " : votre candidature demeure admise sans financement, rien n'est changé (CER_J3).");
      return Optional.empty();
    }
    asSystem(() -> {
      runtime.setVariables(running.getId(), Map.of(
          FUNDING_DECISION.name(), FundingDecision.FUNDED.name(),
          FUNDING_REASON.name(), "WITHIN_QUOTA",
          FUNDING_DECIDED_BY.name(), "Recours gracieux n° " + AppealProcess.APPEAL_NUMBER.get(appeal)
              + " (décision de non-financement retirée, dans la limite du contingent)"));
      runtime.createProcessInstanceModification(running.getId()).startBeforeActivity(Elements.PAY_ALLOWANCE).execute();
      return null;
    });
    String where = "comme candidature financée, à l'étape où elle se trouvait ; l'allocation mensuelle est versée à partir de ce"
        + " mois (CER_F1)";
    AppealProcess.REOPENED_AT.set(appeal, where);
    return Optional.of(where);
  }

  /** A funded candidacy whose allowance still ran when the decision closed it: the allowance resumes too (CER_F1). */
  private List<String> withAllowance(CaseFile file, String activityId) {
    String closedId = candidacies.get(file.businessKey()).getProcessInstanceId();
    Map<String, Object> vars = variablesOf(closedId, false);
    boolean allowanceRan = FundingDecision.FUNDED.name().equals(vars.get(FUNDING_DECISION.name()))
        && Boolean.TRUE.equals(vars.get(ALLOWANCE_ACTIVE.name()))
        // since CER_F1 the allowance went on in the public-service follow-up: it comes back here, never twice
        && obligation.takeBackAllowance(runtime, identity, file.businessKey());
    return allowanceRan ? List.of(activityId, Elements.PAY_ALLOWANCE) : List.of(activityId);
  }

  private String resume(DelegateExecution appeal, CaseFile file, Outcome endedAs, List<String> activityIds,
      Map<String, Object> changes, Set<String> dropped, String where) {
    String closedId = candidacies.get(file.businessKey()).getProcessInstanceId();
    HistoricProcessInstance closed = history.createHistoricProcessInstanceQuery().processInstanceId(closedId).singleResult();
    if (closed == null || closed.getEndTime() == null) {
      throw CaseInputException.conflict("La candidature " + file.businessKey() + " est en cours : la décision retirée ne l'avait pas close.");
    }
    VariableMap variables = Variables.createVariables();
    history.createHistoricVariableInstanceQuery().processInstanceId(closedId).list().stream()
        .filter(v -> closedId.equals(v.getExecutionId()) && v.getTaskId() == null && !NOT_CARRIED.contains(v.getName())
            && !dropped.contains(v.getName()))
        .forEach((HistoricVariableInstance v) -> {
          TypedValue value = v.getTypedValue();
          if (value != null) {
            variables.putValueTyped(v.getName(), value);
          }
        });
    variables.putAll(changes);
    variables.putValue("reopenedByAppeal", appeal.getProcessBusinessKey());
    // the person answering has no right to start a candidacy in the engine: the appeal's answer is what allows it
    String reopenedId = asSystem(() -> {
      // variables first: set after an instruction, they would be that instruction's only
      var instantiation = runtime.createProcessInstanceById(closed.getProcessDefinitionId()).businessKey(file.businessKey())
          .setVariables(variables);
      activityIds.forEach(instantiation::startBeforeActivity);
      return instantiation.execute().getId();
    });
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
    return SystemCalls.asSystem(identity, work);
  }
}
