package fr.engagements.cer.jury;

import fr.engagements.casefile.Applicant;
import fr.engagements.process.Var;

/**
 * The process {@code cer-jury-declaration}: one instance per jury member and jury task
 * ({@code decideEntry}, {@code decidePost}) of a candidacy. The member declares their links with the
 * applicant before seeing anything of the dossier; a conflict recuses them and, when the recusal breaks
 * the composition rule (CER_P6), asks the secretariat to complete the session. Ends when the jury task
 * closes (decision taken, candidacy withdrawn).
 */
public final class CerJuryDeclarationProcess {

  public static final String KEY = "cer-jury-declaration";
  /** Sent when the jury task closes, correlated by {@link #JURY_TASK_ID}: open declarations become moot. */
  public static final String MESSAGE_JURY_TASK_CLOSED = "CerJuryTaskClosed";

  public static final class Tasks {
    public static final String DECLARE_INTERESTS = "declareInterests";
    public static final String COMPLETE_JURY_SESSION = "completeJurySession";

    private Tasks() {
    }
  }

  // set at start by the system (what the member may see: who the applicant is, never the documents)
  public static final Var<String> JURY_MEMBER_ID = Var.string("juryMemberId");
  public static final Var<String> JURY_TASK_ID = Var.string("juryTaskId");
  public static final Var<String> JURY_TASK_KEY = Var.string("juryTaskKey");
  public static final Var<String> JURY_TASK_NAME = Var.string("juryTaskName");
  public static final Var<Long> JURY_SESSION_ID = Var.longValue("jurySessionId");
  public static final Var<String> JURY_SESSION_LABEL = Var.string("jurySessionLabel");
  public static final Var<String> CANDIDACY_INSTANCE_ID = Var.string("candidacyInstanceId");
  public static final Var<String> APPLICANT_NAME = Applicant.NAME;
  public static final Var<String> RESEARCH_LAB = Var.string("researchLab");
  public static final Var<String> SPECIALTY = Var.string("specialty");
  public static final Var<String> SUBDIVISION = Var.string("subdivision");
  public static final Var<String> LAB_DIRECTOR = Var.string("labDirector");
  public static final Var<String> HEAD_OF_DEPARTMENT = Var.string("headOfDepartment");
  public static final Var<String> DEAN = Var.string("dean");

  // declareInterests
  public static final Var<Boolean> CONFLICT_OF_INTEREST = Var.bool("conflictOfInterest");
  public static final Var<ConflictKind> CONFLICT_KIND = Var.enumeration("conflictKind", ConflictKind.class);
  public static final Var<String> CONFLICT_DETAILS = Var.string("conflictDetails");

  // set by the system after a conflict
  public static final Var<Boolean> SESSION_INCOMPLETE = Var.bool("sessionIncomplete");
  public static final Var<String> COMPOSITION_PROBLEMS = Var.string("compositionProblems");

  // completeJurySession
  public static final Var<String> NEW_MEMBER_ID = Var.string("newMemberId");
  public static final Var<JuryRole> NEW_MEMBER_ROLE = Var.enumeration("newMemberRole", JuryRole.class);
  public static final Var<String> NEW_MEMBER_DETAIL = Var.string("newMemberDetail");

  private CerJuryDeclarationProcess() {
  }
}
