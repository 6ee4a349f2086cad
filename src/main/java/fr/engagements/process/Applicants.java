package fr.engagements.process;

import java.util.Set;

import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

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
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      if (requested == null) {
        check.problem("L'identifiant du demandeur (" + applicantId.name() + ") est obligatoire.");
      }
      return requested;
    }
    boolean filesForOthers = auth.getGroupIds() != null && auth.getGroupIds().stream()
        .anyMatch(g -> g.equals("camunda-admin") || mayFileForOthers.contains(g));
    if (requested != null && !requested.equals(auth.getUserId()) && !filesForOthers) {
      throw CaseInputException.forbidden("Vous (" + auth.getUserId() + ") ne pouvez pas déposer une candidature au nom de "
          + requested + ".");
    }
    return requested != null ? requested : auth.getUserId();
  }

  /** The applicant may read their own case, and send its messages (withdrawal), and nobody else's. */
  public static void grantOwnCase(DelegateExecution execution, String applicantId) {
    Grants.toUser(execution.getProcessEngineServices(), applicantId, Resources.PROCESS_INSTANCE,
        execution.getProcessInstanceId(), ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE);
  }
}
