package fr.engagements.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The production profile refuses to start with the demo profile, demo users, or default or weak
 * passwords (database, first administrator). It runs while the application starts, before anything
 * is seeded or served.
 */
@Component
@Profile("prod")
class ProductionSafety implements InitializingBean {

  /** Passwords that must never reach production (defaults of this project, of its tools, the obvious ones). */
  static final Set<String> WEAK = Set.of("", "sa", "demo", "admin", "password", "passw0rd", "camunda", "postgres",
      "engagements", "engagements-local-only", "changeme", "secret", "123456", "12345678", "azerty", "motdepasse");

  private final Environment environment;
  private final IdentityService identity;
  private final DemoProfile demo;

  ProductionSafety(Environment environment, IdentityService identity, DemoProfile demo) {
    this.environment = environment;
    this.identity = identity;
    this.demo = demo;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> problems = new ArrayList<>();
    if (Arrays.asList(environment.getActiveProfiles()).contains("demo")
        || environment.getProperty("engagements.seed.demo", Boolean.class, false)) {
      problems.add("the demo profile (demo users and data) cannot run with the prod profile");
    }
    String dbPassword = environment.getProperty("spring.datasource.password", "");
    if (weak(dbPassword, environment.getProperty("spring.datasource.username", ""))) {
      problems.add("the database password (DB_PASSWORD) is empty, a default or too short (12 characters at least)");
    }
    String adminUser = environment.getProperty("engagements.admin.user", "admin");
    String adminPassword = environment.getProperty("engagements.admin.password", "");
    boolean adminExists = identity.createUserQuery().userId(adminUser).count() > 0;
    if (!adminExists && weak(adminPassword, adminUser)) {
      problems.add("the first administrator's password (ENGAGEMENTS_ADMIN_PASSWORD) is empty, a default or too short"
          + " (12 characters at least)");
    }
    List<String> demoUsers = demo.users().stream().map(DemoUser::id)
        .filter(id -> identity.createUserQuery().userId(id).count() > 0).toList();
    if (!demoUsers.isEmpty() && !(demoUsers.equals(List.of(adminUser)))) {
      problems.add("demo users exist in the identity store (" + String.join(", ", demoUsers)
          + "): delete them (they have their user id as password)");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Refusing to start in production: " + String.join("; ", problems) + ".");
    }
  }

  static boolean weak(String password, String userId) {
    return password == null || password.length() < 12 || WEAK.contains(password.toLowerCase(Locale.ROOT))
        || password.equalsIgnoreCase(userId);
  }
}
