package fr.engagements.cesp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.engagements.cesp.campaign.CespCampaign;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.cesp.contract.ReferenceData;
import fr.engagements.identity.Groups;
import fr.engagements.identity.IdentitySeeder;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CESP part of the demo profile (process-contract.md, "The demo profile"): an open CESP campaign, with
 * its running {@code cesp-campaign} process, for each demo faculty this year; a second ARS agent for
 * another region; CESP applicants. Idempotent; never run outside the demo profile.
 */
@Component
public class CespDemoData {

  /** The demo faculties: code, name, region, quota (CESP_5: Amiens 2017/2018 had 8 + 8). */
  public record Faculty(String ufr, String name, String region, int quota) {
  }

  public static final List<Faculty> FACULTIES = List.of(
      new Faculty("AMIENS", "UFR de Médecine d'Amiens", "HDF", 8),
      new Faculty("UPEC", "Faculté de Santé de Créteil (Paris-Est)", "IDF", 8));

  /** A demo group for CESP applicants (not a domain.md actor: applying needs no group; Tasklist's group filter does). */
  public static final String CESP_APPLICANTS = Groups.CESP_APPLICANTS;

  /** Demo users added for the CESP: id → (first name, last name, groups); password = id. */
  static final Map<String, List<String>> USERS = Map.of(
      "ars2", List.of("Clémence", "Vincent", Groups.ARS),
      "candidat", List.of("Inès", "Lefebvre", CESP_APPLICANTS),
      "candidat2", List.of("Yanis", "Mercier", CESP_APPLICANTS),
      "candidat3", List.of("Zoé", "Gauthier", CESP_APPLICANTS));


  private final IdentitySeeder identity;
  private final CespCampaigns campaigns;
  private final ReferenceData reference;
  private final RuntimeService runtime;
  private final Clock clock;

  CespDemoData(IdentitySeeder identity, CespCampaigns campaigns, ReferenceData reference, @Lazy RuntimeService runtime,
      Clock clock) {
    this.identity = identity;
    this.campaigns = campaigns;
    this.reference = reference;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Transactional
  public void seed() {
    identity.seedGroups();
    USERS.forEach((id, names) -> identity.ensureUser(id, names.get(0), names.get(1), id + "@demo.engagements.local", id,
        names.subList(2, names.size())));
    reference.ensureArsAgent("ars", "HDF");
    reference.ensureArsAgent("ars2", "IDF");
    int year = LocalDate.now(clock).getYear();
    for (Faculty faculty : FACULTIES) {
      CespCampaign campaign = campaigns.ensure(demoCampaign(year, faculty, LocalDate.now(clock)));
      String key = CespCampaignProcess.businessKey(campaign.getYear(), campaign.getUfr());
      if (runtime.createProcessInstanceQuery().processDefinitionKey(CespCampaignProcess.KEY).processInstanceBusinessKey(key).count() == 0
          && campaign.isApplicationOpen()) {
        runtime.startProcessInstanceByKey(CespCampaignProcess.KEY, Map.of(
            CespCampaignProcess.CAMPAIGN_YEAR.name(), campaign.getYear(), CespCampaignProcess.UFR.name(), campaign.getUfr()));
      }
    }
  }

  /** Deadline 21 November (as in Amiens), or 30 days from today when later, so the demo can apply; commission in January. */
  static CespCampaign demoCampaign(int year, Faculty faculty, LocalDate today) {
    LocalDate deadline = LocalDate.of(year, 11, 21);
    if (deadline.isBefore(today.plusDays(30))) {
      deadline = today.plusDays(30);
    }
    return new CespCampaign(year, faculty.ufr(), faculty.name(), faculty.region(), deadline,
        deadline.plusMonths(2).withDayOfMonth(17), faculty.quota());
  }

  /** Runs after the shared seeding, in the demo profile only. */
  @Component
  @Order(Ordered.LOWEST_PRECEDENCE)
  static class Seeding implements ApplicationRunner {

    private final CespDemoData demo;
    private final boolean enabled;

    Seeding(CespDemoData demo, @Value("${engagements.seed.demo:false}") boolean enabled) {
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
