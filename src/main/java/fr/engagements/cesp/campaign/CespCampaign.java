package fr.engagements.cesp.campaign;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A faculty's CESP campaign for one year (CESP_5): its deadline, commission date and quota are data.
 * Signed contracts plus open offers never exceed the quota (checked here under the row lock, and by the database).
 */
@Entity
@Table(name = "cesp_campaign")
public class CespCampaign {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_year", nullable = false)
  private int year;

  @Column(nullable = false)
  private String ufr;

  @Column(name = "ufr_name", nullable = false)
  private String ufrName;

  @Column(name = "region_code", nullable = false)
  private String region;

  @Column(name = "application_deadline", nullable = false)
  private LocalDate applicationDeadline;

  @Column(name = "commission_date", nullable = false)
  private LocalDate commissionDate;

  @Column(name = "contract_quota", nullable = false)
  private int contractQuota;

  @Column(name = "application_open", nullable = false)
  private boolean applicationOpen = true;

  @Column(name = "signed_count", nullable = false)
  private int signedCount;

  @Column(name = "open_offers", nullable = false)
  private int openOffers;

  @Column(name = "application_sequence", nullable = false)
  private int applicationSequence;

  /** CESP_4: days the applicant has to complete a dossier sent back (a setting, 30 by default). */
  @Column(name = "completion_days", nullable = false)
  private int completionDays = 30;

  /** CESP_11: days the beneficiary has to sign an offered contract (a setting, 30 by default). */
  @Column(name = "signature_days", nullable = false)
  private int signatureDays = 30;

  @Column(name = "retention_years", nullable = false)
  private int retentionYears = 2;

  protected CespCampaign() {
  }

  public CespCampaign(int year, String ufr, String ufrName, String region, LocalDate applicationDeadline,
      LocalDate commissionDate, int contractQuota) {
    this.year = year;
    this.ufr = ufr;
    this.ufrName = ufrName;
    this.region = region;
    this.applicationDeadline = applicationDeadline;
    this.commissionDate = commissionDate;
    this.contractQuota = contractQuota;
  }

  /** The next application number of this campaign; the caller holds the row lock. */
  public int nextApplicationNumber() {
    return ++applicationSequence;
  }

  /** Contracts that can still be offered: quota minus signed contracts and offers awaiting an answer. */
  public int freePlaces() {
    return contractQuota - signedCount - openOffers;
  }

  /** One more offer awaiting an answer; the caller holds the row lock. */
  public void openOffer() {
    if (freePlaces() <= 0) {
      throw new IllegalStateException("CESP quota of " + ufr + " " + year + " is used");
    }
    openOffers++;
  }

  /** An offer answered: signed (the place is taken) or lapsed (the place is free again). */
  public void answerOffer(boolean signed) {
    if (openOffers <= 0) {
      throw new IllegalStateException("No open CESP offer in " + ufr + " " + year);
    }
    openOffers--;
    if (signed) {
      signedCount++;
    }
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public String getUfr() {
    return ufr;
  }

  public String getUfrName() {
    return ufrName;
  }

  public String getRegion() {
    return region;
  }

  public LocalDate getApplicationDeadline() {
    return applicationDeadline;
  }

  public void setApplicationDeadline(LocalDate applicationDeadline) {
    this.applicationDeadline = applicationDeadline;
  }

  public LocalDate getCommissionDate() {
    return commissionDate;
  }

  public int getContractQuota() {
    return contractQuota;
  }

  public void setContractQuota(int contractQuota) {
    this.contractQuota = contractQuota;
  }

  public boolean isApplicationOpen() {
    return applicationOpen;
  }

  public void setApplicationOpen(boolean applicationOpen) {
    this.applicationOpen = applicationOpen;
  }

  public int getSignedCount() {
    return signedCount;
  }

  public int getOpenOffers() {
    return openOffers;
  }

  public int getRetentionYears() {
    return retentionYears;
  }

  public int getCompletionDays() {
    return completionDays;
  }

  public void setCompletionDays(int completionDays) {
    this.completionDays = completionDays;
  }

  public int getSignatureDays() {
    return signatureDays;
  }

  public void setSignatureDays(int signatureDays) {
    this.signatureDays = signatureDays;
  }
}
