package fr.engagements.directory;

import java.util.List;
import java.util.Map;

import fr.engagements.identity.Groups;
import fr.engagements.identity.IdentitySeeder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo directory (issue 14): two laboratories, two host departments, two faculties, two DES coordinations in
 * two subdivisions of two regions, with one agent each, so that a new user sees at once that a dean of one faculty
 * sees only that faculty's projects. The "1" users act in Amiens / Hauts-de-France, the "2" users in
 * Île-de-France. Idempotent; demo profile and tests only.
 */
@Component
public class DirectoryDemoData {

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

  /** Users the directory adds to the demo: id → first name, last name, role group. Password = id. */
  static final Map<String, List<String>> USERS = Map.of(
      "directeur2", List.of("Karim", "Haddad", Groups.LAB_DIRECTORS),
      "chefservice2", List.of("Hélène", "Marchand", Groups.HEADS_OF_DEPARTMENT),
      "doyen2", List.of("François", "Lemaire", Groups.DEANS),
      "coordonnateur2", List.of("Agnès", "Perrin", Groups.DES_COORDINATORS),
      "ufr2", List.of("Bruno", "Caron", Groups.UFR),
      "ars2", List.of("Clémence", "Vincent", Groups.ARS));

  private final Directory directory;
  private final IdentitySeeder identity;

  DirectoryDemoData(Directory directory, IdentitySeeder identity) {
    this.directory = directory;
    this.identity = identity;
  }

  @Transactional
  public void seed() {
    USERS.forEach((id, names) -> identity.ensureUser(id, names.get(0), names.get(1), id + "@demo.engagements.local", id,
        names.subList(2, names.size())));
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

  /** In the demo profile, after the users are seeded. */
  @Component
  @Order(Ordered.LOWEST_PRECEDENCE - 1)
  static class Seeding implements ApplicationRunner {

    private final DirectoryDemoData demo;
    private final boolean enabled;

    Seeding(DirectoryDemoData demo, @Value("${engagements.seed.demo:false}") boolean enabled) {
      this.demo = demo;
      this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
      if (enabled) {
        demo.seed();
      }
    }
  }
}
