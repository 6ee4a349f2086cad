package fr.engagements.cer.jury;

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

/** A seat in a jury session, held by a Camunda user. */
@Entity
@Table(name = "jury_member")
public class JuryMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "session_id")
  private JurySession session;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private JuryRole role;

  /** Institution, college or association, as the secretariat records it. */
  private String detail;

  /** The university college a rapporteur sits for (CER_P6, {@code university_college}); null for other seats. */
  @Column(name = "college_code")
  private String collegeCode;

  /** At the session (recorded when it opens); null before. */
  private Boolean present;

  protected JuryMember() {
  }

  JuryMember(JurySession session, String userId, JuryRole role, String detail, String collegeCode) {
    this.session = session;
    this.userId = userId;
    this.role = role;
    this.detail = detail;
    this.collegeCode = collegeCode;
  }

  public String getCollegeCode() {
    return collegeCode;
  }

  public String getUserId() {
    return userId;
  }

  public JuryRole getRole() {
    return role;
  }

  public String getDetail() {
    return detail;
  }

  public boolean isPresent() {
    return Boolean.TRUE.equals(present);
  }

  void attend(boolean present) {
    this.present = present;
  }
}
