package fr.engagements.cesp.privacy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bank details of a CESP beneficiary: read by the payer (cng) only, never copied into the engine. */
@Entity
@Table(name = "cesp_bank_details")
class BankDetails {

  @Id
  @Column(name = "business_key")
  private String businessKey;

  @Column(nullable = false)
  private String iban;

  @Column(name = "account_holder", nullable = false)
  private String accountHolder;

  @Column(name = "rib_filename")
  private String ribFilename;

  @Column(name = "rib_document")
  private byte[] ribDocument;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected BankDetails() {
  }

  BankDetails(String businessKey, Instant recordedAt) {
    this.businessKey = businessKey;
    this.recordedAt = recordedAt;
  }

  void update(String iban, String accountHolder, Instant at) {
    this.iban = iban;
    this.accountHolder = accountHolder;
    this.recordedAt = at;
  }

  void attachRib(String filename, byte[] document) {
    this.ribFilename = filename;
    this.ribDocument = document;
  }

  String getBusinessKey() {
    return businessKey;
  }

  String getIban() {
    return iban;
  }

  String getAccountHolder() {
    return accountHolder;
  }

  String getRibFilename() {
    return ribFilename;
  }

  byte[] getRibDocument() {
    return ribDocument;
  }
}
