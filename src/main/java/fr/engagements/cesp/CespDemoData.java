package fr.engagements.cesp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.engagements.cesp.campaign.CespCampaign;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.cesp.contract.ReferenceData;
import fr.engagements.cesp.contract.ResidencyPostChoice;
import fr.engagements.identity.DemoContribution;
import fr.engagements.identity.DemoUser;
import fr.engagements.casefile.Groups;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CESP part of the demo profile (process-contract.md, "The demo profile"): an open CESP campaign, with
 * its running {@code cesp-campaign} process, for each demo faculty this year; the UFR, the CNG, an ARS agent
 * for each demo region; CESP applicants. Idempotent; never run outside the demo profile.
 */
@Component
@Order(2)
public class CespDemoData implements DemoContribution {

  /** The demo faculties: code, name, region, quotas for residents and for students (CESP_5: Amiens 2017/2018 had 8 + 8). */
  public record Faculty(String ufr, String name, String region, int residentQuota, int studentQuota) {
  }

  public static final List<Faculty> FACULTIES = List.of(
      new Faculty("AMIENS", "UFR de Médecine d'Amiens", "HDF", 8, 8),
      new Faculty("UPEC", "Faculté de Santé de Créteil (Paris-Est)", "IDF", 8, 8));

  /** Demo users of the CESP: password = id. {@code ars} also signs for the CER; each contract lists it. */
  static final List<DemoUser> USERS = List.of(
      new DemoUser("ufr", "Émilie", "Chevalier", List.of(Groups.UFR)),
      new DemoUser("cng", "Olivier", "Faure", List.of(Groups.CNG)),
      new DemoUser("ars", "Julie", "Garnier", List.of(Groups.ARS)),
      new DemoUser("ars2", "Clémence", "Vincent", List.of(Groups.ARS)),
      new DemoUser("candidat", "Inès", "Lefebvre", List.of(Groups.CESP_APPLICANTS)),
      new DemoUser("candidat2", "Yanis", "Mercier", List.of(Groups.CESP_APPLICANTS)),
      new DemoUser("candidat3", "Zoé", "Gauthier", List.of(Groups.CESP_APPLICANTS)));

  private final CespCampaigns campaigns;
  private final ReferenceData reference;
  private final RuntimeService runtime;
  private final Clock clock;

  private final ResidencyPostChoice residencyPosts;

  CespDemoData(CespCampaigns campaigns, ReferenceData reference, @Lazy RuntimeService runtime, Clock clock,
      ResidencyPostChoice residencyPosts) {
    this.residencyPosts = residencyPosts;
    this.campaigns = campaigns;
    this.reference = reference;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Override
  public List<DemoUser> users() {
    return USERS;
  }

  @Override
  @Transactional
  public void seedData() {
    reference.ensureArsAgent("ars", "HDF");
    reference.ensureArsAgent("ars2", "IDF");
    int year = LocalDate.now(clock).getYear();
    // CESP_8: an excerpt of a CESP list of residency posts for this year's national ranking (demo data)
    residencyPosts.definePosts(year, List.of(
        new ResidencyPostChoice.PostSpec(year + "-AMIENS-MG", "Amiens", "Médecine générale", 3),
        new ResidencyPostChoice.PostSpec(year + "-AMIENS-PED", "Amiens", "Pédiatrie", 1),
        new ResidencyPostChoice.PostSpec(year + "-IDF-MG", "Île-de-France", "Médecine générale", 2),
        new ResidencyPostChoice.PostSpec(year + "-IDF-PSY", "Île-de-France", "Psychiatrie", 1)));
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
        deadline.plusMonths(2).withDayOfMonth(17), faculty.residentQuota(), faculty.studentQuota());
  }
}
