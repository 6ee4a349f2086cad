package fr.engagements.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import fr.engagements.support.PackagedApp;
import fr.engagements.support.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application on its default H2 file database keeps a waiting candidacy across a
 * restart, and does not redeploy unchanged models.
 */
class H2RestartIT {

  @TempDir
  Path dir;

  private PackagedApp start() {
    return PackagedApp.start("h2-restart", "--spring.profiles.active=demo",
        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("engagements") + ";LOCK_TIMEOUT=10000");
  }

  @Test
  void aWaitingCandidacySurvivesARestart() {
    int year = LocalDate.now().getYear();
    String processInstanceId;
    long deployments;
    try (PackagedApp app = start()) {
      Http http = app.http().as("etudiant2", "etudiant2");
      var started = http.post("/engine-rest/process-definition/key/cer-candidacy/start", Vars.of()
          .string("applicantId", "etudiant2")
          .string("applicantName", "Léa Martin")
          .string("applicantEmail", "lea.martin@etu.example.fr")
          .string("applicantProfile", "DOUBLE_CURSUS")
          .string("doctorateType", "RESEARCH")
          .string("doctorateStatus", "OBTAINED")
          .string("doctorateDate", year + "-06-30")
          .string("dfasm1StartDate", year + "-09-01")
          .integer("medicalStudiesReturnYear", year)
          .integer("campaignYear", year)
          .string("researchLab", "UMR 1234 Inserm")
          .string("otherFunding", "NONE")
          .file("doctorateProof", "these.pdf", TestDocuments.PDF, "application/pdf")
          .file("labAttachmentProof", "labo.pdf", TestDocuments.PDF, "application/pdf")
          .file("motivationLetter", "lettre.pdf", TestDocuments.PDF, "application/pdf").body());
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      processInstanceId = started.json().path("id").asText();
      deployments = app.http().as("demo", "demo").get("/engine-rest/deployment/count").json().path("count").asLong();
      assertThat(deployments).isPositive();
    }
    assertThat(Files.exists(dir.resolve("engagements.mv.db"))).isTrue();

    try (PackagedApp app = start()) {
      Http http = app.http().as("demo", "demo");
      JsonNode tasks = http.get("/engine-rest/task?maxResults=50&processInstanceId=" + processInstanceId).json();
      assertThat(tasks).hasSize(1);
      assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("verifyDossier");
      assertThat(http.get("/engine-rest/process-instance/" + processInstanceId + "/variables/applicantName").json()
          .path("value").asText()).isEqualTo("Léa Martin");
      assertThat(http.get("/engine-rest/deployment/count").json().path("count").asLong())
          .as("unchanged models are not redeployed").isEqualTo(deployments);

      Http secretariat = app.http().as("secretariat", "secretariat");
      assertThat(secretariat.post("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
          Vars.of().bool("dossierComplete", true).body()).status()).isEqualTo(204);
      assertThat(http.get("/engine-rest/task?maxResults=50&processInstanceId=" + processInstanceId).json().get(0)
          .path("taskDefinitionKey").asText()).isEqualTo("decideEntry");
    }
  }
}
