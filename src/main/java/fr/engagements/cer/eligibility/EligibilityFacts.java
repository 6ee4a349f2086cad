package fr.engagements.cer.eligibility;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the {@code cer-eligibility} table decides on: the applicant's answers and the campaign's settings (the
 * doctorate's grace period, CER_E2; the application window, CER_E4 and CER_T1).
 */
public record EligibilityFacts(
    ApplicantProfile applicantProfile,
    DoctorateType doctorateType,
    DoctorateStatus doctorateStatus,
    LocalDate doctorateDate,
    LocalDate dfasm1StartDate,
    int medicalStudiesReturnYear,
    int campaignYear,
    int graceMonths,
    int applicationWindowYears) {

  public static EligibilityFacts of(VariableScope scope, int graceMonths, int applicationWindowYears) {
    return new EligibilityFacts(APPLICANT_PROFILE.get(scope), DOCTORATE_TYPE.get(scope), DOCTORATE_STATUS.get(scope),
        DOCTORATE_DATE.get(scope), DFASM1_START_DATE.get(scope), MEDICAL_STUDIES_RETURN_YEAR.get(scope),
        CAMPAIGN_YEAR.get(scope), graceMonths, applicationWindowYears);
  }

  /** The table's input variables, under their contract names. */
  public Map<String, Object> asDecisionVariables() {
    return decisionVariables((String) APPLICANT_PROFILE.raw(applicantProfile), (String) DOCTORATE_TYPE.raw(doctorateType),
        (String) DOCTORATE_STATUS.raw(doctorateStatus), doctorateDate, dfasm1StartDate, medicalStudiesReturnYear, campaignYear,
        graceMonths, applicationWindowYears);
  }

  /**
   * The same variables from raw answers: the self-check also accepts answers the start form does not
   * offer (another profile or doctorate), which the table's refusal rows explain.
   */
  static Map<String, Object> decisionVariables(String applicantProfile, String doctorateType, String doctorateStatus,
      LocalDate doctorateDate, LocalDate dfasm1StartDate, int medicalStudiesReturnYear, int campaignYear, int graceMonths,
      int applicationWindowYears) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(APPLICANT_PROFILE.name(), applicantProfile);
    vars.put(DOCTORATE_TYPE.name(), doctorateType);
    vars.put(DOCTORATE_STATUS.name(), doctorateStatus);
    vars.put(DOCTORATE_DATE.name(), DOCTORATE_DATE.raw(doctorateDate));
    vars.put(DFASM1_START_DATE.name(), DFASM1_START_DATE.raw(dfasm1StartDate));
    vars.put(MEDICAL_STUDIES_RETURN_YEAR.name(), medicalStudiesReturnYear);
    vars.put(CAMPAIGN_YEAR.name(), campaignYear);
    vars.put("graceMonths", graceMonths);
    vars.put("applicationWindowYears", applicationWindowYears);
    return vars;
  }
}
