package fr.engagements.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts institutions play in a case. Most are one per role ({@link #DEAN}: the dean of the faculty the case
 * names); a CESP region change names a second region ({@link #TARGET_ARS}, CESP_9). A user task of the model
 * names its party with the extension property {@code party} (default: the party of its role group).
 */
public enum PartyRole {
  LAB_DIRECTOR(AgentRole.LAB_DIRECTOR, "le directeur ou la directrice du laboratoire"),
  HEAD_OF_DEPARTMENT(AgentRole.HEAD_OF_DEPARTMENT, "le chef du service d'accueil"),
  DEAN(AgentRole.DEAN, "le doyen de la faculté d'accueil"),
  UFR(AgentRole.UFR_OFFICER, "la scolarité de l'UFR"),
  DES_COORDINATOR(AgentRole.DES_COORDINATOR, "le coordonnateur régional du DES"),
  ARS(AgentRole.ARS_AGENT, "l'ARS de la région"),
  TARGET_ARS(AgentRole.ARS_AGENT, "l'ARS de la région demandée");

  private final AgentRole agentRole;
  private final String label;

  PartyRole(AgentRole agentRole, String label) {
    this.agentRole = agentRole;
    this.label = label;
  }

  public AgentRole agentRole() {
    return agentRole;
  }

  /** In French, with its article. */
  public String label() {
    return label;
  }

  /** The party a role group stands for in a model ({@code deans} → {@link #DEAN}). */
  public static Optional<PartyRole> ofRoleGroup(String roleGroup) {
    return Arrays.stream(values()).filter(p -> p != TARGET_ARS && p.agentRole.roleGroup().equals(roleGroup)).findFirst();
  }
}
