package fr.engagements.cer.timeline;

import fr.engagements.cer.jury.JuryDeclarations;
import fr.engagements.web.CurrentUser;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Whether a user may open a candidacy's timeline, by the rules of {@code GET /api/candidacies/{key}/timeline}
 * ({@link TimelineController#mayRead}, recusals): the case page ({@code /dossiers/{key}}) answers 404 or 403
 * itself, as the API would, before its script asks the API.
 */
@Component
public class TimelineAccess {

  public enum Verdict { ALLOWED, NOT_FOUND, FORBIDDEN, RECUSED }

  private final TimelineService timelines;
  private final JuryDeclarations declarations;

  TimelineAccess(TimelineService timelines, JuryDeclarations declarations) {
    this.timelines = timelines;
    this.declarations = declarations;
  }

  /** The verdict for a logged-in user (never {@link CurrentUser#ANONYMOUS}: a page asks them to log in first). */
  public Verdict check(CurrentUser user, String businessKey) {
    HistoricProcessInstance instance = timelines.find(businessKey).orElse(null);
    if (instance == null) {
      return Verdict.NOT_FOUND;
    }
    if (!TimelineController.mayRead(user, timelines.applicantOf(instance).orElse(null))) {
      return Verdict.FORBIDDEN;
    }
    return declarations.recusedByBusinessKey(businessKey).contains(user.id()) ? Verdict.RECUSED : Verdict.ALLOWED;
  }
}
