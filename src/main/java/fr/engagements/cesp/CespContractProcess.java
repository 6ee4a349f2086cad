package fr.engagements.cesp;

import fr.engagements.casefile.Applicant;
import java.time.LocalDate;
import java.util.List;

import fr.engagements.process.Var;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * The {@code cesp-contract} process as clients see it ({@code shared/process-contract.md} and
 * {@code processes/README.md}): key, messages, task keys, element ids and typed variables.
 */
public final class CespContractProcess {

  public static final String KEY = "cesp-contract";

  /** Messages of the contract (process-contract.md), then those the campaign sends to its applications. */
  public static final String MESSAGE_RUPTURE = "CespRupture";
  public static final String MESSAGE_SUSPENSION = "CespSuspension";
  public static final String MESSAGE_RESUMPTION = "CespResumption";
  public static final String MESSAGE_REGION_CHANGE = "CespRegionChange";
  public static final String MESSAGE_COMMISSION_CLOSED = "CespCommissionClosed";
  public static final String MESSAGE_CONTRACT_OFFERED = "CespContractOffered";
  public static final String MESSAGE_ALLOCATION_CLOSED = "CespAllocationClosed";
  /** CESP_8: the beneficiary's turn to choose a residency post (sent in national rank order by the round). */
  public static final String MESSAGE_POST_CHOICE_OPENED = "CespPostChoiceOpened";

  private CespContractProcess() {
  }

  public static final class Tasks {
    public static final String COMPLETE_DOSSIER = "completeDossier";
    public static final String CHECK_COMPLETENESS = "checkCompleteness";
    public static final String RECORD_COMMISSION_OPINION = "recordCommissionOpinion";
    public static final String SIGN_CONTRACT = "signContract";
    public static final String REGISTER_CONTRACT = "registerContract";
    public static final String CONFIRM_END_OF_STUDIES = "confirmEndOfStudies";
    public static final String CHOOSE_PRACTICE_PLACE = "choosePracticePlace";
    public static final String CHOOSE_RESIDENCY_POST = "chooseResidencyPost";
    public static final String APPROVE_INSTALLATION = "approveInstallation";
    public static final String CONFIRM_COMMITMENT_END = "confirmCommitmentEnd";
    public static final String APPROVE_REGION_CHANGE_HOME = "approveRegionChangeHome";
    public static final String APPROVE_REGION_CHANGE_TARGET = "approveRegionChangeTarget";

    private Tasks() {
    }
  }

  public static final class Elements {
    public static final String START = "applicationSubmitted";
    public static final String AWAIT_OFFER = "awaitOffer";
    public static final String OFFER_EXPIRED_TIMER = "offerExpired";
    public static final String DOSSIER_DEADLINE_TIMER = "dossierDeadlinePassed";
    public static final String PAY_ALLOWANCE = "payAllowance";
    public static final String NEXT_ALLOWANCE_TIMER = "nextAllowanceMonth";
    /** 1.2: ONE timer at the computed end of the commitment (re-dated on suspension and resumption), then its check. */
    public static final String COMMITMENT_END_TIMER = "commitmentEndReached";
    public static final String CHECK_COMMITMENT_END = "checkCommitmentEnd";
    /** Ids of the monthly commitment loop of 1.0 and 1.1 (gone in 1.2; the migration maps them). */
    public static final String COUNT_COMMITMENT_MONTH = "countCommitmentMonth";
    public static final String NEXT_COMMITMENT_TIMER = "nextCommitmentMonth";
    public static final String REPORT_OFFER_ANSWER = "reportOfferAnswer";
    public static final String REPORT_OFFER_LAPSED = "reportOfferLapsed";
    public static final String CONTRACT_LIFE = "contractInForce";
    public static final String COMPUTE_RUPTURE = "computeRuptureReimbursement";

    private Elements() {
    }
  }

  public enum StudyLevel { STUDENT, RESIDENT }

