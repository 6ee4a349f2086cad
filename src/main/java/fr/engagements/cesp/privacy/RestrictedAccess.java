package fr.engagements.cesp.privacy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One reading of restricted data: who, what, when (GDPR accountability). */
@Entity
@Table(name = "cesp_restricted_access")
class RestrictedAccess {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_key", nullable = false)
  private String businessKey;

  @Column(name = "data_kind", nullable = false)
  private String dataKind;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(name = "accessed_at", nullable = false)
  private Instant accessedAt;

  protected RestrictedAccess() {
  }

  RestrictedAccess(String businessKey, String dataKind, String userId, Instant accessedAt) {
    this.businessKey = businessKey;
    this.dataKind = dataKind;
    this.userId = userId;
    this.accessedAt = accessedAt;
  }

  String getUserId() {
    return userId;
  }

  String getDataKind() {
    return dataKind;
  }
}
