package fr.engagements.cer.jury;

import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code signMinutes}: the president signs the minutes in the system (the decisions then reach each candidacy) or sends
 * them back to the secretary with remarks.
 */
@Component
class SignMinutesPolicy extends BaseTaskPolicy {

  private final JurySessions sessions;

  SignMinutesPolicy(JurySessions sessions) {
    super(CerJurySessionProcess.KEY, CerJurySessionProcess.Tasks.SIGN_MINUTES, CerJurySessionProcess.MINUTES_APPROVED,
        CerJurySessionProcess.MINUTES_REMARKS);
    this.sessions = sessions;
  }

  @Override
  public void onCreate(DelegateTask task) {
    sessions.session(CerJurySessionProcess.SESSION_ID.get(task)).ifPresent(session -> JurySessions.nameAfterSession(task, session));
    task.setDescription("Relisez le procès-verbal de la séance (décisions, votes, motivations) et signez-le : chaque décision est"
        + " alors portée sur la candidature et le candidat reçoit son courrier, qui cite la session. Ou renvoyez-le au secrétaire"
        + " de séance avec vos remarques.");
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    Boolean approved = check.required(CerJurySessionProcess.MINUTES_APPROVED, "Votre décision sur le procès-verbal");
    check.text(CerJurySessionProcess.MINUTES_REMARKS, "Les remarques au secrétaire", InputCheck.MAX_TEXT, Boolean.FALSE.equals(approved));
    check.done();
  }
}
