package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;

import fr.engagements.cer.jury.JuryDecisionPolicy;
import fr.engagements.cer.jury.JuryDeclarations;
import fr.engagements.cer.jury.JuryService;
import fr.engagements.cer.jury.JurySession;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code decidePost}: after the defense, the national jury grants or refuses the off-quota post
 * (CER_P1, CER_P5), with a written rationale, only when the campaign's post session can decide (CER_P6)
 * and only by one of its voting members; publications and grades alone never decide (CER_P8).
 */
@Component
class DecidePostPolicy extends JuryDecisionPolicy<PostDecision> {

  DecidePostPolicy(JuryService jury, JuryDeclarations declarations) {
    super(jury, declarations, Tasks.DECIDE_POST, JurySession.Kind.POST, POST_DECISION, PostDecision.class, POST_RATIONALE,
        POST_DECIDED_BY, "La décision sur le poste");
  }

  @Override
  protected String instructions(DelegateTask task, JurySession session) {
    return "Après la soutenance du " + DEFENSE_DATE.find(task).map(d -> d.format(SubmitProjectPolicy.FRENCH_DATE)).orElse("?")
        + ", accordez ou refusez le poste d'interne hors contingent (" + SPECIALTY.find(task).orElse("?") + " — "
        + SUBDIVISION.find(task).orElse("?") + "), avec une motivation écrite. Motivation et qualité du projet sont évaluées ;"
        + " ni les publications ni les notes ne décident seules (CER_P5, CER_P8). Session : « " + session.getLabel() + " ».";
  }
}
