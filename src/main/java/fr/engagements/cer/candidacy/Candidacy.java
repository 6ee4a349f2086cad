package fr.engagements.cer.candidacy;

import java.time.Instant;

import fr.engagements.cer.CerCandidacyProcess.FundingDecision;
import fr.engagements.cer.CerCandidacyProcess.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The record of one CER candidacy, written in the same transaction as its process steps. */
@Entity
@Table(name = "cer_candidacy")
public class Candidacy {

  public enum Status { OPEN, ENDED }

  @Id
  @Column(name = "business_key")
  private String businessKey;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "applicant_id", nullable = false)
  private String applicantId;

  @Column(name = "applicant_name")
  private String applicantName;

  @Column(name = "campaign_year", nullable = false)
  private int campaignYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.OPEN;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "funding_decision")
  private FundingDecision fundingDecision;

  @Column(name = "open_key")
  private String openKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected Candidacy() {
  }

  Candidacy(String businessKey, String processInstanceId, String applicantId, String applicantName,
      int campaignYear, Instant createdAt) {
    this.businessKey = businessKey;
    this.processInstanceId = processInstanceId;
    this.applicantId = applicantId;
    this.applicantName = applicantName;
    this.campaignYear = campaignYear;
    this.createdAt = createdAt;
    this.openKey = openKey(applicantId, campaignYear);
  }

  static String openKey(String applicantId, int campaignYear) {
    return applicantId + "/" + campaignYear;
  }

  void end(Outcome outcome, Instant at) {
    this.status = Status.ENDED;
    this.outcome = outcome;
    this.endedAt = at;
    this.openKey = null;
  }

  public void recordFunding(FundingDecision decision) {
    this.fundingDecision = decision;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getApplicantId() {
    return applicantId;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public int getCampaignYear() {
    return campaignYear;
  }

  public Status getStatus() {
    return status;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public FundingDecision getFundingDecision() {
    return fundingDecision;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
