package fr.engagements.letter;

import java.util.Map;

/**
 * Where a person writes to contest a decision, and how (ADM_1): a recours gracieux goes to the body that
 * decided, within two months of the notification; a letter that does not say so lets no deadline run.
 */
public enum Appeal {
  /** Eligibility, dossier, funding and closing decisions of a CER candidacy. */
  CER_SECRETARIAT("du Secrétariat national du Contrat d’Engagement Recherche",
      "par lettre ou par courriel adressé à ce secrétariat"),
  /** The national jury's decisions (entry, off-quota post): the jury answers through its secretariat. */
  CER_JURY("du jury national du Contrat d’Engagement Recherche",
      "par lettre ou par courriel adressé au Secrétariat national du Contrat d’Engagement Recherche, qui le transmet au jury"),
  /** A signer's refusal of the project (CER_P3): the signer answers through the secretariat. */
  CER_SIGNER("du signataire qui a refusé le projet",
      "par lettre ou par courriel adressé au Secrétariat national du Contrat d’Engagement Recherche, qui le lui transmet"),
  /** The faculty's decisions on a CESP application (lists, ranks, offers). */
  UFR("de l’UFR de la faculté qui a instruit votre candidature",
      "par lettre adressée au service de la scolarité de cette UFR"),
  /** The payer's decisions on a CESP contract (allowance, sums due). */
  PAYER("du Centre national de gestion (CNG), payeur de votre allocation",
      "par lettre adressée au CNG");

  private final String body;
  private final String how;

  Appeal(String body, String how) {
    this.body = body;
    this.how = how;
  }

  /**
   * Whom to write to and how, after « auprès » (« du jury national …, par lettre … »): the faculty is named when
   * the letter's facts say which.
   */
  public String toWhom(Map<String, Object> facts) {
    String who = this == UFR && facts.get("ufrName") instanceof String ufr && !ufr.isBlank()
        ? "de l’UFR de votre faculté (" + ufr + ")" : body;
    // CESP_2: the payer is data (the CNG, or a region's ARS): the letter names the contract's
    if (this == PAYER && "ARS".equals(facts.get("payer")) && facts.get("payerName") instanceof String ars && !ars.isBlank()) {
      return "de " + ars + ", payeur de votre allocation, par lettre adressée à cette agence";
    }
    return who + ", " + how;
  }
}
