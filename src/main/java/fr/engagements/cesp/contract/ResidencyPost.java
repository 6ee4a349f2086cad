package fr.engagements.cesp.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** CESP_8: a residency post of the CESP list for one round (year of the national ranking): subdivision, specialty, places. */
@Entity
@Table(name = "cesp_residency_post")
public class ResidencyPost {

  @Id
  private String code;

  @Column(name = "round_year", nullable = false)
  private int roundYear;

  @Column(nullable = false)
  private String subdivision;

  @Column(nullable = false)
  private String specialty;

  @Column(nullable = false)
  private int places;

  @Column(nullable = false)
  private int taken;

  protected ResidencyPost() {
  }

  public ResidencyPost(String code, int roundYear, String subdivision, String specialty, int places) {
    this.code = code;
    this.roundYear = roundYear;
    this.subdivision = subdivision;
    this.specialty = specialty;
    this.places = places;
  }

  public boolean isFree() {
    return taken < places;
  }

  void take() {
    if (!isFree()) {
      throw new IllegalStateException("Residency post " + code + " is taken");
    }
    taken++;
  }

  public String label() {
    return specialty + " — subdivision " + subdivision;
  }

  public String getCode() {
    return code;
  }

  public int getRoundYear() {
    return roundYear;
  }

  public String getSubdivision() {
    return subdivision;
  }

  public String getSpecialty() {
    return specialty;
  }

  public int getPlaces() {
    return places;
  }

  public int getTaken() {
    return taken;
  }
}
