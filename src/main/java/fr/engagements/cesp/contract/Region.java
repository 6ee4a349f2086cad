package fr.engagements.cesp.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region and its ARS (reference data). */
@Entity
@Table(name = "cesp_region")
public class Region {

  @Id
  private String code;

  @Column(nullable = false)
  private String label;

  protected Region() {
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }
}
