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

  /** CESP_2: who pays this region's allowances, the CNG (default) or the region's ARS (where its text says so). */
  @Column(nullable = false)
  private String payer = "CNG";

  protected Region() {
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public String getPayer() {
    return payer;
  }

  public void setPayer(String payer) {
    this.payer = payer;
  }
}