  public enum CommissionOpinion { FAVORABLE, UNFAVORABLE }

  public enum CommissionList { MAIN, COMPLEMENTARY, NOT_RETAINED }

  public enum PracticeMode { PRIVATE, SALARIED, MIXED, LOCUM }

  public enum RuptureReason { OWN_INITIATIVE, STRUCK_OFF, INCAPACITY }

  public enum SuspensionReason { PARENTAL_LEAVE, ILLNESS, OTHER }

  public enum Outcome {
    DOSSIER_ABANDONED, DOSSIER_INCOMPLETE, NOT_RETAINED, NOT_OFFERED, OFFER_EXPIRED, OFFER_DECLINED,
    COMMITMENT_FULFILLED, RUPTURED
  }

  // Start variables
  public static final Var<String> APPLICANT_ID = Applicant.ID;
  public static final Var<String> APPLICANT_NAME = Applicant.NAME;
  public static final Var<String> APPLICANT_EMAIL = Applicant.EMAIL;
  /** Optional postal address, plain text on up to a few lines (≤ 300 characters): printed on the decision letters. */
  public static final Var<String> APPLICANT_ADDRESS = Applicant.ADDRESS;
  public static final Var<Integer> CAMPAIGN_YEAR = Var.integer("campaignYear");
  public static final Var<String> UFR = Var.string("ufr");
  public static final Var<StudyLevel> STUDY_LEVEL = Var.enumeration("studyLevel", StudyLevel.class);
  public static final Var<Integer> STUDY_YEAR = Var.integer("studyYear");
  /**
   * CESP_4, CESP_11: the declared rank, a number — the national rank (ECN/EDN) for a resident, the rank at the 2nd-year
   * access exam for a student. Optional at start; the UFR confirms it against the ranking declaration when the commission
   * retains the candidate. Offers go by it within each list and each quota.
   */
  public static final Var<Integer> DECLARED_RANK = Var.integer("declaredRank");
  public static final Var<Boolean> FOREIGN_NATIONAL = Var.bool("foreignNational");
  public static final Var<LocalDate> EXPECTED_DIPLOMA_DATE = Var.date("expectedDiplomaDate");
  /** Transient only: never stored in the engine (see {@code cesp.bank}). */
  public static final Var<String> IBAN = Var.string("iban");
  public static final Var<String> BANK_ACCOUNT_HOLDER = Var.string("bankAccountHolder");
  /** The RIB document: transient only, like the IBAN. */
  public static final Var<FileValue> BANK_DETAILS = Var.file("bankDetails");

  public static final Var<FileValue> APPLICATION_FORM = Var.file("applicationForm");
  public static final Var<FileValue> SCHOOLING_CERTIFICATE = Var.file("schoolingCertificate");
  public static final Var<FileValue> IDENTITY_DOCUMENT = Var.file("identityDocument");
  public static final Var<FileValue> RESIDENCE_PERMIT = Var.file("residencePermit");
  public static final Var<FileValue> CV = Var.file("cv");
  public static final Var<FileValue> MOTIVATION_LETTER = Var.file("motivationLetter");
  public static final Var<FileValue> RANKING_DECLARATION = Var.file("rankingDeclaration");
  public static final Var<FileValue> TRANSCRIPTS = Var.file("transcripts");

  /** The dossier's documents kept as process variables (CESP_4); the RIB is kept apart, restricted. */
  public static final List<Var<FileValue>> DOSSIER = List.of(APPLICATION_FORM, SCHOOLING_CERTIFICATE, IDENTITY_DOCUMENT,
      RESIDENCE_PERMIT, CV, MOTIVATION_LETTER, RANKING_DECLARATION, TRANSCRIPTS);

  // Set by the system at start
  public static final Var<String> UFR_NAME = Var.string("ufrName");
  public static final Var<String> HOME_REGION = Var.string("homeRegion");
  public static final Var<String> BANK_ACCOUNT_MASKED = Var.string("bankAccountMasked");
  public static final Var<String> MISSING_DOCUMENTS = Var.string("missingDocuments");

