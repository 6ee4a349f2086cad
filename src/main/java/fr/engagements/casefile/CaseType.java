package fr.engagements.casefile;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import fr.engagements.casefile.Groups;

/**
 * The two kinds of case, with what access to a case depends on: the process that runs it, the groups
 * whose members follow every case of the kind (national bodies), and the groups whose members take part
 * only in some cases (a jury seat, an institution named by the case) — a {@link CaseParticipants} says which.
 */
public enum CaseType {

  CER("cer-candidacy", "CER-", "candidature au CER", Set.of(Groups.CER_SECRETARIAT),
      Set.of(Groups.CER_JURY, Groups.CER_JURY_OBSERVERS, Groups.LAB_DIRECTORS, Groups.HEADS_OF_DEPARTMENT, Groups.DEANS,
          Groups.DES_COORDINATORS, Groups.ARS)),
  CESP("cesp-contract", "CESP-", "dossier CESP", Set.of(Groups.CNG), Set.of(Groups.UFR, Groups.ARS));

  private final String processKey;
  private final String businessKeyPrefix;
  private final String label;
  private final Set<String> nationalGroups;
  private final Set<String> participantGroups;

  CaseType(String processKey, String businessKeyPrefix, String label, Set<String> nationalGroups, Set<String> participantGroups) {
    this.processKey = processKey;
    this.businessKeyPrefix = businessKeyPrefix;
    this.label = label;
    this.nationalGroups = nationalGroups;
    this.participantGroups = participantGroups;
  }

  public String processKey() {
    return processKey;
  }

  /** In French, without article: « candidature au CER ». */
  public String label() {
    return label;
  }

  /**
   * The national body that takes over a task whose institution has no agent (issue 14: never lost): the CER
   * secretariat, the CNG for the CESP.
   */
  public String fallbackGroup() {
    return nationalGroups.iterator().next();
  }

  /** Groups whose members read every case of this kind. */
  public Set<String> nationalGroups() {
    return nationalGroups;
  }

  /** Groups whose members read the cases they take part in only. */
  public Set<String> participantGroups() {
    return participantGroups;
  }

  public static Optional<CaseType> ofBusinessKey(String businessKey) {
    return businessKey == null ? Optional.empty()
        : Arrays.stream(values()).filter(t -> businessKey.startsWith(t.businessKeyPrefix)).findFirst();
  }

  public static Optional<CaseType> ofProcessKey(String processKey) {
    return Arrays.stream(values()).filter(t -> t.processKey.equals(processKey)).findFirst();
  }
}
