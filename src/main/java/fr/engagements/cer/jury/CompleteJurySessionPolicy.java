package fr.engagements.cer.jury;

import static fr.engagements.cer.jury.CerJuryDeclarationProcess.*;

import java.util.List;

import fr.engagements.casefile.Groups;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * {@code completeJurySession}: a recusal left the session without a valid composition for a candidacy
 * (CER_P6); the secretariat adds a voting member of {@code cer-jury} holding a missing seat. The new member
 * then declares their own interests on every open jury task of the session. Completion is refused while
 * the candidacy's composition is still broken; with no new member, it is accepted only when the session
 * was completed meanwhile.
 */
@Component
class CompleteJurySessionPolicy extends BaseTaskPolicy {

  private final JuryService jury;
  private final JuryDeclarations declarations;

  CompleteJurySessionPolicy(JuryService jury, JuryDeclarations declarations) {
    super(KEY, Tasks.COMPLETE_JURY_SESSION, NEW_MEMBER_ID, NEW_MEMBER_ROLE, NEW_MEMBER_DETAIL);
    this.jury = jury;
    this.declarations = declarations;
  }

  @Override
  public void onCreate(DelegateTask task) {
    task.setDescription("Après la récusation de " + JURY_MEMBER_ID.get(task) + " (conflit d'intérêts), la session « "
        + JURY_SESSION_LABEL.find(task).orElse("?") + " » ne peut plus prendre " + JURY_TASK_NAME.find(task).orElse("la décision")
        + " pour " + APPLICANT_NAME.find(task).orElse("ce candidat") + " (règle CER_P6) : "
        + COMPOSITION_PROBLEMS.find(task).orElse("composition incomplète") + ". Ajoutez à la session un membre du jury (groupe "
        + Groups.CER_JURY + ") qui tienne le siège manquant ; il déclarera ses liens d'intérêts avant de voir le dossier.");
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    String userId = check.text(NEW_MEMBER_ID, "L'identifiant du nouveau membre", InputCheck.MAX_SHORT_TEXT, false);
    JuryRole role = check.choice(NEW_MEMBER_ROLE, "Le siège du nouveau membre", JuryRole.class, userId != null && !userId.isBlank());
    String detail = check.text(NEW_MEMBER_DETAIL, "L'institution du nouveau membre", InputCheck.MAX_SHORT_TEXT, false);
    if (role != null && !role.votes()) {
      check.problem("Le siège du nouveau membre doit être un siège votant : un observateur ne complète pas la session (CER_P6).");
    }
    check.done();
    Long sessionId = JURY_SESSION_ID.get(task);
    String candidacy = CANDIDACY_INSTANCE_ID.get(task);
    ProcessEngineServices services = task.getProcessEngineServices();
    if (userId != null && !userId.isBlank()) {
      String member = userId.strip();
      boolean juror = Context.getCommandContext().runWithoutAuthorization(() -> services.getIdentityService().createUserQuery()
          .userId(member).memberOfGroup(Groups.CER_JURY).count() > 0);
      if (!juror) {
        throw CaseInputException.badRequest(member + " n'est pas un membre du jury (groupe " + Groups.CER_JURY + ").");
      }
      if (declarations.recused(candidacy).contains(member)) {
        throw CaseInputException.conflict(member + " est récusé pour cette candidature.");
      }
      JurySession session = jury.addMember(sessionId, member, role, detail);
      declarations.memberAdded(services, session, member);
    }
    JurySession session = jury.session(sessionId).orElseThrow();
    List<String> problems = jury.compositionProblems(session, declarations.recused(candidacy));
    if (!problems.isEmpty()) {
      throw CaseInputException.conflict("La session « " + session.getLabel() + " » ne peut toujours pas décider (règle CER_P6) : "
          + String.join(", ", problems) + ".");
    }
  }
}
