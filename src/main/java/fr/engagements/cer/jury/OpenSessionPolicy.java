package fr.engagements.cer.jury;

import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code openSession}: on the session's day, its secretary records who is present. A candidacy is voted on only with its
 * quorum (the CER_P6 seats held by members present who declared no link); the others go to the next session.
 */
@Component
class OpenSessionPolicy extends BaseTaskPolicy {

  private final JurySessions sessions;

  OpenSessionPolicy(JurySessions sessions) {
    super(CerJurySessionProcess.KEY, CerJurySessionProcess.Tasks.OPEN_SESSION, CerJurySessionProcess.PRESENT);
    this.sessions = sessions;
  }

  @Override
  public void onCreate(DelegateTask task) {
    JurySession session = sessions.session(CerJurySessionProcess.SESSION_ID.get(task)).orElseThrow();
    JurySessions.nameAfterSession(task, session);
    task.setDescription("Le " + FrenchFormat.day(session.getSessionDate()) + ", à l'ouverture de la séance « " + session.getLabel()
        + " », cochez les membres présents. Une candidature n'est votée que si les sièges de la règle CER_P6 sont tenus par des"
        + " membres présents et non récusés ; sinon elle passe à la session suivante.");
  }

  @Override
  public void onComplete(DelegateTask task) {
    SessionForms.storable(task, CerJurySessionProcess.PRESENT.name(), "La liste des membres présents");
    sessions.open(CerJurySessionProcess.SESSION_ID.get(task), SessionForms.strings(CerJurySessionProcess.PRESENT.name(),
        CerJurySessionProcess.PRESENT.get(task), "La liste des membres présents"));
  }
}
