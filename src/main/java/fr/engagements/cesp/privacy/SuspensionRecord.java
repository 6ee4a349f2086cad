package fr.engagements.cesp.privacy;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Why a contract was suspended, with the health evidence of an illness: special-category data, cng and ars only. */
@Entity
@Table(name = "cesp_suspension")
class SuspensionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_key", nullable = false)
  private String businessKey;

  @Column(nullable = false)
  private String reason;

  @Column(name = "suspension_start", nullable = false)
  private LocalDate suspensionStart;

  @Column(name = "evidence_filename")
  private String evidenceFilename;

  private byte[] evidence;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected SuspensionRecord() {
  }

  SuspensionRecord(String businessKey, String reason, LocalDate suspensionStart, String evidenceFilename, byte[] evidence,
      Instant recordedAt) {
    this.businessKey = businessKey;
    this.reason = reason;
    this.suspensionStart = suspensionStart;
    this.evidenceFilename = evidenceFilename;
    this.evidence = evidence;
    this.recordedAt = recordedAt;
  }

  Long getId() {
    return id;
  }

  String getBusinessKey() {
    return businessKey;
  }

  String getReason() {
    return reason;
  }

  LocalDate getSuspensionStart() {
    return suspensionStart;
  }

  String getEvidenceFilename() {
    return evidenceFilename;
  }

  byte[] getEvidence() {
    return evidence;
  }
}
