package fr.engagements.letter;

/**
 * The decision letters: each kind has its template ({@code src/main/resources/letters/<template>.html}),
 * its French label and the slug of its file name.
 */
public enum LetterKind {
  CER_INELIGIBILITY("cer-ineligibility", "Décision d'irrecevabilité (éligibilité)", "ineligibilite"),
  CER_ENTRY("cer-entry", "Décision du jury sur l'entrée au CER", "entree"),
  CER_FUNDING("cer-funding", "Décision de financement", "financement"),
  CER_PROJECT_RETURNED("cer-project-returned", "Renvoi du projet médico-scientifique", "projet-renvoye"),
  CER_POST("cer-post", "Décision du jury sur le poste hors contingent", "poste"),
  CER_CLOSING("cer-closing", "Clôture de la candidature", "cloture"),
  CESP_OFFER("cesp-offer", "Proposition de contrat d'engagement de service public", "proposition"),
  CESP_RUPTURE("cesp-rupture", "Rupture du contrat d'engagement de service public", "rupture");

  private final String template;
  private final String label;
  private final String slug;

  LetterKind(String template, String label, String slug) {
    this.template = template;
    this.label = label;
    this.slug = slug;
  }

  public String template() {
    return template;
  }

  public String label() {
    return label;
  }

  public String slug() {
    return slug;
  }
}
