package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.util.ArrayList;
import java.util.List;

import fr.engagements.cer.CerCandidacyProcess.Signer;
import fr.engagements.process.ActingUser;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;

/**
 * A round of signatures of the project (CER_P3). Submitting a project opens a round: the decisions of
 * the previous round are cleared (history keeps every value). Each signer's decision is recorded with
 * who took it; a refusal returns the project with {@code lastRefusal} naming who refused and why.
 */
@Service
public class SignatureRound {

  /** Opens a new round: clears the previous round's decisions and counts the round. */
  public void open(VariableScope scope) {
    for (Signer signer : Signer.values()) {
      for (Var<?> var : List.of(signer.approved(), signer.comment(), signer.signedBy())) {
        if (scope.hasVariable(var.name())) {
          scope.setVariable(var.name(), null);
        }
      }
    }
    PROJECT_ROUND.set(scope, PROJECT_ROUND.find(scope).orElse(0) + 1);
  }

  /** Records who took the signer's decision: the authenticated user, else the task's assignee. */
  public void recordSigner(DelegateTask task, Signer signer) {
    String userId = ActingUser.of(task.getProcessEngineServices()).map(ActingUser::id).orElse(task.getAssignee());
    signer.signedBy().set(task.getExecution(), userId);
  }

  /** The refusals of the current round, in French ("Projet refusé par le doyen … (doyen) : motif"); empty when none. */
  public String refusals(VariableScope scope) {
    List<String> refusals = new ArrayList<>();
    for (Signer signer : Signer.values()) {
      if (Boolean.FALSE.equals(signer.approved().get(scope))) {
        String who = signer.signedBy().find(scope).orElse("utilisateur non identifié");
        String why = signer.comment().find(scope).orElse("sans motif");
        refusals.add("Projet refusé par " + signer.role() + " (" + who + ") : " + why);
      }
    }
    return String.join(" ; ", refusals);
  }

  /** After a refusal: the project goes back to the applicant with the reasons of this round. */
  public void returnProject(DelegateExecution execution) {
    String refusals = refusals(execution);
    LAST_REFUSAL.set(execution, refusals.isEmpty() ? "Projet renvoyé au demandeur." : refusals + ".");
  }

  /** The decisions taken so far in this round, in French, for the next signers' task descriptions. */
  public String decisionsSoFar(VariableScope scope) {
    List<String> decisions = new ArrayList<>();
    for (Signer signer : Signer.values()) {
      Boolean approved = signer.approved().get(scope);
      if (approved != null) {
        decisions.add(capitalize(signer.role()) + " : " + (approved ? "accord" : "refus"));
      }
    }
    return String.join(", ", decisions);
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
