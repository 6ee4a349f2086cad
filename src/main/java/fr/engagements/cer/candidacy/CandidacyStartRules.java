package fr.engagements.cer.candidacy;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.engagements.process.InputCheck;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;

/** What a candidacy may be started with (process-contract.md, start variables), and how each is checked. */
public final class CandidacyStartRules {

  /** Every start variable of the contract; nothing else is accepted at start. */
  public static final Set<String> START_VARIABLES = Stream.of(
          APPLICANT_ID, APPLICANT_NAME, APPLICANT_EMAIL, APPLICANT_ADDRESS, APPLICANT_PROFILE, DOCTORATE_TYPE, DOCTORATE_STATUS,
          DOCTORATE_DATE, DFASM1_START_DATE, MEDICAL_STUDIES_RETURN_YEAR, CAMPAIGN_YEAR, RESEARCH_LAB, STUDIES_FACULTY, OTHER_FUNDING,
          DOCTORATE_PROOF, LAB_ATTACHMENT_PROOF, MOTIVATION_LETTER)
      .map(Var::name)
      .collect(Collectors.toUnmodifiableSet());

  private CandidacyStartRules() {
  }

  /** Checks the start variables and returns the problems found (empty when acceptable). */
  public static InputCheck check(VariableScope scope) {
    InputCheck check = new InputCheck(scope);
    Set<String> unknown = new TreeSet<>(scope.getVariableNames());
    unknown.removeAll(START_VARIABLES);
    if (!unknown.isEmpty()) {
      check.problem("Variables inconnues au dépôt d'une candidature : " + String.join(", ", unknown)
          + ". Acceptées : " + String.join(", ", new TreeSet<>(START_VARIABLES)) + ".");
    }
    check.text(APPLICANT_ID, "L'identifiant du demandeur", 64, false);
    check.text(APPLICANT_NAME, "Le nom du demandeur", 200, true);
    check.email(APPLICANT_EMAIL, "L'adresse électronique du demandeur", true);
    check.text(APPLICANT_ADDRESS, "L'adresse postale du demandeur", InputCheck.MAX_SHORT_TEXT, false);
    check.choice(APPLICANT_PROFILE, "Le profil", ApplicantProfile.class, true);
    check.choice(DOCTORATE_TYPE, "Le type de doctorat", DoctorateType.class, true);
    check.choice(DOCTORATE_STATUS, "L'état du doctorat", DoctorateStatus.class, true);
    check.date(DOCTORATE_DATE, "La date du doctorat", true);
    check.date(DFASM1_START_DATE, "La date d'entrée en DFASM1", true);
    check.integer(MEDICAL_STUDIES_RETURN_YEAR, "L'année de retour en études médicales", 1950, 2100, true);
    check.integer(CAMPAIGN_YEAR, "L'année de campagne", 2000, 2100, true);
    check.text(RESEARCH_LAB, "Le laboratoire de rattachement", InputCheck.MAX_SHORT_TEXT, true);
    check.text(STUDIES_FACULTY, "La faculté d'inscription", 64, false);
    check.choice(OTHER_FUNDING, "L'autre financement", OtherFunding.class, true);
    for (Var<FileValue> document : ENTRY_DOSSIER) {
      check.pdf(document, DocumentLabels.of(document.name()), false);
    }
    return check;
  }
}
