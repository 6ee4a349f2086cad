package fr.engagements.cer.jury;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A session of the national jury for a campaign: entry decisions or post decisions. */
@Entity
@Table(name = "jury_session")
public class JurySession {

  public enum Kind { ENTRY, POST }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_year", nullable = false)
  private int campaignYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private String label;

  @Column(name = "session_date")
  private LocalDate sessionDate;

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<JuryMember> members = new ArrayList<>();

  protected JurySession() {
  }

  public JurySession(int campaignYear, Kind kind, String label, LocalDate sessionDate) {
    this.campaignYear = campaignYear;
    this.kind = kind;
    this.label = label;
    this.sessionDate = sessionDate;
  }

  public JurySession addMember(String userId, JuryRole role, String detail) {
    members.add(new JuryMember(this, userId, role, detail));
    return this;
  }

  public void removeMember(String userId) {
    members.removeIf(m -> m.getUserId().equals(userId));
  }

  public Long getId() {
    return id;
  }

  public int getCampaignYear() {
    return campaignYear;
  }

  public Kind getKind() {
    return kind;
  }

  public String getLabel() {
    return label;
  }

  public LocalDate getSessionDate() {
    return sessionDate;
  }

  public List<JuryMember> getMembers() {
    return List.copyOf(members);
  }
}
