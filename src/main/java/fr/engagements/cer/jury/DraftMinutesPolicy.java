package fr.engagements.cer.jury;

import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code draftMinutes}: the session's secretary writes the motivation of each decision the votes took (pre-filled from
 * the majority's rationales); the minutes list each candidacy, the votes, the decision and its motivation.
 */
@Component
class DraftMinutesPolicy extends BaseTaskPolicy {

  private final JurySessions sessions;

  DraftMinutesPolicy(JurySessions sessions) {
    super(CerJurySessionProcess.KEY, CerJurySessionProcess.Tasks.DRAFT_MINUTES, CerJurySessionProcess.MOTIVATIONS,
        CerJurySessionProcess.MINUTES_REMARKS);
    this.sessions = sessions;
  }

  @Override
  public void onCreate(DelegateTask task) {
    sessions.session(CerJurySessionProcess.SESSION_ID.get(task)).ifPresent(session -> JurySessions.nameAfterSession(task, session));
    task.setDescription("Rédigez le procès-verbal de la séance : pour chaque candidature décidée, la motivation de la décision (elle"
        + " figure au procès-verbal et dans le courrier du candidat). Les candidatures sans décision (quorum non atteint, partage"
        + " sans voix prépondérante) passent à la session suivante." + CerJurySessionProcess.MINUTES_REMARKS.find(task)
        .map(r -> " Remarques du président : " + r).orElse(""));
  }

  @Override
  public void onComplete(DelegateTask task) {
    SessionForms.storable(task, CerJurySessionProcess.MOTIVATIONS.name(), "Les motivations des décisions");
    InputCheck check = new InputCheck(task);
    check.text(CerJurySessionProcess.MINUTES_REMARKS, "Les remarques", InputCheck.MAX_TEXT, false);
    check.done();
    sessions.draft(CerJurySessionProcess.SESSION_ID.get(task), SessionForms.byBusinessKey(CerJurySessionProcess.MOTIVATIONS.name(),
        CerJurySessionProcess.MOTIVATIONS.get(task), "Les motivations des décisions", "motivation"));
  }
}
