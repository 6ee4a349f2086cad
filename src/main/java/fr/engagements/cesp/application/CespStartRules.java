package fr.engagements.cesp.application;

import static fr.engagements.cesp.CespContractProcess.*;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.engagements.cesp.privacy.RestrictedData;
import fr.engagements.process.InputCheck;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;

/** What a CESP application may be started with, and how each value is checked (CESP_1, CESP_4). */
public final class CespStartRules {

  public static final Pattern UFR_CODE = Pattern.compile("[A-Z0-9]{2,16}");

  public static final Set<String> START_VARIABLES = Stream.concat(
          Stream.of(APPLICANT_ID, APPLICANT_NAME, APPLICANT_EMAIL, APPLICANT_ADDRESS, CAMPAIGN_YEAR, UFR, STUDY_LEVEL, STUDY_YEAR,
              DECLARED_RANK,              FOREIGN_NATIONAL, EXPECTED_DIPLOMA_DATE, IBAN, BANK_ACCOUNT_HOLDER, BANK_DETAILS),
          DOSSIER.stream())
      .map(Var::name)
      .collect(Collectors.toUnmodifiableSet());

  private CespStartRules() {
  }

  public static InputCheck check(VariableScope scope) {
    InputCheck check = new InputCheck(scope);
    Set<String> unknown = new TreeSet<>(scope.getVariableNames());
    unknown.removeAll(START_VARIABLES);
    if (!unknown.isEmpty()) {
      check.problem("Variables inconnues au dépôt d'une candidature CESP : " + String.join(", ", unknown)
          + ". Acceptées : " + String.join(", ", new TreeSet<>(START_VARIABLES)) + ".");
    }
    check.text(APPLICANT_ID, "L'identifiant du demandeur", 64, false);
    check.text(APPLICANT_NAME, "Le nom du demandeur", 200, true);
    check.email(APPLICANT_EMAIL, "L'adresse électronique du demandeur", true);
    check.text(APPLICANT_ADDRESS, "L'adresse postale du demandeur", InputCheck.MAX_SHORT_TEXT, false);
    check.integer(CAMPAIGN_YEAR, "L'année de campagne", 2000, 2100, true);
    String ufr = check.text(UFR, "L'UFR", 16, true);
    if (ufr != null && !UFR_CODE.matcher(ufr).matches()) {
      check.problem("L'UFR (ufr) : « " + ufr + " » n'est pas un code d'UFR (lettres capitales et chiffres).");
    }
    StudyLevel level = check.choice(STUDY_LEVEL, "Le niveau d'études", StudyLevel.class, true);
    Integer year = check.integer(STUDY_YEAR, "L'année d'études", 1, 6, true);
    // CESP_1: from the 2nd year of medical studies up to the last year of residency
    if (level == StudyLevel.STUDENT && year != null && year < 2) {
      check.problem("Le CESP est ouvert aux étudiants à partir de la 2e année des études médicales (règle CESP_1) :"
          + " une candidature en 1re année n'est pas recevable.");
    }
    check.integer(DECLARED_RANK, "Le rang de classement déclaré", 1, 99999, false);
    check.required(FOREIGN_NATIONAL, "La nationalité étrangère (oui ou non)");
    check.date(EXPECTED_DIPLOMA_DATE, "La date prévue d'obtention du diplôme", true);
    check.text(BANK_ACCOUNT_HOLDER, "Le titulaire du compte", 200, true);
    String iban = check.text(IBAN, "L'IBAN", 50, true);
    if (iban != null && RestrictedData.validIban(iban).isEmpty()) {
      check.problem("L'IBAN (iban) n'est pas valide : vérifiez sa longueur et sa clé de contrôle (ISO 13616).");
    }
    check.pdf(BANK_DETAILS, CespDossier.label(BANK_DETAILS.name()), false);
    for (Var<FileValue> document : DOSSIER) {
      check.pdf(document, CespDossier.label(document.name()), false);
    }
    return check;
  }
}
