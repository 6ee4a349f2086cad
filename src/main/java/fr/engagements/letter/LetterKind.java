package fr.engagements.letter;

/**
 * The decision letters: each kind has its template ({@code src/main/resources/letters/<template>.html}),
 * its French label, the slug of its file name, and the body a person writes to to contest it ({@link Appeal}).
 */
public enum LetterKind {
  CER_INELIGIBILITY("cer-ineligibility", "Décision d'irrecevabilité (éligibilité)", "ineligibilite", Appeal.CER_SECRETARIAT),
  CER_ENTRY("cer-entry", "Décision du jury sur l'entrée au CER", "entree", Appeal.CER_JURY),
  CER_FUNDING("cer-funding", "Décision de financement", "financement", Appeal.CER_SECRETARIAT),
  CER_PROJECT_RETURNED("cer-project-returned", "Renvoi du projet médico-scientifique", "projet-renvoye", Appeal.CER_SIGNER),
  CER_POST("cer-post", "Décision du jury sur le poste hors contingent", "poste", Appeal.CER_JURY),
  CER_CLOSING("cer-closing", "Clôture de la candidature", "cloture", Appeal.CER_SECRETARIAT),
  /** The end of the public-service obligation (CER_F3): fulfilled, or breached with the sums to reimburse and their basis. */
  CER_PUBLIC_SERVICE("cer-public-service", "Obligation de service public du CER", "service-public", Appeal.CER_SECRETARIAT),
  /** The minutes (procès-verbal) of a session of the national jury, signed by its president (CER_J5). */
  JURY_MINUTES("jury-minutes", "Procès-verbal de la session du jury national", "proces-verbal", Appeal.CER_JURY),
  CESP_OFFER("cesp-offer", "Proposition de contrat d'engagement de service public", "proposition", Appeal.UFR),
  CESP_RUPTURE("cesp-rupture", "Rupture du contrat d'engagement de service public", "rupture", Appeal.PAYER),
  /**
   * Acknowledgement of a recours gracieux (ADM_1, CRPA L112-3): the dates of the two-month rule and the implicit
   * rejection (CRPA L231-4). No decision, hence no body to appeal to: its template says the remedies itself.
   */
  APPEAL_RECEIVED("appeal-received", "Accusé de réception de votre recours gracieux", "recours-accuse", null),
  /** The answer to a recours gracieux: the decision maintained or withdrawn; its remedy is the court only. */
  APPEAL_ANSWER("appeal-answer", "Réponse à votre recours gracieux", "recours-reponse", null);

  private final String template;
  private final String label;
  private final String slug;
  private final Appeal appeal;

  LetterKind(String template, String label, String slug, Appeal appeal) {
    this.template = template;
    this.label = label;
    this.slug = slug;
    this.appeal = appeal;
  }

  /** Who decided, hence where to appeal (ADM_1); null for the letters about an appeal, which say it themselves. */
  public Appeal appeal() {
    return appeal;
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
