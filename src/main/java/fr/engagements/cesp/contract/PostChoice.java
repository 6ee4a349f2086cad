package fr.engagements.cesp.contract;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** CESP_8: one beneficiary's place in a round of residency-post choice: national rank, then the post chosen. */
@Entity
@Table(name = "cesp_post_choice")
public class PostChoice {

  /** WAITING: a better-ranked beneficiary chooses first; OPEN: the task is theirs; SKIPPED: their contract had ended. */
  public enum Status { WAITING, OPEN, CHOSEN, SKIPPED }

  @Id
  @Column(name = "business_key")
  private String businessKey;

  @Column(name = "round_year", nullable = false)
  private int roundYear;

  @Column(name = "national_rank", nullable = false)
  private int nationalRank;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.WAITING;

  @Column(name = "post_code")
  private String postCode;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "chosen_at")
  private Instant chosenAt;

  protected PostChoice() {
  }

  PostChoice(String businessKey, int roundYear, int nationalRank) {
    this.businessKey = businessKey;
    this.roundYear = roundYear;
    this.nationalRank = nationalRank;
  }

  void open(Instant at) {
    status = Status.OPEN;
    openedAt = at;
  }

  void skip() {
    status = Status.SKIPPED;
  }

  void choose(String post, Instant at) {
    status = Status.CHOSEN;
    postCode = post;
    chosenAt = at;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public int getRoundYear() {
    return roundYear;
  }

  public int getNationalRank() {
    return nationalRank;
  }

  public Status getStatus() {
    return status;
  }

  public String getPostCode() {
    return postCode;
  }
}
