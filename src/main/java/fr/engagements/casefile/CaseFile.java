package fr.engagements.casefile;

import java.util.Map;

/**
 * One case as access rules, boards and personal-data exports see it, whatever its contract: who it is
 * for, which campaign, whether it is over, and the institutions it names (its scope: faculty, region,
 * laboratory…, keyed by {@link Scope}).
 */
public record CaseFile(CaseType type, String businessKey, String processInstanceId, String applicantId, String applicantName,
    int campaignYear, boolean ended, Map<Scope, String> scope) {

  /** The institutions a case may name. */
  public enum Scope { FACULTY, REGION, LABORATORY, DEPARTMENT, SUBDIVISION, SPECIALTY }

  public CaseFile {
    scope = scope == null ? Map.of() : Map.copyOf(scope);
  }

  public boolean isFor(String userId) {
    return userId != null && userId.equals(applicantId);
  }
}
