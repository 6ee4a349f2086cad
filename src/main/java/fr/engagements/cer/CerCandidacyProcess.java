package fr.engagements.cer;

import fr.engagements.casefile.Applicant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fr.engagements.casefile.Groups;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * The {@code cer-candidacy} process as clients see it ({@code shared/process-contract.md}): its key,
 * messages, element ids and typed variables. Delegates, listeners, REST code and tests use these.
 */
public final class CerCandidacyProcess {

  public static final String KEY = "cer-candidacy";
  public static final String BUSINESS_KEY_PREFIX = "CER-";

  /** Message names. */
  public static final String MESSAGE_WITHDRAWAL = "CerWithdrawal";

  private CerCandidacyProcess() {
  }

  /** Element ids: user task keys of the contract, then the model's own elements that tests drive. */
  public static final class Tasks {
    public static final String COMPLETE_DOSSIER = "completeDossier";
    public static final String VERIFY_DOSSIER = "verifyDossier";
    public static final String DECIDE_ENTRY = "decideEntry";
    public static final String SUBMIT_PROJECT = "submitProject";
    public static final String SIGN_LAB_DIRECTOR = "signLabDirector";
    public static final String SIGN_HEAD_OF_DEPARTMENT = "signHeadOfDepartment";
    public static final String SIGN_DEAN = "signDean";
    public static final String SIGN_DES_COORDINATOR = "signDesCoordinator";
    public static final String APPROVE_ARS = "approveArs";
    public static final String SCHEDULE_DEFENSE = "scheduleDefense";
    public static final String DECIDE_POST = "decidePost";
    public static final String CONFIRM_RESEARCH_PERIOD = "confirmResearchPeriod";
    /** The secretariat records, from the defense's day, whether the student presented (CER_P9). */
    public static final String RECORD_DEFENSE = "recordDefense";
    public static final String ESCALATE_LATE_DECISION = "escalateLateDecision";

    private Tasks() {
    }
  }

  /** Ids of the model's own elements (not part of the client contract, but stable for tests and migration). */
  public static final class Elements {
    public static final String START = "candidacySubmitted";
    public static final String EVALUATE_ELIGIBILITY = "evaluateEligibility";
    public static final String DECIDE_FUNDING = "decideFunding";
    public static final String PAY_ALLOWANCE = "payAllowance";
    public static final String NEXT_ALLOWANCE_TIMER = "nextAllowanceMonth";
    public static final String DOSSIER_DEADLINE_TIMER = "dossierDeadlinePassed";
    public static final String WITHDRAWAL_START = "withdrawalReceived";
    /** Interrupting timer on submitProject: the campaign's project deadline has passed (CER_O1). */
    public static final String PROJECT_DEADLINE_TIMER = "projectDeadlinePassed";
    /** The embedded subprocess of one round of signatures (CER_P3); a refusal leaves it through {@link #PROJECT_REFUSED}. */
    public static final String SIGNATURE_ROUND = "signatureRound";
    /** Error boundary on the round: a signer refused, the project goes back to the applicant. */
    public static final String PROJECT_REFUSED = "projectRefused";
    public static final String RETURN_PROJECT = "returnProject";
    /** Error code thrown by the round's refusal end events. */
    public static final String PROJECT_REFUSED_ERROR = "PROJECT_REFUSED";
    /** Non-interrupting timer on decidePost, 14 days before the matching date (CER_P7). */
    public static final String LATE_DECISION_TIMER = "postDecisionLate";
    public static final String GRANT_POST = "grantPost";
    /** Timer: the defense's day has come (CER_P9). */
    public static final String DEFENSE_DAY = "defenseDayReached";
    /** Timer before {@code confirmResearchPeriod}: the research months can have been served (CER_P10). */
    public static final String RESEARCH_SERVABLE = "researchServable";
    public static final String END_DEFENSE_MISSED = "endDefenseMissed";
    public static final String END_PROJECT_NOT_FILED = "endProjectNotFiled";
    public static final String END_POST_REFUSED = "endPostRefused";
    public static final String END_RESEARCH_COMPLETED = "endResearchCompleted";
    public static final String END_RESEARCH_BREACHED = "endResearchBreached";

    private Elements() {
    }
  }

  public enum ApplicantProfile { DOUBLE_CURSUS, PASSERELLE }

