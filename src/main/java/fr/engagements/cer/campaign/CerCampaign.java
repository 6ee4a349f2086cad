package fr.engagements.cer.campaign;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A yearly CER campaign: its calendar and quota are data, not code (CER_T1). */
@Entity
@Table(name = "cer_campaign")
public class CerCampaign {

  @Id
  @Column(name = "campaign_year")
  private Integer year;

  @Column(name = "funded_quota", nullable = false)
  private int fundedQuota;

  /** Funded contracts granted so far; never above the quota (CER_F2, checked by the database too). */
  @Column(name = "funded_count", nullable = false)
  private int fundedCount;

  @Column(name = "candidacy_sequence", nullable = false)
  private int candidacySequence;

  @Column(name = "application_open", nullable = false)
  private boolean applicationOpen = true;

  @Column(name = "project_deadline", nullable = false)
  private LocalDate projectDeadline;

  @Column(name = "matching_date", nullable = false)
  private LocalDate matchingDate;

  /** CER_E2: a doctorate validated at most this many months after the DFASM1 start still qualifies. */
  @Column(name = "dfasm1_grace_months", nullable = false)
  private int dfasm1GraceMonths = 3;

  /**
   * CER_E4 accepts a candidacy the year of the return to medical studies or the next (1); CER_T1 lets a campaign of
   * the first cohorts accept it up to this many years after the return.
   */
  @Column(name = "application_window_years", nullable = false)
  private int applicationWindowYears = 1;

  /** CER_E5: days the applicant has to complete an entry dossier sent back to them (a setting, 30 by default). */
  @Column(name = "completion_days", nullable = false)
  private int completionDays = 30;

  /** CER_P3: days between two reminders of a signer; {@code null}: the application's setting (7 days by default). */
  @Column(name = "signature_reminder_days")
  private Integer signatureReminderDays;

  /** CER_F3: years of margin after the residency and the months owed before the obligation is breached (default 5). */
  @Column(name = "public_service_margin_years", nullable = false)
  private int publicServiceMarginYears = 5;

  /** CER_F3: NET (default) or GROSS, the basis of the reimbursement of « les sommes versées » after a breach. */
  @Column(name = "reimbursement_basis", nullable = false)
  private String reimbursementBasis = "NET";

  /** GDPR: documents of rejected or ineligible candidacies are kept this many years. */
  @Column(name = "retention_years", nullable = false)
  private int retentionYears = 2;

  protected CerCampaign() {
  }

  public CerCampaign(int year, int fundedQuota, LocalDate projectDeadline, LocalDate matchingDate) {
    this.year = year;
    this.fundedQuota = fundedQuota;
    this.projectDeadline = projectDeadline;
    this.matchingDate = matchingDate;
  }

  /**
   * The campaign set up again for a new run of the same year (demo and test environments that reuse years):
   * calendar, quota and counts as new; the candidacy numbering goes on, so business keys stay unique.
   */
  public void renew(int fundedQuota, LocalDate projectDeadline, LocalDate matchingDate) {
    this.fundedQuota = fundedQuota;
    this.fundedCount = 0;
    this.applicationOpen = true;
    this.projectDeadline = projectDeadline;
    this.matchingDate = matchingDate;
    this.dfasm1GraceMonths = 3;
    this.applicationWindowYears = 1;
    this.completionDays = 30;
    this.signatureReminderDays = null;
    this.retentionYears = 2;
    this.publicServiceMarginYears = 5;
    this.reimbursementBasis = "NET";
  }

  public int getPublicServiceMarginYears() {
    return publicServiceMarginYears;
  }

  public void setPublicServiceMarginYears(int publicServiceMarginYears) {
    this.publicServiceMarginYears = publicServiceMarginYears;
  }

  public String getReimbursementBasis() {
    return reimbursementBasis;
  }

  public void setReimbursementBasis(String reimbursementBasis) {
    this.reimbursementBasis = reimbursementBasis;
  }

  /** Takes the next candidacy number of this campaign; the caller holds the row lock. */
  public int nextCandidacyNumber() {
    return ++candidacySequence;
  }

  public boolean hasFundingLeft() {
    return fundedCount < fundedQuota;
  }

  /** Counts one more funded contract; the caller holds the row lock. */
  public void grantFunding() {
    if (!hasFundingLeft()) {
      throw new IllegalStateException("Funded quota of campaign " + year + " is spent");
    }
    fundedCount++;
  }

  public Integer getYear() {
    return year;
  }

  public int getFundedQuota() {
    return fundedQuota;
  }

  public void setFundedQuota(int fundedQuota) {
    this.fundedQuota = fundedQuota;
  }

  public int getFundedCount() {
    return fundedCount;
  }

  public boolean isApplicationOpen() {
    return applicationOpen;
  }

  public void setApplicationOpen(boolean applicationOpen) {
    this.applicationOpen = applicationOpen;
  }

  public LocalDate getProjectDeadline() {
    return projectDeadline;
  }

  public void setProjectDeadline(LocalDate projectDeadline) {
    this.projectDeadline = projectDeadline;
  }

  public LocalDate getMatchingDate() {
    return matchingDate;
  }

  public void setMatchingDate(LocalDate matchingDate) {
    this.matchingDate = matchingDate;
  }

  public int getDfasm1GraceMonths() {
    return dfasm1GraceMonths;
  }

  public void setDfasm1GraceMonths(int dfasm1GraceMonths) {
    this.dfasm1GraceMonths = dfasm1GraceMonths;
  }

  public Integer getSignatureReminderDays() {
    return signatureReminderDays;
  }

  public void setSignatureReminderDays(Integer signatureReminderDays) {
    this.signatureReminderDays = signatureReminderDays;
  }

  public int getCompletionDays() {
    return completionDays;
  }

  public void setCompletionDays(int completionDays) {
    this.completionDays = completionDays;
  }

  public int getApplicationWindowYears() {
    return applicationWindowYears;
  }

  public void setApplicationWindowYears(int applicationWindowYears) {
    this.applicationWindowYears = applicationWindowYears;
  }

  public int getRetentionYears() {
    return retentionYears;
  }

  public void setRetentionYears(int retentionYears) {
    this.retentionYears = retentionYears;
  }
}
