package fr.engagements.directory;

/** The kinds of institution a case may name (CER_P11, CESP_12). */
public enum InstitutionKind {
  LABORATORY("laboratoire"),
  DEPARTMENT("service hospitalier d'accueil"),
  FACULTY("faculté"),
  DES_COORDINATION("coordination de DES (spécialité dans une subdivision)"),
  REGION("région (ARS)");

  private final String label;

  InstitutionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
