package fr.engagements.cer.jury;

/** Why a jury member cannot judge a candidacy (issue 9): the links a member declares. */
public enum ConflictKind {
  SAME_LAB("même laboratoire"),
  SAME_DEPARTMENT("même service d'accueil"),
  SAME_FACULTY("même faculté"),
  SUPERVISION("encadrement du candidat"),
  FAMILY("lien familial"),
  OTHER("autre lien d'intérêts");

  private final String label;

  ConflictKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
