package fr.engagements.cer;

import fr.engagements.casefile.Applicant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.engagements.cer.CerCandidacyProcess.Outcome;

/**
 * French words for the names and values of the {@code cer-candidacy} contract, for the people who read
 * letters and the case timeline. A name or value missing here is shown as it is.
 */
public final class CerLabels {

  /** In the order of the contract (start variables first), which is also the order facts are shown in. */
  private static final Map<String, String> VARIABLES = ordered(
      Map.entry(Applicant.ID.name(), "Identifiant du demandeur"),
      Map.entry(Applicant.NAME.name(), "Demandeur"),
      Map.entry(Applicant.EMAIL.name(), "Courriel du demandeur"),
      Map.entry("applicantProfile", "Profil"),
      Map.entry("doctorateType", "Type de doctorat"),
      Map.entry("doctorateStatus", "Doctorat"),
      Map.entry("doctorateDate", "Date du doctorat"),
      Map.entry("dfasm1StartDate", "Début du DFASM1"),
      Map.entry("medicalStudiesReturnYear", "Année de retour en études médicales"),
      Map.entry("campaignYear", "Campagne"),
      Map.entry("researchLab", "Laboratoire"),
      Map.entry("otherFunding", "Autre financement"),
      Map.entry("eligible", "Éligible"),
      Map.entry("ineligibilityReason", "Motif d'inéligibilité"),
      Map.entry("eligibilityRule", "Règle appliquée"),
      Map.entry("eligibilityExplanation", "Explication"),
      Map.entry("eligibilityDecidedBy", "Décidé par la table"),
      Map.entry("missingDocuments", "Pièces manquantes"),
      Map.entry("dossierComplete", "Dossier complet"),
      Map.entry("dossierRemarks", "Remarques"),
      Map.entry("entryDecision", "Décision d'entrée"),
      Map.entry("entryRationale", "Motivation"),
      Map.entry("entryDecidedBy", "Décidé par"),
      Map.entry("fundingDecision", "Financement"),
      Map.entry("fundingReason", "Motif"),
      Map.entry("fundingDecidedBy", "Décidé par la table"),
      Map.entry("allowanceMonth", "Mois versé"),
      Map.entry("allowancePaidCents", "Allocation brute versée (total)"),
      Map.entry("reimbursementDueCents", "Somme à rembourser"),
      Map.entry("specialty", "Spécialité"),
      Map.entry("subdivision", "Subdivision"),
      Map.entry("researchMonths", "Mois de recherche prévus"),
      Map.entry("labDirectorApproved", "Accord du directeur de laboratoire"),
      Map.entry("labDirectorComment", "Commentaire"),
      Map.entry("headOfDepartmentApproved", "Accord du chef de service"),
      Map.entry("headOfDepartmentComment", "Commentaire"),
      Map.entry("deanApproved", "Accord du doyen"),
      Map.entry("deanComment", "Commentaire"),
      Map.entry("desCoordinatorApproved", "Accord du coordonnateur de DES"),
      Map.entry("desCoordinatorComment", "Commentaire"),
      Map.entry("arsApproved", "Accord de l'ARS"),
      Map.entry("arsComment", "Commentaire"),
      Map.entry("lastRefusal", "Dernier refus"),
      Map.entry("defenseDate", "Date de soutenance"),
      Map.entry("defenseHeld", "Soutenance tenue (candidat présent)"),
      Map.entry("defenseRemarks", "Observations sur la soutenance"),
      Map.entry("postDecision", "Décision sur le poste"),
      Map.entry("postRationale", "Motivation"),
      Map.entry("assignedPost", "Poste attribué"),
      Map.entry("researchMonthsCompleted", "Mois de recherche accomplis"),
      Map.entry("outcome", "Issue"));

