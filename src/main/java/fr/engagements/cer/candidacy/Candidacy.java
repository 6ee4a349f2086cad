package fr.engagements.cer.candidacy;

import java.time.Instant;

import fr.engagements.cer.CerCandidacyProcess.FundingDecision;
import fr.engagements.cer.CerCandidacyProcess.Outcome;
import fr.engagements.casefile.CaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The record of one CER candidacy, written in the same transaction as its process steps. */
@Entity
@Table(name = "cer_candidacy")
public class Candidacy extends CaseRecord {

  public enum Status { OPEN, ENDED }

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

  protected Candidacy() {
  }

  Candidacy(String businessKey, String processInstanceId, String applicantId, String applicantName,
      int campaignYear, Instant createdAt) {
    super(businessKey, processInstanceId, applicantId, applicantName, openKey(applicantId, campaignYear), createdAt);
    this.campaignYear = campaignYear;
  }

  static String openKey(String applicantId, int campaignYear) {
    return applicantId + "/" + campaignYear;
  }

  void end(Outcome outcome, Instant at) {
    this.status = Status.ENDED;
    this.outcome = outcome;
    close(at);
  }

  /**
   * A closing decision was withdrawn on appeal (ADM_1): the case runs again, in a new process instance with the same
   * business key, and counts again as the person's open case of the campaign.
   */
  void reopen(String newProcessInstanceId) {
    this.status = Status.OPEN;
    this.outcome = null;
    this.endedAt = null;
    this.openKey = openKey(applicantId, campaignYear);
    this.processInstanceId = newProcessInstanceId;
  }

  public void recordFunding(FundingDecision decision) {
    this.fundingDecision = decision;
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

}
