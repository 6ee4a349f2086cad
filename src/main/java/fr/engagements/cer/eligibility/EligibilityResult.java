package fr.engagements.cer.eligibility;

/**
 * The decision of {@code cer-eligibility}: the reason code and domain rule when ineligible, the
 * French explanation, and the table and version that decided it (CRPA L311-3-1).
 */
public record EligibilityResult(boolean eligible, String reason, String rule, String explanation,
    String decisionKey, int decisionVersion) {

  public String decidedBy() {
    return decisionKey + " v" + decisionVersion;
  }
}
