package fr.engagements.cer.jury;

/** Seats of the national jury (CER_P6). Observers see the dossiers but never vote. */
public enum JuryRole {
  EPST_SCIENTIST("scientifique d'un EPST (Inserm, CNRS)", true),
  MED_SCI_NETWORK("membre du Réseau national des filières médecine-sciences", true),
  HOSPITAL_PRACTITIONER("hospitalier (PH, MCU-PH ou PU-PH)", true),
  COLLEGE_RAPPORTEUR("rapporteur d'un collège universitaire", true),
  DEANS_CONFERENCE("représentant de la conférence des doyens", true),
  STUDENT_OBSERVER("observateur d'une association étudiante", false);

  private final String label;
  private final boolean votes;

  JuryRole(String label, boolean votes) {
    this.label = label;
    this.votes = votes;
  }

  public String label() {
    return label;
  }

  public boolean votes() {
    return votes;
  }
}
