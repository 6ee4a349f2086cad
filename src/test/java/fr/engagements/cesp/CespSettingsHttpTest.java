package fr.engagements.cesp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.casefile.Groups;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CespFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CESP data an administrator or the CNG sets over HTTP: a faculty's two quotas (CESP_5), the CESP list of residency
 * posts (CESP_8), a region's payer (CESP_2). Others: 403; bad values: 400 with the reason in French.
 */
@EngineTest
class CespSettingsHttpTest {

  @LocalServerPort
  int port;
  @Autowired
  CespCampaigns campaigns;
  @Autowired
  IdentitySeeder identity;

  @Test
  void CESP_5_anAdministratorSetsBothQuotasAndSeesThemUsedAndLeft() {
    identity.ensureUser("cesp-settings-admin", "Ada", "Admin", "cesp-settings-admin@example.fr", "cesp-settings-admin",
        List.of(Groups.ADMIN));
    identity.ensureUser("cesp-settings-ufr", "Ulysse", "Scolarité", "cesp-settings-ufr@example.fr", "cesp-settings-ufr",
        List.of(Groups.UFR));
    String ufr = CespFixtures.newUfr();
    campaigns.ensure(CespFixtures.campaign(2030, ufr, 2));
    Http admin = Http.at(port).as("cesp-settings-admin", "cesp-settings-admin");
    String path = "/api/admin/cesp/campaigns/2030/" + ufr;

    JsonNode before = admin.get(path).json();
    assertThat(before.path("residents").path("quota").asInt()).isEqualTo(2);
    assertThat(before.path("students").path("left").asInt()).isEqualTo(2);

    Http.Response set = admin.put(path + "/quotas", Map.of("residents", 8, "students", 5));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().path("residents").path("quota").asInt()).isEqualTo(8);
    assertThat(set.json().path("students").path("quota").asInt()).isEqualTo(5);
    assertThat(campaigns.get(2030, ufr).getContractQuota()).isEqualTo(13);

    Http.Response bad = admin.put(path + "/quotas", Map.of("residents", -1, "students", 5));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.message()).contains("internes", "étudiants", "CESP_5");
    Http.Response ufrUser = Http.at(port).as("cesp-settings-ufr", "cesp-settings-ufr").put(path + "/quotas",
        Map.of("residents", 1, "students", 1));
    assertThat(ufrUser.status()).isEqualTo(403);
    assertThat(ufrUser.message()).contains("réservés aux administrateurs");
  }

  @Test
  void CESP_2_CESP_8_theCngSetsThePostsOfARoundAndARegionsPayer() {
    identity.ensureUser("cesp-settings-cng", "Paul", "Payeur", "cesp-settings-cng@example.fr", "cesp-settings-cng",
        List.of(Groups.CNG));
    Http cng = Http.at(port).as("cesp-settings-cng", "cesp-settings-cng");
    String ufr = CespFixtures.newUfr();
    int round = 6000 + Integer.parseInt(ufr.substring(1));

    Http.Response posts = cng.put("/api/admin/cesp/residency-posts/" + round, List.of(
        Map.of("code", ufr + "-REIMS-MG", "subdivision", "Reims", "specialty", "Médecine générale", "places", 2)));
    assertThat(posts.status()).as(posts.body()).isEqualTo(200);
    assertThat(posts.json().path("posts").get(0).path("places").asInt()).isEqualTo(2);
    Http.Response badPost = cng.put("/api/admin/cesp/residency-posts/" + round, List.of(Map.of("code", "x")));
    assertThat(badPost.status()).isEqualTo(400);
    assertThat(badPost.message()).contains("Poste invalide");
    Http.Response unknown = cng.post("/api/admin/cesp/residency-posts/" + round + "/round", Map.of("ranks",
        Map.of("CESP-2030-ZZ-000009", 3)));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.message()).contains("aucun contrat CESP sous ce numéro");

    Http.Response payer = cng.put("/api/admin/cesp/regions/NOR/payer", Map.of("payer", "ARS"));
    assertThat(payer.status()).as(payer.body()).isEqualTo(200);
    assertThat(payer.json().path("payerName").asText()).isEqualTo("l’ARS Normandie");
    assertThat(cng.put("/api/admin/cesp/regions/NOR/payer", Map.of("payer", "CNG")).status()).isEqualTo(200);
    Http.Response badPayer = cng.put("/api/admin/cesp/regions/NOR/payer", Map.of("payer", "UFR"));
    assertThat(badPayer.status()).isEqualTo(400);
    assertThat(badPayer.message()).contains("CESP_2");
    assertThat(Http.at(port).anonymous().put("/api/admin/cesp/regions/NOR/payer", Map.of("payer", "ARS")).status()).isEqualTo(401);
  }
}
