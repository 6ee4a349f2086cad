package fr.engagements.identity;

import fr.engagements.casefile.Groups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The demo profile's users and data: the administrator {@code demo}, then what each contract contributes.
 * Idempotent; started only with the demo profile ({@link StartupSeeding}); production refuses its users
 * ({@link ProductionSafety}).
 */
@Component
public class DemoProfile {

  static final DemoUser ADMINISTRATOR = new DemoUser("demo", "Démo", "Administrateur", List.of(Groups.ADMIN));

  private final IdentitySeeder identity;
  private final List<DemoContribution> contributions;

  DemoProfile(IdentitySeeder identity, List<DemoContribution> contributions) {
    this.identity = identity;
    this.contributions = List.copyOf(contributions);
  }

  /** Every demo user, once, in the contributions' order. */
  public List<DemoUser> users() {
    Map<String, DemoUser> users = new LinkedHashMap<>();
    users.put(ADMINISTRATOR.id(), ADMINISTRATOR);
    for (DemoContribution contribution : contributions) {
      contribution.users().forEach(u -> users.putIfAbsent(u.id(), u));
    }
    return new ArrayList<>(users.values());
  }

  public void seed() {
    seedUsers();
    contributions.forEach(DemoContribution::seedData);
  }

  /** The users alone (tests that set up their own campaigns). */
  public void seedUsers() {
    for (DemoUser u : users()) {
      identity.ensureUser(u.id(), u.firstName(), u.lastName(), u.email(), u.id(), u.groups());
    }
  }
}
