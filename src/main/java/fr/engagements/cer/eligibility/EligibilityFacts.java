package fr.engagements.cer.eligibility;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/** What the {@code cer-eligibility} table decides on: the applicant's answers and the campaign's grace period. */
public record EligibilityFacts(
    ApplicantProfile applicantProfile,
    DoctorateType doctorateType,
    DoctorateStatus doctorateStatus,
    LocalDate doctorateDate,
    LocalDate dfasm1StartDate,
    int medicalStudiesReturnYear,
    int campaignYear,
    int graceMonths) {

  public static EligibilityFacts of(VariableScope scope, int graceMonths) {
    return new EligibilityFacts(APPLICANT_PROFILE.get(scope), DOCTORATE_TYPE.get(scope), DOCTORATE_STATUS.get(scope),
        DOCTORATE_DATE.get(scope), DFASM1_START_DATE.get(scope), MEDICAL_STUDIES_RETURN_YEAR.get(scope),
        CAMPAIGN_YEAR.get(scope), graceMonths);
  }

  /** The table's input variables, under their contract names. */
  public Map<String, Object> asDecisionVariables() {
    Map<String, Object> vars = new HashMap<>();
    vars.put(APPLICANT_PROFILE.name(), APPLICANT_PROFILE.raw(applicantProfile));
    vars.put(DOCTORATE_TYPE.name(), DOCTORATE_TYPE.raw(doctorateType));
    vars.put(DOCTORATE_STATUS.name(), DOCTORATE_STATUS.raw(doctorateStatus));
    vars.put(DOCTORATE_DATE.name(), DOCTORATE_DATE.raw(doctorateDate));
    vars.put(DFASM1_START_DATE.name(), DFASM1_START_DATE.raw(dfasm1StartDate));
    vars.put(MEDICAL_STUDIES_RETURN_YEAR.name(), medicalStudiesReturnYear);
    vars.put(CAMPAIGN_YEAR.name(), campaignYear);
    vars.put("graceMonths", graceMonths);
    return vars;
  }
}
