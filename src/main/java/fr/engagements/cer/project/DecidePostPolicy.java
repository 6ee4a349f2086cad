package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;

import fr.engagements.cer.jury.JuryDecisionPolicy;
import fr.engagements.cer.jury.JurySessions;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code decidePost}: after the defense, the national jury, in session, grants or refuses the off-quota post
 * (CER_P1, CER_P5, CER_J5), with a written motivation; publications and grades alone never decide (CER_P8).
 */
@Component
class DecidePostPolicy extends JuryDecisionPolicy<PostDecision> {

  DecidePostPolicy(JurySessions sessions) {
    super(sessions, Tasks.DECIDE_POST, POST_DECISION, PostDecision.class, POST_RATIONALE, POST_DECIDED_BY, POST_SESSION,
        "La décision sur le poste");
  }

  @Override
  protected String subject(DelegateTask task) {
    return "Poste d'interne hors contingent de " + APPLICANT_NAME.find(task).orElse("la candidate ou du candidat") + " ("
        + SPECIALTY.find(task).orElse("?") + " — " + SUBDIVISION.find(task).orElse("?") + "), après sa soutenance du "
        + DEFENSE_DATE.find(task).map(FrenchFormat::day).orElse("?") + " : accordé ou refusé, avec une motivation écrite ;"
        + " motivation et qualité du projet sont évaluées, ni les publications ni les notes ne décident seules (CER_P5, CER_P8).";
  }
}
