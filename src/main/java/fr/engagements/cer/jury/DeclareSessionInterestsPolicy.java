package fr.engagements.cer.jury;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code declareInterests}: before seeing any dossier, a member of the session (observers too) declares once, for the
 * whole agenda, their links with each candidate (same laboratory, host department or faculty, supervision, family…):
 * a link recuses them from that candidacy; "no link" opens its dossier to them (issue 9, CER_J5).
 */
@Component
class DeclareSessionInterestsPolicy extends BaseTaskPolicy {

  static final int MAX_DETAILS = 1000;

  private final JurySessions sessions;

  DeclareSessionInterestsPolicy(JurySessions sessions) {
    super(CerJurySessionProcess.KEY, CerJurySessionProcess.Tasks.DECLARE_INTERESTS, CerJurySessionProcess.CONFLICTS);
    this.sessions = sessions;
  }

  @Override
  public void onCreate(DelegateTask task) {
    JurySession session = sessions.session(CerJurySessionProcess.SESSION_ID.get(task)).orElseThrow();
    JurySessions.nameAfterSession(task, session);
    long count = sessions.agenda(session.getId()).stream().filter(i -> i.getStatus() == JuryAgendaItem.Status.ON_AGENDA).count();
    task.setDescription("Session « " + session.getLabel() + " » du " + FrenchFormat.day(session.getSessionDate()) + " : avant de"
        + " voir les dossiers, déclarez pour chacun des " + count + " candidats de l'ordre du jour si vous avez un lien d'intérêts"
        + " avec lui (même laboratoire, même service d'accueil ou même faculté, encadrement, lien familial). Un lien vous récuse pour"
        + " cette candidature ; sans lien, son dossier vous devient accessible.");
  }

  @Override
  public void onComplete(DelegateTask task) {
    SessionForms.storable(task, CerJurySessionProcess.CONFLICTS.name(), "Vos liens d'intérêts");
    String member = CerJurySessionProcess.MEMBER.get(task);
    actingUser(task).filter(u -> !u.id().equals(member) && !u.isAdmin()).ifPresent(u -> {
      throw CaseInputException.forbidden("Seul " + member + " peut déclarer ses propres liens d'intérêts.");
    });
    List<JurySessions.Conflict> conflicts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (JsonNode link : SessionForms.array(CerJurySessionProcess.CONFLICTS.name(), CerJurySessionProcess.CONFLICTS.get(task),
        "La liste de vos liens d'intérêts")) {
      String key = SessionForms.text(link, "businessKey");
      String kind = SessionForms.text(link, "conflictKind");
      String details = SessionForms.text(link, "details");
      ConflictKind conflictKind = null;
      try {
        conflictKind = kind == null ? null : ConflictKind.valueOf(kind);
      } catch (IllegalArgumentException e) {
        // reported below
      }
      if (key == null || conflictKind == null) {
        problems.add("Chaque lien déclaré donne la candidature (businessKey) et la nature du lien (conflictKind : "
            + String.join(", ", java.util.Arrays.stream(ConflictKind.values()).map(Enum::name).toList()) + ").");
        continue;
      }
      if (details != null && details.length() > MAX_DETAILS) {
        problems.add("La précision sur le lien avec " + key + " dépasse " + MAX_DETAILS + " caractères.");
      }
      conflicts.add(new JurySessions.Conflict(key, conflictKind, details == null || details.isBlank() ? null : details.strip()));
    }
    if (!problems.isEmpty()) {
      throw new CaseInputException(400, problems);
    }
    sessions.declare(CerJurySessionProcess.SESSION_ID.get(task), member, conflicts);
  }
}
