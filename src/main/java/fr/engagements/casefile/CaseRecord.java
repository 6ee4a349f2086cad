package fr.engagements.casefile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every case's record holds, whatever its contract (the CER candidacy and the CESP application extend
 * it; the columns are the tables' own): business key, process instance, the person, the one-open-case key,
 * when it was opened and closed.
 */
@MappedSuperclass
public abstract class CaseRecord {

  @Id
  @Column(name = "business_key")
  protected String businessKey;

  @Column(name = "process_instance_id")
  protected String processInstanceId;

  @Column(name = "applicant_id", nullable = false)
  protected String applicantId;

  @Column(name = "applicant_name")
  protected String applicantName;

  /** Applicant and campaign while the case is open, null once it ended: one open case per person and campaign. */
  @Column(name = "open_key")
  protected String openKey;

  @Column(name = "created_at", nullable = false)
  protected Instant createdAt;

  @Column(name = "ended_at")
  protected Instant endedAt;

  protected CaseRecord() {
  }

  protected CaseRecord(String businessKey, String processInstanceId, String applicantId, String applicantName,
      String openKey, Instant createdAt) {
    this.businessKey = businessKey;
    this.processInstanceId = processInstanceId;
    this.applicantId = applicantId;
    this.applicantName = applicantName;
    this.openKey = openKey;
    this.createdAt = createdAt;
  }

  /** Closes the case: it no longer counts as the person's open case of the campaign. */
  protected void close(Instant at) {
    this.endedAt = at;
    this.openKey = null;
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

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public boolean isEnded() {
    return endedAt != null;
  }
}
