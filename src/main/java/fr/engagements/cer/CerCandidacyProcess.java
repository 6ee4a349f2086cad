package fr.engagements.cer;

import java.time.LocalDate;
import java.util.List;

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

    private Elements() {
    }
  }

  public enum ApplicantProfile { DOUBLE_CURSUS, PASSERELLE }

  public enum DoctorateType { RESEARCH, EXERCISE }

  public enum DoctorateStatus { OBTAINED, IMMINENT }

  public enum OtherFunding { NONE, INSERM_SCHOOL, ENS, OTHER }

  public enum EntryDecision { ADMITTED, REJECTED }

  public enum FundingDecision { FUNDED, UNFUNDED }

  public enum Outcome {
    INELIGIBLE, DOSSIER_ABANDONED, REJECTED, PROJECT_NOT_FILED, POST_REFUSED,
    RESEARCH_COMPLETED, RESEARCH_OBLIGATION_BREACHED, WITHDRAWN
  }

  // Start variables
  public static final Var<String> APPLICANT_ID = Var.string("applicantId");
  public static final Var<String> APPLICANT_NAME = Var.string("applicantName");
  public static final Var<String> APPLICANT_EMAIL = Var.string("applicantEmail");
  public static final Var<ApplicantProfile> APPLICANT_PROFILE = Var.enumeration("applicantProfile", ApplicantProfile.class);
  public static final Var<DoctorateType> DOCTORATE_TYPE = Var.enumeration("doctorateType", DoctorateType.class);
  public static final Var<DoctorateStatus> DOCTORATE_STATUS = Var.enumeration("doctorateStatus", DoctorateStatus.class);
  public static final Var<LocalDate> DOCTORATE_DATE = Var.date("doctorateDate");
  public static final Var<LocalDate> DFASM1_START_DATE = Var.date("dfasm1StartDate");
  public static final Var<Integer> MEDICAL_STUDIES_RETURN_YEAR = Var.integer("medicalStudiesReturnYear");
  public static final Var<Integer> CAMPAIGN_YEAR = Var.integer("campaignYear");
  public static final Var<String> RESEARCH_LAB = Var.string("researchLab");
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
  public static final Var<FundingDecision> FUNDING_DECISION = Var.enumeration("fundingDecision", FundingDecision.class);
  public static final Var<String> FUNDING_REASON = Var.string("fundingReason");
  public static final Var<String> FUNDING_DECIDED_BY = Var.string("fundingDecidedBy");

  // Allowance (CER_F1) and reimbursement (CER_F3)
  public static final Var<Long> ALLOWANCE_PAID_CENTS = Var.cents("allowancePaidCents");
  public static final Var<LocalDate> ALLOWANCE_MONTH = Var.date("allowanceMonth");
  public static final Var<Boolean> ALLOWANCE_ACTIVE = Var.bool("allowanceActive");
  public static final Var<String> NEXT_ALLOWANCE_DATE = Var.string("nextAllowanceDate");
  public static final Var<Long> REIMBURSEMENT_DUE_CENTS = Var.cents("reimbursementDueCents");

  public static final Var<Outcome> OUTCOME = Var.enumeration("outcome", Outcome.class);
}
