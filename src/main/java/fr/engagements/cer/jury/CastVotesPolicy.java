package fr.engagements.cer.jury;

import java.util.List;

import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code castVotes}: a voting member present votes on each candidacy they may vote on (not recused, quorum held), each
 * vote with its rationale (CER_J2, CER_J5). Observers never get this task (CER_P6).
 */
@Component
class CastVotesPolicy extends BaseTaskPolicy {

  private final JurySessions sessions;

  CastVotesPolicy(JurySessions sessions) {
    super(CerJurySessionProcess.KEY, CerJurySessionProcess.Tasks.CAST_VOTES, CerJurySessionProcess.VOTES);
    this.sessions = sessions;
  }

  @Override
  public void onCreate(DelegateTask task) {
    JurySession session = sessions.session(CerJurySessionProcess.SESSION_ID.get(task)).orElseThrow();
    JurySessions.nameAfterSession(task, session);
    String voter = CerJurySessionProcess.VOTER.get(task);
    var mine = sessions.votableBy(session, voter);
    long count = mine.size();
    long appeals = mine.stream().filter(JuryAgendaItem::isAppeal).count();
    task.setDescription("Séance « " + session.getLabel() + " » : votez " + (count == 1 ? "sur le point" : "sur chacun des " + count + " points") + " de l'ordre du jour (admettre ou"
        + " refuser ; pour un poste : accorder ou refuser" + (appeals == 0 ? "" : " ; pour un recours gracieux : maintenir ou retirer la décision")
        + "), chaque vote avec sa motivation. La majorité des voix exprimées décide ;"
        + " en cas de partage, la voix du président est prépondérante. Ni le nombre de publications ni les notes ne décident"
        + " seuls (CER_J2, CER_P8).");
  }

  @Override
  public void onComplete(DelegateTask task) {
    SessionForms.storable(task, CerJurySessionProcess.VOTES.name(), "Vos votes");
    String voter = CerJurySessionProcess.VOTER.get(task);
    actingUser(task).filter(u -> !u.id().equals(voter) && !u.isAdmin()).ifPresent(u -> {
      throw CaseInputException.forbidden("Seul " + voter + " peut voter à sa place.");
    });
    List<JurySessions.Ballot> ballots = SessionForms.array(CerJurySessionProcess.VOTES.name(), CerJurySessionProcess.VOTES.get(task),
        "Vos votes").stream().map(n -> new JurySessions.Ballot(SessionForms.text(n, "businessKey"), SessionForms.text(n, "decision"),
        SessionForms.text(n, "rationale"))).toList();
    sessions.vote(CerJurySessionProcess.SESSION_ID.get(task), voter, ballots);
  }
}
