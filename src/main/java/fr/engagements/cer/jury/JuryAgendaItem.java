package fr.engagements.cer.jury;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A candidacy on a session's agenda, for its entry or its post decision — or an appeal against such a decision
 * ({@code answerAppeal}, issue 15: the jury answers as a body) —: from its inscription to the decision the session took
 * on it (the majority of the votes cast, CER_J5), or its deferral to a later session. An appeal's item keeps the
 * candidacy's business key (the declarations and recusals about the candidate apply) and its own key in
 * {@code appealKey}.
 */
@Entity
@Table(name = "jury_agenda_item")
public class JuryAgendaItem {

  public enum Status { ON_AGENDA, DECIDED, DEFERRED, WITHDRAWN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "session_id", nullable = false)
  private Long sessionId;

  @Column(name = "business_key", nullable = false)
  private String businessKey;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  /** {@code decideEntry} or {@code decidePost}: which decision of the candidacy; {@code answerAppeal} for an appeal. */
  @Column(name = "task_key", nullable = false)
  private String taskKey;

  @Column(name = "applicant_name")
  private String applicantName;

  /** The appeal's business key ({@code <case key>/recours/<n>}) when the item is an appeal; null for a candidacy. */
  @Column(name = "appeal_key")
  private String appealKey;

  /** The college of the candidacy's specialty (CER_P6: its rapporteur must sit); null when none is concerned yet. */
  @Column(name = "college_code")
  private String collegeCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.ON_AGENDA;

  /** The session's decision: {@code ADMITTED}/{@code REJECTED}, {@code GRANTED}/{@code REFUSED}, {@code UPHELD}/{@code WITHDRAWN}. */
  private String decision;

  /** The motivation of the decision, as the minutes record it and the letter states it. */
  private String motivation;

  @Column(name = "votes_for")
  private Integer votesFor;

  @Column(name = "votes_against")
  private Integer votesAgainst;

  /** The president's vote decided a tie. */
  @Column(name = "casting_vote")
  private Boolean castingVote;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected JuryAgendaItem() {
  }

  JuryAgendaItem(Long sessionId, String businessKey, String processInstanceId, String taskKey, String applicantName, Instant addedAt) {
    this.sessionId = sessionId;
    this.businessKey = businessKey;
    this.processInstanceId = processInstanceId;
    this.taskKey = taskKey;
    this.applicantName = applicantName;
    this.addedAt = addedAt;
  }

  JuryAgendaItem(Long sessionId, String businessKey, String processInstanceId, String taskKey, String applicantName,
      String appealKey, Instant addedAt) {
    this(sessionId, businessKey, processInstanceId, taskKey, applicantName, addedAt);
    this.appealKey = appealKey;
  }

  JuryAgendaItem concerning(String collegeCode) {
    this.collegeCode = collegeCode;
    return this;
  }

  public String getCollegeCode() {
    return collegeCode;
  }

  void decide(String decision, int votesFor, int votesAgainst, boolean castingVote) {
    this.decision = decision;
    this.votesFor = votesFor;
    this.votesAgainst = votesAgainst;
    this.castingVote = castingVote;
  }

  void motivate(String motivation) {
    this.motivation = motivation;
  }

  void decided(Instant at) {
    this.status = Status.DECIDED;
    this.decidedAt = at;
  }

  void defer(Instant at) {
    this.status = Status.DEFERRED;
    this.decision = null;
    this.decidedAt = at;
  }

  void withdraw(Instant at) {
    this.status = Status.WITHDRAWN;
    this.decidedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getTaskKey() {
    return taskKey;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public Status getStatus() {
    return status;
  }

  public String getDecision() {
    return decision;
  }

  public String getMotivation() {
    return motivation;
  }

  public Integer getVotesFor() {
    return votesFor;
  }

  public Integer getVotesAgainst() {
    return votesAgainst;
  }

  public boolean isCastingVote() {
    return Boolean.TRUE.equals(castingVote);
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public boolean isPost() {
    return "decidePost".equals(taskKey);
  }

  public String getAppealKey() {
    return appealKey;
  }

  public boolean isAppeal() {
    return appealKey != null;
  }

  /** What ballots and motivations name the item by: the candidacy's key, or the appeal's. */
  public String itemKey() {
    return appealKey != null ? appealKey : businessKey;
  }
}
