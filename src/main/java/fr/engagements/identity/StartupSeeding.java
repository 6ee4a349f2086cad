package fr.engagements.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At every start: groups and filters; in the demo profile, the demo users, campaigns and jury sessions. */
@Component
class StartupSeeding implements ApplicationRunner {

  private final IdentitySeeder identity;
  private final DemoData demo;
  private final boolean seedDemo;

  StartupSeeding(IdentitySeeder identity, DemoData demo, @Value("${engagements.seed.demo:false}") boolean seedDemo) {
    this.identity = identity;
    this.demo = demo;
    this.seedDemo = seedDemo;
  }

  @Override
  public void run(ApplicationArguments args) {
    identity.seedGroups();
    identity.seedFilters();
    if (seedDemo) {
      demo.seedUsers();
      demo.seedCampaigns();
    }
  }
}
