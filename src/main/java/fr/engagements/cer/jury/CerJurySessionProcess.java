package fr.engagements.cer.jury;

import fr.engagements.process.Var;

/**
 * The {@code cer-jury-session} process: one instance per session of the national jury (CER_J5). Its business key is
 * {@code JURY-<session id>}; it runs the session's order: convening, declarations of interests (once per member for
 * the whole agenda), attendance, votes, minutes, their signature, then the decisions reach each candidacy.
 */
public final class CerJurySessionProcess {

  public static final String KEY = "cer-jury-session";
  public static final String BUSINESS_KEY_PREFIX = "JURY-";

  private CerJurySessionProcess() {
  }

  public static String businessKey(long sessionId) {
    return BUSINESS_KEY_PREFIX + sessionId;
  }

  /** User task keys. */
  public static final class Tasks {
    public static final String CONVENE_SESSION = "conveneSession";
    public static final String DECLARE_INTERESTS = "declareInterests";
    public static final String OPEN_SESSION = "openSession";
    public static final String CAST_VOTES = "castVotes";
    public static final String DRAFT_MINUTES = "draftMinutes";
    public static final String SIGN_MINUTES = "signMinutes";

    private Tasks() {
    }
  }

  public static final Var<Long> SESSION_ID = Var.longValue("sessionId");
  /** The member a declaration task is for; the voter a vote task is for (multi-instance element variables). */
  public static final Var<String> MEMBER = Var.string("member");
  public static final Var<String> VOTER = Var.string("voter");

  /**
   * {@code declareInterests}: JSON array of the member's links, one object per candidacy they have a link with:
   * {@code [{"businessKey": "CER-2027-000001", "conflictKind": "SAME_LAB", "details": "…"}]}; {@code []}: no link.
   */
  public static final Var<String> CONFLICTS = Var.string("conflicts");
  /** {@code openSession}: JSON array of the members present, e.g. {@code ["jury1", "jury2"]}. */
  public static final Var<String> PRESENT = Var.string("present");
  /**
   * {@code castVotes}: JSON array, one vote per candidacy the voter may vote on:
   * {@code [{"businessKey": "…", "decision": "ADMITTED", "rationale": "…"}]} (post: {@code GRANTED}/{@code REFUSED}).
   */
  public static final Var<String> VOTES = Var.string("votes");
  /** {@code draftMinutes}: JSON array {@code [{"businessKey": "…", "motivation": "…"}]}, one per decided candidacy. */
  public static final Var<String> MOTIVATIONS = Var.string("motivations");
  /** {@code draftMinutes} (optional) and {@code signMinutes} (required when not approved): remarks on the minutes. */
  public static final Var<String> MINUTES_REMARKS = Var.string("minutesRemarks");
  /** {@code signMinutes}: the president signs (true) or sends the minutes back to the secretary (false). */
  public static final Var<Boolean> MINUTES_APPROVED = Var.bool("minutesApproved");
}
