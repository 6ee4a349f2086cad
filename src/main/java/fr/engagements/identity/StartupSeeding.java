package fr.engagements.identity;

import fr.engagements.casefile.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At every start: groups, grants and filters, the first administrator; in the demo profile, each contract's demo users and data. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StartupSeeding implements ApplicationRunner {

  private final IdentitySeeder identity;
  private final AuthorizationSeeder authorizations;
  private final DemoProfile demo;
  private final AdminBootstrap admin;
  private final boolean seedDemo;

  StartupSeeding(IdentitySeeder identity, AuthorizationSeeder authorizations, DemoProfile demo, AdminBootstrap admin,
      @Value("${engagements.seed.demo:false}") boolean seedDemo) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.demo = demo;
    this.admin = admin;
    this.seedDemo = seedDemo;
  }

  @Override
  public void run(ApplicationArguments args) {
    identity.seedGroups();
    identity.seedFilters();
    authorizations.seed();
    authorizations.shareFilter(IdentitySeeder.MY_TASKS);
    authorizations.shareFilter(IdentitySeeder.MY_GROUPS_TASKS);
    admin.ensureAdministrator();
    if (seedDemo) {
      demo.seed();
    }
  }
}
