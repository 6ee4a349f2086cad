package fr.engagements.web.mycases;

import java.util.Map;

import fr.engagements.casefile.CaseType;
import fr.engagements.cer.CerCandidacyProcess.Tasks;
import fr.engagements.cer.CerLabels;
import fr.engagements.cesp.CespContractProcess;

/**
 * The words of « Mes dossiers »: each step said to the person whose case it is (« Votre dossier est examiné par le
 * jury national »), the contracts' names, the CESP's outcomes. A step without its own sentence is said from the
 * timeline's words: « À vous d'agir : <step> » when it waits for the person, else « <step> — attendu de <role> ».
 */
final class MyCaseWording {

  /** Said of an open task that waits for the applicant ({@code TimelineService}: « le demandeur (…) »). */
  static final String APPLICANT_PREFIX = "le demandeur";
  /** Said of a step the application does alone ({@code TimelineWording.SYSTEM}). */
  static final String SYSTEM = "le système";

  private static final String YOUR_TURN = "À vous d'agir : ";

  private static final Map<String, String> CER_STEPS = Map.ofEntries(
      Map.entry(Tasks.COMPLETE_DOSSIER, YOUR_TURN + "compléter votre dossier d'entrée"),
      Map.entry(Tasks.VERIFY_DOSSIER, "Votre dossier est vérifié par le secrétariat national du CER"),
      Map.entry(Tasks.DECIDE_ENTRY, "Votre dossier est examiné par le jury national"),
      Map.entry(Tasks.SUBMIT_PROJECT, YOUR_TURN + "déposer votre projet médico-scientifique"),
      Map.entry(Tasks.SIGN_LAB_DIRECTOR, "Votre projet attend la signature du directeur du laboratoire"),
      Map.entry(Tasks.SIGN_HEAD_OF_DEPARTMENT, "Votre projet attend la signature du chef du service d'accueil"),
      Map.entry(Tasks.SIGN_DEAN, "Votre projet attend la signature du doyen de la faculté"),
      Map.entry(Tasks.SIGN_DES_COORDINATOR, "Votre projet attend la signature du coordonnateur du DES"),
      Map.entry(Tasks.APPROVE_ARS, "Votre projet attend l'accord de l'agence régionale de santé pour le poste supplémentaire"),
      Map.entry(Tasks.SCHEDULE_DEFENSE, "Le secrétariat national du CER programme votre soutenance devant le jury"),
      Map.entry(Tasks.RECORD_DEFENSE, "Le secrétariat national du CER enregistre votre soutenance devant le jury"),
      Map.entry(Tasks.DECIDE_POST, "Votre demande de poste hors contingent est examinée par le jury national"),
      Map.entry(Tasks.ESCALATE_LATE_DECISION, "La décision sur votre poste tarde : le secrétariat national du CER la relance"),
      Map.entry(Tasks.CONFIRM_RESEARCH_PERIOD, "Votre coordonnateur de DES doit confirmer votre période de recherche"));

  private static final Map<String, String> CESP_STEPS = Map.ofEntries(
      Map.entry(CespContractProcess.Tasks.COMPLETE_DOSSIER, YOUR_TURN + "compléter votre dossier CESP"),
      Map.entry(CespContractProcess.Tasks.CHECK_COMPLETENESS, "Votre dossier est vérifié par la scolarité de votre UFR"),
      Map.entry(CespContractProcess.Tasks.RECORD_COMMISSION_OPINION,
          "Votre dossier est examiné par la commission de sélection de votre UFR"),
      Map.entry(CespContractProcess.Tasks.SIGN_CONTRACT, YOUR_TURN + "signer votre contrat d'engagement de service public"),
      Map.entry(CespContractProcess.Tasks.REGISTER_CONTRACT, "Votre contrat est enregistré par le Centre national de gestion"),
      Map.entry(CespContractProcess.Tasks.CONFIRM_END_OF_STUDIES, "Votre UFR constatera la fin de vos études"),
      Map.entry(CespContractProcess.Tasks.CHOOSE_PRACTICE_PLACE, YOUR_TURN + "choisir votre lieu d'exercice"),
      Map.entry(CespContractProcess.Tasks.CHOOSE_RESIDENCY_POST, YOUR_TURN + "choisir votre poste d'interne sur la liste CESP"),
      Map.entry(CespContractProcess.Tasks.APPROVE_INSTALLATION,
          "Votre installation attend la validation de l'agence régionale de santé"),
      Map.entry(CespContractProcess.Tasks.CONFIRM_COMMITMENT_END,
          "L'agence régionale de santé constate la fin de votre engagement"),
      Map.entry(CespContractProcess.Tasks.APPROVE_REGION_CHANGE_HOME,
          "Votre changement de région attend l'accord de l'ARS de votre région actuelle"),
      Map.entry(CespContractProcess.Tasks.APPROVE_REGION_CHANGE_TARGET,
          "Votre changement de région attend l'accord de l'ARS de la région demandée"),
      Map.entry(CespContractProcess.Elements.AWAIT_OFFER,
          "Votre candidature est classée : elle attend l'attribution des contrats de la campagne"));

  private static final Map<String, String> CESP_OUTCOMES = Map.of(
      "DOSSIER_ABANDONED", "Dossier abandonné (non complété dans le délai)",
      "DOSSIER_INCOMPLETE", "Dossier incomplet à la clôture de la commission",
      "NOT_RETAINED", "Candidature non retenue par la commission",
      "NOT_OFFERED", "Aucun contrat n'a pu vous être proposé dans la campagne",
      "OFFER_EXPIRED", "Proposition de contrat non signée dans le délai",
      "OFFER_DECLINED", "Proposition de contrat déclinée",
      "COMMITMENT_FULFILLED", "Engagement de service public accompli",
      "RUPTURED", "Contrat rompu");

  private MyCaseWording() {
  }

  static String contractLabel(CaseType type) {
    return type == CaseType.CER ? "Contrat d'Engagement Recherche (CER)" : "Contrat d'Engagement de Service Public (CESP)";
  }

  /**
   * The step said to the person. {@code from} is the timeline's « attendu de »: a role, an institution's group
   * (« Doyen de la faculté — UFR de Médecine d'Amiens », whose institution is added to the sentence), the applicant
   * or the system.
   */
  static String status(CaseType type, String step, String label, String from) {
    String sentence = (type == CaseType.CER ? CER_STEPS : CESP_STEPS).get(step);
    if (sentence != null) {
      int dash = from == null ? -1 : from.indexOf(" — ");
      return dash < 0 || sentence.startsWith(YOUR_TURN) ? sentence : sentence + " — " + from.substring(dash + 3);
    }
    if (isApplicant(from)) {
      return YOUR_TURN + lowerFirst(label);
    }
    if (from == null || SYSTEM.equals(from)) {
      return "En cours de traitement : " + lowerFirst(label);
    }
    return label + " — attendu de : " + from;
  }

  /** Who holds the step, said to the person: « vous », the role or institution, « traitement automatique ». */
  static String heldBy(String from) {
    if (isApplicant(from)) {
      return "Vous";
    }
    return from == null || SYSTEM.equals(from) ? "Traitement automatique" : from;
  }

  static boolean isApplicant(String from) {
    return from != null && from.startsWith(APPLICANT_PREFIX);
  }

  static String outcome(CaseType type, String outcome) {
    if (outcome == null) {
      return null;
    }
    return type == CaseType.CER ? CerLabels.outcome(outcome) : CESP_OUTCOMES.getOrDefault(outcome, outcome);
  }

  private static String lowerFirst(String text) {
    return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
