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
 * A jury member's declaration of interests for one candidacy and one jury task: pending until the
 * member declares, then "no conflict" (the member may see the task) or "conflict" (recused, for good).
 * A row of the case history: it outlives the engine's runtime data.
 */
@Entity
@Table(name = "jury_declaration")
public class JuryDeclaration {

  public enum Status { PENDING, NO_CONFLICT, CONFLICT }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_key", nullable = false)
  private String businessKey;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  @Column(name = "task_key", nullable = false)
  private String taskKey;

  /** The jury task a declaration was asked for (before sessions decided as a body); null since. */
  @Column(name = "task_id")
  private String taskId;

  /** The agenda item the declaration is about (a session's candidacy). */
  @Column(name = "item_id")
  private Long itemId;

  @Column(name = "session_id", nullable = false)
  private Long sessionId;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private JuryRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Enumerated(EnumType.STRING)
  @Column(name = "conflict_kind")
  private ConflictKind conflictKind;

  @Column(name = "conflict_details")
  private String conflictDetails;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "declared_at")
  private Instant declaredAt;

  protected JuryDeclaration() {
  }

  JuryDeclaration(String businessKey, String processInstanceId, String taskKey, String taskId, Long sessionId, String userId,
      JuryRole role, Instant openedAt) {
    this.businessKey = businessKey;
    this.processInstanceId = processInstanceId;
    this.taskKey = taskKey;
    this.taskId = taskId;
    this.sessionId = sessionId;
    this.userId = userId;
    this.role = role;
    this.status = Status.PENDING;
    this.openedAt = openedAt;
  }

  /** A member of a session declares on one candidacy of its agenda. */
  static JuryDeclaration forItem(JuryAgendaItem item, JuryMember member, Instant openedAt) {
    JuryDeclaration declaration = new JuryDeclaration(item.getBusinessKey(), item.getProcessInstanceId(), item.getTaskKey(), null,
        item.getSessionId(), member.getUserId(), member.getRole(), openedAt);
    declaration.itemId = item.getId();
    return declaration;
  }

  void declare(ConflictKind kind, String details, Instant at) {
    this.status = kind == null ? Status.NO_CONFLICT : Status.CONFLICT;
    this.conflictKind = kind;
    this.conflictDetails = details;
    this.declaredAt = at;
  }

  public Long getId() {
    return id;
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

  public String getTaskId() {
    return taskId;
  }

  public Long getItemId() {
    return itemId;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public String getUserId() {
    return userId;
  }

  public JuryRole getRole() {
    return role;
  }

  public Status getStatus() {
    return status;
  }

  public boolean isRecused() {
    return status == Status.CONFLICT;
  }

  public ConflictKind getConflictKind() {
    return conflictKind;
  }

  public String getConflictDetails() {
    return conflictDetails;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }
}
