package fr.engagements.cesp.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place on the national list of practice places in underserved zones (CESP_3): reference data. */
@Entity
@Table(name = "cesp_practice_place")
public class PracticePlace {

  @Id
  private String code;

  @Column(nullable = false)
  private String label;

  @Column(name = "region_code", nullable = false)
  private String region;

  @Column(nullable = false)
  private String specialty;

  @Column(nullable = false)
  private boolean active;

  protected PracticePlace() {
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public String getRegion() {
    return region;
  }

  public String getSpecialty() {
    return specialty;
  }

  public boolean isActive() {
    return active;
  }
}
