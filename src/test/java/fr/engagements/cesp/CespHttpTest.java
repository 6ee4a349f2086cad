package fr.engagements.cesp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.engagements.directory.Directory;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CespFixtures;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CESP_4 over real HTTP, as Tasklist's start form and REST clients send it: the IBAN and the RIB travel as transient
 * variables, the engine keeps only the masked IBAN, and the bank details are served to the payer (cng) alone.
 */
@EngineTest
class CespHttpTest {

  @LocalServerPort
  int port;
  @Autowired
  CespCampaigns campaigns;
  @Autowired
  IdentitySeeder identity;
  @Autowired
  Directory directory;

  Http http;
  String ufr;

  @BeforeEach
  void setUp() {
    identity.ensureUser("cng-http", "Paul", "Payeur", "cng-http@example.fr", "cng-http", List.of(Groups.CNG));
    identity.ensureUser("ufr-http", "Ursule", "Scolarité", "ufr-http@example.fr", "ufr-http", List.of(Groups.UFR));
    ufr = CespFixtures.newUfr();
    // the faculty's UFR files for its students and reads their cases (CESP_12)
    CespFixtures.ufrOfficer(directory, campaigns.ensure(CespFixtures.campaign(2030, ufr, 2)), "ufr-http");
    CerFixtures.setToday(LocalDate.of(2030, 10, 1));
    http = Http.at(port).as("ufr-http", "ufr-http");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  private Vars application(boolean transientBankDetails) {
    Vars vars = Vars.of()
        .string("applicantId", CespFixtures.newApplicantId())
        .string("applicantName", "Yanis Mercier")
        .string("applicantEmail", "yanis.mercier@etu.example.fr")
        .integer("campaignYear", 2030)
        .string("ufr", ufr)
        .string("studyLevel", "RESIDENT")
        .integer("studyYear", 2)
        .bool("foreignNational", false)
        .string("expectedDiplomaDate", "2033-10-31")
        .string("bankAccountHolder", "Yanis Mercier");
    for (String doc : List.of("applicationForm", "schoolingCertificate", "identityDocument", "cv", "motivationLetter",
        "rankingDeclaration", "transcripts")) {
      vars.file(doc, doc + ".pdf", TestDocuments.PDF, "application/pdf");
    }
    ObjectNode iban = Http.object().put("value", CespFixtures.VALID_IBAN).put("type", "String");
    ObjectNode rib = Http.object().put("value", Base64.getEncoder().encodeToString(TestDocuments.PDF)).put("type", "File");
    rib.putObject("valueInfo").put("filename", "rib.pdf").put("mimetype", "application/pdf").put("transient", transientBankDetails);
    if (transientBankDetails) {
      iban.putObject("valueInfo").put("transient", true);
    }
    return vars.raw("iban", iban).raw("bankDetails", rib);
  }

  @Test
  void CESP_4_bankDetailsSentAsTransientVariablesReachThePayerOnly() {
    var stored = http.post("/engine-rest/process-definition/key/cesp-contract/start", application(false).body());
    assertThat(stored.status()).isEqualTo(400);
    assertThat(stored.message()).contains("iban", "variable transitoire");

    // Tasklist's start form submits this way
    var started = http.post("/engine-rest/process-definition/key/cesp-contract/submit-form", application(true).body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String pid = started.json().path("id").asText();
    String key = started.json().path("businessKey").asText();
    assertThat(key).matches("CESP-2030-" + ufr + "-\\d{6}");

    JsonNode vars = http.get("/engine-rest/process-instance/" + pid + "/variables").json();
    assertThat(vars.has("iban")).isFalse();
    assertThat(vars.has("bankDetails")).isFalse();
    assertThat(vars.path("bankAccountMasked").path("value").asText()).isEqualTo("FR76 **** **** **** 0189");
    assertThat(http.get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + pid + "&variableName=iban").json()).isEmpty();
    assertThat(http.get("/engine-rest/history/detail?maxResults=1000&processInstanceId=" + pid).body()).doesNotContain(CespFixtures.VALID_IBAN);

    var forPayer = Http.at(port).as("cng-http", "cng-http").get("/api/cesp/contracts/" + key + "/bank-details");
    assertThat(forPayer.status()).isEqualTo(200);
    assertThat(forPayer.json().path("iban").asText()).isEqualTo(CespFixtures.VALID_IBAN);
    assertThat(Http.at(port).as("cng-http", "cng-http").getBytes("/api/cesp/contracts/" + key + "/bank-details/rib"))
        .isEqualTo(TestDocuments.PDF);
    assertThat(http.get("/api/cesp/contracts/" + key + "/bank-details").status()).isEqualTo(403);
    assertThat(Http.at(port).get("/api/cesp/contracts/" + key + "/bank-details").status()).isEqualTo(401);
    assertThat(Http.at(port).as("cng-http", "wrong").get("/api/cesp/contracts/" + key + "/bank-details").status()).isEqualTo(401);
  }

  @Test
  void CESP_10_contractMessagesCarryOnlyTheirOwnVariables() {
    ObjectNode body = Http.object().put("messageName", "CespRupture").put("businessKey", "CESP-2030-" + ufr + "-000001");
    body.putObject("processVariables").putObject("reimbursementDueCents").put("value", 0).put("type", "Long");
    var refused = http.post("/engine-rest/message", body);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).contains("reimbursementDueCents", "ruptureReason", "ruptureDate");
  }
}