  private static final Map<String, String> VALUES = Map.ofEntries(
      Map.entry("DOUBLE_CURSUS", "Double cursus"),
      Map.entry("PASSERELLE", "Passerelle"),
      Map.entry("RESEARCH", "Doctorat de recherche"),
      Map.entry("EXERCISE", "Thèse d'exercice"),
      Map.entry("OBTAINED", "Obtenu"),
      Map.entry("IMMINENT", "Soutenance imminente"),
      Map.entry("NONE", "Aucun"),
      Map.entry("INSERM_SCHOOL", "École de l'Inserm"),
      Map.entry("ENS", "ENS"),
      Map.entry("OTHER", "Autre"),
      Map.entry("ADMITTED", "Admise"),
      Map.entry("REJECTED", "Refusée"),
      Map.entry("FUNDED", "CER financé"),
      Map.entry("UNFUNDED", "CER non financé"),
      Map.entry("WITHIN_QUOTA", "dans la limite des contrats financés de la campagne"),
      Map.entry("QUOTA_SPENT", "contrats financés de la campagne épuisés"),
      Map.entry("OTHER_FUNDING", "déjà financé par ailleurs (pas de cumul)"),
      Map.entry("GRANTED", "Accordé"),
      Map.entry("REFUSED", "Refusé"),
      Map.entry("EXERCISE_THESIS", "une thèse d'exercice ne donne pas accès au CER"),
      Map.entry("NOT_RESEARCH_DOCTORATE", "le doctorat n'est pas un doctorat de recherche"),
      Map.entry("PROFILE_NOT_ELIGIBLE", "profil non éligible"),
      Map.entry("DOCTORATE_TOO_LATE", "doctorat obtenu trop tard"),
      Map.entry("APPLICATION_BEFORE_RETURN", "candidature antérieure au retour en études médicales"),
      Map.entry("APPLICATION_TOO_LATE", "candidature trop tardive"),
      // the letters about an appeal (recours gracieux, ADM_1)
      Map.entry("APPEAL_RECEIVED", "Recours reçu"),
      Map.entry("DECISION_UPHELD", "Décision maintenue"),
      Map.entry("DECISION_WITHDRAWN", "Décision retirée"));

  private static final Map<Outcome, String> OUTCOMES = Map.of(
      Outcome.INELIGIBLE, "Candidature inéligible",
      Outcome.DOSSIER_ABANDONED, "Dossier abandonné (non complété dans le délai)",
      Outcome.REJECTED, "Candidature refusée par le jury",
      Outcome.PROJECT_NOT_FILED, "Projet médico-scientifique non déposé dans le délai",
      Outcome.POST_REFUSED, "Poste hors quota refusé par le jury",
      Outcome.RESEARCH_COMPLETED, "Période de recherche accomplie",
      Outcome.RESEARCH_OBLIGATION_BREACHED, "Obligation de recherche non respectée",
      Outcome.WITHDRAWN, "Candidature retirée (désistement)",
      Outcome.DEFENSE_MISSED, "Absence à la soutenance devant le jury");

  private CerLabels() {
  }

  @SafeVarargs
  private static Map<String, String> ordered(Map.Entry<String, String>... entries) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : entries) {
      map.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(map);
  }

  /** The rank of a variable in the contract, for showing facts in a stable order (unknown names last). */
  public static int rank(String name) {
    int i = 0;
    for (String known : VARIABLES.keySet()) {
      if (known.equals(name)) {
        return i;
      }
      i++;
    }
    return Integer.MAX_VALUE;
  }

  public static Optional<String> variable(String name) {
    return Optional.ofNullable(VARIABLES.get(name));
  }

  public static Optional<String> value(String value) {
    return Optional.ofNullable(VALUES.get(value));
  }

  public static String outcome(Outcome outcome) {
    return OUTCOMES.get(outcome);
  }

  public static String outcome(String outcome) {
    try {
      return outcome(Outcome.valueOf(outcome));
    } catch (IllegalArgumentException | NullPointerException e) {
      return outcome;
    }
  }
}
