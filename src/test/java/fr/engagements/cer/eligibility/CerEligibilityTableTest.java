package fr.engagements.cer.eligibility;

import static fr.engagements.support.DecisionTableTest.TableCase.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.engagements.cer.CerCandidacyProcess.ApplicantProfile;
import fr.engagements.cer.CerCandidacyProcess.DoctorateStatus;
import fr.engagements.cer.CerCandidacyProcess.DoctorateType;
import fr.engagements.support.DecisionTableTest;

/**
 * {@code cer-eligibility} (CER_E1–E4, hit policy FIRST), row by row, with the inputs the application
 * gives it ({@link EligibilityFacts#asDecisionVariables()}). The last row matches every input: the
 * earlier rows are the reasons for refusal, in the order they are reported.
 */
class CerEligibilityTableTest extends DecisionTableTest {

  static final String EXERCISE_THESIS = "cer-eligibility-rule1";
  static final String NOT_RESEARCH = "cer-eligibility-rule2";
  static final String PROFILE = "cer-eligibility-rule3";
  static final String TOO_LATE_DOCTORATE = "cer-eligibility-rule4";
  static final String BEFORE_RETURN = "cer-eligibility-rule5";
  static final String AFTER_NEXT_YEAR = "cer-eligibility-rule6";
  static final String ELIGIBLE = "cer-eligibility-rule7";
  static final String TRANSITIONAL = "cer-eligibility-rule8";

  @Override
  protected String resource() {
    return "processes/cer-eligibility.dmn";
  }

  @Override
  protected String decisionKey() {
    return EligibilityService.DECISION_KEY;
  }

  /** A double-cursus applicant with a research doctorate obtained before a DFASM1 starting 1 Sept 2026, applying in 2026. */
  private static Map<String, Object> eligible() {
    return facts("RESEARCH", "DOUBLE_CURSUS", "2026-06-30", 2026);
  }

  /** The application's inputs (graceMonths 3, window 1 year, DFASM1 from 1 Sept 2026, campaign 2026), with raw type and profile. */
  private static Map<String, Object> facts(String doctorateType, String profile, String doctorateDate, int returnYear) {
    Map<String, Object> vars = new EligibilityFacts(ApplicantProfile.DOUBLE_CURSUS, DoctorateType.RESEARCH, DoctorateStatus.OBTAINED,
        LocalDate.parse(doctorateDate), LocalDate.of(2026, 9, 1), returnYear, 2026, 3, 1).asDecisionVariables();
    vars.put("doctorateType", doctorateType);
    vars.put("applicantProfile", profile);
    return vars;
  }

  private static Map<String, Object> with(Map<String, Object> base, String name, Object value) {
    base.put(name, value);
    return base;
  }

