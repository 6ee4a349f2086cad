package fr.engagements.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of the directory: who, when, what, before and after (JSON). */
@Entity
@Table(name = "directory_audit")
public class DirectoryAudit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  @Column(nullable = false)
  private String entity;

  @Column(name = "entity_key", nullable = false)
  private String entityKey;

  @Column(name = "before_value")
  private String before;

  @Column(name = "after_value")
  private String after;

  protected DirectoryAudit() {
  }

  DirectoryAudit(Instant at, String actor, String action, String entity, String entityKey, String before, String after) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.entity = entity;
    this.entityKey = entityKey;
    this.before = before;
    this.after = after;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getEntity() {
    return entity;
  }

  public String getEntityKey() {
    return entityKey;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }
}