  // Completeness (ufr)
  public static final Var<Boolean> DOSSIER_COMPLETE = Var.bool("dossierComplete");
  public static final Var<String> DOSSIER_REMARKS = Var.string("dossierRemarks");

  // Commission (ufr)
  public static final Var<CommissionOpinion> COMMISSION_OPINION = Var.enumeration("commissionOpinion", CommissionOpinion.class);
  public static final Var<CommissionList> COMMISSION_LIST = Var.enumeration("commissionList", CommissionList.class);
  public static final Var<Integer> COMMISSION_RANK = Var.integer("commissionRank");
  public static final Var<String> COMMISSION_RATIONALE = Var.string("commissionRationale");

  // Offer (CESP_11), set by the campaign's message
  public static final Var<LocalDate> OFFER_DEADLINE = Var.date("offerDeadline");
  public static final Var<String> OFFER_RULE = Var.string("offerRule");
  public static final Var<String> OFFER_DUE_DATE = Var.string("offerDueDate");
  public static final Var<Boolean> CONTRACT_SIGNED = Var.bool("contractSigned");
  public static final Var<LocalDate> SIGNATURE_DATE = Var.date("signatureDate");

  /** CESP_2: who pays the allowance (CNG or ARS), recorded at signature from the region's setting; and its name. */
  public static final Var<String> PAYER = Var.string("payer");
  public static final Var<String> PAYER_NAME = Var.string("payerName");

  // Residency post (CESP_8): the beneficiary's national rank in the round, the post chosen and its label
  public static final Var<Integer> NATIONAL_RANK = Var.integer("nationalRank");
  public static final Var<Integer> POST_CHOICE_YEAR = Var.integer("postChoiceYear");
  public static final Var<String> RESIDENCY_POST = Var.string("residencyPost");
  public static final Var<String> RESIDENCY_POST_LABEL = Var.string("residencyPostLabel");

  // Registration (cng)
  public static final Var<Boolean> BANK_DETAILS_CHECKED = Var.bool("bankDetailsChecked");
  public static final Var<LocalDate> ALLOWANCE_START_DATE = Var.date("allowanceStartDate");

  // Allowance (CESP_2)
  public static final Var<Long> ALLOWANCE_PAID_CENTS = Var.cents("allowancePaidCents");
  public static final Var<LocalDate> ALLOWANCE_MONTH = Var.date("allowanceMonth");
  public static final Var<Boolean> ALLOWANCE_ACTIVE = Var.bool("allowanceActive");
  public static final Var<String> NEXT_ALLOWANCE_DATE = Var.string("nextAllowanceDate");
  public static final Var<Integer> ALLOWANCE_MONTHS_SUSPENDED = Var.integer("allowanceMonthsSuspended");

