package fr.engagements.cesp.campaign;

import java.time.LocalDate;

import fr.engagements.cesp.CespContractProcess.StudyLevel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A faculty's CESP campaign for one year (CESP_5): its deadline, commission date and its two quotas (residents,
 * students) are data. For each kind, signed contracts plus open offers never exceed its quota (checked here under the
 * row lock, and by the database); the totals (contract quota, signed, open offers) are kept for the boards.
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

  @Column(name = "resident_quota", nullable = false)
  private int residentQuota;

  @Column(name = "student_quota", nullable = false)
  private int studentQuota;

  @Column(name = "resident_signed", nullable = false)
  private int residentSigned;

  @Column(name = "resident_offers", nullable = false)
  private int residentOffers;

  @Column(name = "student_signed", nullable = false)
  private int studentSigned;

  @Column(name = "student_offers", nullable = false)
  private int studentOffers;

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
      LocalDate commissionDate, int residentQuota, int studentQuota) {
    this.year = year;
    this.ufr = ufr;
    this.ufrName = ufrName;
    this.region = region;
    this.applicationDeadline = applicationDeadline;
    this.commissionDate = commissionDate;
    setQuotas(residentQuota, studentQuota);
  }

  /** The next application number of this campaign; the caller holds the row lock. */
  public int nextApplicationNumber() {
    return ++applicationSequence;
  }

  /** Contracts that can still be offered, both kinds together. */
  public int freePlaces() {
    return freePlaces(StudyLevel.RESIDENT) + freePlaces(StudyLevel.STUDENT);
  }

  /** Contracts of this kind that can still be offered: its quota minus its signed contracts and open offers (CESP_5). */
  public int freePlaces(StudyLevel level) {
    return quota(level) - signed(level) - offers(level);
  }

  public int quota(StudyLevel level) {
    return level == StudyLevel.RESIDENT ? residentQuota : studentQuota;
  }

  public int signed(StudyLevel level) {
    return level == StudyLevel.RESIDENT ? residentSigned : studentSigned;
  }

  public int offers(StudyLevel level) {
    return level == StudyLevel.RESIDENT ? residentOffers : studentOffers;
  }

  /** One more offer of this kind awaiting an answer; the caller holds the row lock. */
  public void openOffer(StudyLevel level) {
    if (freePlaces(level) <= 0) {
      throw new IllegalStateException("CESP " + level + " quota of " + ufr + " " + year + " is used");
    }
    if (level == StudyLevel.RESIDENT) {
      residentOffers++;
    } else {
      studentOffers++;
    }
    openOffers++;
  }

  /** An offer of this kind answered: signed (the place is taken) or lapsed (the place is free again for the same kind). */
  public void answerOffer(StudyLevel level, boolean signed) {
    if (offers(level) <= 0) {
      throw new IllegalStateException("No open CESP " + level + " offer in " + ufr + " " + year);
    }
    if (level == StudyLevel.RESIDENT) {
      residentOffers--;
      residentSigned += signed ? 1 : 0;
    } else {
      studentOffers--;
      studentSigned += signed ? 1 : 0;
    }
    openOffers--;
    if (signed) {
      signedCount++;
    }
  }

  /** The two published quotas (CESP_5); never below the places of each kind already taken or offered. */
  public void setQuotas(int residentQuota, int studentQuota) {
    if (residentQuota < residentSigned + residentOffers || studentQuota < studentSigned + studentOffers) {
      throw new IllegalArgumentException("quota below the places already taken");
    }
    this.residentQuota = residentQuota;
    this.studentQuota = studentQuota;
    this.contractQuota = residentQuota + studentQuota;
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
