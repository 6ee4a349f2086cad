package fr.engagements.directory;

import java.util.Arrays;
import java.util.Optional;

import fr.engagements.casefile.Groups;

/**
 * What an agent does for an institution, and the Camunda group of that role: members of
 * {@code <role group>.<institution code>} (e.g. {@code deans.UPEC}) are offered the tasks of that role in the
 * cases that name the institution; they are also members of the role group ({@code deans}) for Tasklist and
 * the rights every agent of the role shares.
 */
public enum AgentRole {
  LAB_DIRECTOR(InstitutionKind.LABORATORY, Groups.LAB_DIRECTORS, "directeur ou directrice du laboratoire"),
  HEAD_OF_DEPARTMENT(InstitutionKind.DEPARTMENT, Groups.HEADS_OF_DEPARTMENT, "chef du service d'accueil"),
  DEAN(InstitutionKind.FACULTY, Groups.DEANS, "doyen de la faculté"),
  UFR_OFFICER(InstitutionKind.FACULTY, Groups.UFR, "agent de la scolarité de l'UFR"),
  DES_COORDINATOR(InstitutionKind.DES_COORDINATION, Groups.DES_COORDINATORS, "coordonnateur régional du DES"),
  ARS_AGENT(InstitutionKind.REGION, Groups.ARS, "agent de l'ARS");

  private final InstitutionKind kind;
  private final String roleGroup;
  private final String label;

  AgentRole(InstitutionKind kind, String roleGroup, String label) {
    this.kind = kind;
    this.roleGroup = roleGroup;
    this.label = label;
  }

  public InstitutionKind kind() {
    return kind;
  }

  /** The group of every agent of this role, whatever their institution ({@code deans}). */
  public String roleGroup() {
    return roleGroup;
  }

  public String label() {
    return label;
  }

  /** The group of this role at one institution: {@code deans.UPEC}. */
  public String groupOf(String institutionCode) {
    return roleGroup + "." + institutionCode;
  }

  public static Optional<AgentRole> ofRoleGroup(String group) {
    return Arrays.stream(values()).filter(r -> r.roleGroup.equals(group)).findFirst();
  }

  /** The role and institution code of an institution group ({@code deans.UPEC}), if it is one. */
  public static Optional<AgentRole> ofInstitutionGroup(String group) {
    int dot = group == null ? -1 : group.indexOf('.');
    return dot < 0 ? Optional.empty() : ofRoleGroup(group.substring(0, dot));
  }
}
