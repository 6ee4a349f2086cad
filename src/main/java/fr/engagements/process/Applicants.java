package fr.engagements.process;

import java.util.Set;

import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Who a case is for, when it starts, and their rights on it (CER and CESP alike). */
public final class Applicants {

  private Applicants() {
  }

  /**
   * The applicant is the authenticated user; members of {@code mayFileForOthers} (and administrators)
   * may file for someone else. Without an authenticated user (Java API, system), the variable is required.
   */
  public static String resolve(DelegateExecution execution, Var<String> applicantId, InputCheck check,
      Set<String> mayFileForOthers) {
    Object given = execution.getVariable(applicantId.name());
    String requested = given instanceof String s && !s.isBlank() ? s.strip() : null;
    ActingUser user = ActingUser.of(execution.getProcessEngineServices()).orElse(null);
    if (user == null) {
      if (requested == null) {
        check.problem("L'identifiant du demandeur (" + applicantId.name() + ") est obligatoire.");
      }
      return requested;
    }
    if (requested != null && !requested.equals(user.id()) && !user.isAdminOrInAny(mayFileForOthers)) {
      throw CaseInputException.forbidden("Vous (" + user.id() + ") ne pouvez pas déposer une candidature au nom de "
          + requested + ".");
    }
    return requested != null ? requested : user.id();
  }

  /** The applicant may read their own case, and send its messages (withdrawal), and nobody else's. */
  public static void grantOwnCase(DelegateExecution execution, String applicantId) {
    Grants.toUser(execution.getProcessEngineServices(), applicantId, Resources.PROCESS_INSTANCE,
        execution.getProcessInstanceId(), ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE);
  }
}
