package fr.engagements.identity;

import fr.engagements.casefile.Groups;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Creates the first administrator from ENGAGEMENTS_ADMIN_USER / ENGAGEMENTS_ADMIN_PASSWORD when it does not exist yet. */
@Component
public class AdminBootstrap {

  private final IdentitySeeder identity;
  private final String user;
  private final String password;

  AdminBootstrap(IdentitySeeder identity, @Value("${engagements.admin.user:}") String user,
      @Value("${engagements.admin.password:}") String password) {
    this.identity = identity;
    this.user = user;
    this.password = password;
  }

  public void ensureAdministrator() {
    if (!user.isBlank() && !password.isBlank()) {
      identity.ensureUser(user, "Administrateur", "Engagements", null, password, List.of(Groups.ADMIN));
    }
  }
}
