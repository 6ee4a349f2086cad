package fr.engagements.allowance;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the ledger shared by the CER and the CESP. At most one line per contract, kind and
 * month (database constraint): that is what makes a re-run payment job harmless.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

  public enum Kind {
    /** A monthly allowance paid (gross and net). */
    ALLOWANCE,
    /** Sums the beneficiary must pay back (net received, plus any penalty). */
    REIMBURSEMENT_DUE,
    /** A public-service obligation recorded in months (CER_F3, CESP_3). */
    SERVICE_OBLIGATION,
    /**
     * A sum due that is no longer due (the decision that set it was withdrawn on appeal): the opposite of the
     * {@link #REIMBURSEMENT_DUE} line it cancels (negative amounts), with the reason; that line is kept.
     */
    REIMBURSEMENT_CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "contract_type", nullable = false)
  private ContractKind contractKind;

  @Column(name = "contract_ref", nullable = false)
  private String contractRef;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", nullable = false)
  private Kind kind;

  /** The month concerned (its first day). */
  @Column(nullable = false)
  private LocalDate period;

  @Column(name = "gross_cents", nullable = false)
  private long grossCents;

  @Column(name = "net_cents", nullable = false)
  private long netCents;

  private Integer months;

  private String note;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected LedgerEntry() {
  }

  LedgerEntry(ContractKind contractKind, String contractRef, Kind kind, LocalDate period, long grossCents,
      long netCents, Integer months, String note, Instant createdAt) {
    this.contractKind = contractKind;
    this.contractRef = contractRef;
    this.kind = kind;
    this.period = period.withDayOfMonth(1);
    this.grossCents = grossCents;
    this.netCents = netCents;
    this.months = months;
    this.note = note;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public ContractKind getContractKind() {
    return contractKind;
  }

  public String getContractRef() {
    return contractRef;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getPeriod() {
    return period;
  }

  public long getGrossCents() {
    return grossCents;
  }

  public long getNetCents() {
    return netCents;
  }

  public Integer getMonths() {
    return months;
  }

  public String getNote() {
    return note;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
