package fr.engagements.cer.jury;

import static fr.engagements.cer.jury.CerJuryDeclarationProcess.*;

import java.util.List;

import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code declareInterests}: a jury member says whether they have a link with the applicant (same
 * laboratory, host department or faculty, supervision, family) before seeing the dossier. Only the member
 * declares; a conflict needs its kind; the answer is final.
 */
@Component
class DeclareInterestsPolicy extends BaseTaskPolicy {

  static final int MAX_DETAILS = 1000;

  private final JuryDeclarations declarations;

  DeclareInterestsPolicy(JuryDeclarations declarations) {
    super(KEY, Tasks.DECLARE_INTERESTS, CONFLICT_OF_INTEREST, CONFLICT_KIND, CONFLICT_DETAILS);
    this.declarations = declarations;
  }

  @Override
  public void onCreate(DelegateTask task) {
    task.setDescription("Avant de voir le dossier de " + APPLICANT_NAME.find(task).orElse("ce candidat") + " pour "
        + JURY_TASK_NAME.find(task).orElse("la décision du jury") + ", déclarez si vous avez un lien d'intérêts avec le candidat :"
        + " même laboratoire, même service d'accueil ou même faculté, encadrement, lien familial. Sans lien, la tâche du jury et"
        + " ses pièces vous deviennent accessibles ; avec un lien, vous êtes récusé pour cette candidature.");
  }

  @Override
  public void onComplete(DelegateTask task) {
    String member = JURY_MEMBER_ID.get(task);
    if (actingUser(task).filter(user -> !user.id().equals(member)).isPresent()) {
      throw CaseInputException.forbidden("Seul " + member + " peut déclarer ses propres liens d'intérêts.");
    }
    InputCheck check = new InputCheck(task);
    Boolean conflict = check.required(CONFLICT_OF_INTEREST, "La réponse sur le lien d'intérêts");
    ConflictKind kind = check.choice(CONFLICT_KIND, "La nature du lien", ConflictKind.class, Boolean.TRUE.equals(conflict));
    String details = check.text(CONFLICT_DETAILS, "La précision sur le lien", MAX_DETAILS, false);
    check.done();
    List<String> problems = declarations.declare(task.getProcessEngineServices(), JURY_TASK_ID.get(task), member,
        Boolean.TRUE.equals(conflict) ? kind : null, Boolean.TRUE.equals(conflict) ? details : null);
    SESSION_INCOMPLETE.set(task.getExecution(), !problems.isEmpty());
    COMPOSITION_PROBLEMS.set(task.getExecution(), problems.isEmpty() ? null : String.join(", ", problems));
  }
}
