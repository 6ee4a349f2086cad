package fr.engagements.directory;

import java.util.List;

import fr.engagements.identity.DemoContribution;
import fr.engagements.identity.DemoUser;
import fr.engagements.casefile.Groups;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo directory (issue 14): two laboratories, two host departments, two faculties, two DES coordinations in
 * two subdivisions of two regions, with one agent each, so that a new user sees at once that a dean of one faculty
 * sees only that faculty's projects. The "1" users act in Amiens / Hauts-de-France, the "2" users in
 * Île-de-France. Idempotent; demo profile and tests only. First of the contributions: the contracts' demo data
 * (CESP campaigns, ARS agents) use the directory.
 */
@Component
@Order(0)
public class DirectoryDemoData implements DemoContribution {

  /** A demo institution and the demo user acting for it. */
  public record DemoInstitution(InstitutionKind kind, String code, String name, String region, AgentRole role, String agent) {
  }

  public static final String AMIENS_LAB = "UMR-1234";
  public static final String PARIS_LAB = "UMR-5678";
  public static final String AMIENS_DEPARTMENT = "CHUAP-CARDIO";
  public static final String PARIS_DEPARTMENT = "HMN-NEURO";
  public static final String AMIENS_FACULTY = "AMIENS";
  public static final String PARIS_FACULTY = "UPEC";
  /** The DES coordinations of the demo: specialty and subdivision names, as the project form sends them. */
  public static final String AMIENS_SPECIALTY = "Médecine cardiovasculaire";
  public static final String AMIENS_SUBDIVISION = "Amiens";
  public static final String PARIS_SPECIALTY = "Neurologie";
  public static final String PARIS_SUBDIVISION = "Île-de-France";

  static final List<DemoInstitution> INSTITUTIONS = List.of(
      new DemoInstitution(InstitutionKind.LABORATORY, AMIENS_LAB, "UMR 1234 Inserm — Physiologie cardiovasculaire (Amiens)", "HDF",
          AgentRole.LAB_DIRECTOR, "directeur"),
      new DemoInstitution(InstitutionKind.LABORATORY, PARIS_LAB, "UMR 5678 CNRS — Neurosciences intégratives (Créteil)", "IDF",
          AgentRole.LAB_DIRECTOR, "directeur2"),
      new DemoInstitution(InstitutionKind.DEPARTMENT, AMIENS_DEPARTMENT, "CHU Amiens-Picardie — service de cardiologie", "HDF",
          AgentRole.HEAD_OF_DEPARTMENT, "chefservice"),
      new DemoInstitution(InstitutionKind.DEPARTMENT, PARIS_DEPARTMENT, "Hôpital Henri-Mondor (AP-HP) — service de neurologie", "IDF",
          AgentRole.HEAD_OF_DEPARTMENT, "chefservice2"),
      new DemoInstitution(InstitutionKind.FACULTY, AMIENS_FACULTY, "UFR de Médecine d'Amiens", "HDF", AgentRole.DEAN, "doyen"),
      new DemoInstitution(InstitutionKind.FACULTY, PARIS_FACULTY, "Faculté de Santé de Créteil (Paris-Est)", "IDF", AgentRole.DEAN,
          "doyen2"));

  /** Users the directory adds to the demo (password = id): the "2" agents of Île-de-France. */
  static final List<DemoUser> USERS = List.of(
      new DemoUser("directeur2", "Karim", "Haddad", List.of(Groups.LAB_DIRECTORS)),
      new DemoUser("chefservice2", "Hélène", "Marchand", List.of(Groups.HEADS_OF_DEPARTMENT)),
      new DemoUser("doyen2", "François", "Lemaire", List.of(Groups.DEANS)),
      new DemoUser("coordonnateur2", "Agnès", "Perrin", List.of(Groups.DES_COORDINATORS)),
      new DemoUser("ufr2", "Bruno", "Caron", List.of(Groups.UFR)),
      new DemoUser("ars2", "Clémence", "Vincent", List.of(Groups.ARS)));

  private final Directory directory;

  DirectoryDemoData(Directory directory) {
    this.directory = directory;
  }

  @Override
  public List<DemoUser> users() {
    return USERS;
  }

  /** Institutions and their agents; every demo user exists by now ({@link fr.engagements.identity.DemoProfile}). */
  @Override
  @Transactional
  public void seedData() {
    for (DemoInstitution d : INSTITUTIONS) {
      Institution institution = directory.ensureInstitution(d.kind(), d.code(), d.name(), d.region());
      directory.addAgent(institution, d.role(), d.agent(), false, null);
    }
    directory.addAgent(directory.institution(InstitutionKind.FACULTY, AMIENS_FACULTY).orElseThrow(), AgentRole.UFR_OFFICER, "ufr",
        false, null);
    directory.addAgent(directory.institution(InstitutionKind.FACULTY, PARIS_FACULTY).orElseThrow(), AgentRole.UFR_OFFICER, "ufr2",
        false, null);
    desCoordinator(AMIENS_SUBDIVISION, AMIENS_SPECIALTY, "coordonnateur");
    desCoordinator(PARIS_SUBDIVISION, PARIS_SPECIALTY, "coordonnateur2");
    directory.addAgent(directory.region("HDF").orElseThrow(), AgentRole.ARS_AGENT, "ars", false, null);
    directory.addAgent(directory.region("IDF").orElseThrow(), AgentRole.ARS_AGENT, "ars2", false, null);
  }

  private void desCoordinator(String subdivision, String specialty, String agent) {
    Institution coordination = directory.desCoordination(directory.subdivision(subdivision).orElseThrow(),
        directory.specialty(specialty).orElseThrow());
    directory.addAgent(coordination, AgentRole.DES_COORDINATOR, agent, false, null);
  }
}
