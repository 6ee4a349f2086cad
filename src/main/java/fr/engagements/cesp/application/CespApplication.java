package fr.engagements.cesp.application;

import java.time.Instant;
import java.time.LocalDate;

import fr.engagements.cesp.CespContractProcess.CommissionList;
import fr.engagements.cesp.CespContractProcess.CommissionOpinion;
import fr.engagements.cesp.CespContractProcess.Outcome;
import fr.engagements.cesp.CespContractProcess.StudyLevel;
import fr.engagements.casefile.CaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One CESP application, then contract: its stage in the campaign, the commission's ranking, its offer. */
@Entity
@Table(name = "cesp_application")
public class CespApplication extends CaseRecord {

  /** Where the application stands for the campaign (the allocation reads this). */
  public enum Stage { DOSSIER, CHECK, AWAITING_OPINION, AWAITING_OFFER, OFFERED, CONTRACT, ENDED }

  public enum OfferStatus { OFFERED, SIGNED, DECLINED, EXPIRED }

  @Column(name = "campaign_id", nullable = false)
  private Long campaignId;

  @Enumerated(EnumType.STRING)
  @Column(name = "study_level", nullable = false)
  private StudyLevel studyLevel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Stage stage = Stage.DOSSIER;

  @Enumerated(EnumType.STRING)
  @Column(name = "commission_opinion")
  private CommissionOpinion commissionOpinion;

  @Enumerated(EnumType.STRING)
  @Column(name = "commission_list")
  private CommissionList commissionList;

  @Column(name = "commission_rank")
  private Integer commissionRank;

  /** CESP_11: national rank (resident) or 2nd-year access rank (student), as declared and confirmed by the UFR. */
  @Column(name = "declared_rank")
  private Integer declaredRank;

  @Enumerated(EnumType.STRING)
  @Column(name = "offer_status")
  private OfferStatus offerStatus;

  @Column(name = "offer_deadline")
  private LocalDate offerDeadline;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  /** CESP_8: the residency post chosen after the national ranking. */
  @Column(name = "residency_post")
  private String residencyPost;

  /** CESP_2: CNG or ARS, recorded at signature. */
  @Column(name = "payer")
  private String payer;

  protected CespApplication() {
  }

  CespApplication(String businessKey, String processInstanceId, Long campaignId, String applicantId, String applicantName,
      StudyLevel studyLevel, int year, Instant createdAt) {
    super(businessKey, processInstanceId, applicantId, applicantName, openKey(applicantId, year), createdAt);
    this.campaignId = campaignId;
    this.studyLevel = studyLevel;
  }

  /** One open CESP application per applicant and year, whatever the faculty. */
  static String openKey(String applicantId, int year) {
    return "CESP/" + applicantId + "/" + year;
  }

  public void moveTo(Stage stage) {
    this.stage = stage;
  }

  public void recordOpinion(CommissionOpinion opinion, CommissionList list, Integer rank) {
    this.commissionOpinion = opinion;
    this.commissionList = list;
    this.commissionRank = rank;
    this.stage = list == CommissionList.NOT_RETAINED ? Stage.ENDED : Stage.AWAITING_OFFER;
  }

  void recordResidencyPost(String post) {
    this.residencyPost = post;
  }

  void recordPayer(String payer) {
    this.payer = payer;
  }

  public String getResidencyPost() {
    return residencyPost;
  }

  public String getPayer() {
    return payer;
  }

  public void declareRank(Integer rank) {
    this.declaredRank = rank;
  }

  public void offer(LocalDate deadline) {
    this.offerStatus = OfferStatus.OFFERED;
    this.offerDeadline = deadline;
    this.stage = Stage.OFFERED;
  }

  public void answer(OfferStatus status) {
    this.offerStatus = status;
    this.stage = status == OfferStatus.SIGNED ? Stage.CONTRACT : Stage.ENDED;
  }

  /**
   * A rupture withdrawn on appeal (ADM_1): the contract is in force again, in the new instance that resumes it, under the
   * same business key, and counts again as the person's open application of the year.
   */
  void reopen(String newProcessInstanceId, int year) {
    this.stage = Stage.CONTRACT;
    this.outcome = null;
    this.endedAt = null;
    this.openKey = openKey(applicantId, year);
    this.processInstanceId = newProcessInstanceId;
  }

  void end(Outcome outcome, Instant at) {
    this.stage = Stage.ENDED;
    this.outcome = outcome;
    close(at);
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public StudyLevel getStudyLevel() {
    return studyLevel;
  }

  public Stage getStage() {
    return stage;
  }

  public CommissionOpinion getCommissionOpinion() {
    return commissionOpinion;
  }

  public CommissionList getCommissionList() {
    return commissionList;
  }

  public Integer getCommissionRank() {
    return commissionRank;
  }

  public Integer getDeclaredRank() {
    return declaredRank;
  }

  public OfferStatus getOfferStatus() {
    return offerStatus;
  }

  public LocalDate getOfferDeadline() {
    return offerDeadline;
  }

  public Outcome getOutcome() {
    return outcome;
  }

}
