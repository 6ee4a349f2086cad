package fr.engagements.appeal;

import java.time.LocalDate;

import fr.engagements.casefile.Applicant;
import fr.engagements.process.Var;

/**
 * The {@code case-appeal} process (recours gracieux, ADM_1, CRPA L411-2): one instance per appeal, business key
 * {@code <case key>/recours/<n>}. Its key, element ids and typed variables, used by the delegates, the REST API and tests.
 */
public final class AppealProcess {

  public static final String KEY = "case-appeal";
  /** Between the case's business key and the appeal's number. */
  public static final String KEY_SEPARATOR = "/recours/";

  private AppealProcess() {
  }

  public static String businessKey(String caseKey, int number) {
    return caseKey + KEY_SEPARATOR + number;
  }

  /** User task keys. */
  public static final class Tasks {
    public static final String ANSWER_APPEAL = "answerAppeal";

    private Tasks() {
    }
  }

  /** The model's own elements. */
  public static final class Elements {
    public static final String START = "appealFiled";
    public static final String ACKNOWLEDGE_APPEAL = "acknowledgeAppeal";
    public static final String NOTIFY_APPEAL_ANSWER = "notifyAppealAnswer";
    public static final String DECISION_GATEWAY = "appealDecisionGateway";
    public static final String REOPEN_CASE = "reopenCase";
    public static final String END = "appealAnswered";

    private Elements() {
    }
  }

  /** The answer: the contested decision is maintained, or withdrawn (and the case resumes where it should). */
  public enum AppealDecision { UPHELD, WITHDRAWN }

  // Set at filing (POST /api/cases/{businessKey}/appeals), never by a task
  public static final Var<String> APPLICANT_ID = Applicant.ID;
  public static final Var<String> APPLICANT_NAME = Applicant.NAME;
  public static final Var<String> APPLICANT_ADDRESS = Applicant.ADDRESS;
  /** The business key of the case whose decision is contested. */
  public static final Var<String> CASE_KEY = Var.string("caseBusinessKey");
  public static final Var<Integer> APPEAL_NUMBER = Var.integer("appealNumber");
  /** The contested letter (decision_letter id), its kind and its reference. */
  public static final Var<Long> LETTER_ID = Var.longValue("contestedLetterId");
  public static final Var<String> LETTER_KIND = Var.string("contestedLetterKind");
  public static final Var<String> LETTER_LABEL = Var.string("contestedDecision");
  /** The date of the decision's notification (the letter's issuedOn), the filing date, the last day to file (ADM_1). */
  public static final Var<LocalDate> NOTIFIED_ON = Var.date("notifiedOn");
  public static final Var<LocalDate> FILED_ON = Var.date("filedOn");
  public static final Var<LocalDate> APPEAL_DEADLINE = Var.date("appealDeadline");
  /** The date from which silence is a rejection (CRPA L231-4): two months after filing. */
  public static final Var<LocalDate> IMPLICIT_REJECTION_ON = Var.date("implicitRejectionOn");
  /** The person's text (20 to 5,000 characters) and the number of documents attached ({@code appealDocument1}…). */
  public static final Var<String> APPEAL_TEXT = Var.string("appealText");
  public static final Var<Integer> DOCUMENT_COUNT = Var.integer("appealDocumentCount");
  /** Who answers: a group, or one person, and the body in words (see also {@link #ANSWER_COLLEGIUM}). */
  public static final Var<String> ANSWER_GROUP = Var.string("answerGroup");
  public static final Var<String> ANSWER_ASSIGNEE = Var.string("answerAssignee");
  public static final Var<String> ANSWERING_BODY = Var.string("answeringBody");
  /** The jury session that took the contested decision, in words, when it was a jury's. */
  public static final Var<String> DECIDING_SESSION = Var.string("decidingSession");
  /**
   * A body that answers as a body, in session ({@link CollegialAnswer#accepts}): {@code CER_JURY:ENTRY:2027} for the
   * CER's national jury, entry sessions of the 2027 campaign. Null when a group or one person answers.
   */
  public static final Var<String> ANSWER_COLLEGIUM = Var.string("answerCollegium");
  /** Set by the body that answered in session: the session, in words, cited by the answer's letter. */
  public static final Var<String> ANSWERING_SESSION = Var.string("answeringSession");
  /** The answer's rationale is printed in the letter: at least this many characters. */
  public static final int MIN_RATIONALE = 20;

  // answerAppeal
  public static final Var<AppealDecision> APPEAL_DECISION = Var.enumeration("appealDecision", AppealDecision.class);
  public static final Var<String> APPEAL_RATIONALE = Var.string("appealRationale");
  /** Set by the system: who answered (user id). */
  public static final Var<String> ANSWERED_BY = Var.string("appealAnsweredBy");
  /** Set by reopenCase: where the case resumed, in French. */
  public static final Var<String> REOPENED_AT = Var.string("caseReopenedAt");
  /**
   * Set by reopenCase when the withdrawal changes nothing in the case, in French: why (no place of the quota left, a
   * closing the person asked for…). The answer's letter and the journal say it.
   */
  public static final Var<String> WITHDRAWAL_NOTE = Var.string("withdrawalNote");

  /** The n-th document attached to the appeal (File, PDF). */
  public static Var<org.camunda.bpm.engine.variable.value.FileValue> document(int n) {
    return Var.file("appealDocument" + n);
  }
}
