package fr.engagements.privacy;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.config.EngineClock;
import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.Http;
import fr.engagements.support.LetterPdf;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GDPR: documents of unsuccessful candidacies are deleted after the retention period; a person's data can be exported. */
class PersonalDataTest extends CerProcessTestSupport {

  @Autowired
  DocumentRetention retention;
  @Autowired
  IdentitySeeder identity;
  @Autowired
  DecisionLetters letters;
  @LocalServerPort
  int port;

  private List<String> documents(ProcessInstance pi) {
    return historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).disableBinaryFetching()
        .listPage(0, 100).stream().filter(v -> "file".equals(v.getTypeName())).map(HistoricVariableInstance::getName).toList();
  }

  @Test
  void documentsOfIneligibleAndRejectedCandidaciesAreDeletedAfterTheRetentionPeriodOnly() {
    ProcessInstance ineligible = start(eligible().putValue(DOCTORATE_TYPE.name(), "EXERCISE"));
    ProcessInstance rejected = start(eligible());
    verifyDossier(rejected, true, null);
    decideEntry(rejected, EntryDecision.REJECTED);
    ProcessInstance admitted = admitted(eligible());
    assertThat(documents(ineligible)).containsExactlyInAnyOrder("doctorateProof", "labAttachmentProof", "motivationLetter");

    CerFixtures.setToday(LocalDate.of(year + 2, 9, 30)); // the campaign keeps them 2 years
    retention.purgeExpiredDocuments();
    assertThat(documents(ineligible)).as("still within the retention period").hasSize(3);

    CerFixtures.setToday(LocalDate.of(year + 2, 10, 2));
    retention.purgeExpiredDocuments();
    assertThat(documents(ineligible)).isEmpty();
    // the period runs from each case's own end: the jury rejected at its session, later than the ineligibility
    LocalDate rejectedOn = LocalDate.ofInstant(candidacies.find(businessKeyOf(rejected)).orElseThrow().getEndedAt(), EngineClock.ZONE);
    assertThat(documents(rejected)).as("rejected on " + rejectedOn).hasSize(3);
    CerFixtures.setToday(rejectedOn.plusYears(2).plusDays(1));
    retention.purgeExpiredDocuments();
    assertThat(documents(rejected)).isEmpty();
    assertThat(variable(ineligible, OUTCOME.name())).as("the rest of the case stays").isEqualTo("INELIGIBLE");
    assertThat(variable(rejected, ENTRY_RATIONALE.name())).isNotNull();
    assertThat(documents(admitted)).as("an admitted candidacy keeps its dossier").hasSize(3);
    assertThat(candidacies.find(businessKeyOf(ineligible))).isPresent();
    // decision letters: the PDF goes, the record and its SHA-256 stay as proof of what was sent
    Letter purged = letters.ofCase(businessKeyOf(ineligible)).get(0);
    assertThat(letters.pdf(purged.id())).isEmpty();
    assertThat(purged.pdfPurgedAt()).isNotNull();
    assertThat(purged.sha256()).hasSize(64);
    assertThat(purged.download()).isNull();
    assertThat(letters.ofCase(businessKeyOf(rejected))).allSatisfy(l -> assertThat(letters.pdf(l.id())).isEmpty());
    assertThat(letters.ofCase(businessKeyOf(admitted))).hasSize(2).allSatisfy(l -> assertThat(letters.pdf(l.id())).isPresent());
  }

  @Test
  void anAdministratorExportsEverythingHeldAboutOnePerson() {
    demoProfile.seedUsers();
    VariableMap vars = eligible();
    String person = (String) vars.get(APPLICANT_ID.name());
    identity.ensureUser(person, "Camille", "Dupont", person + "@etu.example.fr", person, List.of(Groups.CER_APPLICANTS));
    ProcessInstance pi = admitted(vars);

    Http http = Http.at(port);
    var export = http.as("demo", "demo").get("/api/admin/persons/" + person + "/export");
    assertThat(export.status()).isEqualTo(200);
    JsonNode json = export.json();
    assertThat(json.path("account").path("email").asText()).isEqualTo(person + "@etu.example.fr");
    assertThat(json.path("cerCandidacies").get(0).path("business_key").asText()).isEqualTo(businessKeyOf(pi));
    JsonNode variables = json.path("cases").get(0).path("variables");
    assertThat(variables.path("applicantName").asText()).isEqualTo("Camille Dupont");
    assertThat(variables.path("motivationLetter").path("document").asText()).isEqualTo("motivation.pdf");
    assertThat(json.path("ledger")).hasSize(1);
    assertThat(json.path("ledger").get(0).path("gross_cents").asLong()).isEqualTo(120_000L);
    assertThat(json.path("cases").get(0).path("emails").size()).isPositive();
    JsonNode letters = json.path("letters");
    assertThat(letters).hasSize(2);
    assertThat(letters.get(0).path("kind").asText()).isEqualTo("CER_ENTRY");
    assertThat(letters.get(1).path("ruleTable").asText()).isEqualTo("cer-funding");
    byte[] pdf = java.util.Base64.getDecoder().decode(letters.get(1).path("pdfBase64").asText());
    assertThat(LetterPdf.text(pdf)).contains("Camille Dupont", "Décision : CER financé.");

    assertThat(json.path("juryDeclarations")).isEmpty();
    JsonNode juror = http.as("demo", "demo").get("/api/admin/persons/jury1/export").json().path("juryDeclarations");
    assertThat(juror).anySatisfy(d -> {
      assertThat(d.path("business_key").asText()).isEqualTo(businessKeyOf(pi));
      assertThat(d.path("status").asText()).isEqualTo("NO_CONFLICT");
    });

    assertThat(http.as(person, person).get("/api/admin/persons/" + person + "/export").status()).isEqualTo(403);
    assertThat(http.get("/api/admin/persons/" + person + "/export").status()).isEqualTo(401);
  }

  private String businessKeyOf(ProcessInstance pi) {
    return historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
  }
}
