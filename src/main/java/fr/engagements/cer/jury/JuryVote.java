package fr.engagements.cer.jury;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One member's vote on one candidacy of the agenda, with its rationale (CER_J2, CER_J5). */
@Entity
@Table(name = "jury_vote")
public class JuryVote {

  /** For: admit (entry) or grant (post); against: reject or refuse. */
  public enum Choice { FOR, AGAINST }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false)
  private Long itemId;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(nullable = false)
  private String choice;

  @Column(nullable = false)
  private String rationale;

  @Column(name = "cast_at", nullable = false)
  private Instant castAt;

  protected JuryVote() {
  }

  JuryVote(Long itemId, String userId, Choice choice, String rationale, Instant castAt) {
    this.itemId = itemId;
    this.userId = userId;
    this.choice = choice.name();
    this.rationale = rationale;
    this.castAt = castAt;
  }

  public Long getItemId() {
    return itemId;
  }

  public String getUserId() {
    return userId;
  }

  public Choice getChoice() {
    return Choice.valueOf(choice);
  }

  public String getRationale() {
    return rationale;
  }

  public Instant getCastAt() {
    return castAt;
  }
}