  // End of studies and practice (CESP_3, CESP_8)
  public static final Var<LocalDate> DIPLOMA_DATE = Var.date("diplomaDate");
  public static final Var<Boolean> STUDIES_ENDED = Var.bool("studiesEnded");
  public static final Var<String> PRACTICE_PLACE = Var.string("practicePlace");
  public static final Var<String> PRACTICE_PLACE_LABEL = Var.string("practicePlaceLabel");
  public static final Var<PracticeMode> PRACTICE_MODE = Var.enumeration("practiceMode", PracticeMode.class);
  public static final Var<LocalDate> COMMITMENT_START_DATE = Var.date("commitmentStartDate");
  public static final Var<Boolean> INSTALLATION_APPROVED = Var.bool("installationApproved");
  public static final Var<String> ARS_COMMENT = Var.string("arsComment");
  public static final Var<Integer> COMMITMENT_MONTHS_REQUIRED = Var.integer("commitmentMonthsRequired");
  /**
   * Months served as of the last change of the clock (start, suspension, resumption, end); the months served on a given day
   * are computed from the dates by {@code Commitment.monthsServed}, which is what pages and letters show.
   */
  public static final Var<Integer> COMMITMENT_MONTHS_SERVED = Var.integer("commitmentMonthsServed");
  /** Monthly anniversaries of the start that fell in an ended suspension (CESP_10): the end moves by as many months. */
  public static final Var<Integer> COMMITMENT_MONTHS_SUSPENDED = Var.integer("commitmentMonthsSuspended");
  /** 1.0/1.1 only: the next anniversary to count; on a migrated contract, the anniversaries before it are already counted. */
  public static final Var<LocalDate> COMMITMENT_MONTH = Var.date("commitmentMonth");
  /** 1.0/1.1 only (the monthly timer's date). */
  public static final Var<String> NEXT_COMMITMENT_DATE = Var.string("nextCommitmentDate");
  /** 1.2: the date of the end-of-commitment timer (ISO date-time); far in the future while the contract is suspended. */
  public static final Var<String> COMMITMENT_END_DATE = Var.string("commitmentEndDate");
  public static final Var<Boolean> COMMITMENT_COMPLETE = Var.bool("commitmentComplete");
  public static final Var<String> COMMITMENT_END_REMARKS = Var.string("commitmentEndRemarks");

  // Suspension (CESP_10)
  public static final Var<SuspensionReason> SUSPENSION_REASON = Var.enumeration("suspensionReason", SuspensionReason.class);
  public static final Var<LocalDate> SUSPENSION_DATE = Var.date("suspensionDate");
  /** Transient only: health evidence goes to the restricted store. */
  public static final Var<FileValue> HEALTH_EVIDENCE = Var.file("healthEvidence");
  public static final Var<LocalDate> RESUMPTION_DATE = Var.date("resumptionDate");
  public static final Var<Boolean> SUSPENDED = Var.bool("suspended");
  public static final Var<LocalDate> SUSPENDED_SINCE = Var.date("suspendedSince");
  public static final Var<Integer> SUSPENSION_COUNT = Var.integer("suspensionCount");

  // Region change (CESP_9)
  public static final Var<String> TARGET_REGION = Var.string("targetRegion");
  public static final Var<String> REGION = Var.string("region");
  public static final Var<Boolean> HOME_ARS_APPROVED = Var.bool("homeArsApproved");
  public static final Var<String> HOME_ARS_COMMENT = Var.string("homeArsComment");
  public static final Var<Boolean> TARGET_ARS_APPROVED = Var.bool("targetArsApproved");
  public static final Var<String> TARGET_ARS_COMMENT = Var.string("targetArsComment");
  public static final Var<String> REGION_CHANGE_DECISION = Var.string("regionChangeDecision");
  public static final Var<String> REGION_CHANGE_REQUESTED_FROM = Var.string("regionChangeFrom");

  // Rupture (CESP_10)
  public static final Var<RuptureReason> RUPTURE_REASON = Var.enumeration("ruptureReason", RuptureReason.class);
  public static final Var<LocalDate> RUPTURE_DATE = Var.date("ruptureDate");
  public static final Var<Boolean> ARS_REZONING = Var.bool("arsRezoning");
  public static final Var<Long> REIMBURSEMENT_DUE_CENTS = Var.cents("reimbursementDueCents");
  public static final Var<Long> NET_RECEIVED_CENTS = Var.cents("netReceivedCents");
  public static final Var<Long> PENALTY_CENTS = Var.cents("penaltyCents");
  public static final Var<Integer> REMAINING_MONTHS = Var.integer("remainingMonths");
  public static final Var<String> RUPTURE_RULE = Var.string("ruptureRule");
  public static final Var<String> RUPTURE_EXPLANATION = Var.string("ruptureExplanation");
  public static final Var<String> RUPTURE_DECIDED_BY = Var.string("ruptureDecidedBy");

  public static final Var<Outcome> OUTCOME = Var.enumeration("outcome", Outcome.class);
}
