package fr.engagements.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import fr.engagements.support.Http;
import fr.engagements.support.PackagedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production profile refuses default or demo passwords and demo users, and creates no demo data. */
class ProductionProfileIT {

  static final String STRONG_DB = "Db-Passw0rd-2026!";
  static final String STRONG_ADMIN = "Adm1n-Passw0rd-2026!";

  @TempDir
  Path dir;

  private String[] prod(String dbPassword, String adminPassword, String profiles) {
    return new String[] {"--spring.profiles.active=" + profiles,
        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("engagements") + ";LOCK_TIMEOUT=10000",
        "--spring.datasource.username=engagements", "--spring.datasource.password=" + dbPassword,
        "--engagements.admin.user=admin", "--engagements.admin.password=" + adminPassword,
        "--camunda.bpm.webapp.session-cookie.enable-secure-cookie=false"};
  }

  @Test
  void productionRefusesTheDemoProfile() throws IOException {
    assertThatThrownBy(() -> PackagedApp.start("prod-with-demo", prod(STRONG_DB, STRONG_ADMIN, "prod,demo")))
        .hasMessageContaining("stopped");
    assertThat(lastLog("prod-with-demo")).contains("Refusing to start in production", "demo profile");
  }

  @Test
  void productionRefusesWeakOrDefaultPasswords() throws IOException {
    assertThatThrownBy(() -> PackagedApp.start("prod-weak", prod("engagements-local-only", "demo", "prod")))
        .hasMessageContaining("stopped");
    assertThat(lastLog("prod-weak")).contains("Refusing to start in production", "DB_PASSWORD", "ENGAGEMENTS_ADMIN_PASSWORD");
  }

  @Test
  void productionStartsWithStrongPasswordsAndCreatesNoDemoUser() {
    try (PackagedApp app = PackagedApp.start("prod-ok", prod(STRONG_DB, STRONG_ADMIN, "prod"))) {
      Http admin = app.http().as("admin", STRONG_ADMIN);
      var users = admin.get("/engine-rest/user?maxResults=100");
      assertThat(users.status()).isEqualTo(200);
      assertThat(users.json()).extracting(u -> u.path("id").asText()).containsExactly("admin");
      assertThat(app.http().as("demo", "demo").get("/engine-rest/task?maxResults=1").status()).isEqualTo(401);
      assertThat(app.http().get("/engine-rest/task?maxResults=1").status()).isEqualTo(401);
      assertThat(admin.get("/engine-rest/process-definition?maxResults=100").json()).isNotEmpty();
    }
  }

  private static String lastLog(String name) throws IOException {
    try (var logs = Files.list(Path.of("target", "it-logs"))) {
      Path log = logs.filter(p -> p.getFileName().toString().startsWith(name + "-"))
          .max(Comparator.comparing(Path::toString)).orElseThrow();
      return Files.readString(log);
    }
  }
}
