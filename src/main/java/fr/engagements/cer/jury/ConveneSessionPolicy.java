package fr.engagements.cer.jury;

import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code conveneSession}: the secretariat freezes the agenda and convenes the members (CER_J5, CER_P6). */
@Component
class ConveneSessionPolicy extends BaseTaskPolicy {

  private final JurySessions sessions;

  ConveneSessionPolicy(JurySessions sessions) {
    super(CerJurySessionProcess.KEY, CerJurySessionProcess.Tasks.CONVENE_SESSION);
    this.sessions = sessions;
  }

  @Override
  public void onCreate(DelegateTask task) {
    JurySession session = sessions.session(CerJurySessionProcess.SESSION_ID.get(task)).orElseThrow();
    JurySessions.nameAfterSession(task, session);
    task.setDescription("Session « " + session.getLabel() + " » du " + FrenchFormat.day(session.getSessionDate()) + " : les"
        + " candidatures qui attendent la décision du jury s'inscrivent à son ordre du jour jusqu'à la convocation. Convoquer"
        + " arrête l'ordre du jour ; chaque membre déclare alors ses liens d'intérêts avec chaque candidat.");
  }

  @Override
  public void onComplete(DelegateTask task) {
    sessions.convene(CerJurySessionProcess.SESSION_ID.get(task));
  }
}
