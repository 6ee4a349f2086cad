package fr.engagements.cer.jury;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.process.InputCheck;
import fr.engagements.process.TaskPolicy;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code decideEntry}: the national jury admits or rejects, with a written rationale (CER_J1, CER_J2),
 * only when the candidacy's session can decide (CER_P6) and only by a voting member.
 */
@Component
class DecideEntryPolicy implements TaskPolicy {

  static final Var<Long> JURY_SESSION_ID = Var.longValue("jurySessionId");

  private final JuryService jury;

  DecideEntryPolicy(JuryService jury) {
    this.jury = jury;
  }

  @Override
  public String processKey() {
    return CerCandidacyProcess.KEY;
  }

  @Override
  public String taskKey() {
    return Tasks.DECIDE_ENTRY;
  }

  @Override
  public Set<String> completionVariables() {
    return Set.of(ENTRY_DECISION.name(), ENTRY_RATIONALE.name());
  }

  @Override
  public void onCreate(DelegateTask task) {
    int year = CAMPAIGN_YEAR.get(task);
    Optional<JurySession> session = jury.sessionFor(year, JurySession.Kind.ENTRY);
    session.ifPresent(s -> task.setVariableLocal(JURY_SESSION_ID.name(), s.getId()));
    task.setDescription(describe(session, year));
  }

  private String describe(Optional<JurySession> session, int year) {
    if (session.isEmpty()) {
      return "Décision impossible pour l'instant : aucune session du jury n'est constituée pour la campagne " + year + ".";
    }
    List<String> problems = jury.compositionProblems(session.get());
    if (!problems.isEmpty()) {
      return "Décision impossible pour l'instant (règle CER_P6) : dans la session « " + session.get().getLabel() + " », "
          + String.join(", ", problems) + ". Le secrétariat doit compléter la session.";
    }
    return "Admettez ou refusez l'entrée dans le CER, avec une motivation écrite. Ni le nombre de publications ni les notes"
        + " ne décident seuls (CER_J2, CER_P8). Session : « " + session.get().getLabel() + " ».";
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    check.choice(ENTRY_DECISION, "La décision d'entrée", EntryDecision.class, true);
    check.text(ENTRY_RATIONALE, "La motivation de la décision", InputCheck.MAX_TEXT, true);
    check.done();
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String userId = auth == null ? null : auth.getUserId();
    Object sessionId = task.getVariableLocal(JURY_SESSION_ID.name());
    int year = CAMPAIGN_YEAR.get(task);
    Optional<JurySession> session = sessionId instanceof Long id ? jury.session(id) : jury.sessionFor(year, JurySession.Kind.ENTRY);
    jury.checkCanDecide(session, year, userId);
    ENTRY_DECIDED_BY.set(task.getExecution(), userId);
  }
}
