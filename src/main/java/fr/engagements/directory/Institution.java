package fr.engagements.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A laboratory, host department, faculty, DES coordination (specialty in a subdivision) or region (its ARS). */
@Entity
@Table(name = "institution")
public class Institution {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InstitutionKind kind;

  /** Short, stable, ASCII: {@code UMR-1234}, {@code UPEC}, {@code ILE-DE-FRANCE.NEUROLOGIE}, {@code HDF}. */
  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "region_code")
  private String regionCode;

  @Column(name = "subdivision_code")
  private String subdivisionCode;

  @Column(name = "specialty_code")
  private String specialtyCode;

  @Column(nullable = false)
  private boolean active = true;

  protected Institution() {
  }

  public Institution(InstitutionKind kind, String code, String name, String regionCode) {
    this.kind = kind;
    this.code = code;
    this.name = name;
    this.regionCode = regionCode;
  }

  /** The coordination of one DES specialty in one subdivision. */
  public static Institution desCoordination(String subdivisionCode, String specialtyCode, String name, String regionCode) {
    Institution coordination = new Institution(InstitutionKind.DES_COORDINATION, desCode(subdivisionCode, specialtyCode), name,
        regionCode);
    coordination.subdivisionCode = subdivisionCode;
    coordination.specialtyCode = specialtyCode;
    return coordination;
  }

  public static String desCode(String subdivisionCode, String specialtyCode) {
    return subdivisionCode + "." + specialtyCode;
  }

  void rename(String name, String regionCode, boolean active) {
    this.name = name;
    this.regionCode = regionCode;
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public InstitutionKind getKind() {
    return kind;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public String getSubdivisionCode() {
    return subdivisionCode;
  }

  public String getSpecialtyCode() {
    return specialtyCode;
  }

  public boolean isActive() {
    return active;
  }

  @Override
  public String toString() {
    return kind + " " + code + " (" + name + ")";
  }
}
