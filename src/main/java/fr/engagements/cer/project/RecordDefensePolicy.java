package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.FrenchFormat;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code recordDefense}: from the defense's day (the model's timer), the secretariat records whether the student
 * presented before the jury (CER_P5, CER_P9). Only then is the post decided; an absence ends the candidacy with its own
 * outcome ({@code DEFENSE_MISSED}) and letter.
 */
@Component
class RecordDefensePolicy extends BaseTaskPolicy {

  RecordDefensePolicy() {
    super(CerCandidacyProcess.KEY, Tasks.RECORD_DEFENSE, DEFENSE_HELD, DEFENSE_REMARKS);
  }

  @Override
  public void onCreate(DelegateTask task) {
    task.setDescription("La soutenance de " + APPLICANT_NAME.find(task).orElse("la candidate ou du candidat") + " était prévue le "
        + DEFENSE_DATE.find(task).map(FrenchFormat::day).orElse("?") + " : dites si le candidat s'est présenté devant le jury."
        + " Le jury ne se prononce sur le poste qu'après la soutenance (CER_P9) ; une absence clôt la candidature.");
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    Boolean held = check.required(DEFENSE_HELD, "La présence du candidat à la soutenance");
    check.text(DEFENSE_REMARKS, "Les observations", InputCheck.MAX_TEXT, Boolean.FALSE.equals(held));
    check.done();
  }
}
