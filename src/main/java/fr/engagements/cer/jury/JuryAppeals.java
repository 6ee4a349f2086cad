package fr.engagements.cer.jury;

import java.util.Optional;

import fr.engagements.appeal.AppealProcess;
import fr.engagements.appeal.AppealProcess.AppealDecision;
import fr.engagements.appeal.CollegialAnswer;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The national jury answers an appeal against its entry or post decision as a body (ADM_1_4, CER_J5, issue 15): the
 * appeal's {@code answerAppeal} goes on the agenda of the campaign's next session of the same kind (ENTRY/POST), or waits
 * for one to be planned; its members vote to maintain or withdraw the decision with the same quorum (CER_P6), majority
 * and tie rules as for a candidacy; the signed minutes complete the task with the decision, the minutes' motivation and
 * the session. A person's completion (Tasklist, REST, Java API) is refused (403), as for the candidacy's jury tasks.
 */
@Component
public class JuryAppeals implements CollegialAnswer {

  private static final String PREFIX = "CER_JURY:";

  private final JurySessions sessions;

  JuryAppeals(JurySessions sessions) {
    this.sessions = sessions;
  }

  /** The appeal's {@code answerCollegium}: the jury's sessions of this kind and campaign. */
  public static String collegium(JurySession.Kind kind, int campaignYear) {
    return PREFIX + kind.name() + ":" + campaignYear;
  }

  @Override
  public boolean accepts(String collegium) {
    return collegium != null && collegium.startsWith(PREFIX);
  }

  @Override
  public String opened(DelegateTask task) {
    String[] parts = AppealProcess.ANSWER_COLLEGIUM.get(task).split(":");
    JurySession.Kind kind = JurySession.Kind.valueOf(parts[1]);
    int year = Integer.parseInt(parts[2]);
    Optional<JurySession> session = sessions.enqueueAppeal(task, year, kind);
    return "Le jury national y répond en séance, à la majorité des voix (CER_J5) : ses membres votent pour maintenir ou"
        + " retirer la décision, et le procès-verbal signé porte la réponse. " + session.map(JuryAppeals::onAgenda)
            .orElse(WAITING + " : aucune session " + (kind == JurySession.Kind.ENTRY ? "d'entrée" : "des postes")
                + " de la campagne " + year + " n'est programmée ; le recours sera inscrit à l'ordre du jour de la prochaine.");
  }

  /** How the task of an appeal on no agenda yet says so (the secretariat sees it in Tasklist). */
  static final String WAITING = "En attente d'une session du jury";

  static String onAgenda(JurySession s) {
    return "Recours inscrit à l'ordre du jour de la session « " + s.getLabel() + " » du " + FrenchFormat.day(s.getSessionDate()) + ".";
  }

  @Override
  public Decided completing(DelegateTask task, AppealDecision decision) {
    Long itemId = JurySessions.decidedItem(task);
    JuryAgendaItem item = sessions.item(itemId).filter(i -> i.getStatus() == JuryAgendaItem.Status.DECIDED && i.isAppeal()
        && i.getProcessInstanceId().equals(task.getProcessInstanceId()) && i.getTaskKey().equals(task.getTaskDefinitionKey())
        && decision != null && decision.name().equals(i.getDecision())).orElseThrow(() -> CaseInputException.forbidden(
            "La réponse à un recours contre une décision du jury national est décidée en séance, à la majorité des voix"
                + " (CER_J5) : le recours est inscrit à l'ordre du jour d'une session, chaque membre vote dans sa tâche « Voter »,"
                + " et le procès-verbal signé par le président porte la réponse. Personne ne répond seul."));
    JurySession session = sessions.session(item.getSessionId()).orElseThrow();
    return new Decided("session « " + session.getLabel() + " » du " + FrenchFormat.dayInWords(session.getSessionDate()),
        session.getPresidentId());
  }

  @Override
  public void ended(DelegateTask task) {
    sessions.taskEnded(task);
  }
}
