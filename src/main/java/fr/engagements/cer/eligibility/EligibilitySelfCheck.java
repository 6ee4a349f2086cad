package fr.engagements.cer.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.engagements.cer.campaign.CerCampaigns;
import fr.engagements.cer.campaign.CerCampaign;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.Decisions;
import fr.engagements.process.Decisions.Decided;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * "Suis-je éligible ?" (issue 9, CRPA L311-3-1): the {@code cer-eligibility} table the process uses, evaluated
 * on a student's answers before any candidacy exists. Creates no case and stores nothing — not even the
 * engine's decision history — so that asking is free and anonymous.
 */
@Service
public class EligibilitySelfCheck {

  /** Answers the start form offers, plus "another profile / doctorate", which the table's refusal rows explain. */
  static final Set<String> PROFILES = Set.of("DOUBLE_CURSUS", "PASSERELLE", "OTHER");
  static final Set<String> DOCTORATE_TYPES = Set.of("RESEARCH", "EXERCISE", "OTHER");
  static final Set<String> DOCTORATE_STATUSES = Set.of("OBTAINED", "IMMINENT");
  static final Set<String> ANSWERS = Set.of("applicantProfile", "doctorateType", "doctorateStatus", "doctorateDate",
      "dfasm1StartDate", "medicalStudiesReturnYear", "campaignYear");

  static final String NOTICE = "Résultat indicatif : il est calculé avec la table de décision qui instruit les candidatures"
      + " (article L311-3-1 du code des relations entre le public et l'administration). Vos réponses ne sont pas"
      + " enregistrées ; seul le dépôt d'une candidature ouvre un dossier, dont l'éligibilité est vérifiée à nouveau.";

  private final Decisions decisions;
  private final CerCampaigns campaigns;
  private final IdentityService identity;
  private final Clock clock;

  EligibilitySelfCheck(Decisions decisions, CerCampaigns campaigns, @Lazy IdentityService identity, Clock clock) {
    this.decisions = decisions;
    this.campaigns = campaigns;
    this.identity = identity;
    this.clock = clock;
  }

  /** What the student is told (the JSON answer, fields in this order): the result, the rule that decided it, in French, and the table version. */
  public record Answer(boolean eligible, String rule, String reason, String explanation, String decisionKey,
      int decisionVersion, String decidedBy, int campaignYear, int graceMonths, int applicationWindowYears, String notice) {
  }

  /** Checks the answers (400 with every problem in French), then evaluates the table. */
  public Answer check(Map<String, Object> answers) {
    if (answers == null) {
      throw CaseInputException.badRequest("Envoyez vos réponses en JSON : " + String.join(", ", new TreeSet<>(ANSWERS)) + ".");
    }
    List<String> problems = new ArrayList<>();
    Set<String> unknown = new TreeSet<>(answers.keySet());
    unknown.removeAll(ANSWERS);
    if (!unknown.isEmpty()) {
      problems.add("Questions inconnues : " + abbreviate(String.join(", ", unknown)) + ". Acceptées : "
          + String.join(", ", new TreeSet<>(ANSWERS)) + ".");
    }
    String profile = choice(answers, "applicantProfile", "Le profil", PROFILES, problems);
    String type = choice(answers, "doctorateType", "Le type de doctorat", DOCTORATE_TYPES, problems);
    String status = choice(answers, "doctorateStatus", "L'état du doctorat", DOCTORATE_STATUSES, problems);
    LocalDate doctorateDate = date(answers, "doctorateDate", "La date (obtenue ou prévue) du doctorat", problems);
    LocalDate dfasm1 = date(answers, "dfasm1StartDate", "La date d'entrée en DFASM1", problems);
    Integer returnYear = year(answers, "medicalStudiesReturnYear", "L'année de retour en études médicales", 1950, true, problems);
    Integer campaignYear = year(answers, "campaignYear", "L'année de campagne", 2000, false, problems);
    if (!problems.isEmpty()) {
      throw new CaseInputException(400, problems);
    }
    int year = campaignYear != null ? campaignYear : LocalDate.now(clock).getYear();
    CerCampaign campaign = campaigns.find(year).orElseThrow(() -> new CaseInputException(422, List.of(
        "Aucune campagne CER n'est ouverte pour " + year + " : l'éligibilité dépend du calendrier de la campagne.")));
    Map<String, Object> inputs = EligibilityFacts.decisionVariables(profile, type, status, doctorateDate, dfasm1,
        returnYear, year, campaign.getDfasm1GraceMonths(), campaign.getApplicationWindowYears());
    Decided decided = evaluateAsSystem(inputs);
    return new Answer(Boolean.TRUE.equals(decided.get("eligible", Boolean.class)), decided.get("rule", String.class),
        decided.get("ineligibilityReason", String.class), decided.get("explanation", String.class), decided.key(),
        decided.version(), decided.describe(), year, campaign.getDfasm1GraceMonths(),
        campaign.getApplicationWindowYears(), NOTICE);
  }

  /**
   * Reads the deployed table as the system: a logged-in student may ask too, though they have no right to read
   * decision definitions, and what is evaluated is public (the published rules).
   */
  private Decided evaluateAsSystem(Map<String, Object> inputs) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return decisions.evaluateUnrecorded(EligibilityService.DECISION_KEY, inputs);
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }

  private static String choice(Map<String, Object> answers, String name, String label, Set<String> accepted,
      List<String> problems) {
    Object raw = answers.get(name);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      problems.add(label + " (" + name + ") est obligatoire.");
      return null;
    }
    if (!(raw instanceof String s) || !accepted.contains(s)) {
      problems.add(label + " (" + name + ") : « " + abbreviate(String.valueOf(raw)) + " » n'est pas une réponse admise ("
          + String.join(", ", new TreeSet<>(accepted)) + ").");
      return null;
    }
    return s;
  }

  private static LocalDate date(Map<String, Object> answers, String name, String label, List<String> problems) {
    Object raw = answers.get(name);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      problems.add(label + " (" + name + ") est obligatoire.");
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(String.valueOf(raw));
      if (date.getYear() < 1950 || date.getYear() > 2100) {
        problems.add(label + " (" + name + ") doit être comprise entre 1950 et 2100.");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.add(label + " (" + name + ") : « " + abbreviate(String.valueOf(raw)) + " » n'est pas une date AAAA-MM-JJ.");
      return null;
    }
  }

  private static Integer year(Map<String, Object> answers, String name, String label, int min, boolean required,
      List<String> problems) {
    Object raw = answers.get(name);
    if (raw == null || raw instanceof String s && s.isBlank()) {
      if (required) {
        problems.add(label + " (" + name + ") est obligatoire.");
      }
      return null;
    }
    try {
      int year = raw instanceof Integer i ? i : Integer.parseInt(String.valueOf(raw));
      if (year < min || year > 2100) {
        problems.add(label + " (" + name + ") doit être comprise entre " + min + " et 2100.");
        return null;
      }
      return year;
    } catch (NumberFormatException e) {
      problems.add(label + " (" + name + ") : « " + abbreviate(String.valueOf(raw)) + " » n'est pas une année.");
      return null;
    }
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
