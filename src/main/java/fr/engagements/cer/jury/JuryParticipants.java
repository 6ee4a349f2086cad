package fr.engagements.cer.jury;

import java.util.Set;

import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CaseParticipants;
import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;
import org.springframework.stereotype.Component;

/**
 * The jury's part in a candidacy (CER_J5, issue 9): a member (or observer) of a session that has the candidacy on its
 * agenda takes part once they declared no link with the candidate; a member who declared a link is excluded from it for
 * good; a member of no such session, or who has not declared yet, is not concerned.
 */
@Component
class JuryParticipants implements CaseParticipants {

  private final JurySessions sessions;

  JuryParticipants(JurySessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public CaseType type() {
    return CaseType.CER;
  }

  @Override
  public Set<String> groups() {
    return Set.of(Groups.CER_JURY, Groups.CER_JURY_OBSERVERS);
  }

  @Override
  public Part part(CurrentUser user, CaseFile file) {
    if (sessions.recused(file.businessKey()).contains(user.id())) {
      return Part.excluded("Vous êtes récusé pour cette candidature (conflit d'intérêts déclaré) : elle ne vous est pas accessible.");
    }
    boolean sits = false;
    for (JuryAgendaItem item : sessions.itemsOfCase(file.businessKey())) {
      boolean member = sessions.session(item.getSessionId()).flatMap(s -> s.member(user.id())).isPresent();
      if (member && sessions.declaredNoConflict(item, user.id())) {
        return Part.takesPart();
      }
      sits |= member;
    }
    return Part.notConcerned(sits
        ? "Déclarez d'abord vos liens d'intérêts avec ce candidat (tâche « Déclarer les liens d'intérêts » de la session)."
        : "Vous ne siégez dans aucune session du jury qui examine cette candidature.");
  }
}
