package fr.engagements.cer.jury;

import java.util.Optional;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.FrenchFormat;
import fr.engagements.process.InputCheck;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A decision of the national jury on a candidacy ({@code decideEntry}, {@code decidePost}): taken in session, as a body
 * (CER_J5) — the candidacy goes on the agenda of its campaign's next session of that kind, its members vote there, and
 * the signed minutes complete this task with the majority's decision and the motivation. Nobody completes it alone:
 * a completion that does not come from a signed session is refused (403), through the Java API too.
 *
 * @param <D> the decision's values
 */
public abstract class JuryDecisionPolicy<D extends Enum<D>> extends BaseTaskPolicy {

  private final JurySessions sessions;
  private final Var<D> decision;
  private final Class<D> decisionType;
  private final Var<String> rationale;
  private final Var<String> decidedBy;
  private final Var<String> sessionCited;
  private final String decisionLabel;

  protected JuryDecisionPolicy(JurySessions sessions, String taskKey, Var<D> decision, Class<D> decisionType, Var<String> rationale,
      Var<String> decidedBy, Var<String> sessionCited, String decisionLabel) {
    super(CerCandidacyProcess.KEY, taskKey, decision, rationale);
    this.sessions = sessions;
    this.decision = decision;
    this.decisionType = decisionType;
    this.rationale = rationale;
    this.decidedBy = decidedBy;
    this.sessionCited = sessionCited;
    this.decisionLabel = decisionLabel;
  }

  /** What the jury will judge, for the task's description. */
  protected abstract String subject(DelegateTask task);

  @Override
  public void onCreate(DelegateTask task) {
    Optional<JurySession> session = sessions.enqueue(task);
    task.setDescription(subject(task) + " La décision est prise en séance par le jury national (CER_J5) : " + session
        .map(s -> "candidature inscrite à l'ordre du jour de la session « " + s.getLabel() + " » du "
            + FrenchFormat.day(s.getSessionDate()) + ".")
        .orElse("aucune session n'est encore programmée ; la candidature sera inscrite à l'ordre du jour de la prochaine."));
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    D chosen = check.choice(decision, decisionLabel, decisionType, true);
    check.text(rationale, "La motivation de la décision", InputCheck.MAX_TEXT, true);
    check.done();
    Long itemId = JurySessions.decidedItem(task);
    JuryAgendaItem item = sessions.item(itemId).filter(i -> i.getStatus() == JuryAgendaItem.Status.DECIDED
        && i.getProcessInstanceId().equals(task.getProcessInstanceId()) && i.getTaskKey().equals(task.getTaskDefinitionKey())
        && chosen != null && chosen.name().equals(i.getDecision())).orElseThrow(() -> CaseInputException.forbidden(
            decisionLabel + " est prise en séance par le jury national, à la majorité des voix (CER_J5) : chaque membre vote"
                + " dans sa tâche « Voter » de la session ; le procès-verbal signé par le président la porte ensuite sur la"
                + " candidature."));
    JurySession session = sessions.session(item.getSessionId()).orElseThrow();
    decidedBy.set(task.getExecution(), session.getPresidentId());
    sessionCited.set(task.getExecution(), "session « " + session.getLabel() + " » du " + FrenchFormat.dayInWords(session.getSessionDate()));
  }

  /** The task closes without the session (withdrawal, deadline, end of the case): the candidacy leaves the agenda. */
  @Override
  public void onEnd(DelegateTask task) {
    sessions.taskEnded(task);
  }
}
