package fr.engagements.cer.jury;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  /** Where the session stands (CER_J5): its agenda is open until convened, then frozen. */
  public enum Status { PLANNED, CONVENED, IN_SESSION, CLOSED }

  /** How a tie among the votes cast is settled (the session's rules; default: the president's vote). */
  public enum TieRule { PRESIDENT_CASTING_VOTE, DEFERRED }

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.PLANNED;

  @Column(name = "president_id")
  private String presidentId;

  @Column(name = "secretary_id")
  private String secretaryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "tie_rule", nullable = false)
  private TieRule tieRule = TieRule.PRESIDENT_CASTING_VOTE;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "convened_at")
  private Instant convenedAt;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "minutes_letter_id")
  private Long minutesLetterId;

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

  /** The president signs the minutes and casts the deciding vote of a tie; the secretary keeps the minutes. */
  public JurySession officers(String presidentId, String secretaryId) {
    this.presidentId = presidentId;
    this.secretaryId = secretaryId;
    return this;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void convened(Instant at) {
    this.status = Status.CONVENED;
    this.convenedAt = at;
  }

  void opened(Instant at) {
    this.status = Status.IN_SESSION;
    this.openedAt = at;
  }

  void closed(Instant at, Long minutesLetterId) {
    this.status = Status.CLOSED;
    this.closedAt = at;
    this.minutesLetterId = minutesLetterId;
  }

  public JurySession addMember(String userId, JuryRole role, String detail) {
    return addMember(userId, role, detail, null);
  }

  /** A seat; {@code collegeCode}: the college a rapporteur sits for (CER_P6). */
  public JurySession addMember(String userId, JuryRole role, String detail, String collegeCode) {
    members.add(new JuryMember(this, userId, role, detail, collegeCode));
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

  public Optional<JuryMember> member(String userId) {
    return members.stream().filter(m -> m.getUserId().equals(userId)).findFirst();
  }

  public Status getStatus() {
    return status;
  }

  public String getPresidentId() {
    return presidentId;
  }

  public String getSecretaryId() {
    return secretaryId;
  }

  public TieRule getTieRule() {
    return tieRule;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getConvenedAt() {
    return convenedAt;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Long getMinutesLetterId() {
    return minutesLetterId;
  }

  public boolean acceptsAgendaItems() {
    return status == Status.PLANNED;
  }
}
