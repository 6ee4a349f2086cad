package fr.engagements.cer.jury;

import static fr.engagements.cer.CerCandidacyProcess.CAMPAIGN_YEAR;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.process.ActingUser;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A decision of the national jury ({@code decideEntry}, {@code decidePost}): a choice with a written
 * rationale, taken only when the campaign's session of that kind can decide (CER_P6) and only by one
 * of its voting members. The task's description says why a session cannot decide; the decider is
 * recorded.
 *
 * @param <D> the decision's values
 */
public abstract class JuryDecisionPolicy<D extends Enum<D>> extends BaseTaskPolicy {

  /** Task-local: the session the task was created for. */
  public static final Var<Long> JURY_SESSION_ID = Var.longValue("jurySessionId");

  private final JuryService jury;
  private final JuryDeclarations declarations;
  private final JurySession.Kind kind;
  private final Var<D> decision;
  private final Class<D> decisionType;
  private final Var<String> rationale;
  private final Var<String> decidedBy;
  private final String decisionLabel;

  protected JuryDecisionPolicy(JuryService jury, JuryDeclarations declarations, String taskKey, JurySession.Kind kind,
      Var<D> decision, Class<D> decisionType, Var<String> rationale, Var<String> decidedBy, String decisionLabel) {
    super(CerCandidacyProcess.KEY, taskKey, decision, rationale);
    this.jury = jury;
    this.declarations = declarations;
    this.kind = kind;
    this.decision = decision;
    this.decisionType = decisionType;
    this.rationale = rationale;
    this.decidedBy = decidedBy;
    this.decisionLabel = decisionLabel;
  }

  /** What the jury is asked, when its session can decide. */
  protected abstract String instructions(DelegateTask task, JurySession session);

  @Override
  public void onCreate(DelegateTask task) {
    int year = CAMPAIGN_YEAR.get(task);
    Optional<JurySession> session = jury.sessionFor(year, kind);
    session.ifPresent(s -> task.setVariableLocal(JURY_SESSION_ID.name(), s.getId()));
    // before anyone of the session sees the task: hidden from each member until they declare no conflict
    session.ifPresent(s -> declarations.opened(task, s));
    task.setDescription(describe(task));
  }

  /** What the task says: why it cannot be decided (no session, CER_P6 after recusals), or what is asked. */
  public String describe(DelegateTask task) {
    int year = CAMPAIGN_YEAR.get(task);
    Optional<JurySession> session = sessionOf(task, year);
    if (session.isEmpty()) {
      return "Décision impossible pour l'instant : aucune session du jury (" + kindLabel() + ") n'est constituée pour la campagne "
          + year + ".";
    }
    Set<String> recused = declarations.recused(task.getProcessInstanceId());
    List<String> problems = jury.compositionProblems(session.get(), recused);
    if (!problems.isEmpty()) {
      return "Décision impossible pour l'instant (règle CER_P6) : dans la session « " + session.get().getLabel() + " », "
          + String.join(", ", problems) + ". Le secrétariat doit compléter la session.";
    }
    return instructions(task, session.get()) + DECLARATION_NOTICE
        + (recused.isEmpty() ? "" : " Membres récusés pour cette candidature : " + String.join(", ", recused.stream().sorted().toList()) + ".");
  }

  /** Said on every jury task: the declaration comes first (issue 9). */
  static final String DECLARATION_NOTICE = " Chaque membre de la session déclare d'abord ses liens d'intérêts avec le candidat"
      + " (tâche « Déclarer les liens d'intérêts ») ; un membre en conflit est récusé.";

  private Optional<JurySession> sessionOf(DelegateTask task, int year) {
    Object sessionId = task.getVariableLocal(JURY_SESSION_ID.name());
    return sessionId instanceof Long id ? jury.session(id) : jury.sessionFor(year, kind);
  }

  private String kindLabel() {
    return kind == JurySession.Kind.ENTRY ? "entrée" : "postes";
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    check.choice(decision, decisionLabel, decisionType, true);
    check.text(rationale, "La motivation de la décision", InputCheck.MAX_TEXT, true);
    check.done();
    String userId = actingUser(task).map(ActingUser::id).orElse(null);
    int year = CAMPAIGN_YEAR.get(task);
    Optional<JurySession> session = sessionOf(task, year);
    jury.checkCanDecide(session, year, userId, declarations.recused(task.getProcessInstanceId()));
    if (userId != null && !declarations.mayDecide(task.getId(), userId)) {
      // the engine's authorizations already hide the task; this also holds for the Java API
      throw CaseInputException.forbidden(userId + " doit d'abord déclarer ses liens d'intérêts avec le candidat"
          + " (tâche « Déclarer les liens d'intérêts »).");
    }
    decidedBy.set(task.getExecution(), userId);
  }

  /** The task closes (decided, or cancelled by a withdrawal or a deadline): open declarations are moot. */
  @Override
  public void onEnd(DelegateTask task) {
    declarations.closed(task);
  }
}