  @Override
  public List<TableCase> cases() {
    return List.of(
        // row 1 — CER_E1: an exercise thesis never qualifies (row 2 also holds: FIRST reports row 1)
        given("CER_E1 une thèse d'exercice est inéligible", with(eligible(), "doctorateType", "EXERCISE"))
            .matches(EXERCISE_THESIS, NOT_RESEARCH, ELIGIBLE)
            .gives("eligible", false, "ineligibilityReason", "EXERCISE_THESIS", "rule", "CER_E1"),
        // row 2 — CER_E1: any other doctorate than a research one
        given("CER_E1 un autre doctorat que de recherche est inéligible", with(eligible(), "doctorateType", "MEDICINE"))
            .matches(NOT_RESEARCH, ELIGIBLE)
            .gives("eligible", false, "ineligibilityReason", "NOT_RESEARCH_DOCTORATE", "rule", "CER_E1"),
        // row 3 — CER_E3: two profiles only
        given("CER_E3 un profil autre que double cursus ou passerelle est inéligible", with(eligible(), "applicantProfile", "MEDECIN"))
            .matches(PROFILE, ELIGIBLE)
            .gives("eligible", false, "ineligibilityReason", "PROFILE_NOT_ELIGIBLE", "rule", "CER_E3"),
        // row 4 — CER_E2: doctorate more than graceMonths after the start of DFASM1
        given("CER_E2 un doctorat validé plus de 3 mois après le début du DFASM1 est inéligible",
            facts("RESEARCH", "DOUBLE_CURSUS", "2026-12-02", 2026))
            .matches(TOO_LATE_DOCTORATE, ELIGIBLE)
            .gives("eligible", false, "ineligibilityReason", "DOCTORATE_TOO_LATE", "rule", "CER_E2"),
        // row 5 — CER_E4: not before the return to medical studies
        given("CER_E4 une candidature avant le retour en études médicales est inéligible",
            facts("RESEARCH", "DOUBLE_CURSUS", "2026-06-30", 2027))
            .matches(BEFORE_RETURN, ELIGIBLE)
            .gives("eligible", false, "ineligibilityReason", "APPLICATION_BEFORE_RETURN", "rule", "CER_E4"),
        // row 6 — CER_E4: at the latest the year after
        given("CER_E4 une candidature deux ans après le retour est inéligible",
            facts("RESEARCH", "PASSERELLE", "2026-06-30", 2024))
            .matches(AFTER_NEXT_YEAR, TRANSITIONAL, ELIGIBLE)
            .gives("eligible", false, "ineligibilityReason", "APPLICATION_TOO_LATE", "rule", "CER_E4"),
        // row 8 — CER_T1: a campaign of the first cohorts opens a wider window (here 3 years after the return)
        given("CER_T1 une candidature deux ans après le retour est éligible dans la fenêtre transitoire de 3 ans",
            with(facts("RESEARCH", "PASSERELLE", "2026-06-30", 2024), "applicationWindowYears", 3))
            .matches(TRANSITIONAL, ELIGIBLE)
            .gives("eligible", true, "ineligibilityReason", null, "rule", "CER_T1"),
        given("CER_T1 au-delà de la fenêtre transitoire, la candidature reste tardive (CER_E4), motif citant la fenêtre",
            with(facts("RESEARCH", "PASSERELLE", "2026-06-30", 2022), "applicationWindowYears", 3))
            .matches(AFTER_NEXT_YEAR, TRANSITIONAL, ELIGIBLE)
            .gives("eligible", false, "ineligibilityReason", "APPLICATION_TOO_LATE", "rule", "CER_E4"),
        // row 7 — all conditions hold
        given("CER_E1–E4 double cursus, doctorat de recherche obtenu, candidature l'année du retour : éligible", eligible())
            .matches(ELIGIBLE)
            .gives("eligible", true, "ineligibilityReason", null, "rule", "CER_E1-E4"),
        given("CER_E3 passerelle, candidature l'année suivant le retour : éligible",
            facts("RESEARCH", "PASSERELLE", "2026-06-30", 2025))
            .matches(ELIGIBLE)
            .gives("eligible", true, "rule", "CER_E1-E4"),
        given("CER_E2 limite : doctorat validé exactement 3 mois après le début du DFASM1 : éligible",
            facts("RESEARCH", "DOUBLE_CURSUS", "2026-12-01", 2026))
            .matches(ELIGIBLE)
            .gives("eligible", true),
        // hit policy FIRST: several reasons hold, the earliest row is reported
        given("FIRST : thèse d'exercice, profil inconnu, doctorat tardif : la thèse d'exercice l'emporte",
            facts("EXERCISE", "MEDECIN", "2027-01-15", 2026))
            .matches(EXERCISE_THESIS, NOT_RESEARCH, PROFILE, TOO_LATE_DOCTORATE, ELIGIBLE)
            .gives("ineligibilityReason", "EXERCISE_THESIS"),
        given("FIRST : profil inconnu et candidature trop tardive : le profil l'emporte",
            facts("RESEARCH", "MEDECIN", "2026-06-30", 2020))
            .matches(PROFILE, AFTER_NEXT_YEAR, TRANSITIONAL, ELIGIBLE)
            .gives("ineligibilityReason", "PROFILE_NOT_ELIGIBLE"),
        given("FIRST : doctorat tardif et candidature avant le retour : le doctorat l'emporte",
            facts("RESEARCH", "DOUBLE_CURSUS", "2027-03-01", 2028))
            .matches(TOO_LATE_DOCTORATE, BEFORE_RETURN, ELIGIBLE)
            .gives("ineligibilityReason", "DOCTORATE_TOO_LATE"));
  }
}