  public enum DoctorateType { RESEARCH, EXERCISE }

  public enum DoctorateStatus { OBTAINED, IMMINENT }

  public enum OtherFunding { NONE, INSERM_SCHOOL, ENS, OTHER }

  public enum EntryDecision { ADMITTED, REJECTED }

  public enum FundingDecision { FUNDED, UNFUNDED }

  public enum PostDecision { GRANTED, REFUSED }

  public enum Outcome {
    INELIGIBLE, DOSSIER_ABANDONED, REJECTED, PROJECT_NOT_FILED, POST_REFUSED,
    RESEARCH_COMPLETED, RESEARCH_OBLIGATION_BREACHED, WITHDRAWN,
    /** The student did not present at the defense (CER_P9): the post cannot be decided. */
    DEFENSE_MISSED
  }

  // Start variables
  public static final Var<String> APPLICANT_ID = Applicant.ID;
  public static final Var<String> APPLICANT_NAME = Applicant.NAME;
  public static final Var<String> APPLICANT_EMAIL = Applicant.EMAIL;
  /** Optional postal address, plain text on up to a few lines (≤ 300 characters): printed on the decision letters. */
  public static final Var<String> APPLICANT_ADDRESS = Applicant.ADDRESS;
  public static final Var<ApplicantProfile> APPLICANT_PROFILE = Var.enumeration("applicantProfile", ApplicantProfile.class);
  public static final Var<DoctorateType> DOCTORATE_TYPE = Var.enumeration("doctorateType", DoctorateType.class);
  public static final Var<DoctorateStatus> DOCTORATE_STATUS = Var.enumeration("doctorateStatus", DoctorateStatus.class);
  public static final Var<LocalDate> DOCTORATE_DATE = Var.date("doctorateDate");
  public static final Var<LocalDate> DFASM1_START_DATE = Var.date("dfasm1StartDate");
  public static final Var<Integer> MEDICAL_STUDIES_RETURN_YEAR = Var.integer("medicalStudiesReturnYear");
  public static final Var<Integer> CAMPAIGN_YEAR = Var.integer("campaignYear");
  public static final Var<String> RESEARCH_LAB = Var.string("researchLab");
  /**
   * Optional: the code (directory) of the faculty where the applicant studies medicine; its dean is the one asked to
   * free time for research on admission (CER_F4). Not the project's host faculty ({@code faculty}), chosen later.
   */
  public static final Var<String> STUDIES_FACULTY = Var.string("studiesFaculty");
  public static final Var<OtherFunding> OTHER_FUNDING = Var.enumeration("otherFunding", OtherFunding.class);
  public static final Var<FileValue> DOCTORATE_PROOF = Var.file("doctorateProof");
  public static final Var<FileValue> LAB_ATTACHMENT_PROOF = Var.file("labAttachmentProof");
  public static final Var<FileValue> MOTIVATION_LETTER = Var.file("motivationLetter");

  /** The entry dossier (CER_E5). */
  public static final List<Var<FileValue>> ENTRY_DOSSIER = List.of(DOCTORATE_PROOF, LAB_ATTACHMENT_PROOF, MOTIVATION_LETTER);

  // Eligibility (CER_E1–E4), recorded with the table that decided it (CRPA L311-3-1)
  public static final Var<Boolean> ELIGIBLE = Var.bool("eligible");
  public static final Var<String> INELIGIBILITY_REASON = Var.string("ineligibilityReason");
  public static final Var<String> ELIGIBILITY_RULE = Var.string("eligibilityRule");
  public static final Var<String> ELIGIBILITY_EXPLANATION = Var.string("eligibilityExplanation");
  public static final Var<String> ELIGIBILITY_DECIDED_BY = Var.string("eligibilityDecidedBy");

  // Dossier
  public static final Var<Boolean> DOSSIER_COMPLETE = Var.bool("dossierComplete");
  public static final Var<String> DOSSIER_REMARKS = Var.string("dossierRemarks");
  public static final Var<String> MISSING_DOCUMENTS = Var.string("missingDocuments");

