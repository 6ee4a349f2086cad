package fr.engagements.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person acting for an institution in a role (a deputy acts too, and is shown as such). */
@Entity
@Table(name = "institution_agent")
public class InstitutionAgent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "institution_id")
  private Institution institution;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AgentRole role;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(nullable = false)
  private boolean deputy;

  @Column(nullable = false)
  private Instant since;

  protected InstitutionAgent() {
  }

  InstitutionAgent(Institution institution, AgentRole role, String userId, boolean deputy, Instant since) {
    this.institution = institution;
    this.role = role;
    this.userId = userId;
    this.deputy = deputy;
    this.since = since;
  }

  public Long getId() {
    return id;
  }

  public Institution getInstitution() {
    return institution;
  }

  public AgentRole getRole() {
    return role;
  }

  public String getUserId() {
    return userId;
  }

  public boolean isDeputy() {
    return deputy;
  }

  public Instant getSince() {
    return since;
  }

  /** The institution group of this agent's role ({@code deans.UPEC}). */
  public String group() {
    return role.groupOf(institution.getCode());
  }
}
