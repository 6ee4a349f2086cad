package fr.engagements.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.engagements.directory.DirectoryDemoData;
import fr.engagements.identity.DemoProfile;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * The demo users and directory (two labs, departments, faculties, DES coordinations, regions), seeded once per test
 * JVM; and the groups a user really has, as a login would give them (institution groups included).
 */
public final class TestDirectory {

  private static volatile boolean seeded;

  private TestDirectory() {
  }

  public static synchronized void ensure(DemoProfile demo, DirectoryDemoData directory) {
    if (!seeded) {
      demo.seedUsers();
      directory.seedData();
      seeded = true;
    }
  }

  /** The user's groups in the identity service, with these added (a test may act for a group the user is not in). */
  public static List<String> groupsOf(IdentityService identity, String userId, String... more) {
    Set<String> groups = new LinkedHashSet<>(List.of(more));
    identity.createGroupQuery().groupMember(userId).listPage(0, 500).stream().map(Group::getId).forEach(groups::add);
    return new ArrayList<>(groups);
  }
}
