package fr.engagements.cesp.allocation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a campaign's allocation, with the rule that decided it: the allocation explained (CRPA L311-3-1). */
@Entity
@Table(name = "cesp_allocation_log")
public class AllocationLogEntry {

  public enum Event { LISTED, NOT_RETAINED, OFFERED, SIGNED, DECLINED, EXPIRED, NOT_OFFERED, DOSSIER_INCOMPLETE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @Column(name = "business_key")
  private String businessKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Event event;

  @Column(name = "list_name")
  private String listName;

  @Column(name = "list_rank")
  private Integer listRank;

  @Column(nullable = false)
  private String rule;

  @Column(nullable = false)
  private String explanation;

  @Column(name = "signed_after", nullable = false)
  private int signedAfter;

  @Column(name = "open_offers_after", nullable = false)
  private int openOffersAfter;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected AllocationLogEntry() {
  }

  AllocationLogEntry(Long campaignId, String businessKey, Event event, String listName, Integer listRank, String rule,
      String explanation, int signedAfter, int openOffersAfter, String decidedBy, Instant decidedAt) {
    this.campaignId = campaignId;
    this.businessKey = businessKey;
    this.event = event;
    this.listName = listName;
    this.listRank = listRank;
    this.rule = rule;
    this.explanation = explanation.length() > 600 ? explanation.substring(0, 600) : explanation;
    this.signedAfter = signedAfter;
    this.openOffersAfter = openOffersAfter;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public Long getId() {
    return id;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public Event getEvent() {
    return event;
  }

  public String getListName() {
    return listName;
  }

  public Integer getListRank() {
    return listRank;
  }

  public String getRule() {
    return rule;
  }

  public String getExplanation() {
    return explanation;
  }

  public int getSignedAfter() {
    return signedAfter;
  }

  public int getOpenOffersAfter() {
    return openOffersAfter;
  }

  @Override
  public String toString() {
    return event + " " + businessKey + " (" + rule + ")";
  }
}
