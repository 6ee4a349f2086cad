package fr.engagements.cer.jury;

import static fr.engagements.cer.jury.CerJuryDeclarationProcess.*;

import java.util.List;
import java.util.Set;

import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import fr.engagements.process.TaskPolicy;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code declareInterests}: a jury member says whether they have a link with the applicant (same
 * laboratory, host department or faculty, supervision, family) before seeing the dossier. Only the member
 * declares; a conflict needs its kind; the answer is final.
 */
@Component
class DeclareInterestsPolicy implements TaskPolicy {

  static final int MAX_DETAILS = 1000;

  private final JuryDeclarations declarations;

  DeclareInterestsPolicy(JuryDeclarations declarations) {
    this.declarations = declarations;
  }

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public String taskKey() {
    return Tasks.DECLARE_INTERESTS;
  }

  @Override
  public Set<String> completionVariables() {
    return Set.of(CONFLICT_OF_INTEREST.name(), CONFLICT_KIND.name(), CONFLICT_DETAILS.name());
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
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null && !auth.getUserId().equals(member)) {
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
