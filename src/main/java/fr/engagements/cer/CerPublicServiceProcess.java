package fr.engagements.cer;

import java.time.LocalDate;

import fr.engagements.process.Var;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * The {@code cer-public-service} process (CER_F3): the follow-up of a funded candidacy's public-service obligation, one
 * instance per funded candidacy, business key = the candidacy's. It takes over the allowance while it is still due when
 * the candidacy closes (CER_F1: the allowance runs to the 3rd cycle whatever the post decision), then records the months
 * owed, follows the periods the person declares until the obligation is fulfilled or breached, and only on a breach
 * computes the reimbursement of « les sommes versées » ({@code cer-public-service-reimbursement}).
 */
public final class CerPublicServiceProcess {

  public static final String KEY = "cer-public-service";
  public static final String REIMBURSEMENT_DECISION = "cer-public-service-reimbursement";

  private CerPublicServiceProcess() {
  }

  public static final class Tasks {
    public static final String DECLARE_SERVICE_PERIOD = "declareServicePeriod";
    public static final String VALIDATE_SERVICE_PERIOD = "validateServicePeriod";

    private Tasks() {
    }
  }

  public static final class Elements {
    public static final String ALLOWANCE = "allowance";
    public static final String PAY_ALLOWANCE = "payAllowance";
    public static final String NEXT_ALLOWANCE_TIMER = "nextAllowanceMonth";
    public static final String WITHDRAWAL = "allowanceWithdrawn";
    public static final String RECORD_OBLIGATION = "recordObligation";
    public static final String FOLLOW_UP = "serviceFollowUp";
    public static final String DEADLINE_TIMER = "serviceDeadlinePassed";
    public static final String WILL_NOT_SERVE = "willNotServeDeclared";
    public static final String END_FULFILLED = "endObligationFulfilled";
    public static final String END_BREACHED = "endObligationBreached";

    private Elements() {
    }
  }

  /** The outcomes of the follow-up (variable {@code outcome}). */
  public enum Outcome { FULFILLED, BREACHED }

  /** On what the reimbursement is computed (CER_F3: not said by the seed; net by default, in the table). */
  public enum Basis { NET, GROSS }

  /** Error code thrown when the person declares they will not serve. */
  public static final String WILL_NOT_SERVE_ERROR = "WILL_NOT_SERVE";

  // set at the start of the obligation
  public static final Var<LocalDate> RESIDENCY_END = Var.date("residencyEnd");
  public static final Var<LocalDate> SERVICE_DEADLINE = Var.date("serviceDeadline");
  /** The deadline's end as an ISO date-time, read by the timer. */
  public static final Var<String> SERVICE_DEADLINE_AT = Var.string("serviceDeadlineAt");
  public static final Var<Integer> SERVED_MONTHS = Var.integer("servedMonths");

  // declareServicePeriod
  public static final Var<LocalDate> SERVICE_START = Var.date("serviceStart");
  public static final Var<LocalDate> SERVICE_END = Var.date("serviceEnd");
  public static final Var<String> SERVICE_EMPLOYER = Var.string("serviceEmployer");
  public static final Var<FileValue> SERVICE_PROOF = Var.file("serviceProof");
  public static final Var<Boolean> WILL_NOT_SERVE = Var.bool("willNotServe");

  // validateServicePeriod
  public static final Var<Boolean> SERVICE_PERIOD_VALID = Var.bool("servicePeriodValid");
  public static final Var<String> SERVICE_PERIOD_REMARKS = Var.string("servicePeriodRemarks");

  // breach
  public static final Var<String> BREACH_REASON = Var.string("breachReason");
  public static final Var<String> REIMBURSEMENT_BASIS_CHOICE = Var.string("reimbursementBasisChoice");
  public static final Var<Long> NET_PAID_CENTS = Var.cents("netPaidCents");
  public static final Var<Long> GROSS_PAID_CENTS = Var.cents("grossPaidCents");
  public static final Var<String> REIMBURSEMENT_BASIS = Var.string("reimbursementBasis");
  public static final Var<String> REIMBURSEMENT_EXPLANATION = Var.string("reimbursementExplanation");
}