  // Jury and funding
  public static final Var<EntryDecision> ENTRY_DECISION = Var.enumeration("entryDecision", EntryDecision.class);
  public static final Var<String> ENTRY_RATIONALE = Var.string("entryRationale");
  public static final Var<String> ENTRY_DECIDED_BY = Var.string("entryDecidedBy");
  /** The session that decided entry, as letters cite it (« session « … » du 15 novembre 2027 »). */
  public static final Var<String> ENTRY_SESSION = Var.string("entrySession");
  public static final Var<FundingDecision> FUNDING_DECISION = Var.enumeration("fundingDecision", FundingDecision.class);
  public static final Var<String> FUNDING_REASON = Var.string("fundingReason");
  public static final Var<String> FUNDING_DECIDED_BY = Var.string("fundingDecidedBy");

  // Allowance (CER_F1) and reimbursement (CER_F3)
  public static final Var<Long> ALLOWANCE_PAID_CENTS = Var.cents("allowancePaidCents");
  public static final Var<LocalDate> ALLOWANCE_MONTH = Var.date("allowanceMonth");
  public static final Var<Boolean> ALLOWANCE_ACTIVE = Var.bool("allowanceActive");
  public static final Var<String> NEXT_ALLOWANCE_DATE = Var.string("nextAllowanceDate");
  public static final Var<Long> REIMBURSEMENT_DUE_CENTS = Var.cents("reimbursementDueCents");

  // Project (CER_O1, CER_P2, CER_P4)
  public static final Var<String> SPECIALTY = Var.string("specialty");
  public static final Var<String> SUBDIVISION = Var.string("subdivision");
  /** The institutions of the project, by their directory code (CER_P11): laboratory, host department, faculty. */
  public static final Var<String> LABORATORY = Var.string("laboratory");
  public static final Var<String> HOST_DEPARTMENT = Var.string("hostDepartment");
  public static final Var<String> FACULTY = Var.string("faculty");
  public static final Var<Integer> RESEARCH_MONTHS = Var.integer("researchMonths");
  public static final Var<FileValue> SCIENTIFIC_PROJECT = Var.file("scientificProject");
  public static final Var<FileValue> RESIDENCY_PLAN = Var.file("residencyPlan");
  public static final Var<FileValue> PREREQUISITES_PROOF = Var.file("prerequisitesProof");
  public static final Var<FileValue> CV = Var.file("cv");

  /** The project dossier (CER_P2). */
  public static final List<Var<FileValue>> PROJECT_DOSSIER = List.of(SCIENTIFIC_PROJECT, RESIDENCY_PLAN, PREREQUISITES_PROOF, CV);

  /** Minimum research time in the 3rd cycle, in months (CER_O2). */
  public static final int MIN_RESEARCH_MONTHS = 6;

  // Signatures (CER_P3): set by the signers
  public static final Var<Boolean> LAB_DIRECTOR_APPROVED = Var.bool("labDirectorApproved");
  public static final Var<String> LAB_DIRECTOR_COMMENT = Var.string("labDirectorComment");
  public static final Var<Boolean> HEAD_OF_DEPARTMENT_APPROVED = Var.bool("headOfDepartmentApproved");
  public static final Var<String> HEAD_OF_DEPARTMENT_COMMENT = Var.string("headOfDepartmentComment");
  public static final Var<Boolean> DEAN_APPROVED = Var.bool("deanApproved");
  public static final Var<String> DEAN_COMMENT = Var.string("deanComment");
  public static final Var<Boolean> DES_COORDINATOR_APPROVED = Var.bool("desCoordinatorApproved");
  public static final Var<String> DES_COORDINATOR_COMMENT = Var.string("desCoordinatorComment");
  public static final Var<Boolean> ARS_APPROVED = Var.bool("arsApproved");
  public static final Var<String> ARS_COMMENT = Var.string("arsComment");
  // ... and by the system: who signed, which round, why the last round failed
  public static final Var<String> LAB_DIRECTOR_SIGNED_BY = Var.string("labDirectorSignedBy");
  public static final Var<String> HEAD_OF_DEPARTMENT_SIGNED_BY = Var.string("headOfDepartmentSignedBy");
  public static final Var<String> DEAN_SIGNED_BY = Var.string("deanSignedBy");
  public static final Var<String> DES_COORDINATOR_SIGNED_BY = Var.string("desCoordinatorSignedBy");
  public static final Var<String> ARS_SIGNED_BY = Var.string("arsSignedBy");
  /** Number of the current round of signatures: 1 for the first project, +1 at each resubmission. */
  public static final Var<Integer> PROJECT_ROUND = Var.integer("projectRound");
  /** Who refused the last round, in what role, and why (French). */
  public static final Var<String> LAST_REFUSAL = Var.string("lastRefusal");
  /** Task-local: how many times the signer of this task was reminded. */
  public static final Var<Integer> REMINDER_COUNT = Var.integer("reminderCount");

