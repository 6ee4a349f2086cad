package fr.engagements.directory;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An institution a case names, in a role: its agents take part in the case and are offered its tasks of that role. */
@Entity
@Table(name = "case_party")
@IdClass(CaseParty.Key.class)
public class CaseParty {

  /** Business key and role. */
  public static class Key implements Serializable {
    private String businessKey;
    private PartyRole role;

    public Key() {
    }

    public Key(String businessKey, PartyRole role) {
      this.businessKey = businessKey;
      this.role = role;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(businessKey, k.businessKey) && role == k.role;
    }

    @Override
    public int hashCode() {
      return Objects.hash(businessKey, role);
    }
  }

  @Id
  @Column(name = "business_key")
  private String businessKey;

  @Id
  @Enumerated(EnumType.STRING)
  private PartyRole role;

  @ManyToOne(optional = false)
  @JoinColumn(name = "institution_id")
  private Institution institution;

  @Column(name = "group_id", nullable = false)
  private String groupId;

  @Column(nullable = false)
  private Instant since;

  protected CaseParty() {
  }

  CaseParty(String businessKey, PartyRole role, Institution institution, Instant since) {
    this.businessKey = businessKey;
    this.role = role;
    this.since = since;
    moveTo(institution);
  }

  void moveTo(Institution institution) {
    this.institution = institution;
    this.groupId = role.agentRole().groupOf(institution.getCode());
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public PartyRole getRole() {
    return role;
  }

  public Institution getInstitution() {
    return institution;
  }

  /** The institution group whose members act for this party ({@code deans.UPEC}). */
  public String getGroupId() {
    return groupId;
  }
}