  /** The signatures of a project (CER_P3), in the order the signers appear in the model. */
  public enum Signer {
    LAB_DIRECTOR(Tasks.SIGN_LAB_DIRECTOR, Groups.LAB_DIRECTORS, LAB_DIRECTOR_APPROVED, LAB_DIRECTOR_COMMENT,
        LAB_DIRECTOR_SIGNED_BY, "le directeur du laboratoire"),
    HEAD_OF_DEPARTMENT(Tasks.SIGN_HEAD_OF_DEPARTMENT, Groups.HEADS_OF_DEPARTMENT, HEAD_OF_DEPARTMENT_APPROVED,
        HEAD_OF_DEPARTMENT_COMMENT, HEAD_OF_DEPARTMENT_SIGNED_BY, "le chef du service d'accueil"),
    DEAN(Tasks.SIGN_DEAN, Groups.DEANS, DEAN_APPROVED, DEAN_COMMENT, DEAN_SIGNED_BY, "le doyen de la faculté d'accueil"),
    DES_COORDINATOR(Tasks.SIGN_DES_COORDINATOR, Groups.DES_COORDINATORS, DES_COORDINATOR_APPROVED, DES_COORDINATOR_COMMENT,
        DES_COORDINATOR_SIGNED_BY, "le coordonnateur de DES"),
    ARS(Tasks.APPROVE_ARS, Groups.ARS, ARS_APPROVED, ARS_COMMENT, ARS_SIGNED_BY, "l'agence régionale de santé (ARS)");

    private final String taskKey;
    private final String group;
    private final Var<Boolean> approved;
    private final Var<String> comment;
    private final Var<String> signedBy;
    private final String role;

    Signer(String taskKey, String group, Var<Boolean> approved, Var<String> comment, Var<String> signedBy, String role) {
      this.taskKey = taskKey;
      this.group = group;
      this.approved = approved;
      this.comment = comment;
      this.signedBy = signedBy;
      this.role = role;
    }

    public String taskKey() {
      return taskKey;
    }

    /** The candidate group of the task. */
    public String group() {
      return group;
    }

    public Var<Boolean> approved() {
      return approved;
    }

    public Var<String> comment() {
      return comment;
    }

    public Var<String> signedBy() {
      return signedBy;
    }

    /** The signer's role in French, with its article ("le doyen de la faculté d'accueil"). */
    public String role() {
      return role;
    }

    public static Optional<Signer> ofTask(String taskKey) {
      return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst();
    }
  }

  // Defense and post (CER_P4–P8)
  public static final Var<LocalDate> DEFENSE_DATE = Var.date("defenseDate");
  /** recordDefense: the student presented before the jury (true), or was absent (false) (CER_P9). */
  public static final Var<Boolean> DEFENSE_HELD = Var.bool("defenseHeld");
  public static final Var<String> DEFENSE_REMARKS = Var.string("defenseRemarks");
  public static final Var<PostDecision> POST_DECISION = Var.enumeration("postDecision", PostDecision.class);
  public static final Var<String> POST_RATIONALE = Var.string("postRationale");
  public static final Var<String> POST_DECIDED_BY = Var.string("postDecidedBy");
  /** The session that decided the post, as letters cite it. */
  public static final Var<String> POST_SESSION = Var.string("postSession");
  /** "<specialty> — <subdivision>", set when the post is granted. */
  public static final Var<String> ASSIGNED_POST = Var.string("assignedPost");
  /** Public-service months owed (CER_F3), set when the post of a funded candidacy is granted. */
  public static final Var<Integer> SERVICE_OBLIGATION_MONTHS = Var.integer("serviceObligationMonths");

  // Obligations (CER_O2)
  public static final Var<Integer> RESEARCH_MONTHS_COMPLETED = Var.integer("researchMonthsCompleted");

  public static final Var<Outcome> OUTCOME = Var.enumeration("outcome", Outcome.class);
}
